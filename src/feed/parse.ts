/**
 * Validates and normalises a feed-v1 document (`src/feed/feed-v1.md`, shipped in the package).
 *
 * Pure: no DOM, runs in browsers and Node. Never throws, whatever JSON value
 * it is given. It reads only the fields the contract names, at a fixed depth,
 * with own-property lookups, and builds its output from literals: deep
 * nesting, `__proto__` or `constructor` keys in the input are never walked or
 * copied.
 *
 * Three levels, as the contract says: a fatal error (no feed), an item left
 * out, a field left out; each non-fatal problem is a warning with its JSON
 * path. Choices where the contract is silent:
 * - Unknown properties are left out, silently: a 1.x feed with new fields loads
 *   here as it is. `options.advisor` reports them, for the data steward (the
 *   JSON Schema refuses them, so that an editor flags a typo).
 * - `null` is a value of the wrong type, not an absent field.
 * - A blank `publisher` (`""`, spaces: an empty spreadsheet cell) is absent: in a one-publisher
 *   feed, the item goes to that publisher. So is a blank `currency`: the feed's applies.
 * - A `currency` in other capitals (`"eur"`, `"xof"`) is that code, with a warning. Any other invalid
 *   one is XXX, ISO 4217's "no currency": its amounts are shown without one, where the feed's would
 *   be wrong (`"FCFA"` shown as euros: 650 times too much).
 * - "First wins" counts only items that are otherwise valid. Budgets are
 *   unique per publisher and year. A budget `year` is 1000–9999.
 * - Every failing required field of an item is reported; the last report names
 *   the entry left out (`; entry projects[3] left out`). Optional fields of a
 *   dropped item are checked with `options.advisor` only (one pass finds every
 *   fault for the data steward; the widgets need not check what they drop).
 * - With no valid publisher the feed is refused; with `options.advisor`, only once the
 *   rest is checked (one pass again), its items defaulting to no publisher.
 * - A reference to an item left out says so, not "unknown".
 * - Messages quote the offending value. `options.advisor` adds hints for the
 *   people who fix feeds (`./advice.ts`).
 * - Texts are trimmed, NUL-free and well-formed. Blank entries, with nothing to
 *   see (spaces, a zero-width space, a soft hyphen, controls), are dropped
 *   silently (an empty spreadsheet column); an optional Text with nothing
 *   left is absent, a required one is reported. `alt` keeps blank entries.
 * - `lat` without `lon` (or the reverse) is dropped: a point needs both.
 * - Dates have four-digit years (1000–9999). A project's `end` before its
 *   `start` is dropped with a warning (`2023` does not end before `2023-05`).
 * - `dac` codes may be numbers; they come out as strings. Duplicate codes in
 *   `themes`, `sdgs` and `dac`, and a project's place or partner role given
 *   again (the same once checked), are dropped with a warning.
 * - A country is one of ISO 3166-1's assigned codes, or XK (`./countries.ts`).
 * - Ids, codes, dates and colours are not trimmed: they are checked as given.
 * - A theme with nothing valid left is absent; one that fails a contrast
 *   check (its missing colours taken from DEFAULT_THEME) is dropped whole,
 *   with one warning listing the failing pairs and their ratios.
 * - An invalid `options.baseUrl` counts as none: relative URLs are dropped.
 * - An address without its scheme ("www.ville.fr", an e-mail address, a phone
 *   number), or with it mistyped ("https:/www.ville.fr", "http//…"), is dropped with a
 *   warning: resolved as a path it would be a dead link.
 * - Money is at most 2^53 − 1 (`Number.MAX_SAFE_INTEGER`): beyond it amounts
 *   lose their units and sums overflow to Infinity.
 * - Bidirectional controls a text opens (RLO, LRE, RLI…) are closed at its
 *   end, so a feed's text cannot reverse the widgets' own words beside it.
 * - Input that is not JSON data (a getter that throws, a Proxy) is fatal
 *   `not-object`: parseFeed never throws.
 */
