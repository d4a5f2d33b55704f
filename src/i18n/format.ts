/**
 * Money, numbers, percentages, dates and country names, always through `Intl`.
 * Formatters are created on first use and cached: building one costs far more
 * than using it (the first `Intl.NumberFormat` takes ~15 ms on a cheap phone).
 */
import type { FeedDate } from '../feed/types.js';

const cache = new Map<string, unknown>();

/**
 * Options for `Intl` that are only ours: `Intl` reads an option it is not given from
 * `Object.prototype`, where a page's prototype-pollution bug (a query-string parser given
 * `?__proto__[currency]=x`) makes every formatter throw, or every date show an hour.
 */
const own = <const T extends object>(options: T): T => Object.setPrototypeOf(options, null);

function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/** `12 500 €` in French, `€12,500` in English; cents only when there are some, and the currency has them (not the CFA franc). */
export function formatMoney(lang: string, amount: number, currency: string): string {
  return moneyFormat(lang, amount, currency).format(amount);
}

function moneyFormat(lang: string, amount: number, currency: string): Intl.NumberFormat {
  const whole = Number.isInteger(amount);
  // Any three-letter code the parser lets through formats (an unknown one as its code); XXX, ISO
  // 4217's "no currency" (the parser's for one it could not read), as plain amounts.
  return cached(`m|${lang}|${currency}|${whole}`, () =>
    new Intl.NumberFormat(
      lang,
      own(currency == 'XXX' ? { maximumFractionDigits: 2 } : { style: 'currency', currency, ...(whole && { minimumFractionDigits: 0, maximumFractionDigits: 0 }) }),
    ),
  );
}

/**
 * `amount` rounded as `Intl` shows it in `currency`: to the cent, the Tunisian millime or the CFA
 * franc, half up on the decimal written (`1.005` is "1,01 €", where `Math.round(1.005 * 100)` gives
 * 100). What is computed from amounts (sums, ceilings, shares, overruns) agrees with them, and
 * `0.1 + 0.2` never shows as `0,30000000000000004 €`.
 */
export function roundMoney(amount: number, currency: string): number {
  const rounder = cached(`r|${currency}`, () => {
    const { maximumFractionDigits } = moneyFormat('en', 0.5, currency).resolvedOptions();
    return new Intl.NumberFormat('en', own({ maximumFractionDigits, useGrouping: false }));
  });
  return +rounder.format(amount);
}

export function formatNumber(lang: string, value: number): string {
  return cached(`n|${lang}`, () => new Intl.NumberFormat(lang)).format(value);
}

/** `{ one, other }` forms of a word that agrees with a number; `#` for the number in a count's. */
export type CountForms = { one: string; other: string };

/**
 * The form its language's plural rules pick for `n`: French's `one` for 0 to 1.99 ("0 € engagé"),
 * English's for 1 alone. An amount of `currency` agrees with it as formatMoney rounds it:
 * 1.996 € shows as "2,00 €", so "2,00 € engagés".
 */
export function pluralForm(lang: string, forms: CountForms, n: number, currency?: string): string {
  // Intl's default for numbers, as formatNumber writes them.
  const digits = currency ? moneyFormat(lang, n, currency).resolvedOptions().maximumFractionDigits : 3;
  const rules = cached(`pl|${lang}|${digits}`, () => new Intl.PluralRules(lang, own({ maximumFractionDigits: digits })));
  return forms[rules.select(n) === 'one' ? 'one' : 'other'];
}

/** `n` in the form its language's plural rules pick ("0 projet" in French, "0 projects" in English), the number written as the language does. */
export function formatCount(lang: string, forms: CountForms, n: number): string {
  return pluralForm(lang, forms, n).replace('#', formatNumber(lang, n));
}

/** `ratio` 0.333 → `33,3 %` in French, `33.3%` in English. */
export function formatPercent(lang: string, ratio: number, maximumFractionDigits = 1): string {
  return cached(`p|${lang}|${maximumFractionDigits}`, () =>
    new Intl.NumberFormat(lang, own({ style: 'percent', maximumFractionDigits })),
  ).format(ratio);
}

