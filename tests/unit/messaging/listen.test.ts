import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '@/lib/messaging/listen';
import type { Handlers } from '@/lib/messaging/protocol';

function handlers(): Handlers {
  // Only the handlers these tests reach; dispatch looks a handler up by type.
  return {
    'scan/tab': vi.fn(async () => {
      throw new Error('不会被调用');
    }),
    'finding/flag': vi.fn(async () => ({ findingId: 'f1', created: true })),
  } as Partial<Handlers> as Handlers;
}

const origin = 'chrome-extension://abc/';
const log = () => ({ warn: vi.fn(), error: vi.fn() });

describe('dispatch', () => {
  it('rejects malformed requests with a Chinese reason, logs it and calls no handler', async () => {
    const h = handlers();
    const l = log();
    for (const raw of [null, 'x', { type: 'nope' }, { type: 'finding/flag', finding: { kind: 'dead-link', pageUrl: 'bad' } }]) {
      const reply = await dispatch(h, raw, { tab: { id: 3 }, url: 'http://evil.test/' }, origin, l);
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error).toMatch(/^消息格式不正确/);
    }
    expect(l.warn).toHaveBeenCalledTimes(4);
    expect(h['finding/flag']).not.toHaveBeenCalled();
  });

  it('passes a valid request with its sender to the handler', async () => {
    const h = handlers();
    const reply = await dispatch(
      h,
      { type: 'finding/flag', finding: { kind: 'wording-error', pageUrl: 'http://www.qsx.gov.test/a.html', detail: '错别字' } },
      { tab: { id: 7 }, url: 'http://www.qsx.gov.test/a.html' },
      origin,
      log(),
    );
    expect(reply).toEqual({ ok: true, data: { findingId: 'f1', created: true } });
    expect(h['finding/flag']).toHaveBeenCalledWith(
      expect.objectContaining({ finding: expect.objectContaining({ siteName: '', columnPath: [] }) }),
      { tabId: 7, url: 'http://www.qsx.gov.test/a.html', fromExtensionPage: false },
    );
  });

  it('tells an extension page opened in a tab from a content script by its URL', async () => {
    const h = handlers();
    const request = { type: 'finding/flag', finding: { kind: 'other', pageUrl: 'http://www.qsx.gov.test/', detail: '其他' } };
    await dispatch(h, request, { tab: { id: 9 }, url: `${origin}options.html` }, origin, log());
    expect(h['finding/flag']).toHaveBeenLastCalledWith(expect.anything(), { tabId: 9, url: `${origin}options.html`, fromExtensionPage: true });
  });

  it('turns a handler failure into an error reply', async () => {
    const l = log();
    const reply = await dispatch(handlers(), { type: 'scan/tab', tabId: 1 }, { url: `${origin}sidepanel.html` }, origin, l);
    expect(reply).toEqual({ ok: false, error: '不会被调用' });
    expect(l.error).toHaveBeenCalled();
  });
});
