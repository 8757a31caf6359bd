import { normaliseSiteIdCode, validateSiteIdCode } from './site-id-code';
import type { FooterIdentity } from './types';

// Patterns from indicators §8.2, applied to the footer's text.
const siteIdCodePattern = /(?:政府)?网站标识码\s*[:：]?\s*(bm\d{8}|\d{10})(?!\d)/i;
const icpPattern = /([\u4e00-\u9fff])ICP\s*备\s*[:：]?\s*(\d{4,})\s*号?(?:\s*-\s*(\d+))?/;
const policePattern = /([\u4e00-\u9fff])公网安备\s*[:：]?\s*(\d{14})\s*号?/;
const sponsorPattern = /主办(?:单位)?\s*[:：]\s*([\u4e00-\u9fff（）()]{2,40})/;
// The suffix form "西安市人民政府办公厅主办"; "联合主办" in article text is excluded by reading the footer only.
const sponsorSuffixPattern = /(?:^|[\s|｜　，,。:：])([\u4e00-\u9fff（）()]{3,40}?)主办(?!单位)/;
const jiucuoCodePattern = /site_?code=(bm\d{8}|\d{10})(?!\d)/i;
const contactPattern = /(?:电话|联系方式|联系我们|传真|邮箱|E-?mail|地址)\s*[:：]?|\d{3,4}-\d{7,8}|[\w.-]+@[\w-]+\.[\w.]+/i;
const FOOTER_SELECTOR =
  'footer, .footer, #footer, .foot, #foot, .bottom, #bottom, .copyright, #copyright, [class*="footer"], [id*="footer"], [class*="foot"]';

/** Reads the site's identity from meta tags, the footer text and the 找错 widget (indicators §8.1, §8.2). */
export function readFooterIdentity(doc: Document, meta: Record<string, string>): FooterIdentity {
  const footerText = footerTextOf(doc);
  const sources: FooterIdentity['siteIdCodeSources'] = [];
  const metaCode = normaliseSiteIdCode(meta.SiteIDCode ?? meta.siteidcode ?? '');
  if (metaCode) sources.push({ source: 'meta', value: metaCode });
  const footerCode = siteIdCodePattern.exec(footerText)?.[1];
  if (footerCode) sources.push({ source: 'footer', value: normaliseSiteIdCode(footerCode) });
  const jiucuoCode = readJiucuoCode(doc);
  if (jiucuoCode) sources.push({ source: 'jiucuo', value: jiucuoCode });
  const valid = sources.find((s) => /^(?:\d{10}|bm\d{8})$/.test(s.value));
  const icp = icpPattern.exec(footerText);
  const police = policePattern.exec(footerText);
  const sponsor = sponsorPattern.exec(footerText)?.[1] ?? sponsorSuffixPattern.exec(footerText)?.[1] ?? null;
  return {
    siteIdCode: (valid ?? sources[0])?.value.slice(0, 20) ?? null,
    siteIdCodeSources: sources,
    siteIdCodeWarnings: validateSiteIdCode(sources),
    siteName: (meta.SiteName || siteNameFromTitle(doc.title))?.slice(0, 200) ?? null,
    icp: icp ? `${icp[1]}ICP备${icp[2]}号${icp[3] ? `-${icp[3]}` : ''}` : null,
    policeRecord: police ? `${police[1]}公网安备${police[2]}号` : null,
    sponsor: sponsor?.slice(0, 200) ?? null,
    hasConacLogo: !!doc.querySelector('[src*="conac.cn"], [href*="conac.cn"], img[alt*="党政机关"], img[title*="党政机关"]'),
    hasJiucuo: !!jiucuoCode || !!doc.querySelector('[src*="/exposure/"], [href*="/exposure/"], #_jiucuo_, [src*="jiucuo"], [href*="jiucuo"]'),
    hasContact: contactPattern.test(footerText),
  };
}

/** The code carried by the 找错 widget: a `site_code=` link parameter or the `sitecode` script attribute. */
function readJiucuoCode(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('[sitecode], [src*="site_code="], [href*="site_code="], [src*="jiucuo"], [href*="jiucuo"]')).slice(0, 20)) {
    const attr = el.getAttribute('sitecode');
    if (attr && /^\s*(bm\d{8}|\d{10})\s*$/i.test(attr)) return normaliseSiteIdCode(attr);
    const m = jiucuoCodePattern.exec(`${el.getAttribute('src') ?? ''} ${el.getAttribute('href') ?? ''}`);
    if (m) return normaliseSiteIdCode(m[1]!);
  }
  return null;
}

function siteNameFromTitle(title: string): string | null {
  const parts = title.split(/[_|｜—–-]/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? parts[parts.length - 1]! : null;
}

/** The footer's text: the last footer-like element, else the tail of the page text. */
function footerTextOf(doc: Document): string {
  const footers = Array.from(doc.querySelectorAll(FOOTER_SELECTOR));
  const joined = footers.map((f) => f.textContent ?? '').join('\n');
  const tail = (doc.body?.textContent ?? '').slice(-20_000);
  return siteIdCodePattern.test(joined) || icpPattern.test(joined) ? joined.slice(-40_000) : `${joined}\n${tail}`;
}
