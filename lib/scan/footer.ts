import type { FooterIdentity } from './types';

// Patterns from indicators §8.2, applied to the footer's text.
const siteIdCodePattern = /(?:政府)?网站标识码\s*[:：]?\s*(bm\d{8}|\d{10})(?!\d)/i;
const icpPattern = /([\u4e00-\u9fff])ICP备\s*[:：]?\s*(\d{4,})\s*号?(?:\s*-\s*(\d+))?/;
const policePattern = /([\u4e00-\u9fff])公网安备\s*[:：]?\s*(\d{14})\s*号?/;
const sponsorPattern = /主办(?:单位)?\s*[:：]\s*([\u4e00-\u9fff（）()]{2,40})/;

/** Reads the site's identity from the footer text and meta tags. */
export function readFooterIdentity(doc: Document, meta: Record<string, string>): FooterIdentity {
  const footerText = footerTextOf(doc);
  const sources: FooterIdentity['siteIdCodeSources'] = [];
  const metaCode = normaliseCode(meta.SiteIDCode ?? '');
  if (metaCode) sources.push({ source: 'meta', value: metaCode });
  const footerCode = siteIdCodePattern.exec(footerText)?.[1];
  if (footerCode) sources.push({ source: 'footer', value: normaliseCode(footerCode) });
  const siteIdCode = sources[0]?.value ?? null;
  const icp = icpPattern.exec(footerText);
  const police = policePattern.exec(footerText);
  return {
    siteIdCode,
    siteIdCodeSources: sources,
    siteIdCodeWarnings: [],
    siteName: meta.SiteName ?? null,
    icp: icp ? `${icp[1]}ICP备${icp[2]}号${icp[3] ? `-${icp[3]}` : ''}` : null,
    policeRecord: police ? `${police[1]}公网安备${police[2]}号` : null,
    sponsor: sponsorPattern.exec(footerText)?.[1] ?? null,
    hasConacLogo: false,
    hasJiucuo: false,
    hasContact: false,
  };
}

function normaliseCode(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/^BM/i, 'bm').slice(0, 20);
}

function footerTextOf(doc: Document): string {
  const footer = doc.querySelector('footer, .footer, #footer, .foot, #foot, .bottom, #bottom');
  return (footer?.textContent ?? doc.body?.textContent ?? '').slice(-20_000);
}
