import { findingSchema, type Finding } from '@/lib/db/records';

/** A valid finding with overridable fields, for tests. */
export function makeFinding(over: Partial<Finding> & { id: string }): Finding {
  return findingSchema.parse({
    identityKey: `k-${over.id}`,
    kind: 'dead-link',
    quarter: '2026Q4',
    siteId: null,
    siteIdCode: '3607990001',
    siteName: '青山县人民政府',
    pageUrl: 'http://www.qsx.gov.test/',
    targetUrl: null,
    columnPath: [],
    department: null,
    detail: '链接返回 404',
    ruleId: null,
    ruleSetVersion: 'gbmh-2019-19',
    effect: 'deduction',
    status: 'pending',
    evidence: { selector: null, quote: null, context: null, browser: null, screenshotIds: [] },
    inspector: '张三',
    checkDate: '2026-11-20',
    observedAt: '2026-11-20T02:00:00.000Z',
    createdAt: '2026-11-20T02:00:00.000Z',
    updatedAt: '2026-11-20T02:00:00.000Z',
    history: [],
    ...over,
  });
}
