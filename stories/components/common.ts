// What every widget's stories share: the base attributes, their controls, the states they all have.
import type { ColorScheme } from '../../src/base/ancrage-element.js';

/** The attributes every widget inherits (`data` is the property). */
export interface BaseArgs {
  data?: unknown;
  feed?: string;
  publisher?: string;
  lang?: string;
  'color-scheme'?: ColorScheme;
}

/** The widget `tag` in the story's canvas, once it has rendered. */
export async function widgetIn<K extends 'ancrage-project-cards' | 'ancrage-partner-list' | 'ancrage-budget-gauge'>(
  canvasElement: HTMLElement,
  tag: K,
): Promise<HTMLElementTagNameMap[K]> {
  const el = canvasElement.querySelector(tag)!;
  await el.updateComplete;
  return el;
}

/** Controls for the attributes every widget inherits; `publisher` is described per widget. */
export const baseArgTypes = (publisherDescription: string) => ({
  data: { control: false, description: 'The feed as an object (frameworks, tests); skips fetching.' },
  feed: { control: 'text', description: 'Feed URL, or `#id` of an inline `<script type="application/json">`.' },
  publisher: { control: 'text', description: publisherDescription },
  lang: { control: 'inline-radio', options: ['fr', 'en'], description: "UI language (else the page's)." },
  'color-scheme': { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
} as const);

/** With neither `feed` nor `data`: the polite "loading" message. */
export const loadingArgs = { data: undefined };

/** A feed address that answers 404: a translated sentence says so. */
export const errorArgs = { data: undefined, feed: 'does-not-exist.json' };
