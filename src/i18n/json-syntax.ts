import { codePoint, ENTITY, entityCharacter, numberReadings, TAG } from '../feed/advice.js';
import { jsonError, type JsonSlip } from '../feed/json-error.js';

/**
 * Where a feed's JSON breaks, in words for the person who wrote it: "ligne 4, colonne 48 : une
 * virgule avant ] ou } : retirez-la". Said by `ancrage-check` and by the embed generator, whose
 * users edit feeds by hand or export them from a spreadsheet; the widgets do not load it.
 */
const SAY = {
  en: {
    empty: 'the file is empty: export the feed again',
    // Said of a text pasted into the embed generator, which no file holds.
    pastedEnd: 'the pasted text stops in the middle: was all of it copied?',
    at: (line: number, column: number, cause: string) => `line ${line}, column ${column}${cause && `: ${cause}`}`,
    cause: {
      missing: 'a comma missing before this point?',
      end: 'the file stops in the middle: is it complete?',
      colon: 'a colon missing after the name?',
      unquoted: 'a text without its double quotes ("…")?',
      comma: 'a comma before ] or }: remove it',
      comment: 'a comment: JSON has none, remove it',
      quote: 'single quotes: JSON writes "text" in double quotes',
      curly: 'typographic quotes: JSON writes "text" in straight double quotes',
      control: 'a line break or a tab inside a text: write \\n or \\t there',
      csv: 'a spreadsheet file (CSV), not JSON: export or convert the feed to JSON',
      nan: 'NaN or Infinity: JSON has no such number; write one, or leave the field out',
      decimal: (reading = '12500.5', other?: string) => `a comma in a number: JSON writes ${reading}${other ? ` (or ${other})` : ''}`,
      spaced: (reading = '12500') => `a number with a space: JSON writes ${reading}`,
      inner: 'a double quote inside a text ends it: write \\" there',
      dots: (reading = '1250000') => `a number with thousands dots: JSON writes ${reading}`,
      unit: (reading = '40000') => `a number with its unit: JSON writes ${reading}, the currency in "currency"`,
      date: (reading = '"2024-03-01"') => `a date without its quotes: write ${reading}`,
      commas: 'two commas in a row: remove one',
    },
    // What a CMS or a web page puts in a feed copied through it, named where its JSON breaks.
    pasted: {
      names: { '\u00a0': 'a non-breaking space', '\u202f': 'a narrow non-breaking space', '\u200b': 'a zero-width space', '\ufeff': 'a byte-order mark (BOM)', '"': 'a straight double quote' } as Record<string, string>,
      space: 'a space',
      invisible: 'an invisible character',
      spaced: (name: string) => `${name}, which JSON does not take for a space: replace it with a plain space`,
      hidden: (name: string) => `${name}, which JSON does not allow there: remove it`,
      entity: (entity: string, what: string, fix: string) => `the HTML entity ${entity}${what && ` (${what})`}, from a CMS or a web page: ${fix}`,
      plain: 'replace it with a plain space',
      write: (character?: string) => (character ? `write ${character} instead` : 'write the character itself'),
      tag: (tag: string) => `an HTML tag, ${tag}, from a CMS or a web page: remove it`,
      comment: 'an HTML comment, <!--, from a CMS or a web page: remove it, and its -->',
      utf16: 'a NUL character (U+0000), as a file saved as UTF-16 without its byte-order mark has after every letter: save the file as UTF-8',
    },
  },
  fr: {
    empty: 'le fichier est vide\u00a0: exportez le flux à nouveau',
    pastedEnd: "le texte collé s'arrête au milieu\u00a0: a-t-il été copié en entier\u00a0?",
    at: (line: number, column: number, cause: string) => `ligne ${line}, colonne ${column}${cause && `\u00a0: ${cause}`}`,
    cause: {
      missing: 'une virgule manque-t-elle avant cet endroit\u00a0?',
      end: "le fichier s'arrête au milieu\u00a0: est-il complet\u00a0?",
      colon: 'manque-t-il les deux-points après le nom\u00a0?',
      unquoted: 'un texte sans ses guillemets droits ("…")\u00a0?',
      comma: 'une virgule avant ] ou }\u00a0: retirez-la',
      comment: "un commentaire\u00a0: JSON n'en a pas, retirez-le",
      quote: 'des apostrophes\u00a0: JSON écrit "le texte" entre guillemets droits',
      curly: 'des guillemets typographiques\u00a0: JSON écrit "le texte" entre guillemets droits',
      control: 'un retour à la ligne ou une tabulation dans un texte\u00a0: écrivez-y \\n ou \\t',
      csv: 'un fichier de tableur (CSV), pas du JSON\u00a0: exportez ou convertissez le flux en JSON',
      nan: "NaN ou Infinity\u00a0: JSON n'a pas ce nombre\u00a0; écrivez-en un, ou retirez le champ",
      decimal: (reading = '12500.5', other?: string) => `une virgule dans un nombre\u00a0: JSON écrit ${reading}${other ? ` (ou ${other})` : ''}`,
      spaced: (reading = '12500') => `un nombre avec une espace\u00a0: JSON écrit ${reading}`,
      inner: 'un guillemet droit dans un texte le termine\u00a0: écrivez-y \\"',
      dots: (reading = '1250000') => `un nombre avec des points de milliers\u00a0: JSON écrit ${reading}`,
      unit: (reading = '40000') => `un nombre avec son unité\u00a0: JSON écrit ${reading}, la devise dans "currency"`,
      date: (reading = '"2024-03-01"') => `une date sans ses guillemets\u00a0: écrivez ${reading}`,
      commas: 'deux virgules de suite\u00a0: retirez-en une',
    },
    pasted: {
      names: { '\u00a0': 'une espace insécable', '\u202f': 'une espace fine insécable', '\u200b': 'une espace sans chasse', '\ufeff': "un indicateur d'ordre des octets (BOM)", '"': 'un guillemet droit' } as Record<string, string>,
      space: 'une espace',
      invisible: 'un caractère invisible',
      spaced: (name: string) => `${name}, que JSON ne prend pas pour une espace\u00a0: remplacez-la par une espace simple`,
      hidden: (name: string) => `${name}, que JSON n'accepte pas à cet endroit\u00a0: supprimez ce caractère`,
      entity: (entity: string, what: string, fix: string) => `l'entité HTML ${entity}${what && ` (${what})`}, venue d'un CMS ou d'une page web\u00a0: ${fix}`,
      plain: 'remplacez-la par une espace simple',
      write: (character?: string) => (character ? `écrivez ${character} à sa place` : 'écrivez le caractère lui-même'),
      tag: (tag: string) => `une balise HTML, ${tag}, venue d'un CMS ou d'une page web\u00a0: retirez-la`,
      comment: "un commentaire HTML, <!--, venu d'un CMS ou d'une page web\u00a0: retirez-le, avec son -->",
      utf16: "un caractère nul (U+0000), comme en a après chaque lettre un fichier enregistré en UTF-16 sans son indicateur d'ordre des octets (BOM)\u00a0: enregistrez le fichier en UTF-8",
    },
  },
} satisfies Record<string, { empty: string; pastedEnd: string; at: unknown; cause: Record<Exclude<JsonSlip, ''>, string | ((reading?: string, other?: string) => string)>; pasted: unknown }>;

