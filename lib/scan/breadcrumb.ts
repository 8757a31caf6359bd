// 当前位置：首页 > 新闻中心 > 工作动态 — the column path the report uses (indicators §10.4 columnPath).
const LABEL = /(当前位置|您现在的位置|你现在的位置|您当前的位置|您的位置|你的位置|当前所在位置|所在位置|现在位置|位置)\s*[:：]/;
const CONTAINER = '.location, .breadcrumb, .crumb, .crumbs, .position, .dqwz, .weizhi, .bread, .path, #location, #breadcrumb, #position, [class*="breadcrumb"], [class*="location"], [class*="position"], [class*="crumb"]';
const SEPARATOR = /\s*(?:>|＞|»|›|→|>>|\/|\||｜|—)\s*/;

/** The breadcrumb segments (首页 first when present), or [] when the page has none. */
export function readBreadcrumb(doc: Document): string[] {
  const candidates = Array.from(doc.querySelectorAll(CONTAINER)).slice(0, 20);
  let text: string | null = null;
  for (const el of candidates) {
    const t = el.textContent ?? '';
    if (t.length < 300 && (LABEL.test(t) || SEPARATOR.test(t))) {
      text = t;
      break;
    }
  }
  text ??= labelledText(doc);
  if (!text) return [];
  const afterLabel = text.replace(/^[\s\S]*?(?:当前位置|您现在的位置|你现在的位置|您当前的位置|您的位置|你的位置|当前所在位置|所在位置|现在位置|位置)\s*[:：]/, '');
  return afterLabel
    .split(SEPARATOR)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s && s.length <= 60)
    .slice(0, 20);
}

/** A short element whose own text starts with a 当前位置 label (templates without a breadcrumb class). */
function labelledText(doc: Document): string | null {
  const body = doc.body;
  if (!body || !LABEL.test(body.textContent?.slice(0, 200_000) ?? '')) return null;
  for (const el of Array.from(body.querySelectorAll('div, p, span, td, li')).slice(0, 5000)) {
    const t = el.textContent ?? '';
    if (t.length < 200 && LABEL.test(t) && el.querySelector('a')) return t;
  }
  return null;
}
