import { describe, expect, it } from 'vitest';
import { accountDraft, judgeAccountStale, mediaPlatformOf } from '@/lib/findings/media-check';
import { findingDraftSchema } from '@/lib/findings/draft';
import { findingIdentity } from '@/lib/findings/identity';

const window14 = { unit: 'days', amount: 14 } as const;
const account = { id: 'a1', department: '县教育局', name: '青山教育', platform: '微信公众号', url: null, lastPostDate: null, inOperation: true, notes: '', createdAt: '', updatedAt: '' } as const;

describe('new-media checks (indicators §9)', () => {
  it('is stale only when the latest post is older than 14 days before the monitoring date', () => {
    expect(judgeAccountStale('2026-11-06', '2026-11-20', window14)).toEqual({ stale: false, daysSince: 14, since: '2026-11-06' });
    expect(judgeAccountStale('2026-11-05', '2026-11-20', window14)).toEqual({ stale: true, daysSince: 15, since: '2026-11-06' });
    expect(judgeAccountStale('2026-11-20', '2026-11-20', window14).stale).toBe(false);
  });

  it('recognises platform pages', () => {
    expect(mediaPlatformOf('https://weibo.com/u/123')).toBe('微博');
    expect(mediaPlatformOf('https://www.douyin.com/user/x')).toBe('抖音号');
    expect(mediaPlatformOf('https://www.toutiao.com/c/user/1/')).toBe('今日头条');
    expect(mediaPlatformOf('https://mp.weixin.qq.com/s/abc')).toBe('微信公众号');
    expect(mediaPlatformOf('https://weibo.com.evil.test/')).toBeNull();
    expect(mediaPlatformOf('not a url')).toBeNull();
  });

  it('gives each account its own finding identity, even without an account URL', () => {
    const input = { pageUrl: 'https://mp.weixin.qq.com/s/abc', pageTitle: '', checkDate: '2026-11-20', lastPostDate: '2026-10-01', detail: 'x' };
    const a = findingDraftSchema.parse(accountDraft(account, 'account-stale', input));
    const b = findingDraftSchema.parse(accountDraft({ ...account, id: 'a2' }, 'account-stale', input));
    expect(a).toMatchObject({ department: '县教育局', siteName: '青山教育', columnPath: ['微信公众号', '青山教育'] });
    expect(findingIdentity(a)).not.toBe(findingIdentity(b));
  });
});
