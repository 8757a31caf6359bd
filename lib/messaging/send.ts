import type { Reply, Request, RequestType } from './protocol';

/** Sends one request to the background and returns its typed reply (never throws). */
export async function sendRequest<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: '后台没有响应，请重新打开侧边栏后再试。' };
  } catch (cause) {
    return { ok: false, error: `无法连接扩展后台：${cause instanceof Error ? cause.message : String(cause)}` };
  }
}
