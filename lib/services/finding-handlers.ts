import type { HandlersFor } from '@/lib/messaging/protocol';
import { flagFinding } from '@/lib/findings/flag-finding';
import { loadSettings } from '@/lib/settings/settings';
import { todayInChina } from '@/lib/dates/calendar';
import type { BackgroundDeps } from './deps';
import { openFlagForm } from './open-flag-form';

/** Handlers of the findings area. */
export function createFindingHandlers(deps: BackgroundDeps): HandlersFor<'finding/flag' | 'flag/open-form'> {
  return {
    'finding/flag': async ({ finding }) => {
      const settings = await loadSettings(deps.db);
      return flagFinding(deps.db, finding, {
        now: deps.now(),
        inspector: settings.inspector,
        browser: deps.browserVersion(),
        checkDate: settings.checkDate ?? todayInChina(deps.now()),
        quarter: settings.quarter,
        newId: deps.newId,
      });
    },
    'flag/open-form': async ({ tabId, frameId, mode, selectionText, linkUrl, srcUrl }, sender) => {
      if (!sender.fromExtensionPage) throw new Error('只有扩展页面可以打开标记表单');
      const p = await openFlagForm(deps, tabId, { mode, selectionText, linkUrl, srcUrl }, frameId);
      return { kind: p.kind, columnPath: p.columnPath, department: p.department, siteIdCode: p.siteIdCode };
    },
  };
}
