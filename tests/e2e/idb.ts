// The e2e tests read the extension's database the same way the inspect CLI does.
export { readStore } from '../../lib/cli/read-store';
