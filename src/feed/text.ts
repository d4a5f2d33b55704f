import type { Text } from './types.js';

/** A language tag's primary subtag, lower-cased: `fr` for `fr-BE`, `FR`, or a system's `fr_FR.UTF-8`. */
export const baseLanguage = (tag: string) => tag.toLowerCase().split(/[^a-z]/)[0];

/**
 * The tag of the Text entry a reader gets: their language, then its shorter forms down to its base
 * language (`zh-Hant` for `zh-Hant-TW`, before `zh-Hans`; `fr` for `fr-BE`), another of the same
 * base (`fr-FR` for `fr`: CMS exports tag by region), the feed's language (or one of its base),
 * then the first entry. Tags compare in any case, `_` read as `-` (`fr_FR`).
 */
export function pickTag(text: Text | undefined, lang: string, feedLanguage: string): string | undefined {
  if (!text) return undefined;
  // Most reads: the reader's tag as the feed wrote it.
  if (Object.prototype.hasOwnProperty.call(text, lang)) return lang;
  const keys = Object.keys(text);
  const find = (tag: string) => keys.find((key) => key.toLowerCase() == tag);
  const near = (tag: string) => {
    // No tag (a script's `undefined`): none near it.
    if (!tag) return;
    const subtags = tag.toLowerCase().split(/[-_]/);
    for (let n = subtags.length; n; n--) {
      const key = find(subtags.slice(0, n).join('-'));
      if (key) return key;
    }
    return keys.find((key) => baseLanguage(key) == baseLanguage(tag));
  };
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

// Blanks (non-breaking and zero-width ones too) and quotes, straight or typographic.
const WRAPPING = '[\\s"\'“”„«»‘’‚‹›\\u200b-\\u200d\\u2060]+';
const WRAPPED = new RegExp(`^${WRAPPING}|${WRAPPING}$`, 'g');

/**
 * A value as a CMS or a word processor may leave it in an attribute or a form field, without
 * what is no part of it: blanks around it, and quotes, the typographic ones a visual editor puts
 * in place of the attribute's own (`feed=”/flux.json”`, `layout=“grid”`) or straight ones pasted
 * with an address.
 */
export const unwrapped = (raw: string) => raw.replace(WRAPPED, '');
