/** Elements and their shadow contents, depth first. */
export function* deep(root: Document | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/**
 * What sticks out past `right`, for a failure message: absolutely positioned elements
 * first (they escape scroll containers that are not their containing block), then the
 * innermost elements that do.
 */
export function overflowing(root: Document | ShadowRoot, right: number): string {
  const out = [...deep(root)].filter((el) => el.getBoundingClientRect().right > right + 1);
  // (A frame's Document is not this window's Document: no instanceof.)
  const view = (root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!).defaultView!;
  const escaping = out.filter((el) => ['absolute', 'fixed'].includes(view.getComputedStyle(el).position));
  const innermost = out.filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > right + 1));
  return [...escaping, ...innermost]
    .slice(0, 3)
    .map((el) => {
      const r = el.getBoundingClientRect();
      return `<${el.localName} class="${el.getAttribute('class') ?? ''}"> ${Math.round(r.left)}–${Math.round(r.right)}px`;
    })
    .join(', ');
}
