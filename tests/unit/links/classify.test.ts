import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/links/classify';
import type { Observation } from '@/lib/links/observation';
import { VENDOR_POLICY } from '@/lib/links/policy';

// indicators §7.1: one row per observation of the table.
const rows: Array<[Observation, string]> = [
  [{ kind: 'ok', status: 200, redirected: false }, 'ok'],
  [{ kind: 'ok', status: 200, redirected: true }, 'ok'],
  [{ kind: 'http', status: 404 }, 'dead'],
  [{ kind: 'http', status: 410 }, 'dead'],
  [{ kind: 'dns' }, 'dead'],
  [{ kind: 'refused' }, 'dead'],
  [{ kind: 'blocked-port' }, 'dead'],
  [{ kind: 'redirect-loop' }, 'dead'],
  [{ kind: 'bad-scheme', scheme: 'file:', viaRedirect: true }, 'dead'],
  [{ kind: 'invalid-url' }, 'dead'],
  [{ kind: 'http', status: 403 }, 'suspect'],
  [{ kind: 'http', status: 401 }, 'suspect'],
  [{ kind: 'http', status: 412 }, 'suspect'],
  [{ kind: 'http', status: 999 }, 'suspect'],
  [{ kind: 'http', status: 429 }, 'suspect'],
  [{ kind: 'http', status: 500 }, 'suspect'],
  [{ kind: 'http', status: 503 }, 'suspect'],
  [{ kind: 'http', status: 400 }, 'suspect'],
  [{ kind: 'timeout' }, 'suspect'],
  [{ kind: 'reset' }, 'suspect'],
  [{ kind: 'network', detail: 'x' }, 'suspect'],
  [{ kind: 'soft-404', evidence: '标题“页面不存在”' }, 'suspect'],
  [{ kind: 'redirect-home', finalUrl: 'http://a/' }, 'suspect'],
  [{ kind: 'host-paused', host: 'a' }, 'skipped'],
];

describe('classify', () => {
  it.each(rows)('%j → %s, with a Chinese reason and advice', (obs, verdict) => {
    const c = classify(obs);
    expect(c.verdict).toBe(verdict);
    expect(c.reason).toMatch(/[\u4e00-\u9fa5]/);
    if (verdict === 'ok') expect(c.advice).toBe('');
    else expect(c.advice).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('the vendor policy counts 403 as confirmed and network failures as suspected', () => {
    expect(classify({ kind: 'http', status: 403 }, VENDOR_POLICY).verdict).toBe('dead');
    expect(classify({ kind: 'http', status: 404 }, VENDOR_POLICY).verdict).toBe('dead');
    expect(classify({ kind: 'dns' }, VENDOR_POLICY).verdict).toBe('suspect');
    expect(classify({ kind: 'refused' }, VENDOR_POLICY).verdict).toBe('suspect');
  });
});
