import { html, nothing, type TemplateResult } from 'lit';

// Lit cannot take a tag name from a value: one constant template per level.
type Attribute = string | typeof nothing;
const LEVELS: Array<(part: string, id: Attribute, lang: Attribute, content: unknown) => TemplateResult> = [
  (part, id, lang, content) => html`<h1 class=${part} part=${part} id=${id} lang=${lang}>${content}</h1>`,
  (part, id, lang, content) => html`<h2 class=${part} part=${part} id=${id} lang=${lang}>${content}</h2>`,
  (part, id, lang, content) => html`<h3 class=${part} part=${part} id=${id} lang=${lang}>${content}</h3>`,
  (part, id, lang, content) => html`<h4 class=${part} part=${part} id=${id} lang=${lang}>${content}</h4>`,
  (part, id, lang, content) => html`<h5 class=${part} part=${part} id=${id} lang=${lang}>${content}</h5>`,
  (part, id, lang, content) => html`<h6 class=${part} part=${part} id=${id} lang=${lang}>${content}</h6>`,
];

/** A native heading at `level` (1–6; anything else gives 3), with `part` as its part and class. */
export function heading(level: number, part: string, content: unknown, id?: string, lang: Attribute = nothing): TemplateResult {
  return (LEVELS[level - 1] ?? LEVELS[2])(part, id ?? nothing, lang, content);
}
