import { scanDocument } from '@/lib/scan/scan-document';

declare global {
  // Set by the background (same isolated world) right before this script is injected.
  var __inspectorScanOptions: { checkDate: string } | undefined;
}

/** Injected on demand; returns the scan of this frame as plain data (the background validates it). */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const options = globalThis.__inspectorScanOptions;
    if (!options) return { error: 'missing scan options' };
    return scanDocument(document, options);
  },
});