import { contrastRatio, DEFAULT_THEME, parseHexColour, THEME_CONTRAST } from '../theme/contrast.js';
import { isCountry } from './countries.js';
import { isBare, safeUrl } from './safe-url.js';
import {
  BASES,
  PARTNER_KINDS,
  PARTNER_ROLES,
  PROJECT_STATUSES,
  PUBLISHER_KINDS,
  THEME_CODES,
  type FatalCode,
  type Feed,
  type FeedAdvisor,
  type FeedIssue,
  type FeedResult,
  type ParseOptions,
  type Publisher,
} from './types.js';

type Key = string | number;
type Obj = Record<string, unknown>;

/** Parser state: warnings, the path of the value being checked, the feed's defaults, and the ids seen. */
interface State {
  w: FeedIssue[];
  /** Path segments, joined only when a warning needs them. */
  p: Key[];
  lang: string;
  cur: string;
  /** The currency of the budget or funding being read, for the advisor's amounts. */
  money?: string;
  base: string | undefined;
  /** The publisher id a one-publisher feed's projects and budgets default to. */
  one: string | undefined;
  pub: Set<string>;
  par: Set<string>;
  prj: Set<string>;
  bud: Set<string>;
  /** Ids of items left out, so that a reference to one says so. */
  gone: Set<string>;
  adv: FeedAdvisor | undefined;
}

/** Returns the normalised value, or undefined after warning (or, for blank optional Text, silently). */
type Check = (v: unknown, s: State, k: Key) => unknown;
/** [key, check, required, default when absent (or, if optional, invalid)] */
type Field = readonly [string, Check, (0 | 1)?, ((s: State) => unknown)?];

const ID = /^[a-z0-9][a-z0-9._-]{0,127}$/;
const TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
// Major version 1: "1", "1.2", "1.2.3", and "1.x" as feed-v1.md writes it.
const VERSION = /^1(?:\.(?:\d+|x))*$/;
// Years from 1000: a year 0050 is a typo, and Intl would show year 0 as 1 BC.
const DATE = /^[1-9]\d{3}(?:-\d\d(?:-\d\d)?)?$/;
export const DATE_TIME =
  /^(\d{4}-\d\d-\d\d)T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;
// As CSS writes lengths: `.5em`, units in any case.
const RADIUS = /^(?:0|(?:(?:[12]?\d|3[01])(?:\.\d+)?|\.\d+|32(?:\.0+)?)px|(?:[01](?:\.\d+)?|\.\d+|2(?:\.0+)?)r?em)$/i;
const PATH_NAME = /^[A-Za-z_$][\w$-]*$/;
// A pair first, kept whole, else a lone half. No lookbehind: the browsers this fallback is
// for (Safari before 16.4) refuse the whole script over one.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const blank = (v: unknown) => typeof v == 'string' && !v.trim();

export function pathOf(p: Key[], k: Key | undefined): string {
  let out = '';
  for (const seg of k === undefined ? p : [...p, k]) {
    out +=
      typeof seg === 'number'
        ? `[${seg}]`
        : PATH_NAME.test(seg)
          ? (out ? '.' : '') + seg
          : `[${JSON.stringify(seg)}]`;
  }
  return out;
}

function warn(s: State, k: Key | undefined, message: string): undefined {
  s.w.push({ path: pathOf(s.p, k), message });
  return undefined;
}

/**
 * The value of `key` in `o`, checked. For the data steward, an optional field an SQL export left
 * `null` is said to be null and left out, not of the wrong type ("not an object null"); a required
 * one keeps its fault, as leaving it out would not mend the entry.
 */
const read = (o: Obj, key: string, check: Check, required: unknown, s: State): unknown =>
  o[key] === null && !required && s.adv ? warn(s, key, s.adv.nulled) : check(o[key], s, key);

/** A short quote of an offending scalar for a message: ` "foo"`, ` 3`, ` null`, or nothing (an object or a list). */
const q = (v: unknown) =>
  typeof v === 'string'
    ? ' ' + JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)
    : typeof v === 'number' || typeof v === 'boolean' || v === null
      ? ' ' + v
      : '';

