/**
 * Registers a tag once. A town hall's page may load the bundle twice (a theme
 * and a content block each pasting the snippet), or two versions of it: the
 * first definition stays and the second load is a no-op, never an error.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
