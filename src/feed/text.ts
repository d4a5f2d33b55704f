import type { Text } from './types.js';

/**
 * The tag of the Text entry a reader gets: their language, its base language
 * (`fr` for `fr-BE`), the feed's language, then the first entry.
 */
export function pickTag(text: Text | undefined, lang: string, feedLanguage: string): string | undefined {
  if (!text) return undefined;
  // Most reads: the reader's tag as the feed wrote it.
  if (Object.prototype.hasOwnProperty.call(text, lang)) return lang;
  const wanted = lang.toLowerCase();
  const keys = Object.keys(text);
  const find = (tag: string) => keys.find((key) => key.toLowerCase() === tag);
  return find(wanted) ?? find(wanted.split('-')[0]) ?? find(feedLanguage.toLowerCase()) ?? keys[0];
}

/** The string of a Text for a reader (see `pickTag`), or `''`. */
export function pickText(text: Text | undefined, lang: string, feedLanguage: string): string {
  const tag = pickTag(text, lang, feedLanguage);
  return tag === undefined ? '' : text![tag];
}

/** A description's paragraphs: a blank line separates them. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
