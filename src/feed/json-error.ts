/**
 * Where a JSON text breaks, and why when it is one of the usual slips of a file written by
 * hand or exported from a spreadsheet: for `ancrage-check`, which says "line 4, column 48:
 * a comma before ] or }" where `JSON.parse` says "Unexpected token ']'" or nothing of where.
 */
import { isoDay, numberReadings } from './advice.js';

export type JsonSlip =
  | 'comma'
  | 'comment'
  | 'quote'
  | 'curly'
  | 'control'
  | 'csv'
  | 'nan'
  | 'decimal'
  | 'spaced'
  | 'inner'
  | 'dots'
  | 'unit'
  | 'date'
  | 'commas'
  | 'missing'
  | 'colon'
  | 'unquoted'
  | 'end'
  | '';

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"/y;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** The index where `text` stops being JSON and the slip there, or `undefined` when it is JSON (or too deep to scan). */
export function jsonError(text: string): { at: number; slip: JsonSlip; reading?: string } | undefined {
  let i = 0;
  // What the text needed where it broke.
  let want = 'value' as 'value' | 'key' | 'colon' | 'comma' | 'end';
  const space = () => {
    for (let c = text.charCodeAt(i); c == 32 || c == 9 || c == 10 || c == 13; c = text.charCodeAt(++i));
  };
  const match = (pattern: RegExp) => {
    pattern.lastIndex = i;
    const found = pattern.test(text);
    if (found) i = pattern.lastIndex;
    return found;
  };
  const value = (): boolean => {
    space();
    want = 'value';
    const open = text[i];
    if (open != '{' && open != '[') return match(open == '"' ? STRING : SCALAR);
    const close = open == '{' ? '}' : ']';
    i++;
    space();
    if (text[i] == close) return ++i > 0;
    for (;;) {
      if (open == '{') {
        space();
        want = 'key';
        if (!match(STRING)) return false;
        space();
        want = 'colon';
        if (text[i] != ':') return false;
        i++;
      }
      if (!value()) return false;
      space();
      want = 'comma';
      if (text[i] == close) return ++i > 0;
      if (text[i] != ',') return false;
      i++;
    }
  };
  try {
    // A BOM is not JSON, but every reader here drops it.
    if (text[0] == '\ufeff') i = 1;
    if (value()) {
      space();
      if (i >= text.length) return undefined;
      want = 'end';
    }
  } catch {
    // Nesting deeper than the stack: the parser's own message will do.
    return undefined;
  }
  // Set inside `value`, which the compiler does not follow.
  const needed = want as typeof want;
  const before = text.slice(0, i).trimEnd();
  const comma = before.endsWith(',') ? before.length - 1 : -1;
  // Cut off, a file saved or copied in part: at its end, or in a text that never closes.
  if (i >= text.length || (text[i] == '"' && !text.includes('"', i + 1))) return { at: i, slip: 'end' };
  if (text.startsWith('//', i) || text.startsWith('/*', i)) return { at: i, slip: 'comment' };
  if (text[i] == "'") return { at: i, slip: 'quote' };
  // “…” or «…»: a word processor's quotes.
  if (/[“”«»„]/.test(text[i])) return { at: i, slip: 'curly' };
  // A line break or a tab typed inside a text (a spreadsheet cell on two lines): the text is not closed where it looks closed.
  if (text[i] == '"') {
    const control = /[\u0000-\u001f]/.exec(text.slice(i + 1, text.indexOf('"', i + 1)));
    if (control) return { at: i + 1 + control.index, slip: 'control' };
  }
  // A spreadsheet saved as CSV: a first line of words between commas, semicolons or tabs.
  if (i <= 1 && needed == 'value' && /^\uFEFF?[^{["\n]*[,;\t][^\n]*\r?\n/.test(text)) return { at: i, slip: 'csv' };
  if (needed == 'value' && /^-?(?:NaN|Infinity)/.test(text.slice(i, i + 9))) return { at: i, slip: 'nan' };
  // "a": 1, } or [1, ]
  if (comma >= 0 && (text[i] == '}' || text[i] == ']')) return { at: comma, slip: 'comma' };
  // "total": 12500,50: read as 12500, then a key that is a number.
  if (needed == 'key' && comma >= 0 && /\d/.test(text[i]) && /\d$/.test(before.slice(0, -1))) return { at: comma, slip: 'decimal' };
  // "allocated": 12 500, a number as a French spreadsheet writes it (its space a no-break one
  // too, which JSON does not skip): groups of three digits apart on one line.
  const last = text.slice(Math.max(0, i - 8), i);
  if (needed == 'comma' && /(?:^|[^\d.])\d{1,3}[ \t\u00a0\u202f]*$/.test(last) && /^[\u00a0\u202f]*\d{3}(?![\d.])/.test(text.slice(i, i + 6)))
    return { at: i, slip: 'spaced' };
  // "allocated": 1.250.000, 40000 €, "start": 2024-03-01 or 01/03/2024: the whole of what was typed, from the number JSON read.
  const after = /^[\d./-]*/.exec(text.slice(i))![0];
  const typed = needed == 'comma' && /\d$/.test(before) && `${/[\d.]*$/.exec(before)![0]}${after}`;
  // 1.250.000,50: with its decimals.
  const decimals = /^,\d+/.exec(text.slice(i + after.length))?.[0] ?? '';
  if (typed && /^\d{1,3}(?:\.\d{3}){2,}$/.test(typed)) return { at: i, slip: 'dots', reading: String(numberReadings(typed + decimals)[0]) };
  // As the contract writes a day: 01/03/2024 is "2024-03-01" (a date that is none, quoted as typed, the parser then says why).
  if (typed && /^(?:\d{4}-\d\d(?:-\d\d)?|\d\d?([/.-])\d\d?\1\d{4}|\d\d?\/\d{4})$/.test(typed)) return { at: i, slip: 'date', reading: `"${isoDay(typed) ?? typed}"` };
  // 40.000 €: thousands, as the text check reads 40.000 in a euro amount.
  if (typed && /^(?:€|EUR\b|euros?\b)/i.test(text.slice(i))) return { at: i, slip: 'unit', reading: String(numberReadings(typed)[0]) };
  // "status": "planned",, : a comma where a value or a key was wanted, after another.
  if ((needed == 'key' || needed == 'value') && comma >= 0 && text[i] == ',') return { at: i, slip: 'commas' };
  // "title": "L'eau "potable"": a double quote inside a text ends it, and a word follows.
  if (needed == 'comma' && text[i - 1] == '"' && /\p{L}/u.test(text[i])) return { at: i - 1, slip: 'inner' };
  if (needed == 'comma') return { at: i, slip: 'missing' };
  if (needed == 'colon') return { at: i, slip: 'colon' };
  // True, Paris, https://…: a word where a value goes.
  if (needed == 'value' && /[A-Za-z]/.test(text[i])) return { at: i, slip: 'unquoted' };
  return { at: i, slip: '' };
}
