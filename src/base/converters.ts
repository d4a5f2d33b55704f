// Reactive properties' change checks and converters shared by the widgets (kept out of
// ancrage-element.ts, whose exports the custom-elements manifest lists as the package's API).
import { unwrapped } from '../feed/text.js';
import { fold } from '../i18n/format.js';

/**
 * `hasChanged` of a property a framework may set to an equal new object at each render (a
 * `URL`, an array): changed only when its text is, or the widget would load again and go back
 * to its first page.
 */
export const byText = (value: unknown, old: unknown) => String(value) !== String(old);

/** The `converter` of a code attribute (`country`): a code has no blanks nor quotes, so those a CMS left around it are none of it. */
export const trimmed = (value: string | null) => value && unwrapped(value);

/** The `converter` of an id attribute (`publisher`, `project`): trimmed, and in lower case without accents, as every id is (`Besançon` is `besancon`). */
export const idAttribute = (value: string | null) => value && fold(unwrapped(value));

/**
 * The `converter` of a whole-number attribute (`page-size`, `heading-level`): its digits without the
 * blanks and quotes a CMS left around them; `NaN`, which each widget reads as its default, for
 * anything else (`2.5`, `0x2`, `4e0`, `+4`), which `Number` would read as a level.
 */
export const numeric = (value: string | null) => {
  if (value === null) return value;
  const digits = unwrapped(value);
  return /^\d+$/.test(digits) ? Number(digits) : NaN;
};