/** `message` with the offending value quoted after its first words, then `ending`: `invalid date "03/2024" (YYYY…)`. */
function bad(s: State, k: Key, v: unknown, message: string, ending = ''): undefined {
  const i = message.indexOf(' (');
  return warn(s, k, (i < 0 ? message + q(v) : message.slice(0, i) + q(v) + message.slice(i)) + ending);
}

// Embeddings and overrides (LRE RLE LRO RLO … PDF) and isolates (LRI RLI FSI … PDI).
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
// Not global: a global regex's `test` moves the `lastIndex` that `matchAll` starts from.
const HAS_BIDI = new RegExp(BIDI.source);

/** Closes what a text leaves open, innermost first: an unclosed override would run on into the page. */
function closeBidi(v: string): string {
  const open: string[] = [];
  for (const [c] of v.matchAll(BIDI)) {
    if (c === '\u202c') {
      if (open[open.length - 1] === '\u202c') open.pop();
    } else if (c === '\u2069') {
      // A PDI also closes the embeddings opened inside its isolate.
      const i = open.lastIndexOf('\u2069');
      if (i >= 0) open.length = i;
    } else open.push(c >= '\u2066' ? '\u2069' : '\u202c');
  }
  return open.length ? v + open.reverse().join('') : v;
}

// A NUL, a surrogate (a lone one is replaced), a bidi control: one scan, as most texts have none.
const TO_MEND = /[\0\ud800-\udfff\u202a-\u202e\u2066-\u2069]/;

// Nothing a reader sees: blanks, controls and format characters (a zero-width space, a soft hyphen, a bidi mark).
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Z}]*$/u;

/** Trimmed and mended; '' for a text with nothing to see, which would be a heading or a link without a name. */
const clean = (v: string) => {
  let text = v.trim();
  if (TO_MEND.test(text)) {
    text = text.replace(/\0/g, '').replace(SURROGATES, (c) => (c.length > 1 ? c : '\ufffd')).trim();
    if (HAS_BIDI.test(text)) text = closeBidi(text);
  }
  return INVISIBLE.test(text) ? '' : text;
};

/** Two ASCII digits of `v` at `i` as a number (no allocation: dates are checked in bulk). */
const two = (v: string, i: number) => v.charCodeAt(i) * 10 + v.charCodeAt(i + 1) - 528;

function realDate(v: string): boolean {
  if (!DATE.test(v)) return false;
  if (v.length === 4) return true;
  const mo = two(v, 5);
  if (mo < 1 || mo > 12) return false;
  if (v.length === 7) return true;
  const y = two(v, 0) * 100 + two(v, 2);
  const d = two(v, 8);
  // 31 days in months 1, 3, 5, 7, 8, 10, 12: (mo + mo/8) is odd exactly for those.
  return d >= 1 && d <= (mo === 2 ? (y % 4 || (!(y % 100) && y % 400) ? 28 : 29) : 30 + ((mo + (mo >> 3)) & 1));
}

// ---- Checks, built once ---------------------------------------------------

const pattern =
  (re: RegExp, message: string): Check =>
  (v, s, k) =>
    typeof v === 'string' && re.test(v) ? v : bad(s, k, v, message, s.adv?.written?.(v, re));

const oneOf = (codes: readonly string[]): Check => {
  const set = new Set<unknown>(codes);
  return (v, s, k) => (set.has(v) ? v : warn(s, k, 'unknown code' + q(v) + (s.adv?.code(v, codes) ?? '')));
};

const num =
  (min: number, max: number, int: boolean, message: string): Check =>
  (v, s, k) =>
    typeof v === 'number' && v >= min && v <= max && (!int || Number.isInteger(v))
      ? v + 0 /* -0 → 0 */
      : bad(s, k, v, message, s.adv?.number(v, min, max, int));

