// Serves the demo site until Ctrl-C: tsx tests/demo-site/serve.ts [--port N] [--today YYYY-MM-DD]
import { parseArgs } from 'node:util';
import { HOSTS } from './context';
import { startDemoSite } from './server';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8080' }, today: { type: 'string' } },
});

const site = await startDemoSite({
  port: Number(values.port),
  ...(values.today ? { today: values.today } : {}),
}).catch((err: unknown) => {
  console.error(`demo site: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
});

console.log(`青山县人民政府 demo site — today = ${site.today}`);
console.log(`  portal      ${site.url('/')}`);
console.log(`  department  ${site.url('/', HOSTS.department)}`);
console.log(`  external    ${site.url('/', HOSTS.other)}`);
console.log(`  link traps  ${site.url('/links/traps.html')}`);
console.log(`  direct      http://127.0.0.1:${site.port}/  (closed port for tests: ${site.closedPort})`);
console.log('Start Chromium with --host-resolver-rules="MAP *.gov.test 127.0.0.1" to use the host names. Ctrl-C stops.');

const shutdown = () => void site.stop().then(() => process.exit(0));
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
