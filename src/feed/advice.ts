/**
 * Hints for the people who fix feeds, given to `parseFeed` as `options.advisor` by
 * `ancrage-check` and the embed generator. The widgets load without them: a reader never
 * sees a warning, and these bytes would be theirs to download.
 */
import type { FeedAdvisor } from './types.js';

/** Edit distance, for "did you mean": names are short and this runs only on a fault. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + +(a[i - 1] !== b[j - 1]));
    prev = row;
  }
  return prev[b.length];
}

const plain = (x: string) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

// A tag (`<p>`, `</b>`, `<br/>`, `<a href=…>`) or an entity (`&nbsp;`, `&#233;`): not "a < b" or "R&D;".
const MARKUP = /<\/?[a-z][a-z\d]*(?:\s[^<>]*)?\/?>|&(?:[a-z]{2,8}|#\d+|#x[\da-f]+);/i;
// UTF-8 read as Windows-1252 or Latin-1: "Ã©" for "é", "â€™" for "’".
const TWICE = /Ã[\u00a0-\u00bf]|â€/;

/**
 * `; did you mean "osim"?` for the known name nearest `value`: the same but for case and accents
 * ("OSIM", "collectivité"), else one edit away (two for names longer than five letters: "sumary").
 */
function nearest(value: unknown, known: readonly string[]): string {
  if (typeof value !== 'string') return '';
  const typed = plain(value);
  let best = '';
  let least = typed.length > 5 ? 3 : 2;
  for (const name of known) {
    // Lengths too far apart cannot be near: a 100 kB value is not compared letter by letter.
    if (Math.abs(typed.length - name.length) >= least) continue;
    const d = distance(typed, plain(name));
    if (d < least) [best, least] = [name, d];
  }
  return best && `; did you mean "${best}"?`;
}

export const stewardAdvice: FeedAdvisor = {
  /** The code meant, else the codes there are when they are few ("en cours": planned, ongoing, …). */
  code(value, known) {
    return nearest(value, known) || (known.length <= 10 ? `; known codes: ${known.join(', ')}` : '');
  },

  /**
   * "12 500 €", "1,5", "1 %": a spreadsheet's number pasted as text, and how to write it, when
   * that number fits (a percentage as a fraction: "1 %" is 0.01).
   */
  number(value, min, max) {
    const digits = typeof value === 'string' && /\d/.test(value) ? value.replace(/[\s€%]|EUR/g, '').replace(',', '.') : '';
    const n = digits && +digits / ((value as string).includes('%') ? 100 : 1);
    return typeof n == 'number' && n >= min && n <= max ? `; a number goes without quotes, spaces or unit: ${n}` : '';
  },

  /** Each unknown field, but `$schema`, `_comment`…: ten named, the others counted, so that thousands do not bury the rest. */
  fields(value, known) {
    const unknown = Object.keys(value).filter((key) => !known.includes(key) && !/^[$_]/.test(key));
    const said: Array<[string | undefined, string]> = unknown
      .slice(0, 10)
      .map((key) => [key, `unknown field, left out${nearest(key, known)}`]);
    if (unknown.length > 10) said.push([undefined, `${unknown.length - 10} more unknown fields, left out`]);
    return said;
  },

  text(value) {
    const said: string[] = [];
    if (MARKUP.test(value)) said.push('HTML markup, shown as typed');
    if (TWICE.test(value)) said.push('text decoded twice ("Ã©" for "é"): save the file as UTF-8 once');
    return said;
  },
};
