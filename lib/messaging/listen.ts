import { z } from 'zod';
import { requestSchema, type Handlers, type Sender } from './protocol';

export interface MessageLog {
  warn: (message: string, detail?: unknown) => void;
  error: (message: string, detail?: unknown) => void;
}

interface RawSender {
  tab?: { id?: number };
  url?: string;
  id?: string;
}

/** Validates one raw message and runs its handler; never throws. */
export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  rawSender: RawSender,
  extensionOrigin: string,
  log: MessageLog,
): Promise<{ ok: true; data: unknown } | { ok: false; error: string }> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) {
    const reason = z.prettifyError(parsed.error);
    log.warn('已拒绝格式不正确的消息', { reason, from: rawSender.url ?? null });
    return { ok: false, error: `消息格式不正确：${reason}` };
  }
  const sender: Sender = {
    tabId: rawSender.tab?.id ?? null,
    url: rawSender.url ?? null,
    // An extension page opened in a normal tab has a sender.tab too; its URL is what tells it from a content script.
    fromExtensionPage: (rawSender.url ?? '').startsWith(extensionOrigin),
  };
  const request = parsed.data;
  try {
    const handler = handlers[request.type] as (r: typeof request, s: Sender) => Promise<unknown>;
    return { ok: true, data: await handler(request, sender) };
  } catch (cause) {
    log.error(`处理 ${request.type} 时出错`, cause);
    return { ok: false, error: cause instanceof Error ? cause.message : String(cause) };
  }
}

/** Registers the one onMessage listener of the background. Returns true so the reply can arrive later. */
export function listen(handlers: Handlers, log: MessageLog = console): void {
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    void dispatch(handlers, raw, sender as RawSender, origin, log).then(sendResponse);
    return true;
  });
}
