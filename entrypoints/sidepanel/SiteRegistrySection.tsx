import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ErrorNote } from '@/components/common/ErrorNote';
import { db } from '@/lib/hooks/db';
import { usePageScans } from '@/lib/hooks/use-scans';
import type { TargetTab } from '@/lib/hooks/use-target-tab';
import { ui } from '@/lib/i18n';
import { registryFields } from '@/lib/registries/fields';
import { formatRowError, parseTable } from '@/lib/registries/parse-table';
import { saveRegistryRow } from '@/lib/registries/save-row';

/** Offers to add a scanned site that matches no registry entry (by 网站标识码 or origin) to the site registry. */
export function SiteRegistrySection({ tab }: { tab: TargetTab | null | undefined }) {
  const t = ui.panelRegistry;
  const url = tab?.url ?? null;
  const origin = url && /^https?:/.test(url) ? new URL(url).origin : null;
  const [latest] = usePageScans(url, 1) ?? [];
  const identity = (latest?.result as { identity?: { siteName?: string | null; sponsor?: string | null } } | undefined)?.identity;
  const code = latest?.siteIdCode ?? null;
  const match = useLiveQuery(async () => {
    if (!origin) return null;
    const byCode = code ? await db.sites.where('siteIdCode').equals(code).first() : undefined;
    return byCode ?? (await db.sites.where('origins').equals(origin).first()) ?? null;
  }, [origin, code]);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  if (!origin || !latest || match === undefined) return null;

  const add = async () => {
    const fields = registryFields.sites;
    const values: Record<string, string> = { name: identity?.siteName || tab?.title || origin, siteIdCode: code ?? '', origins: origin, sponsor: identity?.sponsor ?? '' };
    const parsed = parseTable('sites', [fields.map((f) => f.header), fields.map((f) => values[f.key] ?? '')]);
    if (!parsed.rows[0]) return setStatus({ text: parsed.errors.map(formatRowError).join('；'), error: true });
    try {
      await saveRegistryRow(db, 'sites', parsed.rows[0], null, { now: new Date(), newId: () => crypto.randomUUID() });
      setStatus({ text: t.siteAdded, error: false });
    } catch (cause) {
      setStatus({ text: String(cause), error: true });
    }
  };
  return (
    <section className="card" aria-label={t.siteTitle} data-testid="site-registry">
      <h2>{t.siteTitle}</h2>
      {match ? (
        <p>{t.siteKnown(`${match.name}${match.siteIdCode ? `（${match.siteIdCode}）` : ''}`)}</p>
      ) : (
        <>
          <p className="warn">{t.siteUnknown}</p>
          <button type="button" onClick={() => void add()}>{t.siteAdd}</button>
        </>
      )}
      {status && (status.error ? <ErrorNote message={status.text} /> : <p role="status">{status.text}</p>)}
    </section>
  );
}
