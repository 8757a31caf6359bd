import { daysBetween, monthsBefore, shiftDays, yearsBefore } from '@/lib/dates/calendar';
import type { Account } from '@/lib/db/records';
import type { FindingDraft } from './draft';
import type { RuleWindow } from '@/lib/rules/rule-set-schema';

/** Platforms whose account pages open the new-media check by themselves. */
const MEDIA_HOSTS: [RegExp, Account['platform']][] = [
  [/(^|\.)weibo\.(com|cn)$/, '微博'],
  [/(^|\.)douyin\.com$/, '抖音号'],
  [/(^|\.)toutiao\.com$/, '今日头条'],
  [/^mp\.weixin\.qq\.com$/, '微信公众号'],
];

/** The 政务新媒体 platform of a page, or null when the page is not on one. */
export function mediaPlatformOf(url: string): Account['platform'] | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return MEDIA_HOSTS.find(([re]) => re.test(host))?.[1] ?? null;
}

/** First day of the window that ends on the monitoring date (inclusive). */
export function windowStart(checkDate: string, w: Pick<RuleWindow, 'unit' | 'amount'>): string {
  return w.unit === 'days' ? shiftDays(checkDate, -w.amount) : w.unit === 'months' ? monthsBefore(checkDate, w.amount) : yearsBefore(checkDate, w.amount);
}

/**
 * 内容不更新 (indicators §9 media.stale): no post in the window before the monitoring date (2 weeks by default).
 * A post dated on the window's first day still counts as an update.
 */
export function judgeAccountStale(lastPostDate: string, checkDate: string, w: Pick<RuleWindow, 'unit' | 'amount'>): { stale: boolean; daysSince: number; since: string } {
  const since = windowStart(checkDate, w);
  return { stale: lastPostDate < since, daysSince: daysBetween(lastPostDate, checkDate), since };
}

/** The `finding/flag` draft of a new-media finding for one registry account. */
export function accountDraft(
  account: Account,
  kind: 'account-stale' | 'account-unresponsive',
  input: { pageUrl: string; pageTitle: string; checkDate: string; lastPostDate: string | null; detail: string },
): FindingDraft {
  return {
    kind,
    pageUrl: input.pageUrl,
    pageTitle: input.pageTitle,
    // The registry account is the target: identity is kind + account id (see identity.ts).
    targetUrl: account.url,
    siteName: account.name,
    columnPath: [account.platform, account.name],
    department: account.department,
    detail: input.detail,
    checkDate: input.checkDate,
    data: { accountId: account.id, platform: account.platform, lastPostDate: input.lastPostDate },
  };
}
