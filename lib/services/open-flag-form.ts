import { z } from 'zod';
import { quarterOf } from '@/lib/dates/calendar';
import { flagFactsSchema, type FlagInput } from '@/lib/flag-form/facts';
import { buildPrefill, type FlagPrefill } from '@/lib/flag-form/prefill';
import { loadSettings } from '@/lib/settings/settings';
import { currentCheckDate, type BackgroundDeps } from './deps';
import { canInjectInto } from './injectable';

/**
 * Opens the flag form in a tab: injects the flag script, validates the page facts it reports, adds what the
 * registries know (site, column → 责任部门), the quarter and the monitoring date, then shows the form in the page.
 * The context menu, the keyboard shortcut and the `flag/open-form` message all come through here.
 */
export async function openFlagForm(deps: Pick<BackgroundDeps, 'db' | 'now'>, tabId: number, input: FlagInput, frameId = 0): Promise<FlagPrefill> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!canInjectInto(tab?.url, { allowFile: true })) {
    throw new Error('此页面无法标记（浏览器内部页面或扩展商店）。');
  }
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.executeScript({ target, func: (i: FlagInput) => void (globalThis.__inspectorFlagInput = i), args: [input] });
  const [first] = await browser.scripting.executeScript({ target, files: ['/content-scripts/flag.js'] });
  const parsed = flagFactsSchema.safeParse(first?.result);
  if (!parsed.success) throw new Error(`页面返回的信息无效：${z.prettifyError(parsed.error).slice(0, 300)}`);
  const facts = parsed.data;
  const settings = await loadSettings(deps.db);
  const checkDate = await currentCheckDate(deps);
  const origin = safeOrigin(facts.pageUrl);
  const site =
    (facts.siteIdCode ? await deps.db.sites.where('siteIdCode').equals(facts.siteIdCode).first() : undefined) ??
    (origin ? await deps.db.sites.where('origins').equals(origin).first() : undefined) ??
    null;
  const columns = origin ? await deps.db.columns.where('origin').equals(origin).toArray() : [];
  const prefill = buildPrefill(facts, input.mode, { tabId, quarter: settings.quarter ?? quarterOf(checkDate), checkDate, site, columns });
  await browser.scripting.executeScript({ target, func: (p: FlagPrefill) => globalThis.__inspectorShowFlagForm?.(p), args: [prefill] });
  return prefill;
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
