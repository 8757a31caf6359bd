import type { HandlersFor } from '@/lib/messaging/protocol';
import type { BackgroundDeps } from './deps';
import { createLinkRunner } from './link-runner';
import { createNetLog } from './link-net-log';

/** Handlers of the link checker; created at worker start, so runs left pending by a stopped worker resume here. */
export function createLinkHandlers(deps: BackgroundDeps): HandlersFor<'links/check' | 'links/status' | 'links/recheck' | 'links/cancel'> {
  const runner = createLinkRunner({ ...deps, netLog: createNetLog() });
  void runner.resume().catch((e: unknown) => console.error('恢复链接检查失败', e));
  return {
    'links/check': ({ tabId }) => runner.start(tabId),
    'links/status': ({ runId, includeOk }) => runner.status(runId, includeOk),
    'links/recheck': ({ runId, url }) => runner.recheck({ runId, url }),
    'links/cancel': ({ runId }) => runner.cancel(runId),
  };
}
