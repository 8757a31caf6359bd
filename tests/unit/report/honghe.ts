import { readFileSync } from 'node:fs';
import { parseBundleText } from '@/lib/bundle/read-bundle';
import type { Bundle } from '@/lib/bundle/bundle-schema';

/** The committed acceptance bundle, parsed and validated like any import. */
export function loadHonghe(): Bundle {
  const read = parseBundleText(readFileSync('tests/fixtures/honghe-2021q1.bundle.json', 'utf8'));
  if (!read.ok) throw new Error(read.error);
  return read.bundle;
}