const id = pattern(ID, 'invalid id (lower-case letters, digits, . _ -)');
const CURRENCY = /^[A-Z]{3}$/;
const currency: Check = (v, s, k) => {
  const code = typeof v === 'string' && /^[a-z]{3}$/i.test(v) ? v.toUpperCase() : undefined;
  if (code === v) return v;
  if (code) warn(s, k, `currency${q(v)} read as "${code}"`);
  else bad(s, k, v, 'invalid currency (ISO 4217, like EUR); amounts shown without a currency', s.adv?.written?.(v, CURRENCY));
  return code ?? 'XXX';
};
const country: Check = (v, s, k) =>
  typeof v === 'string' && /^[A-Z]{2}$/.test(v) && isCountry(v) ? v : bad(s, k, v, 'invalid country (ISO 3166-1 alpha-2, like SN)', s.adv?.country(v));
const money = num(0, Number.MAX_SAFE_INTEGER, false, 'not money (a number from 0 to 2^53 − 1)');
const date: Check = (v, s, k) =>
  typeof v === 'string' && realDate(v) ? v : bad(s, k, v, 'invalid date (YYYY, YYYY-MM or YYYY-MM-DD)', s.adv?.date(v));
const colour: Check = (v, s, k) => parseHexColour(v) ?? bad(s, k, v, 'invalid colour (#rgb or #rrggbb)');
const url =
  (kind: 'link' | 'image', message: string, bare: string): Check =>
  (v, s, k) =>
    // safeUrl refuses an address without its scheme too; which message, only once it has refused.
    safeUrl(v, s.base, kind) ?? bad(s, k, v, typeof v === 'string' && isBare(v.trim()) ? bare : message, s.adv?.url?.(v, kind));
const link = url('link', 'unsafe or invalid URL', 'address without its scheme (https://, mailto: or tel:)');
const imageUrl = url('image', 'unsafe or invalid image URL', 'image address without its scheme (https://)');
const dac: Check = (v, s, k) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 10000 && v <= 99999
    ? String(v)
    : typeof v === 'string' && /^[1-9]\d{4}$/.test(v)
      ? v
      : bad(s, k, v, 'invalid DAC code (5 digits)');

/** mode 0: optional, blank is absent; 1: required, blank is reported; 2: `alt`, blank entries kept. */
function text(v: unknown, s: State, k: Key, mode: 0 | 1 | 2): unknown {
  let out: Record<string, string> | undefined;
  let refused = 0;
  if (typeof v === 'string') {
    const t = clean(v);
    if (t || mode === 2) {
      out = {};
      out[s.lang] = t;
    }
  } else if (isObj(v)) {
    s.p.push(k);
    for (const tag in v) {
      if (!own(v, tag)) continue;
      // The tag pattern also keeps `__proto__` out of `out`.
      if (!TAG.test(tag)) {
        bad(s, tag, tag, 'invalid language tag (like fr or fr-FR)', s.adv?.written?.(tag, TAG));
        refused = 1;
      } else if (typeof v[tag] !== 'string') {
        bad(s, tag, v[tag], 'not a string');
        refused = 1;
      } else {
        const t = clean(v[tag] as string);
        if (t || mode === 2) (out ??= {})[tag] = t;
      }
    }
    s.p.pop();
  } else return bad(s, k, v, 'not text');
  if (out && s.adv) for (const message of s.adv.text(Object.values(out).join(' '))) warn(s, k, message);
  // Entries there were, each refused above: not an empty text.
  return out ?? (mode ? warn(s, k, refused ? 'no text left' : 'empty text') : undefined);
}
const optText: Check = (v, s, k) => text(v, s, k, 0);
const reqText: Check = (v, s, k) => text(v, s, k, 1);
/**
 * An `alt` that is only a file name ("IMG_1234.jpg") says nothing to a screen reader:
 * that language's entry is dropped (another language may still describe the image);
 * with none left, the image is decorative.
 */
