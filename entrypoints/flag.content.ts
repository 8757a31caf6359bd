import { collectFlagFacts, type FlagInput } from '@/lib/flag-form/facts';
import { flagPrefillSchema } from '@/lib/flag-form/prefill';
import { showFlagForm, type FormEdges } from '@/lib/flag-form/render-form';

declare global {
  // Set by the background (same isolated world) right before this script is injected.
  var __inspectorFlagInput: FlagInput | undefined;
  var __inspectorShowFlagForm: ((prefill: unknown) => void) | undefined;
}

// The form talks to the background only through the typed protocol (validated there with zod).
const edges: FormEdges = {
  capture: async (tabId, selector) => {
    const r = await browser.runtime.sendMessage({ type: 'evidence/capture', tabId, selector, frameSelector: null });
    return r?.ok ? { ok: true, evidenceId: r.data.evidenceId } : { ok: false, error: r?.error ?? '后台无响应' };
  },
  flag: async (finding) => {
    const r = await browser.runtime.sendMessage({ type: 'finding/flag', finding });
    return r?.ok ? { ok: true, created: r.data.created } : { ok: false, error: r?.error ?? '后台无响应' };
  },
};

/** Injected on demand by the flag menu / shortcut: reports page facts, then shows the form when asked. */
export default defineContentScript({
  registration: 'runtime',
  main() {
    globalThis.__inspectorShowFlagForm = (prefill) => {
      const parsed = flagPrefillSchema.safeParse(prefill);
      if (parsed.success) showFlagForm(document, parsed.data, edges);
      else console.error('巡检助手：标记表单数据无效', JSON.stringify(parsed.error.issues));
    };
    const input = globalThis.__inspectorFlagInput;
    if (!input) return { error: 'missing flag input' };
    return collectFlagFacts(document, window.getSelection(), input);
  },
});
