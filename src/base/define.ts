/**
 * Registers a tag once. A town hall's page may load the bundle twice (a theme
 * and a content block each pasting the snippet), or two versions of it: the
 * first definition stays and the second load is a no-op, never an error.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const defined = customElements.get(tag);
  if (!defined) customElements.define(tag, element);
  // Another copy of Ancrage has its API; another script's element in its place left the widget missing without a word.
  else if (!('reload' in defined.prototype)) console.warn(`Ancrage: <${tag}> is already defined by another script.`);
}
