import type { FlagInput } from '@/lib/flag-form/facts';
import { flagForm as t } from '@/lib/i18n/zh-CN/flag-form';
import type { BackgroundDeps } from './deps';
import { openFlagForm } from './open-flag-form';

/** The manifest `commands` entry that flags the current selection. */
export const FLAG_COMMAND = 'flag-selection';

const MENUS = [
  { id: 'flag-wording', title: t.menuWording, contexts: ['selection'] },
  { id: 'flag-link', title: t.menuLink, contexts: ['link', 'image'] },
  { id: 'flag-page', title: t.menuPage, contexts: ['page'] },
] as const;

interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  linkUrl?: string;
  srcUrl?: string;
  frameId?: number;
}

/** What a context-menu click asks for (pure: the menu entry and what Chrome reports about the click). */
export function flagInputFromMenu(info: MenuClick): { input: FlagInput; frameId: number } | null {
  const mode = info.menuItemId === 'flag-wording' ? 'selection' : info.menuItemId === 'flag-link' ? 'link' : info.menuItemId === 'flag-page' ? 'page' : null;
  if (!mode) return null;
  return {
    input: { mode, selectionText: info.selectionText ?? null, linkUrl: info.linkUrl ?? null, srcUrl: info.srcUrl ?? null },
    frameId: info.frameId ?? 0,
  };
}

/**
 * Registers the flag menus and the shortcut. Listeners are attached synchronously (before any await) so a woken
 * service worker sees the click; the menus themselves are created once per install/update.
 */
export function registerFlagMenus(deps: Pick<BackgroundDeps, 'db' | 'now'>): void {
  const report = (e: unknown) => console.warn('打开标记表单失败', e);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const request = flagInputFromMenu(info);
    if (request && tab?.id !== undefined) openFlagForm(deps, tab.id, request.input, request.frameId).catch(report);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== FLAG_COMMAND || tab?.id === undefined) return;
    openFlagForm(deps, tab.id, { mode: 'selection', selectionText: null, linkUrl: null, srcUrl: null }).catch(report);
  });
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      for (const m of MENUS) browser.contextMenus.create({ id: m.id, title: m.title, contexts: [...m.contexts] });
    });
  });
}
