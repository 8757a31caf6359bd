/** A CSS selector that finds `el` again in its document (id anchored when possible, else nth-of-type steps). */
export function cssPath(el: Element): string {
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node.tagName !== 'HTML') {
    const id = node.id;
    if (id && /^[A-Za-z][\w-]*$/.test(id) && node.ownerDocument.getElementById(id) === node) {
      steps.unshift(`#${id}`);
      break;
    }
    const tag = node.tagName.toLowerCase();
    const parent: Element | null = node.parentElement;
    if (!parent || tag === 'body') {
      steps.unshift(tag);
      break;
    }
    let index = 1;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === node.tagName) index += 1;
    steps.unshift(`${tag}:nth-of-type(${index})`);
    node = parent;
  }
  return steps.join(' > ').slice(0, 2000);
}