const altText: Check = (v, s, k) => {
  const out = text(v, s, k, 2) as Record<string, string> | undefined;
  if (!out) return out;
  let dropped = false;
  for (const tag of Object.keys(out)) {
    // A name ending in an image extension: "IMG_1234.JPG", "logo (1).png", "logo-final.png?v=2", not "Logo au format .svg".
    if (/\S\.(png|jpe?g|gif|svg|webp|avif|bmp|tiff?|heic)(\?\S*)?$/i.test(out[tag])) dropped = delete out[tag];
  }
  if (!dropped) return out;
  warn(s, k, 'alt is a file name, not a description');
  return Object.keys(out).length ? out : { [s.lang]: '' };
};

const ref =
  (set: 'pub' | 'par', what: string): Check =>
  (v, s, k) =>
    typeof v === 'string' && s[set].has(v)
      ? v
      : warn(s, k, `unknown ${what}` + q(v) + (s.gone.has(`${what}s ${v}`) ? ' (left out above)' : (s.adv?.code(v, [...s[set]], true) ?? '')));

/** What makes two entries of a list the same: the value itself, a place as a whole, a partner's role. */
type EntryKey = (x: any) => unknown;
const itself: EntryKey = (x) => x;

const list =
  (check: Check, key?: EntryKey): Check =>
  (v, s, k) => {
    if (!Array.isArray(v)) return bad(s, k, v, 'not a list', s.adv?.shape?.(v, k, s.p));
    s.p.push(k);
    // Sized up front: push() would give every short list a 17-slot store.
    const out: unknown[] = new Array(v.length);
    // Only a list of two or more can repeat itself. A short one (a project's themes, SDGs, partners)
    // is scanned, as `includes` and `has` compare alike: a Set each was 30,000 Sets for 10,000 projects.
    const seen = key && v.length > 1 ? (v.length > 8 ? new Set<unknown>() : ([] as unknown[])) : undefined;
    let n = 0;
    for (let i = 0; i < v.length; i++) {
      const x = check(v[i], s, i);
      if (x === undefined) continue;
      if (seen) {
        const same = key!(x);
        if (Array.isArray(seen) ? seen.includes(same) : seen.has(same)) {
          warn(s, i, 'duplicate' + q(x));
          continue;
        }
        if (Array.isArray(seen)) seen.push(same);
        else seen.add(same);
      }
      out[n++] = x;
    }
    if (n < v.length) out.length = n;
    s.p.pop();
    return out;
  };

/** The ending of the warning that drops an entry, naming it: `; entry projects[3] left out`. */
const leftOut = (s: State, k?: Key) => `; entry ${pathOf(s.p, k)} left out`;

/**
 * An object with known fields, required ones first. `fin` sees the built
 * object while its path is current, and returns it, or undefined to drop it.
 */
const shape =
  (fields: readonly Field[], fin?: (o: Obj, s: State) => unknown): Check => {
    const names = fields.map((f) => f[0]);
    // The entries' prototype holds each field, undefined: one the feed leaves out is never read
    // from Object.prototype, where a page's own bug (a query-string parser given
    // `__proto__[website]=javascript:…`) may have put a `website` or `committed` past every check.
    // Not enumerable, so that for…in and deep comparisons see only what the feed gave.
    const fieldless = Object.defineProperties({}, Object.fromEntries(names.map((name) => [name, { writable: true }])));
    return (v, s, k) => {
      // An entry of a list (`projects[3]`: a string) is named as left out, like one with a bad field.
      if (!isObj(v)) return bad(s, k, v, 'not an object', (s.adv?.shape?.(v, k) ?? '') + (typeof k == 'number' ? leftOut(s, k) : ''));
      s.p.push(k);
      const o: Obj = Object.create(fieldless);
      let failed = -1;
      for (let i = 0; i < fields.length; i++) {
        const f = fields[i];
        const key = f[0];
        const req = f[2];
        // The optional fields of an entry already dropped are checked for the data steward only.
        if (failed >= 0 && !req && !s.adv) break;
        // A publisher or currency left blank, as an empty spreadsheet cell is: absent, so that a
        // one-publisher feed's items go to it, in the feed's currency.
        const has = own(v, key) && !((f[3] == onlyPublisher || f[1] == currency) && blank(v[key]));
        let x = has ? read(v, key, f[1], req, s) : undefined;
        // A required field is defaulted only when absent: an unknown publisher drops the item.
        if (x === undefined && f[3] && !(has && req)) x = f[3](s);
        if (x !== undefined) {
          o[key] = x;
          // Read before the lines and amounts it applies to: a budget's or a funding's, defaulted to the feed's.
          if (key == 'currency') s.money = x as string;
        } else if (req) {
          if (!has) warn(s, key, 'missing');
          failed = s.w.length - 1;
        }
      }
      objectAdvice(v, names, s);
      if (failed >= 0) {
        s.w[failed].message += leftOut(s);
        // Under its list's name: a reference to partner "x" is not about a project "x".
        if (typeof k == 'number' && typeof v.id === 'string') s.gone.add(`${s.p[0]} ${v.id}`);
      }
      const out = failed < 0 ? (fin ? fin(o, s) : o) : undefined;
      s.p.pop();
      return out;
    };
  };

