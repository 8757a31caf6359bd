import type { RuleSet } from '@/lib/rules/rule-set-schema';

let creating: Promise<void> | null = null;

/** Opens the offscreen document once (DOMParser is not available in the service worker). */
async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL('/offscreen.html');
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never], documentUrls: [url] });
  if (contexts.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({ url, reasons: ['DOM_PARSER' as never], justification: '解析栏目页面的 HTML 以检查栏目更新情况' })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Scans fetched HTML in the offscreen document; the reply is untrusted page data, validated by the caller. */
export async function scanHtmlOffscreen(html: string, url: string, checkDate: string, ruleSet: RuleSet): Promise<unknown> {
  await ensureOffscreen();
  const message = { target: 'offscreen', type: 'offscreen/scan-html', html, url, checkDate, ruleSet };
  let reply: { scan?: unknown; error?: string } | undefined;
  // A freshly created offscreen document may not have attached its listener yet: retry briefly on "no receiver".
  for (let attempt = 0; ; attempt += 1) {
    try {
      reply = (await browser.runtime.sendMessage(message)) as typeof reply;
      break;
    } catch (error) {
      if (attempt >= 40 || !/Receiving end does not exist/i.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  if (!reply) throw new Error('后台解析页面没有响应');
  if (reply.error) throw new Error(reply.error);
  return reply.scan;
}
