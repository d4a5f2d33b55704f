import '../../../src/components/project-cards/define.js';
import type { AncrageProjectCards } from '../../../src/components/project-cards/project-cards.js';
import { $, $$, mountWidget, textOf, type Attributes } from '../../fixtures/widget-dom.js';

export { $, $$, count, shown, shownText, textOf } from '../../fixtures/widget-dom.js';

/** A card grid for `data`, with attributes set before the first render (as a page would). */
export const mount = (data: unknown, attributes?: Attributes) =>
  mountWidget<AncrageProjectCards>('ancrage-project-cards', data, attributes);

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
