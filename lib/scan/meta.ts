/** Reads `<meta name=… content=…>` tags (first non-empty value per name), bounded in size. */
export function readMeta(doc: Document): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const el of Array.from(doc.querySelectorAll('meta[name][content]')).slice(0, 200)) {
    const name = (el.getAttribute('name') ?? '').trim().slice(0, 100);
    const content = (el.getAttribute('content') ?? '').trim().slice(0, 2000);
    if (name && content && !(name in meta)) meta[name] = content;
  }
  return meta;
}
