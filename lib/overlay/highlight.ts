/**
 * Draws a labelled box over an element of the page. Injected with `scripting.executeScript({ func })`, so it must be
 * self-contained (no imports, no closures). The overlay lives in a shadow root on a host appended to
 * <html>; the page's own elements are never changed (only scrolled to). A second call replaces the first overlay.
 * Returns false when the element is not found.
 */
export function highlightElement(selector: string, frameSelector: string | null, label: string): boolean {
  const HOST_ATTR = 'data-inspector-overlay';
  document.querySelectorAll(`[${HOST_ATTR}]`).forEach((old) => old.remove());
  let doc: Document = document;
  let offsetX = 0;
  let offsetY = 0;
  let frame: Element | null = null;
  if (frameSelector) {
    frame = document.querySelector(frameSelector);
    const inner = frame instanceof HTMLIFrameElement ? frame.contentDocument : null;
    if (!inner) return false;
    doc = inner;
  }
  let target: Element | null = null;
  try {
    target = doc.querySelector(selector);
  } catch {
    return false;
  }
  if (!target) return false;
  (frame ?? target).scrollIntoView({ block: 'center', inline: 'nearest' });
  if (frame) {
    const fr = frame.getBoundingClientRect();
    offsetX = fr.left;
    offsetY = fr.top;
  }
  const r = target.getBoundingClientRect();
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTR, '');
  host.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;z-index:2147483647;pointer-events:none;';
  const root = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.setAttribute('part', 'box');
  box.className = 'box';
  const left = r.left + offsetX + window.scrollX;
  const top = r.top + offsetY + window.scrollY;
  box.style.cssText = `position:absolute;left:${left - 3}px;top:${top - 3}px;width:${Math.max(r.width, 4) + 6}px;height:${Math.max(r.height, 4) + 6}px;border:3px solid #d4380d;background:rgba(250,84,28,.08);box-sizing:border-box;border-radius:3px;`;
  const tag = document.createElement('div');
  tag.className = 'label';
  tag.textContent = label; // text only: page content is never inserted as HTML
  tag.style.cssText = `position:absolute;left:${left - 3}px;top:${Math.max(0, top - 26)}px;background:#d4380d;color:#fff;font:12px/20px sans-serif;padding:2px 6px;border-radius:3px;white-space:nowrap;`;
  root.append(box, tag);
  document.documentElement.appendChild(host);
  setTimeout(() => host.remove(), 8000);
  return true;
}