/** Country name in the reader's language; the code itself if Intl has no name. */
export function formatCountry(lang: string, code: string): string {
  try {
    return cached(`c|${lang}`, () => new Intl.DisplayNames(lang, own({ type: 'region' }))).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Whether `tag` names a language Intl knows (`wo`, `fr-FR`, not `zz`): only those are
 * worth a `lang` attribute, which screen readers and checkers read against ISO 639. The
 * browser's list is short of some (Chromium has no `ff`, `mos`, `gcf`): those stay
 * unmarked, which a checker accepts, where a made-up tag would be an error. Once per tag.
 */
export function isKnownLanguage(tag: string): boolean {
  return cached(`k|${tag}`, () => {
    try {
      return !!cached('k', () => new Intl.DisplayNames('en', own({ type: 'language', fallback: 'none' }))).of(tag);
    } catch {
      return false;
    }
  });
}

/** "a, b et c" */
export function formatList(lang: string, items: string[]): string {
  return cached(`l|${lang}`, () => new Intl.ListFormat(lang, own({ type: 'conjunction' }))).format(items);
}

/**
 * `text`'s characters as a reader sees them (emoji sequences, accented letters). Firefox before
 * 125 (ESR 115) has no `Intl.Segmenter`: there, a letter with its accents, which keeps surrogate
 * pairs whole and may cut an emoji sequence.
 */
export function graphemes(text: string): Iterable<{ index: number; segment: string }> {
  return typeof Intl.Segmenter == 'function'
    ? cached('g', () => new Intl.Segmenter(undefined, own({ granularity: 'grapheme' }))).segment(text)
    : Array.from(text.matchAll(/\P{M}\p{M}*/gu), (match) => ({ index: match.index!, segment: match[0] }));
}

/**
 * A search key: lower case without diacritics, so "Électricité" and "electricite" match; the
 * typographic apostrophe as the keyboard's (a CMS writes "l’eau", a desktop types "l'eau", a
 * phone "l’eau"); œ and æ as the "oe" and "ae" French readers type.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘ʼœæ]/g, (c) => (c == 'œ' ? 'oe' : c == 'æ' ? 'ae' : "'"));
}

/** The words of a search, folded: none for an empty or blank query. */
export function searchTerms(query: string): string[] {
  return fold(query).match(/\S+/g) ?? [];
}

/** Locale-aware string comparison, for sorting names: get it once per sort (a 10,000-item sort calls it 130,000 times). */
export function compareText(lang: string): (a: string, b: string) => number {
  // `compare` is a getter returning a bound function.
  return cached(`o|${lang}`, () => new Intl.Collator(lang, own({ sensitivity: 'base', numeric: true }))).compare;
}

type Precision = 'year' | 'month' | 'day';

const DATE_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

function dateParts(date: FeedDate): { when: Date; precision: Precision } {
  const [y, m, d] = date.split('-').map(Number);
  const precision: Precision = d ? 'day' : m ? 'month' : 'year';
  const when = new Date(Date.UTC(2000, (m || 1) - 1, d || 1));
  // Date.UTC reads years 0–99 as 1900–1999: set the year on its own.
  when.setUTCFullYear(y);
  return { when, precision };
}

function dateFormat(lang: string, precision: Precision): Intl.DateTimeFormat {
  // The interface's English is British ("Cancelled"): a bare `en` dates so too ("15 February 2022", not
  // "February 15, 2022"); `en-US` keeps its own. Its numbers and money are the same in both.
  const locale = /^en$/i.test(lang) ? 'en-GB' : lang;
  return cached(`d|${lang}|${precision}`, () => new Intl.DateTimeFormat(locale, own({ ...DATE_OPTIONS[precision] })));
}

/** The parts as written, the first of the month "1er" in French: CLDR writes "1 janvier". */
function joinDate(lang: string, parts: Intl.DateTimeFormatPart[]): string {
  const french = /^fr\b/i.test(lang);
  return parts.map(({ type, value }) => (french && type === 'day' && value === '1' ? '1er' : value)).join('');
}

/** A feed date at its own precision: "2024", "mars 2024", "5 mars 2024", "1er mars 2024". */
export function formatDate(lang: string, date: FeedDate): string {
  const { when, precision } = dateParts(date);
  return joinDate(lang, dateFormat(lang, precision).formatToParts(when));
}

/**
 * Two feed dates as a range. Same month or day precision: Intl's own range ("mars – juin 2024");
 * otherwise each date at its precision, joined by `join` ("2024 – juin 2025"). Two years are
 * joined too ("2024 – 2026", issue 3's words), where CLDR's French packs them ("2024–2026").
 */
export function formatDateRange(
  lang: string,
  start: FeedDate,
  end: FeedDate,
  join: (start: string, end: string) => string,
): string {
  const a = dateParts(start);
  const b = dateParts(end);
  if (a.precision === b.precision && (a.precision !== 'year' || start === end)) return joinDate(lang, dateFormat(lang, a.precision).formatRangeToParts(a.when, b.when));
  return join(formatDate(lang, start), formatDate(lang, end));
}
