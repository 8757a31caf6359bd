/** True for a site's home page (首页): the root path or a root index file (indicators §6: 首页 counted apart). */
export function isHomePageUrl(url: string): boolean {
  try {
    return /^\/(index|default)?(\.s?html?|\.jsp|\.php|\.aspx?)?$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** 站内 vs 站外: same host, ignoring a leading `www.` (indicators §7.1 keeps them apart). */
export function isOnSite(target: string, page: string): boolean {
  const host = (u: string) => {
    try {
      return new URL(u).hostname.replace(/^www\./, '');
    } catch {
      return null;
    }
  };
  const t = host(target);
  return t !== null && t === host(page);
}