const STARTS_HTML = new RegExp(`^(?:<!--|${TAG.source})`, 'i');
const STARTS_ENTITY = new RegExp(`^${ENTITY.source}`, 'i');
// JSON after tags or comments only (`<!-- wp:html -->{…`, `<p><!--{…`): a feed wrapped in HTML, not a web page.
const WRAPPED = new RegExp(`^\\s*(?:(?:<!--[\\s\\S]*?-->|<!--|${TAG.source})\\s*)*[{[]`, 'i');

/** The HTML tag, comment (`<!--`) or entity at `at` in `text`, or `undefined`. */
const htmlAt = (text: string, at: number) => (STARTS_HTML.exec(text.slice(at, at + 500)) ?? STARTS_ENTITY.exec(text.slice(at, at + 12)))?.[0];

/**
 * What a CMS or a web page left where a feed's JSON breaks: a tag, a comment, an entity (`<br />`,
 * `<!--`, `&quot;`), or a character JSON does not read as a blank (a non-breaking space before
 * a colon, as French typography puts it; a zero-width space), in words; `''` for none.
 */
function pastedAt(text: string, at: number, say: (typeof SAY)[keyof typeof SAY]['pasted']): string {
  const html = htmlAt(text, at);
  if (html?.[0] == '&') {
    const character = entityCharacter(html);
    const named = character && (say.names[character] ?? (/\p{Z}/u.test(character) ? say.space : undefined));
    return say.entity(html, named ?? character ?? '', /\p{Z}/u.test(character ?? '') ? say.plain : say.write(character));
  }
  if (html) return html == '<!--' ? say.comment : say.tag(html);
  const character = String.fromCodePoint(text.codePointAt(at) ?? 32);
  // Not one to remove: the whole file is in another encoding, a NUL beside every letter from its start.
  if (character == '\0' && /^(?:[^\0]\0){2}|^(?:\0[^\0]){2}/.test(text)) return say.utf16;
  const named = (fallback: string) => `${say.names[character] ?? fallback} (${codePoint(character)})`;
  // Not a plain space, which JSON skips (or the end of the text).
  if (/\p{Z}/u.test(character) && character != ' ') return say.spaced(named(say.space));
  return /\p{C}/u.test(character) && !/[\t\n\r]/.test(character) ? say.hidden(named(say.invisible)) : '';
}

