import type { RuleSet } from '@/lib/rules/rule-set-schema';
import { scanDocument } from '@/lib/scan/scan-document';
import { waitForSettle } from '@/lib/scan/settle';

declare global {
  // Set by the background (same isolated world) right before this script is injected.
  var __inspectorScanOptions: { checkDate: string; ruleSet?: RuleSet; settleMs?: number } | undefined;
}

/** Injected on demand: waits for the page to settle, then returns the scan of this frame as plain data. */
export default defineContentScript({
  registration: 'runtime',
  async main() {
    const options = globalThis.__inspectorScanOptions;
    if (!options) return { error: 'missing scan options' };
    const settle = await waitForSettle(document, { maxMs: options.settleMs ?? 3000 });
    const scan = scanDocument(document, options);
    if (!settle.settled) scan.warnings.push('页面在等待时间内仍在变化，结果可能不完整，可稍后重新扫描。');
    return scan;
  },
});
