import { describe, expect, it } from 'vitest';
import { urlFromScript } from '@/lib/links/script-urls';

describe('urlFromScript', () => {
  it.each([
    ["window.open('/art/1.html')", '/art/1.html'],
    ['window.open("http://a.gov.cn/x", "_blank")', 'http://a.gov.cn/x'],
    ["location.href='/gone'", '/gone'],
    ["window.location = '/x.html'", '/x.html'],
    ["location.assign('/y')", '/y'],
    ["javascript:openWin('/z.html')", '/z.html'],
  ])('%s → %s', (code, url) => expect(urlFromScript(code)).toBe(url));

  it.each(['void(0)', 'history.back()', "alert('hi')", "window.open('javascript:void(0)')"])('%s → null', (code) =>
    expect(urlFromScript(code)).toBeNull(),
  );
});
