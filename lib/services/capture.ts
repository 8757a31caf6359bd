import type { InspectorDB } from '@/lib/db/schema';
import { cropAround, fitInto, type Rect } from '@/lib/evidence/crop';

export interface CaptureDeps {
  db: InspectorDB;
  now: () => Date;
  newId: () => string;
}

/** Scrolls the element into view inside the page and returns its viewport rectangle (runs in the page). */
function locateInPage(selector: string | null, frameSelector: string | null): { rect: Rect | null; scale: number } {
  const scale = window.devicePixelRatio || 1;
  if (!selector) return { rect: null, scale };
  let doc: Document = document;
  let offset = { x: 0, y: 0 };
  if (frameSelector) {
    const frame = document.querySelector(frameSelector) as HTMLIFrameElement | null;
    if (!frame?.contentDocument) return { rect: null, scale };
    frame.scrollIntoView({ block: 'center' });
    const box = frame.getBoundingClientRect();
    offset = { x: box.left, y: box.top };
    doc = frame.contentDocument;
  }
  let el: Element | null = null;
  try {
    el = doc.querySelector(selector);
  } catch {
    return { rect: null, scale };
  }
  if (!el) return { rect: null, scale };
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  const r = el.getBoundingClientRect();
  return { rect: { x: r.left + offset.x, y: r.top + offset.y, width: r.width, height: r.height }, scale };
}

/**
 * Screenshot of the visible tab (tabs.captureVisibleTab), cropped around the element with a red outline,
 * stored with a thumbnail in the evidence table. The tab must be the active one of its window.
 */
export async function captureEvidence(
  deps: CaptureDeps,
  input: { tabId: number; selector: string | null; frameSelector: string | null },
): Promise<{ evidenceId: string; width: number; height: number; elementFound: boolean }> {
  const tab = await browser.tabs.get(input.tabId);
  if (!tab.active) await browser.tabs.update(input.tabId, { active: true });
  const [located] = await browser.scripting.executeScript({
    target: { tabId: input.tabId },
    func: locateInPage,
    args: [input.selector, input.frameSelector],
  });
  const where = (located?.result ?? { rect: null, scale: 1 }) as { rect: Rect | null; scale: number };
  // Let the page repaint after scrolling before the capture.
  await new Promise((done) => setTimeout(done, 150));
  const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  const bitmap = await createImageBitmap(await (await fetch(dataUrl)).blob());
  const crop = where.rect ? cropAround(where.rect, where.scale, bitmap) : { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
  const canvas = new OffscreenCanvas(crop.width, crop.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, crop.x, crop.y, crop.width, crop.height, 0, 0, crop.width, crop.height);
  if (where.rect) {
    ctx.strokeStyle = '#e00';
    ctx.lineWidth = Math.max(2, 3 * where.scale);
    ctx.strokeRect(where.rect.x * where.scale - crop.x, where.rect.y * where.scale - crop.y, where.rect.width * where.scale, where.rect.height * where.scale);
  }
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  const thumbSize = fitInto(crop, 240);
  const thumbCanvas = new OffscreenCanvas(thumbSize.width, thumbSize.height);
  thumbCanvas.getContext('2d')!.drawImage(canvas, 0, 0, thumbSize.width, thumbSize.height);
  const thumbnail = await thumbCanvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  const evidenceId = deps.newId();
  await deps.db.evidence.add({
    id: evidenceId,
    findingId: null,
    mime: 'image/png',
    blob,
    thumbnail,
    width: crop.width,
    height: crop.height,
    createdAt: deps.now().toISOString(),
  });
  return { evidenceId, width: crop.width, height: crop.height, elementFound: where.rect !== null };
}
