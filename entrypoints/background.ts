import { openInspectorDb } from '@/lib/db/schema';
import { listen } from '@/lib/messaging/listen';
import { createHandlers } from '@/lib/services/handlers';
import { registerFlagMenus } from '@/lib/services/context-menu';

export default defineBackground(() => {
  const db = openInspectorDb();
  listen(
    createHandlers({
      db,
      fetch: globalThis.fetch.bind(globalThis),
      now: () => new Date(),
      newId: () => crypto.randomUUID(),
      browserVersion: () => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? null,
    }),
  );
  registerFlagMenus({ db, now: () => new Date() });
  // Clicking the toolbar icon opens the side panel beside the page.
  browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e: unknown) => console.warn('侧边栏设置失败', e));
});