/** The advisor's warnings about `v` as written, whose known fields are `names` (unknown fields, amounts past a limit); the path is current. */
function objectAdvice(v: Obj, names: readonly string[], s: State): void {
  if (s.adv) for (const [key, message] of s.adv.object(v, names, s.money ?? s.cur)) warn(s, key, message);
}

const EMPTY = () => [];

/** Registers `key` in `set`: false if it was there already. */
function first(s: State, set: 'pub' | 'par' | 'prj' | 'bud', key: string): boolean {
  if (s[set].has(key)) return false;
  s[set].add(key);
  return true;
}
const unique =
  (set: 'pub' | 'par' | 'prj') =>
  (o: Obj, s: State): unknown =>
    first(s, set, o.id as string) ? o : warn(s, 'id', 'duplicate id' + q(o.id) + leftOut(s));

const image = shape([
  ['src', imageUrl, 1],
  ['alt', altText, 1],
  ['credit', optText],
]);

const theme = shape(
  [
    ['primary', colour],
    ['onPrimary', colour],
    ['accent', colour],
    ['surface', colour],
    ['text', colour],
    ['radius', pattern(RADIUS, 'invalid radius (0 to 32px or 2rem)')],
  ],
  (o, s) => {
    if (!Object.keys(o).length) return undefined;
    const c = { ...DEFAULT_THEME, ...o } as Record<string, string>;
    const low = [];
    for (const [fg, bg, min] of THEME_CONTRAST) {
      const ratio = contrastRatio(c[fg], c[bg]);
      // Rounded down, so that 4.496 never reads as a passing "4.50".
      if (ratio < min) low.push(`${fg}/${bg} ${Math.floor(ratio * 100) / 100}:1 < ${min}:1`);
    }
    return low.length ? warn(s, undefined, `contrast too low (${low.join(', ')}); theme not applied`) : o;
  },
);

const publisher = shape(
  [
    ['id', id, 1],
    ['name', reqText, 1],
    ['kind', oneOf(PUBLISHER_KINDS), 1],
    // SIREN, or an INSEE code: commune (2A004, 97411), département (2B, 974) or région (84).
    ['code', pattern(/^(?:\d{9}|(?:\d\d|2[AB])\d{3}|\d{2,3}|2[AB])$/, 'invalid code (SIREN or INSEE)')],
    ['website', link],
    ['logo', image],
    ['theme', theme],
  ],
  unique('pub'),
);

const partner = shape(
  [
    ['id', id, 1],
    ['name', reqText, 1],
    ['kind', oneOf(PARTNER_KINDS), 1],
    ['country', country],
    ['city', optText],
    ['description', optText],
    ['website', link],
    ['logo', image],
    ['siret', pattern(/^\d{14}$/, 'invalid SIRET (14 digits)')],
    ['rna', pattern(/^W\d{9}$/, 'invalid RNA number (W and 9 digits)')],
  ],
  unique('par'),
);

