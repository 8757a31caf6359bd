import type { Account, Finding, Site } from '@/lib/db/records';
import { columnKey, classOf } from '@/lib/rules/column-counters';
import type { AccountVerdict, SiteVerdict } from '@/lib/rules/verdict';
import { windowText } from '@/lib/rules/veto-texts';
import { dateCn, monthDayCn } from './format';
import type { ReportTable } from './model';
import { platformIndex, type ReportInput } from './report-input';

const COLUMN_KINDS = new Set(['empty-column', 'stale-column', 'undated-column']);
const num = (rows: string[][]) => rows.map((r, i) => [String(i + 1), ...r]);

/** 附件1 普查不合格政府网站名单 (indicators §10.2), ordered by 网站标识码. */
export function failedSitesTable(label: string, verdicts: SiteVerdict[], period: { start: string; end: string }): ReportTable {
  const failed = verdicts.filter((v) => !v.passed).sort((a, b) => (a.siteIdCode ?? '').localeCompare(b.siteIdCode ?? '') || a.siteName.localeCompare(b.siteName));
  const sameYear = period.start.slice(0, 4) === period.end.slice(0, 4) && period.start.slice(0, 4) === label.slice(0, 4);
  const fmt = sameYear ? monthDayCn : dateCn;
  return {
    number: 1,
    title: `${label}普查不合格政府网站名单`,
    headers: ['序号', '网站名称', '网站标识码', '存在问题'],
    rows: num(failed.map((v) => [v.siteName, v.siteIdCode ?? '', v.vetoes.map((h) => h.phrase).join('；')])),
    note: `注：数据采样时间为${fmt(period.start)}—${fmt(period.end)}`,
  };
}

/** 附件2 {州}政府网站存在问题栏目名单: confirmed column findings on the portal(s); path from 首页 joined by ">". */
export function problemColumnsTable(label: string, input: ReportInput, portals: Site[]): ReportTable {
  const portalIds = new Set(portals.map((s) => s.id));
  const portalCodes = new Set(portals.map((s) => s.siteIdCode).filter(Boolean));
  const columns = new Map(input.columns.map((c) => [columnKey({ pageUrl: c.url }), c]));
  const rows: { dept: string; path: string; desc: string; date: string }[] = [];
  for (const f of input.findings) {
    if (f.quarter !== input.quarter || f.status !== 'confirmed' || !COLUMN_KINDS.has(f.kind)) continue;
    if (!((f.siteId && portalIds.has(f.siteId)) || (f.siteIdCode && portalCodes.has(f.siteIdCode)))) continue;
    const column = columns.get(columnKey(f));
    const path = f.columnPath.length ? f.columnPath : (column?.path ?? []);
    const full = path[0] === '首页' ? path : ['首页', ...path];
    rows.push({ dept: f.department ?? column?.department ?? '', path: full.join('>'), desc: describe(f, input, column), date: f.checkDate });
  }
  rows.sort((a, b) => a.dept.localeCompare(b.dept, 'zh-CN') || a.path.localeCompare(b.path, 'zh-CN'));
  const dates = [...new Set(rows.map((r) => r.date))].sort();
  return {
    number: 2,
    title: `${label}${input.settings.jurisdiction.short}政府网站存在问题栏目名单`,
    headers: ['序号', '责任部门', '栏目名称', '问题描述'],
    rows: num(rows.map((r) => [r.dept, r.path, r.desc])),
    note: dates.length ? `注：检测时间为${dates.map(dateCn).join('、')}` : null,
  };
}

function describe(f: Finding, input: ReportInput, column: Parameters<typeof classOf>[1]): string {
  if (f.kind === 'empty-column') return '空白栏目,栏目无任何信息';
  if (f.kind === 'undated-column') return '栏目信息未注明发布时间,视为不更新';
  // The seed: "监测点前2周内,栏目无信息更新".
  return `监测点前${windowText(input.ruleSet.windows[classOf(f, column)])}内,栏目无信息更新`;
}

/** 附件3 普查不合格政务新媒体名单, by platform (微信, 微博, 今日头条, 抖音) then registry id. */
export function failedAccountsTable(label: string, accounts: Account[], verdicts: AccountVerdict[]): ReportTable {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const failed = verdicts
    .filter((v) => !v.passed && byId.has(v.accountId))
    .map((v) => ({ v, a: byId.get(v.accountId)! }))
    .sort((x, y) => platformIndex(x.a.platform) - platformIndex(y.a.platform) || x.a.id.localeCompare(y.a.id));
  return {
    number: 3,
    title: `${label}普查不合格政务新媒体名单`,
    headers: ['序号', '部门', '政务新媒体账号', '新媒体平台', '存在问题'],
    rows: num(failed.map(({ v, a }) => [a.department, a.name, a.platform, v.vetoes.map((h) => h.phrase).join('；')])),
    note: null,
  };
}

/** 附件4 信件办理超期名单: the quarter's tallies, plus confirmed letter-overdue findings of units without a tally. */
export function overdueLettersTable(label: string, input: ReportInput): ReportTable {
  const tallies = input.letters.filter((l) => l.quarter === input.quarter && l.count > 0).sort((a, b) => a.id.localeCompare(b.id));
  const counted = new Set(tallies.map((t) => t.unit));
  const extra = new Map<string, number>();
  for (const f of input.findings) {
    if (f.quarter !== input.quarter || f.status !== 'confirmed' || f.kind !== 'letter-overdue') continue;
    const unit = f.department ?? f.siteName;
    if (!counted.has(unit)) extra.set(unit, (extra.get(unit) ?? 0) + 1);
  }
  const rows = [...tallies.map((t) => [t.unit, String(t.count), t.notes]), ...[...extra].map(([u, n]) => [u, String(n), ''])];
  return { number: 4, title: `${label}信件办理超期名单`, headers: ['序号', '单位', '超期次数', '备注'], rows: num(rows), note: null };
}