/**
 * The HTML a CMS or a web page added to a feed copied through it (`<p>{<br />…`, `<!-- … -->`):
 * the tag or comment its JSON breaks on, or `undefined`; not a web page's, which no `{` follows.
 */
export function pastedHtml(text: string): string | undefined {
  const found = jsonError(text);
  const html = found && htmlAt(text, found.at);
  return html?.[0] == '<' && WRAPPED.test(text) ? html : undefined;
}

/**
 * Where `text`'s JSON breaks, as a line and a column (in characters, as an editor counts them), and
 * the likely slip; `undefined` when it does not. `pasted`: a text pasted in a page, not a file
 * (an empty one the embed generator says itself).
 */
export function jsonSyntaxError(text: string, lang: 'fr' | 'en', pasted = false): string | undefined {
  const say = SAY[lang];
  // Nothing but a BOM or blanks: no place to point at.
  if (/^\uFEFF?[ \t\r\n]*$/.test(text)) return say.empty;
  const found = jsonError(text);
  if (!found) return undefined;
  const lines = text.slice(0, found.at).split('\n');
  const cause = found.slip == 'end' && pasted ? say.pastedEnd : found.slip && say.cause[found.slip];
  // "total": 12500,50, 1.250,50 or 20,000: the number as JSON writes it (both ways when it could be
  // either), up to its last digit: not the comma before the next field.
  const readings = found.reading
    ? [found.reading]
    : found.slip == 'spaced'
      ? // "allocated": 12 500,50: the digits on both sides of the space, together, and the decimals with a point.
        [
          String(
            Number(
              `${/[\d \t\u00a0\u202f]*$/.exec(text.slice(0, found.at))![0]}${/^[\u00a0\u202f]*\d+(?:[ \t\u00a0\u202f]\d{3})*(?:[.,]\d+)?/.exec(text.slice(found.at))![0]}`
                .replace(/[^\d.,]/g, '')
                .replace(',', '.'),
            ),
          ),
        ]
      : numberReadings(`${/[\d.,]*$/.exec(text.slice(0, found.at))![0]},${/^\s*([\d.,]*\d)?/.exec(text.slice(found.at + 1))![1] ?? ''}`).map(String);
  // Said before the slip it looks like ("a colon missing?" before a non-breaking space), but for a
  // number's own space, which names the number.
  const said = (found.slip != 'spaced' && pastedAt(text, found.at, say.pasted)) || (typeof cause == 'function' ? cause(...(readings as [string, string?])) : cause);
  return say.at(lines.length, [...lines[lines.length - 1]].length + 1, said);
}
