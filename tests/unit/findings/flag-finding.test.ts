import { describe, expect, it } from 'vitest';
import { InspectorDB } from '@/lib/db/schema';
import { findingDraftSchema } from '@/lib/findings/draft';
import { flagFinding, type FlagContext } from '@/lib/findings/flag-finding';
import { allFindings } from '@/lib/findings/store';

let n = 0;
const ctx = (at: string): FlagContext => ({
  now: new Date(at),
  inspector: '张三',
  browser: 'Chrome/156',
  checkDate: '2021-03-03',
  quarter: null,
  newId: () => `id-${++n}`,
});

describe('flagFinding', () => {
  it('creates a pending finding in the quarter of the monitoring date, then updates it on a second flag', async () => {
    const db = new InspectorDB(crypto.randomUUID());
    const draft = findingDraftSchema.parse({
      kind: 'dead-link',
      pageUrl: 'http://www.qsx.gov.test/',
      targetUrl: 'http://WWW.qsx.gov.test:80/gone#top',
      siteIdCode: '3607990001',
      detail: '链接返回 404',
    });
    const first = await flagFinding(db, draft, ctx('2021-03-03T02:00:00Z'));
    expect(first.created).toBe(true);
    const again = await flagFinding(db, { ...draft, targetUrl: 'http://www.qsx.gov.test/gone', detail: '仍然 404' }, ctx('2021-03-04T02:00:00Z'));
    expect(again).toEqual({ findingId: first.findingId, created: false });
    const rows = await allFindings(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'pending',
      quarter: '2021Q1',
      detail: '仍然 404',
      ruleId: 'deduction.dead-links',
      ruleSetVersion: 'gbmh-2019-19',
      inspector: '张三',
    });
    expect(rows[0]!.history.map((h) => h.change)).toEqual(['记录问题（待确认）', '再次记录：更新证据与说明']);
  });
});
