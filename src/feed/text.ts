import type { Text } from './types.js';

/**
 * The string of a Text for a reader: their language, its base language
 * (`fr` for `fr-BE`), the feed's language, then the first entry.
 */
export function pickText(text: Text | undefined, lang: string, feedLanguage: string): string {
  if (!text) return '';
  // Most reads: the reader's tag as the feed wrote it.
  if (Object.prototype.hasOwnProperty.call(text, lang)) return text[lang];
  const wanted = lang.toLowerCase();
  const keys = Object.keys(text);
  const find = (tag: string) => keys.find((key) => key.toLowerCase() === tag);
  const key = find(wanted) ?? find(wanted.split('-')[0]) ?? find(feedLanguage.toLowerCase()) ?? keys[0];
  return key === undefined ? '' : text[key];
}

/** A description's paragraphs: a blank line separates them. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
