import type { Finding } from '@/lib/db/records';

let n = 0;
/** A finding with sensible defaults for verdict tests. */
export function mk(p: Partial<Finding> & Pick<Finding, 'kind'>): Finding {
  n += 1;
  return {
    id: `f${n}`, identityKey: `k${n}`, quarter: '2021Q1', siteId: 's1', siteIdCode: '5325010002', siteName: '个旧市人民政府',
    pageUrl: `http://www.gejiu.gov.cn/col${n}/`, pageTitle: '', targetUrl: null, columnPath: ['首页', '政府信息公开', `栏目${n}`], department: null,
    detail: '', suggestion: null, ruleId: null, ruleSetVersion: 'gbmh-2019-19', effect: 'veto', status: 'confirmed', statusReason: null, fixedAt: null,
    data: {}, evidence: { selector: null, quote: null, context: null, browser: null, screenshotIds: [] }, inspector: 't', checkDate: '2021-03-03',
    observedAt: '2021-03-03T02:00:00.000Z', createdAt: '2021-03-03T02:00:00.000Z', updatedAt: '2021-03-03T02:00:00.000Z', history: [], ...p,
  };
}

export const many = (count: number, p: Partial<Finding> & Pick<Finding, 'kind'>) => Array.from({ length: count }, () => mk(p));
