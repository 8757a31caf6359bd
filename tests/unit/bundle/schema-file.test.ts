import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleSchemaText } from '@/lib/cli/bundle-schema';

describe('docs/bundle.schema.json', () => {
  it('is exactly the JSON Schema generated from the zod schemas (regenerate: npx tsx lib/cli/bundle-schema.ts)', () => {
    expect(readFileSync('docs/bundle.schema.json', 'utf8')).toBe(bundleSchemaText());
  });

  it('describes the format name, the version and every collection', () => {
    const schema = JSON.parse(bundleSchemaText());
    expect(schema.properties.format.const).toBe('gov-site-inspector-bundle');
    expect(schema.properties.version.const).toBe(1);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['sites', 'columns', 'findings', 'accounts', 'letters', 'evidence', 'settings']));
    expect(schema.properties.findings.items.properties.kind.enum).toContain('empty-column');
  });
});
