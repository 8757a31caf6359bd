import type { FindingDraft } from '@/lib/findings/draft';
import type { JudgedBlock, PageJudgement } from '@/lib/rules/page-verdict';
import type { RuleSet, RuleWindow } from '@/lib/rules/rule-set-schema';
import type { PageScan } from './types';

const windowText = (w: Pick<RuleWindow, 'unit' | 'amount'>) =>
  w.unit === 'days' ? (w.amount % 7 === 0 ? `${w.amount / 7}周` : `${w.amount}天`) : w.unit === 'months' ? `${w.amount}个月` : `${w.amount}年`;

/** The finding a problem verdict of a column is recorded as (wording as in the seed's 问题描述, indicators §10). */
export function columnFindingDraft(scan: PageScan, judgement: PageJudgement, block: JudgedBlock, ruleSet: RuleSet, department: string | null): FindingDraft | null {
  const status = block.verdict.status;
  const home = judgement.pageKind === 'home' && block.listIndex === null;
  const kind = home ? 'homepage-stale' : status === 'empty' ? 'empty-column' : status === 'undated' ? 'undated-column' : status === 'stale' ? 'stale-column' : null;
  if (!kind) return null;
  const window = home ? ruleSet.homepage.window : ruleSet.windows[block.columnClass];
  const place = home ? '首页' : '栏目';
  const detail =
    kind === 'empty-column'
      ? '空白栏目：栏目自开设以来无任何信息'
      : kind === 'undated-column'
        ? '栏目信息未注明发布时间，视为不更新'
        : `监测点前${windowText(window)}内,${place}无信息更新${block.lastUpdate ? `（最近更新 ${block.lastUpdate}）` : ''}`;
  const path = judgement.columnPath.length ? judgement.columnPath : ['首页'];
  const list = block.listIndex === null ? null : scan.lists[block.listIndex];
  return {
    kind,
    pageUrl: scan.url,
    pageTitle: scan.title,
    siteIdCode: scan.identity.siteIdCode,
    siteName: scan.identity.siteName ?? '',
    columnPath: judgement.pageKind === 'home' && !home ? [...path, block.name] : path,
    department,
    detail,
    checkDate: scan.checkDate,
    selector: list?.selector ?? null,
    data: {
      columnClass: block.columnClass,
      firstLevel: path.filter((c) => c !== '首页').length <= 1,
      lastUpdate: block.lastUpdate,
      itemCount: block.itemCount,
      daysOverdue: block.verdict.daysOverdue,
      status,
      placeholders: scan.placeholders,
    },
  };
}

/** 页脚 elements that are missing (indicators §8.2), for a footer-missing finding; null when complete. */
export function footerFindingDraft(scan: PageScan): FindingDraft | null {
  const id = scan.identity;
  const missing = [
    !id.siteIdCodeSources.some((s) => s.source === 'footer') && '网站标识码',
    !id.icp && 'ICP备案编号',
    !id.policeRecord && '公安机关备案号',
    !id.sponsor && '主办单位',
    !id.hasConacLogo && '党政机关网站标识',
    !id.hasContact && '联系方式',
  ].filter((m): m is string => !!m);
  if (missing.length === 0) return null;
  return {
    kind: 'footer-missing',
    pageUrl: scan.url,
    pageTitle: scan.title,
    siteIdCode: id.siteIdCode,
    siteName: id.siteName ?? '',
    columnPath: ['首页'],
    detail: `网站底部功能区缺少：${missing.join('、')}`,
    checkDate: scan.checkDate,
    data: { missing, warnings: id.siteIdCodeWarnings },
  };
}
