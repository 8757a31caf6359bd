// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectLinks } from '@/lib/links/collect-links';
import { dedupeTargets } from '@/lib/links/dedupe';

function docOf(html: string, url = 'http://www.qsx.gov.test/links/page.html'): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.open();
  doc.write(html);
  doc.close();
  if (!doc.querySelector('base')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return doc;
}

describe('collectLinks', () => {
  const doc = docOf(`
    <ul id="svc">
      <li><a href="/ok">正常</a></li>
      <li><a href="/files/report.pdf">报告（PDF）</a></li>
      <li><a href="javascript:window.open('/art/1001.html')">要点</a></li>
      <li><a onclick="location.href='/gone'">旧链接</a></li>
      <li><span onclick="window.open('/art/1002.html')">解读</span></li>
      <li><a href="javascript:void(0)">在线访谈</a></li>
      <li><a href="#">返回顶部</a></li>
      <li><a href="mailto:a@b.gov.test">联系我们</a></li>
      <li><a href="tel:0793-1234567">电话</a></li>
      <li><a href="http://exa mple.com/">坏地址</a></li>
      <li style="display:none"><a href="/hidden">隐藏</a></li>
    </ul>
    <map><area href="/map.html" alt="地图"></map>
    <img src="/a.png" srcset="/a-2x.png 2x, /a-3x.png 3x" alt="风光">
    <iframe src="/frame.html" title="视频"></iframe>`);
  const links = collectLinks(doc);
  const by = (text: string) => links.filter((l) => l.text === text);

  it('finds anchors, attachments, images with srcset, areas and iframes, resolved to absolute URLs', () => {
    expect(by('正常')[0]).toMatchObject({ url: 'http://www.qsx.gov.test/ok', kind: 'a', skipReason: null });
    expect(by('报告（PDF）')[0]?.kind).toBe('attachment');
    expect(by('风光').map((l) => l.url)).toEqual([
      'http://www.qsx.gov.test/a.png',
      'http://www.qsx.gov.test/a-2x.png',
      'http://www.qsx.gov.test/a-3x.png',
    ]);
    expect(links.find((l) => l.kind === 'area')?.url).toBe('http://www.qsx.gov.test/map.html');
    expect(links.find((l) => l.kind === 'iframe')?.url).toBe('http://www.qsx.gov.test/frame.html');
  });

  it('reads URLs hidden in javascript: hrefs and onclick handlers', () => {
    expect(by('要点')[0]).toMatchObject({ url: 'http://www.qsx.gov.test/art/1001.html', kind: 'script-url' });
    expect(by('旧链接')[0]).toMatchObject({ url: 'http://www.qsx.gov.test/gone', kind: 'script-url' });
    expect(by('解读')[0]).toMatchObject({ url: 'http://www.qsx.gov.test/art/1002.html', kind: 'script-url' });
  });

  it('skips void(0), #, mailto: and tel: with a reason; keeps malformed URLs for a verdict', () => {
    for (const text of ['在线访谈', '返回顶部', '联系我们', '电话']) expect(by(text)[0]?.skipReason).toMatch(/不检查|没有可检查/);
    expect(by('坏地址')[0]?.skipReason).toBeNull();
  });

  it('gives each element a selector that finds it again, and flags hidden ones', () => {
    for (const l of links) expect(doc.querySelector(l.selector)).not.toBeNull();
    expect(doc.querySelector(by('解读')[0]!.selector)?.textContent).toBe('解读');
    expect(by('隐藏')[0]?.hidden).toBe(true);
    expect(by('正常')[0]?.hidden).toBe(false);
  });

  it('resolves relative URLs against <base href>, not the page path', () => {
    const based = docOf('<base href="http://www.qsx.gov.test/links/sub/"><a href="page1.html">帮助</a><a href="../traps.html">返回</a>');
    expect(collectLinks(based).map((l) => l.url)).toEqual([
      'http://www.qsx.gov.test/links/sub/page1.html',
      'http://www.qsx.gov.test/links/traps.html',
    ]);
  });

  it('10,000 identical links collapse into one target that keeps its locations', () => {
    const many = docOf(`<div>${'<a href="/same#x">同一链接</a>'.repeat(10_000)}</div>`);
    const found = collectLinks(many);
    expect(found).toHaveLength(10_000);
    const unique = dedupeTargets(found);
    expect(unique).toHaveLength(1);
    expect(unique[0]).toMatchObject({ url: 'http://www.qsx.gov.test/same', count: 10_000 });
    expect(unique[0]!.locations).toHaveLength(200);
  });
});
