/** A rectangle in screenshot pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The crop around an element: the element plus a margin of context, clamped to the image.
 * `rect` is in CSS pixels of the viewport; `scale` converts to screenshot pixels (devicePixelRatio).
 */
export function cropAround(rect: Rect, scale: number, image: { width: number; height: number }, margin = 120): Rect {
  const x0 = Math.max(0, Math.floor((rect.x - margin) * scale));
  const y0 = Math.max(0, Math.floor((rect.y - margin) * scale));
  const x1 = Math.min(image.width, Math.ceil((rect.x + rect.width + margin) * scale));
  const y1 = Math.min(image.height, Math.ceil((rect.y + rect.height + margin) * scale));
  if (x1 - x0 < 8 || y1 - y0 < 8) return { x: 0, y: 0, width: image.width, height: image.height };
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Thumbnail size that fits in a box, keeping the aspect ratio. */
export function fitInto(size: { width: number; height: number }, box: number): { width: number; height: number } {
  const ratio = Math.min(1, box / Math.max(size.width, size.height));
  return { width: Math.max(1, Math.round(size.width * ratio)), height: Math.max(1, Math.round(size.height * ratio)) };
}
