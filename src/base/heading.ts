import { html, nothing, type TemplateResult } from 'lit';

// Lit cannot take a tag name from a value: one constant template per level.
const LEVELS: Array<(part: string, id: string | typeof nothing, content: unknown) => TemplateResult> = [
  (part, id, content) => html`<h1 class=${part} part=${part} id=${id}>${content}</h1>`,
  (part, id, content) => html`<h2 class=${part} part=${part} id=${id}>${content}</h2>`,
  (part, id, content) => html`<h3 class=${part} part=${part} id=${id}>${content}</h3>`,
  (part, id, content) => html`<h4 class=${part} part=${part} id=${id}>${content}</h4>`,
  (part, id, content) => html`<h5 class=${part} part=${part} id=${id}>${content}</h5>`,
  (part, id, content) => html`<h6 class=${part} part=${part} id=${id}>${content}</h6>`,
];

/** A native heading at `level` (1–6; anything else gives 3), with `part` as its part and class. */
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  return (LEVELS[level - 1] ?? LEVELS[2])(part, id ?? nothing, content);
}
