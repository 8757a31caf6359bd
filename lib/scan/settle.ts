/** Options of `waitForSettle`: a quiet period without DOM mutations, bounded by a maximum wait. */
export interface SettleOptions {
  quietMs?: number;
  maxMs?: number;
}

/**
 * Resolves once the document has had no mutations for `quietMs` (lists filled by script after load, indicators §4.2),
 * or after `maxMs` at the latest. Also waits for the load event (bounded by the same maximum) so late timers start.
 */
export function waitForSettle(doc: Document, { quietMs = 400, maxMs = 3000 }: SettleOptions = {}): Promise<{ waitedMs: number; settled: boolean }> {
  const started = performance.now();
  const win = doc.defaultView;
  return new Promise((resolve) => {
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const finish = (settled: boolean) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      resolve({ waitedMs: performance.now() - started, settled });
    };
    const arm = () => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(() => {
        if (doc.readyState === 'complete') finish(true);
        else arm();
      }, quietMs);
    };
    const observer = new MutationObserver(arm);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
      try {
        const inner = (frame as HTMLIFrameElement).contentDocument;
        if (inner?.documentElement) observer.observe(inner.documentElement, { childList: true, subtree: true });
      } catch {
        /* cross-origin frame: nothing to observe */
      }
    }
    const maxTimer = setTimeout(() => finish(false), maxMs);
    if (doc.readyState !== 'complete') win?.addEventListener('load', arm, { once: true });
    arm();
  });
}
