import { describe, expect, it } from 'vitest';
import { buildPrefill, draftFromForm, matchColumn } from '@/lib/flag-form/prefill';
import { flagInputFromMenu } from '@/lib/services/context-menu';
import { findingDraftSchema } from '@/lib/findings/draft';

const column = (url: string, department: string, path: string[]) =>
  ({ id: url, siteId: null, origin: new URL(url).origin, url, name: path.at(-1)!, path, columnClass: 'dynamic', classOverride: null, department, exemptHistorical: false, lastUpdate: null, itemCount: 0, lastSeenAt: '' }) as const;

describe('context menu → flag input', () => {
  it('maps each menu entry to its mode and keeps what Chrome reports', () => {
    expect(flagInputFromMenu({ menuItemId: 'flag-wording', selectionText: '县长', frameId: 0 })).toEqual({ input: { mode: 'selection', selectionText: '县长', linkUrl: null, srcUrl: null }, frameId: 0 });
    expect(flagInputFromMenu({ menuItemId: 'flag-link', srcUrl: 'http://x.gov.test/a.png' })!.input).toMatchObject({ mode: 'link', srcUrl: 'http://x.gov.test/a.png' });
    expect(flagInputFromMenu({ menuItemId: 'flag-page' })!.input.mode).toBe('page');
    expect(flagInputFromMenu({ menuItemId: 'someone-else' })).toBeNull();
  });
});

describe('flag form prefill', () => {
  const cols = [column('http://www.qsx.gov.test/', '县政府办公室', ['首页']), column('http://www.qsx.gov.test/xwzx/gzdt/', '县融媒体中心', ['首页', '新闻中心', '工作动态'])];
  it('finds the column by the longest URL prefix, else by breadcrumb', () => {
    expect(matchColumn(cols, 'http://www.qsx.gov.test/xwzx/gzdt/202611/t1.html', [])?.department).toBe('县融媒体中心');
    expect(matchColumn([cols[1]!], 'http://other.gov.test/x', ['首页', '新闻中心', '工作动态'])?.department).toBe('县融媒体中心');
  });

  it('prefills kind, department, path and quarter, and turns the form into a valid finding/flag draft', () => {
    const facts = { pageUrl: 'http://www.qsx.gov.test/xwzx/gzdt/', pageTitle: '工作动态', siteIdCode: '3607990001', siteName: '青山县人民政府', breadcrumb: [], quote: '县长主持召开', context: '……县长主持召开……', selector: 'li:nth-of-type(1)', targetUrl: null };
    const p = buildPrefill(facts, 'selection', { tabId: 7, quarter: '2026Q4', checkDate: '2026-11-20', site: null, columns: cols });
    expect(p).toMatchObject({ kind: 'wording-error', department: '县融媒体中心', columnPath: ['首页', '新闻中心', '工作动态'], detail: '表述错误：「县长主持召开」' });
    const draft = findingDraftSchema.parse(draftFromForm(p, { kind: 'wording-error', detail: p.detail, suggestion: '县长主持召开会议', columnPath: '首页 > 新闻中心 > 工作动态', department: '', screenshotIds: ['e1'] }));
    expect(draft).toMatchObject({ suggestion: '县长主持召开会议', department: null, columnPath: ['首页', '新闻中心', '工作动态'], screenshotIds: ['e1'], checkDate: '2026-11-20' });
  });
});
