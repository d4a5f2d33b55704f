import { en } from './en.js';
import { fr } from './fr.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';
export * from './format.js';

/** The UI languages shipped. To add one: a file like `./fr.ts`, then one line here. */
const LOCALES: Readonly<Record<string, Messages>> = { fr, en };

/** French is the fallback: the feeds' publishers are French authorities. */
export const FALLBACK_LANGUAGE = 'fr';

/** The shipped UI language closest to `lang`: itself, its base (`fr` for `fr-BE`), else French. */
export function uiLanguage(lang: string): string {
  const tag = lang.toLowerCase();
  if (LOCALES[tag]) return tag;
  const base = tag.split('-')[0];
  return LOCALES[base] ? base : FALLBACK_LANGUAGE;
}

export function messagesFor(lang: string): Messages {
  return LOCALES[uiLanguage(lang)];
}
