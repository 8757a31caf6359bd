// Chrome refuses to run extension scripts on its own pages, other extensions and the Web Store; file:// needs a
// per-extension switch the inspector rarely turns on.
const BROWSER_PAGES = /^(chrome|chrome-extension|edge|about|devtools|view-source|data|blob):/i;
const WEB_STORE = /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore)/i;

/** True when an extension can inject its scripts into a tab showing `url`. */
export function canInjectInto(url: string | undefined, opts: { allowFile: boolean }): url is string {
  if (!url || BROWSER_PAGES.test(url) || WEB_STORE.test(url)) return false;
  return opts.allowFile || !/^file:/i.test(url);
}
