import type { Text } from './types.js';

/** A language tag's primary subtag, lower-cased: `fr` for `fr-BE` or `FR`. */
export const baseLanguage = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The tag of the Text entry a reader gets: their language, its base language (`fr` for
 * `fr-BE`), another of the same base (`fr-FR` for `fr`: CMS exports tag by region), the
 * feed's language (or one of its base), then the first entry. Tags compare in any case.
 */
export function pickTag(text: Text | undefined, lang: string, feedLanguage: string): string | undefined {
  if (!text) return undefined;
  // Most reads: the reader's tag as the feed wrote it.
  if (Object.prototype.hasOwnProperty.call(text, lang)) return lang;
  const keys = Object.keys(text);
  const find = (tag: string) => keys.find((key) => key.toLowerCase() == tag);
  const near = (tag: string) => find(tag.toLowerCase()) ?? find(baseLanguage(tag)) ?? keys.find((key) => baseLanguage(key) == baseLanguage(tag));
  return near(lang) ?? near(feedLanguage) ?? keys[0];
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
