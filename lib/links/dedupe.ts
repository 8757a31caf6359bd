import type { LinkTarget } from '@/lib/scan/types';
import { normaliseUrl } from './normalise-url';

export interface TargetLocation {
  selector: string;
  frameSelector: string | null;
  text: string;
  kind: LinkTarget['kind'];
  hidden: boolean;
}

export interface UniqueTarget {
  /** Normalised URL (no fragment, lower-case host, no default port), or the raw text when it does not parse. */
  url: string;
  /** Every place the URL appears, up to `maxLocations`; `count` has the full number. */
  locations: TargetLocation[];
  count: number;
  skipReason: string | null;
}

/** Groups targets by normalised URL, keeping where each appears: a broken URL counts once (indicators §7.1). */
export function dedupeTargets(targets: readonly LinkTarget[], maxLocations = 200): UniqueTarget[] {
  const byUrl = new Map<string, UniqueTarget>();
  for (const t of targets) {
    const key = t.skipReason ? `${t.url}` : (normaliseUrl(t.url) ?? t.url);
    let entry = byUrl.get(key);
    if (!entry) {
      entry = { url: key, locations: [], count: 0, skipReason: t.skipReason };
      byUrl.set(key, entry);
    }
    entry.count += 1;
    if (entry.locations.length < maxLocations) {
      entry.locations.push({ selector: t.selector, frameSelector: t.frameSelector ?? null, text: t.text, kind: t.kind, hidden: t.hidden });
    }
  }
  return [...byUrl.values()];
}
