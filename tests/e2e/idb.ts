// The e2e tests read and seed the extension's database the same way the CLIs do.
export { putRows, putSettings, readFindings, readStore, seedFindings } from '../../lib/cli/extension-db';
