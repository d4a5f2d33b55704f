import { fixture, html } from '@open-wc/testing';
import '../../../src/components/project-cards/define.js';
import type { AncrageProjectCards } from '../../../src/components/project-cards/project-cards.js';

/** A card grid for `data`, with attributes set before the first render (as a page would). */
export async function mount(data: unknown, attributes: Record<string, string> = {}): Promise<AncrageProjectCards> {
  const el = document.createElement('ancrage-project-cards');
  el.setAttribute('lang', 'fr');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (data !== undefined) el.data = data;
  await fixture(html`${el}`);
  await el.updateComplete;
  return el;
}

export const $ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);

export const $$ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];

/** Text as read, whitespace collapsed. */
export const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

/** Text as shown: `hidden` parts left out, each text node a word apart, whitespace collapsed. */
export function shownText(node: Node | null | undefined): string {
  const words: string[] = [];
  const walker = document.createTreeWalker(node ?? document.createTextNode(''), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if (!walker.currentNode.parentElement?.closest('[hidden]')) words.push(walker.currentNode.textContent!);
  return words.join(' ').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** How many elements match outside a `hidden` part (a card hides what it has nothing for). */
export const shown = (el: HTMLElement, selector: string) => $$(el, selector).filter((node) => !node.closest('[hidden]')).length;

/** The card titles, in order. */
export const titles = (el: HTMLElement) => $$(el, '[part~="title"]').map(textOf);

/** Changes a filter control as a person would: value, then the `input` event. */
export async function choose(el: AncrageProjectCards, name: string, value: string): Promise<void> {
  const control = $<HTMLInputElement | HTMLSelectElement>(el, `[name="${name}"]`)!;
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** How many elements match: assertions on counts, because chai's report of a DOM node can stall the browser. */
export const count = (el: HTMLElement, selector: string) => $$(el, selector).length;
