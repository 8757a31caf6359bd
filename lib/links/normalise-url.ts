/** Normalises a URL for de-duplication: no fragment, lower-case host, no default port (indicators §7.1). */
export function normaliseUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  url.hash = '';
  // URL already lower-cases the host and drops default ports for special schemes.
  return url.href;
}
