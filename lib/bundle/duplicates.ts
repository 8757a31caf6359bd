import { COLLECTIONS, type Bundle, type CollectionName } from './bundle-schema';

/** Keys that must be unique inside one bundle: ids, and the unique indexes of the database (indicators-free). */
const KEYS: { [K in CollectionName]: { field: string; of: (r: Bundle[K][number]) => string }[] } = {
  sites: [{ field: 'id', of: (r) => r.id }],
  columns: [{ field: 'id', of: (r) => r.id }, { field: 'url', of: (r) => r.url }],
  findings: [{ field: 'id', of: (r) => r.id }, { field: 'identityKey', of: (r) => r.identityKey }],
  accounts: [{ field: 'id', of: (r) => r.id }],
  letters: [{ field: 'id', of: (r) => r.id }, { field: 'unit+quarter', of: (r) => `${r.unit}\u0000${r.quarter}` }],
  evidence: [{ field: 'id', of: (r) => r.id }],
};

/** The first duplicate record of a bundle, as a Chinese message naming both records, or null. */
export function findDuplicate(bundle: Bundle): string | null {
  for (const name of Object.keys(KEYS) as CollectionName[]) {
    for (const key of KEYS[name]) {
      const seen = new Map<string, number>();
      const rows = bundle[name] as Bundle[CollectionName];
      for (let i = 0; i < rows.length; i += 1) {
        const value = (key.of as (r: unknown) => string)(rows[i]);
        const first = seen.get(value);
        if (first !== undefined) return `第 ${i + 1} 条${COLLECTIONS[name]}（${name}[${i}]）的字段「${key.field}」与第 ${first + 1} 条重复，问题包内同一记录只能出现一次。`;
        seen.set(value, i);
      }
    }
  }
  return null;
}
