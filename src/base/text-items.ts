import { nothing } from 'lit';
import { Directive, directive, type DirectiveResult, type ElementPart } from 'lit/directive.js';

/**
 * Fills the list it is placed on (`<ul ${textItems(labels)}>`) with one `<li>` of
 * plain text per item, rebuilt only when the items change. A template per item
 * costs a clone and three markers, which is most of a card's cost when a page
 * shows hundreds of cards; text through `textContent` stays text.
 */
class TextItems extends Directive {
  private shown: readonly string[] = [];

  render(_items: readonly string[]) {
    return nothing;
  }

  override update({ element }: ElementPart, [items]: [readonly string[]]) {
    const { shown } = this;
    if (items.length !== shown.length || items.some((text, i) => text !== shown[i])) {
      this.shown = items;
      element.replaceChildren(
        ...items.map((text) => {
          const item = document.createElement('li');
          item.textContent = text;
          return item;
        }),
      );
    }
    return nothing;
  }
}

// Typed here so the emitted .d.ts names `lit/directive.js`, the package's dependency, not the `lit-html` it re-exports.
export const textItems: (items: readonly string[]) => DirectiveResult<typeof TextItems> = directive(TextItems);
