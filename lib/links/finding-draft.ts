import type { FindingDraft } from '@/lib/findings/draft';
import type { LinkRunItem } from './summarise-run';

const asUrl = (s: string | null) => {
  if (!s) return null;
  try {
    return new URL(s).href.slice(0, 4000);
  } catch {
    return null;
  }
};

/** A `dead-link` finding for one dead or suspect target (indicators §10.4: page, target, status, chain, location). */
export function deadLinkDraft(item: LinkRunItem, screenshotIds: string[], pageTitle = ''): FindingDraft {
  const where = item.locations.map((l) => l.text || l.kind).join('；').slice(0, 2000);
  return {
    kind: 'dead-link',
    pageUrl: item.pageUrl,
    pageTitle: pageTitle.slice(0, 500),
    targetUrl: asUrl(item.url),
    detail: `${item.verdict === 'dead' ? '不可用链接' : '疑似不可用链接'}：${item.url.slice(0, 2000)}（${item.reason}）`.slice(0, 5000),
    suggestion: item.advice || null,
    selector: item.locations[0]?.selector ?? null,
    quote: item.locations[0]?.text.slice(0, 5000) ?? null,
    context: `出现位置：${where}`,
    data: {
      verdict: item.verdict,
      httpStatus: item.httpStatus,
      reason: item.reason,
      targetUrl: item.url,
      finalUrl: item.finalUrl,
      chain: item.chain,
      locations: item.locations,
      onSite: item.onSite,
      isHomePage: item.isHomePage,
    },
    screenshotIds,
  };
}
