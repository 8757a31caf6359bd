import { describe, expect, it } from 'vitest';
import { canInjectInto } from '@/lib/services/injectable';

describe('canInjectInto', () => {
  it('refuses browser pages, other extensions and the Web Store', () => {
    for (const url of [undefined, '', 'chrome://settings', 'about:blank', 'chrome-extension://abc/x.html', 'view-source:http://a.gov.cn/', 'https://chromewebstore.google.com/detail/x']) {
      expect(canInjectInto(url, { allowFile: true })).toBe(false);
    }
  });
  it('accepts web pages, and local files only when asked to', () => {
    expect(canInjectInto('http://www.qsx.gov.test/', { allowFile: false })).toBe(true);
    expect(canInjectInto('file:///tmp/a.html', { allowFile: false })).toBe(false);
    expect(canInjectInto('file:///tmp/a.html', { allowFile: true })).toBe(true);
  });
});
