import type { FindingKind } from '@/lib/db/records';

/** Chinese names of finding kinds. */
export const kinds: Record<FindingKind, string> = {
  'empty-column': '空白栏目',
  'stale-column': '栏目更新不及时',
  'undated-column': '栏目未注明发布时间',
  'homepage-stale': '首页不更新',
  'dead-link': '不可用链接',
  'wording-error': '表述错误',
  'footer-missing': '网站标识缺失',
  'site-unreachable': '站点无法访问',
  'account-stale': '新媒体内容更新不及时',
  'account-unresponsive': '新媒体互动回应差',
  'letter-overdue': '信件办理超期',
  'interaction-unanswered': '留言超期未回应',
  other: '其他问题',
};
