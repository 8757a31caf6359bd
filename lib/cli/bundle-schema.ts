// `npx tsx lib/cli/bundle-schema.ts`: regenerates docs/bundle.schema.json from the zod schemas of lib/bundle.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleJsonSchema } from '../bundle/bundle-schema';

/** The published file's exact text (a unit test compares it with the committed file). */
export function bundleSchemaText(): string {
  return `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`;
}

if (process.argv[1]?.endsWith(path.join('cli', 'bundle-schema.ts'))) {
  writeFileSync(path.resolve('docs/bundle.schema.json'), bundleSchemaText());
  process.stdout.write('wrote docs/bundle.schema.json\n');
}
