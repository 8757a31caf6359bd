import { collectLinks } from '@/lib/links/collect-links';

/** Injected on demand by the link checker; returns this page's link targets as plain data (validated in the worker). */
export default defineContentScript({
  registration: 'runtime',
  main() {
    return { url: document.URL, links: collectLinks(document) };
  },
});