const lat = num(-90, 90, false, 'not a latitude (-90 to 90)');
const lon = num(-180, 180, false, 'not a longitude (-180 to 180)');
const place = shape(
  [
    ['country', country, 1],
    ['name', optText],
    ['region', optText],
    ['lat', lat],
    ['lon', lon],
  ],
  // A point needs both coordinates: a lone one is dropped.
  (o, s) => {
    const a = o.lat === undefined;
    if (a !== (o.lon === undefined)) {
      const key = a ? 'lon' : 'lat';
      delete o[key];
      warn(s, key, `${key} without ${a ? 'lat' : 'lon'}`);
    }
    return o;
  },
);

const publisherRef = ref('pub', 'publisher');
const feedCurrency = (s: State) => s.cur;
const onlyPublisher = (s: State) => s.one;
const basis = oneOf(BASES);

const uniqueProject = unique('prj');
const project = shape(
  [
    ['id', id, 1],
    ['publisher', publisherRef, 1, onlyPublisher],
    ['title', reqText, 1],
    ['status', oneOf(PROJECT_STATUSES), 1],
    ['summary', optText],
    ['description', optText],
    ['start', date],
    ['end', date],
    ['themes', list(oneOf(THEME_CODES), itself), 0, EMPTY],
    ['sdgs', list(num(1, 17, true, 'not an SDG (integer 1 to 17)'), itself), 0, EMPTY],
    ['dac', list(dac, itself), 0, EMPTY],
    // The same once checked: "Podor" and {"fr": "Podor"} in a French feed.
    ['places', list(place, JSON.stringify), 0, EMPTY],
    [
      'partners',
      list(
        shape([
          ['ref', ref('par', 'partner'), 1],
          ['role', oneOf(PARTNER_ROLES), 1],
        ]),
        (role) => role.ref + ' ' + role.role,
      ),
      0,
      EMPTY,
    ],
    [
      'funding',
      shape([
        ['currency', currency, 0, feedCurrency],
        ['total', money],
        ['contribution', money],
        ['basis', basis],
      ]),
    ],
    ['image', image],
    [
      'links',
      list(
        shape([
          ['href', link, 1],
          ['label', reqText, 1],
        ]),
      ),
      0,
      EMPTY,
    ],
    ['updated', date],
  ],
  (o, s) => {
    if (!uniqueProject(o, s)) return undefined;
    // Dates of different precision compare on their common prefix: `2023` does not end before `2023-05`.
    const { start, end } = o as { start?: string; end?: string };
    if (start && end) {
      const n = Math.min(start.length, end.length);
      if (end.slice(0, n) < start.slice(0, n)) {
        delete o.end;
        warn(s, 'end', 'end before start');
      }
    }
    return o;
  },
);

const budget = shape(
  [
    ['publisher', publisherRef, 1, onlyPublisher],
    ['year', num(1000, 9999, true, 'invalid year (integer 1000 to 9999)'), 1],
    ['currency', currency, 0, feedCurrency],
    ['allocated', money, 1],
    ['label', optText],
    ['committed', money],
    ['spent', money],
    ['totalBudget', money],
    [
      'lines',
      list(
        shape([
          ['basis', basis, 1],
          ['label', optText],
          ['allocated', money],
          ['committed', money],
          ['spent', money],
          ['base', money],
          // MIN_VALUE is the smallest positive number: 0 < rate.
          ['rate', num(Number.MIN_VALUE, 0.01, false, 'invalid rate (0 < rate ≤ 0.01: 1 % is written 0.01)')],
        ]),
      ),
      0,
      EMPTY,
    ],
  ],
  (o, s) =>
    first(s, 'bud', `${o.publisher} ${o.year}`)
      ? o
      : warn(s, 'year', `duplicate budget for ${o.publisher} in ${o.year}` + leftOut(s)),
);

const publishers = list(publisher);
const partners = list(partner);
const projects = list(project);
const budgets = list(budget);
const language = pattern(TAG, 'invalid language tag');
const updated: Check = (v, s, k) =>
  typeof v === 'string' && (realDate(v) || realDate(DATE_TIME.exec(v)?.[1] ?? ''))
    ? v
    : bad(s, k, v, 'invalid date or date-time (YYYY-MM-DD or YYYY-MM-DDThh:mm)', s.adv?.date(v, 1));

