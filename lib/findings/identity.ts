import { normaliseUrl } from '@/lib/links/normalise-url';
import type { FindingKind } from '@/lib/db/records';

/**
 * kind + site + normalised target: recording the same problem twice updates one finding.
 * The target is the link for link findings, the page plus quoted text for wording errors, else the page.
 */
export function findingIdentity(input: {
  kind: FindingKind;
  siteIdCode: string | null;
  pageUrl: string;
  targetUrl: string | null;
  quote: string | null;
  data?: Record<string, unknown>;
}): string {
  const page = normaliseUrl(input.pageUrl) ?? input.pageUrl;
  const site = input.siteIdCode ?? safeOrigin(page);
  // 政务新媒体 findings are about a registry account, whatever page it was seen on (indicators §9).
  const accountId = input.kind.startsWith('account-') ? input.data?.accountId : undefined;
  if (typeof accountId === 'string' && accountId) return `${input.kind}|account:${accountId}`;
  const target = input.targetUrl ? (normaliseUrl(input.targetUrl) ?? input.targetUrl) : page;
  const quote = input.kind === 'wording-error' && input.quote ? `#${input.quote.trim()}` : '';
  return `${input.kind}|${site}|${target}${quote}`;
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
