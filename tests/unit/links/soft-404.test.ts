import { describe, expect, it } from 'vitest';
import { readSignals, soft404Evidence } from '@/lib/links/soft-404';

const doc = (title: string, body: string) => `<html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('soft404Evidence', () => {
  it.each([
    [doc('页面不存在', '')],
    [doc('提示', '<h2>404</h2><p>返回首页</p>')],
    [doc('提示信息', '<div class="msg"><p>信息已删除</p></div>')],
    [doc('Not Found', '')],
    [doc('青山县', '<p>您访问的页面不存在！</p>')],
  ])('finds a soft 404 in %s', (html) => {
    expect(soft404Evidence(readSignals(html))).not.toBeNull();
  });

  it.each([
    [doc('G404国道青山段改造工程通过交工验收', '<h1>G404国道</h1><p>全长404公里的改造工程……</p>')],
    [doc('政务公开', `<p>${'根据规定，过期信息已删除并归档，'.repeat(5)}</p>`)],
    [doc('县情概况', '<script>var msg = "页面不存在";</script><p>青山县位于赣东北。</p>')],
  ])('does not flag an ordinary page: %s', (html) => {
    expect(soft404Evidence(readSignals(html))).toBeNull();
  });
});