const TOP_LEVEL = ['version', 'language', 'currency', 'updated', 'publishers', 'partners', 'projects', 'budgets'];

// ---- Entry point -----------------------------------------------------------

/**
 * Validates a JSON value (already `JSON.parse`d) as a feed-v1 document and
 * returns the normalised feed with its warnings, or a fatal error. Never throws.
 */
export function parseFeed(input: unknown, options?: ParseOptions): FeedResult {
  try {
    return parse(input, options);
  } catch {
    return fatalResult('not-object', 'the feed object could not be read');
  }
}

/** A feed that cannot be used, with the warnings found before that was known. */
export const fatalResult = (code: FatalCode, message: string, warnings: FeedIssue[] = []): FeedResult & { ok: false } => ({
  ok: false,
  error: { path: '', message, code },
  warnings,
});

function parse(input: unknown, options?: ParseOptions): FeedResult {
  const w: FeedIssue[] = [];
  const fatal = (code: FatalCode, message: string) => fatalResult(code, message, w);
  if (!isObj(input)) return fatal('not-object', 'the feed is not a JSON object');
  const version = own(input, 'version') ? input.version : undefined;
  if (version === undefined) return fatal('version', 'missing feed version');
  if (typeof version !== 'string' || !VERSION.test(version)) {
    // "the string": `"version": 1`, a number, is the usual slip.
    return fatal('version', 'unsupported feed version' + q(version) + ' (this library reads "1" or "1.x", as text)');
  }

  const s: State = {
    w,
    p: [],
    lang: 'fr',
    cur: 'EUR',
    base: options?.baseUrl,
    one: undefined,
    pub: new Set(),
    par: new Set(),
    prj: new Set(),
    bud: new Set(),
    gone: new Set(),
    adv: options?.advisor,
  };
  // Of the top level's fields, `publishers` alone is required (`version` is read above).
  const get = (key: string, check: Check): unknown => (own(input, key) ? read(input, key, check, key == 'publishers', s) : undefined);
  objectAdvice(input, TOP_LEVEL, s);

  s.lang = (get('language', language) as string | undefined) ?? 'fr';
  s.cur = ((blank(input.currency) ? undefined : get('currency', currency)) as string | undefined) ?? 'EUR';
  const feed = { version, language: s.lang, currency: s.cur } as Feed;
  const edited = get('updated', updated) as string | undefined;
  if (edited !== undefined) feed.updated = edited;

  feed.publishers = (get('publishers', publishers) ?? []) as Publisher[];
  const refused = !feed.publishers.length && fatal('no-publisher', 'no valid publisher');
  // The data steward's pass checks the rest all the same, so that it lists every fault; the items
  // default to no publisher (''), not blamed for the one the feed failed to give.
  if (refused && !s.adv) return refused;
  if (refused) {
    s.one = '';
    // Nor blamed for naming one: with none to check against, any publisher an item names is taken.
    s.pub = { has: () => true } as unknown as Set<string>;
  }
  if (feed.publishers.length === 1) {
    s.one = feed.publishers[0].id;
    // Written with several publishers, the feed's items should name theirs: giving them the one left is a guess.
    const unnamed = (key: string) =>
      own(input, key) && Array.isArray(input[key]) && (input[key] as unknown[]).some((item) => isObj(item) && (!own(item, 'publisher') || blank(item.publisher)));
    if ((input.publishers as unknown[]).length > 1 && (unnamed('projects') || unnamed('budgets'))) {
      warn(s, 'publishers', 'items without a publisher go to the only valid one' + q(s.one));
    }
  }
  feed.partners = (get('partners', partners) ?? []) as Feed['partners'];
  feed.projects = (get('projects', projects) ?? []) as Feed['projects'];
  feed.budgets = (get('budgets', budgets) ?? []) as Feed['budgets'];
  return refused || { ok: true, feed, warnings: w };
}
