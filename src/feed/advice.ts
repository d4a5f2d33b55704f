/**
 * Hints for the people who fix feeds, given to `parseFeed` as `options.advisor` by
 * `ancrage-check` and the embed generator. The widgets load without them: a reader never
 * sees a warning, and these bytes would be theirs to download.
 */
import { ALPHA_3 } from './alpha3.js';
import { ceiling, excess } from './ceiling.js';
import { isCountry } from './countries.js';
import { DATE_TIME, pathOf } from './parse.js';
import { THEME_CODES, type BudgetLine, type FeedAdvisor, type FeedIssue } from './types.js';
import * as en from '../i18n/en.js';
import * as fr from '../i18n/fr.js';
import { fold } from '../i18n/format.js';

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


// A tag (`<p>`, `</b>`, `<br/>`, `<a href=…>`): not "a < b".
export const TAG = /<\/?[a-z][a-z\d]*(?:\s[^<>]*)?\/?>/i;
// An entity (`&nbsp;`, `&#233;`): not "R&D;".
export const ENTITY = /&(?:[a-z]{2,8}|#\d+|#x[\da-f]+);/i;
// The named entities a CMS or a web page writes in French text; a capital one (`&Eacute;`) is its letter in capitals.
const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  hellip: '…', ndash: '–', mdash: '—', euro: '€', deg: '°', oelig: 'œ', agrave: 'à', acirc: 'â', ccedil: 'ç', eacute: 'é', egrave: 'è',
  ecirc: 'ê', euml: 'ë', icirc: 'î', iuml: 'ï', ocirc: 'ô', ugrave: 'ù', ucirc: 'û',
};
// UTF-8 read as Windows-1252 or Latin-1: "Ã©" for "é", "â€™" for "’".
const TWICE = /Ã[\u00a0-\u00bf]|â€/;

/** The character an HTML entity stands for (`&#8217;`, `&#x2019;`, `&rsquo;`, `&Eacute;`), or `undefined` for a name not known here. */
export function entityCharacter(entity: string): string | undefined {
  const code = /^&#(x?)([\da-f]+);$/i.exec(entity);
  if (code) {
    const point = parseInt(code[2], code[1] ? 16 : 10);
    return point <= 0x10ffff ? String.fromCodePoint(point) : undefined;
  }
  const name = entity.slice(1, -1);
  return ENTITIES[name] ?? ENTITIES[name.toLowerCase()]?.toUpperCase();
}

/** A character by its code point, `U+00A0`. */
export const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A character to quote in a message: itself, or its code point when it cannot be seen or would close the quote (`"`). */
const shown = (character: string) => (/[\p{Z}\p{C}"]/u.test(character) ? codePoint(character) : `"${character}"`);

/** A file on the editor's computer (`C:\\…`, `file:///…`, `\\\\server\\…`), not an address any page can read. */
export const onComputer = (address: string) => /^([a-z]:[\\/]|file:|\\\\)/i.test(address.trim());

/**
 * `; did you mean "osim"?` for the known name nearest `value`: the same but for case and accents
 * ("OSIM", "collectivité"), else one edit away (two for names longer than five letters: "sumary").
 */
function nearest(value: unknown, known: readonly string[]): string {
  if (typeof value !== 'string') return '';
  const typed = fold(value);
  let best = '';
  let least = typed.length > 5 ? 3 : 2;
  for (const name of known) {
    // Lengths too far apart cannot be near: a 100 kB value is not compared letter by letter.
    if (Math.abs(typed.length - name.length) >= least) continue;
    const d = distance(typed, fold(name));
    if (d < least) [best, least] = [name, d];
  }
  return best && `; did you mean "${best}"?`;
}

let countryCodes: Map<string, string> | undefined;

/** A country's name or code as a key: no case, accents, dots, hyphens or apostrophes ("Côte-d’Ivoire" as "cote d ivoire", "R.D.C." as "rdc"). */
const countryKey = (name: string) => fold(name).replace(/\./g, '').replace(/[^a-z\d]+/g, ' ').trim();

// What French and English texts call a country but `Intl` does not: acronyms (UK is reserved, its code
// is GB; RDC and RCA are French), former and everyday names, a country by its part (the West Bank, England).
const ALIASES: Record<string, string> = {
  uk: 'GB', rdc: 'CD', rca: 'CF', drc: 'CD',
  'rd congo': 'CD', 'republique democratique du congo': 'CD', 'democratic republic of the congo': 'CD', zaire: 'CD',
  'republique du congo': 'CG', 'republic of the congo': 'CG', 'guinee conakry': 'GN', centrafrique: 'CF',
  palestine: 'PS', cisjordanie: 'PS', 'west bank': 'PS', gaza: 'PS', 'bande de gaza': 'PS', 'gaza strip': 'PS',
  swaziland: 'SZ', 'republique tcheque': 'CZ', 'czech republic': 'CZ', 'cabo verde': 'CV', 'ivory coast': 'CI',
  turkey: 'TR', kirghizistan: 'KG', 'ile maurice': 'MU', angleterre: 'GB', england: 'GB', hollande: 'NL', holland: 'NL',
  // Word orders and short forms a French sheet uses: "Nord Macédoine", "Sud Soudan", "Dominicaine".
  'iles maurice': 'MU', 'nord macedoine': 'MK', 'sud soudan': 'SS', dominicaine: 'DO',
};

/** Every country `Intl` names, by its alpha-2 and alpha-3 codes, aliases, and its French and English names, as keys. */
function namesToCodes(): Map<string, string> {
  const codes = new Map(Object.entries(ALIASES));
  for (const pair of ALPHA_3.trim().split(/\s+/)) codes.set(countryKey(pair.slice(3)), pair.slice(0, 2));
  const names = ['fr', 'en'].map((lang) => new Intl.DisplayNames(lang, { type: 'region', fallback: 'none' }));
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      const named = names.map((display) => display.of(code)).filter((name): name is string => !!name);
      // Only codes the parser takes: not ZZ "Unknown Region", EU, BU "Burma"…
      if (!named.length || !isCountry(code)) continue;
      codes.set(countryKey(code), code);
      // "Myanmar (Birmanie)": "Birmanie" and "Myanmar" alone name it too.
      for (const name of named.flatMap((name) => [name, ...(name.match(/^(.+) \((.+)\)$/)?.slice(1) ?? [])]))
        if (!codes.has(countryKey(name))) codes.set(countryKey(name), code);
    }
  }
  return codes;
}

/**
 * The code of the country a value names: a code, an acronym, a name, or a name's first words when
 * they are one country's only ("Burkina"; not "Congo", CG or CD, nor "Corée"). A whole name wins:
 * "Guinée" is GN, as `Intl` names it, not Guinée-Bissau; "Soudan" SD, not Soudan du Sud.
 */
function countryNamed(value: string): string | undefined {
  // "Palestine (Territoires palestiniens)": the name before the brackets, else the one in them.
  const [outside, inside] = value.split(/[()]/);
  if (inside?.trim()) return countryNamed(outside) ?? countryNamed(inside);
  const codes = (countryCodes ??= namesToCodes());
  const key = countryKey(value);
  const named = codes.get(key);
  // A continent is no name cut short: "Afrique" is not Afrique du Sud.
  if (named || key == 'afrique') return named;
  const starting = new Set([...codes].filter(([name]) => name.startsWith(`${key} `)).map(([, code]) => code));
  return starting.size == 1 ? [...starting][0] : undefined;
}

// The contract's money fields: a budget's, a line's and a funding's.
const MONEY = /^(?:allocated|committed|spent|totalBudget|base|total|contribution)$/;

/**
 * What the JSON text says that its parsed value does not. A key written twice in one object:
 * `JSON.parse` keeps the value written last and drops the other without a word (a second
 * `"projects": []` pasted after the list). An entity in an address (`?b=1&amp;c=2`, as a CMS's
 * source view writes a link), which the address keeps as typed (a server reads a parameter
 * `amp;c`), but no hook sees in an address the parser accepts; the contract's addresses are its
 * `website`, `href` and `src` fields.
 * An amount written with a French thousands dot (`"allocated": 40.000`), valid JSON read as 40.
 * The text is valid JSON (it was parsed), so strings, numbers and the punctuation between them
 * are all there is to follow; literals are skipped.
 */
function textFindings(text: string): FeedIssue[] {
  const found: FeedIssue[] = [];
  // Open objects (with their keys so far) and arrays: each one's key or index in its parent, then its own current one.
  const open: Array<{ keys?: Set<string>; at: string | number }> = [];
  const token = /"(?:[^"\\]|\\.)*"|[{}[\],:]|-?\d[\d.eE+-]*/g;
  // Amounts that look like thousands with a dot, with their entry (`budgets[2]`), said unless its currency,
  // else the feed's, has three decimals (10.500 dinars); the currencies by entry, the feed's under ''.
  const grouped: Array<[FeedIssue, string]> = [];
  const currencies = new Map<string, string>();
  const path = () => pathOf(open.map((frame) => frame.at), undefined);
  const entry = () => (open.length > 2 ? pathOf([open[0].at, open[1].at], undefined) : '');
  let outermost: (typeof open)[number] | undefined;
  // Where a feed wrapped by an API (`{"data": {…}}`, `[{…}]`) has its `version`: the object in the outermost one.
  let wrapped: string | undefined;
  let previous = '';
  for (let match; (match = token.exec(text)); previous = match[0]) {
    const top = open[open.length - 1];
    switch (match[0]) {
      case '{':
        open.push({ keys: new Set(), at: '' });
        outermost ??= open[0];
        break;
      case '[':
        open.push({ at: 0 });
        outermost ??= open[0];
        break;
      case '}':
      case ']':
        open.pop();
        break;
      case ',':
        if (!top.keys) (top.at as number)++;
        break;
      case ':':
        top.at = JSON.parse(previous) as string;
        if (top.keys!.has(top.at)) found.push({ path: path(), message: 'key written twice: the last value is read, the first one lost' });
        top.keys!.add(top.at);
        if (top.at == 'version' && open.length == 2) wrapped ??= pathOf([open[0].at], undefined);
        break;
      default:
        if (match[0][0] != '"') {
          // 40.000 for 40 000, as French writes thousands: valid JSON, read as 40. Not 0.005 (a rate), 12.5, a year.
          if (previous == ':' && MONEY.test(top.at as string) && /^[1-9]\d{0,2}\.\d{3}$/.test(match[0]))
            grouped.push([{ path: path(), message: `${match[0]} is read as ${+match[0]}: if thousands were meant, write ${match[0].replace('.', '')}` }, entry()]);
        } else if (previous == ':' && top.at == 'currency') currencies.set(entry(), JSON.parse(match[0]) as string);
        else if (previous == ':' && /^(?:website|href|src)$/.test(top.at as string)) {
          const entity = ENTITY.exec(JSON.parse(match[0]) as string)?.[0];
          const character = entity && entityCharacter(entity);
          if (character) found.push({ path: path(), message: `HTML entity "${entity}" in an address: write ${shown(character)}` });
        }
    }
  }
  const thousandths = (code = 'EUR') => /^[A-Z]{3}$/.test(code) && new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits == 3;
  for (const [issue, at] of grouped) if (!thousandths(currencies.get(at) ?? currencies.get(''))) found.push(issue);
  // A feed is its outermost object: one in a list or under a key of another loads as no feed.
  if (wrapped !== undefined && !outermost?.keys?.has('version')) found.push({ path: wrapped, message: 'the feed is wrapped (by a CMS or an API?): publish this object alone' });
  return found;
}

/**
 * The numbers a spreadsheet's digits with dots and commas may mean, the likelier first:
 * "12.500,50" and "12,500.50" (the last mark is the decimal one), "1.250.000" (thousands),
 * "50.000" or "12,500" (thousands, or three decimals: both), "1,5" and "0,500" (decimals).
 */
export function numberReadings(digits: string): number[] {
  const marks = digits.match(/[.,]/g) ?? [];
  const last = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
  const readings =
    new Set(marks).size > 1
      ? [`${digits.slice(0, last).replace(/[.,]/g, '')}.${digits.slice(last + 1)}`]
      : marks.length > 1
        ? [digits.replace(/[.,]/g, '')]
        : /^[1-9]\d{0,2}[.,]\d{3}$/.test(digits)
          ? [digits.replace(/[.,]/, ''), digits.replace(',', '.')]
          : [digits.replace(',', '.')];
  return readings.map(Number).filter((n) => !isNaN(n));
}

let labelCodes: Map<string, string> | undefined;
let wordCodes: Map<string, Set<string>> | undefined;

/** Every `[code, label]` the widgets show, in French and English. */
function* shownLabels(): Generator<[string, string]> {
  for (const lang of [fr, en]) {
    for (const names of [lang.status, lang.themes, lang.roles, lang.partnerKinds, lang.partnerKindGroups, lang.bases]) yield* Object.entries(names);
  }
}

// A status as a spreadsheet's column says it, in French or English, other than the widgets' labels ("Clôturé" is IATI's "Closed").
const STATUS_WORDS: Record<string, string[]> = {
  planned: ['Planifié', 'Prévu', 'À venir'],
  ongoing: ['In progress'],
  completed: ['Achevé', 'Clôturé', 'Fini', 'Done', 'Finished', 'Closed'],
  suspended: ['En pause', 'On hold'],
  cancelled: ['Abandonné'],
};

/**
 * The codes by the labels the widgets show for them, in French and English, plain: "Terminé",
 * "Eau et assainissement", "ECSI", "OSIM", as a steward copies them from a page or a filter,
 * and a status by other words ("Achevé", "Done"). A label two codes share (theme and basis
 * "Énergie") maps to both, the known one chosen.
 */
function labelsToCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  const add = (label: string, code: string) => codes.set(fold(label), `${codes.get(fold(label)) ?? ''} ${code}`);
  for (const [code, label] of shownLabels()) {
    add(label, code);
    // "Organisation de solidarité … (OSIM)", "… (ECSI)": the abbreviation alone too.
    const short = /\(([A-Z]{2,})\)$/.exec(label);
    if (short) add(short[1], code);
  }
  for (const [code, words] of Object.entries(STATUS_WORDS)) for (const word of words) add(word, code);
  return codes;
}

/** A text's words that can name a code, plain: not "1 %", "et", "and". */
const wordsOf = (text: string) => fold(text).split(/[^a-z]+/).filter((word) => word.length > 2 && !['and', 'the', 'des', 'les', 'aux'].includes(word));

/** The codes by each word of their labels and of themselves: "eau", "climat", "agriculture", "oudin". */
function wordsToCodes(): Map<string, Set<string>> {
  const codes = new Map<string, Set<string>>();
  for (const [code, label] of shownLabels()) {
    for (const word of wordsOf(`${label} ${code}`)) codes.set(word, (codes.get(word) ?? new Set()).add(code));
  }
  return codes;
}

/**
 * The one code among `known` that a label or a part of one names: "Eau et assainissement" (a
 * label), "Eau", "Climat", "Agriculture et alimentation" (every word from one code's labels).
 */
function codeNamed(value: string, known: readonly string[]): string | undefined {
  const labelled = (labelCodes ??= labelsToCodes()).get(fold(value.trim()))?.split(' ').find((code) => known.includes(code));
  if (labelled) return labelled;
  const words = wordsOf(value);
  const named = words.length ? known.filter((code) => words.every((word) => (wordCodes ??= wordsToCodes()).get(word)?.has(code))) : [];
  return named.length == 1 ? named[0] : undefined;
}

// A spreadsheet's French column names for the contract's fields, folded, without spaces or punctuation.
const FRENCH_FIELDS: Record<string, string> = {
  collectivites: 'publishers', editeurs: 'publishers', partenaires: 'partners', projets: 'projects', langue: 'language', devise: 'currency',
  miseajour: 'updated', datemaj: 'updated', collectivite: 'publisher', editeur: 'publisher', titre: 'title', statut: 'status', etat: 'status',
  resume: 'summary', debut: 'start', datedebut: 'start', fin: 'end', datefin: 'end', thematiques: 'themes', themes: 'themes', odd: 'sdgs',
  cad: 'dac', lieux: 'places', pays: 'country', ville: 'city', nom: 'name', financement: 'funding', montanttotal: 'total', liens: 'links',
  libelle: 'label', lien: 'href', siteweb: 'website', site: 'website', annee: 'year', exercice: 'year', vote: 'allocated', alloue: 'allocated',
  enveloppe: 'allocated', engage: 'committed', paye: 'spent', verse: 'spent', mandate: 'spent', budgettotal: 'totalBudget', lignes: 'lines',
  taux: 'rate', assiette: 'base', fondement: 'basis', type: 'kind', nature: 'kind', identifiant: 'id',
};
// The fields that hold a list of objects, for a converter's flat key ("places[0].country").
const OBJECT_LISTS = ['places', 'partners', 'links', 'lines'];

/**
 * The field meant by an unknown one: its French name (`"engagé"`: committed), a converter's flat
 * key (`"funding.total"`: the object to write), or the nearest spelling.
 */
function fieldMeant(key: string, known: readonly string[]): string {
  const french = FRENCH_FIELDS[fold(key).replace(/[^a-z]/g, '')];
  if (french && known.includes(french)) return `; did you mean "${french}"?`;
  const flat = /^(\w+)(?:\[\d+\])?\.(\w+)$/.exec(key);
  if (flat && known.includes(flat[1])) {
    const inner = `{ "${flat[2]}": … }`;
    return `; a flat key: write "${flat[1]}": ${OBJECT_LISTS.includes(flat[1]) ? `[${inner}]` : inner}`;
  }
  return nearest(key, known);
}

/** Each unknown field, but `$schema`, `_comment`…: ten named, the others counted, so that thousands do not bury the rest. */
function unknownFields(value: object, known: readonly string[]): Array<[string | undefined, string]> {
  const unknown = Object.keys(value).filter((key) => !known.includes(key) && !/^[$_]/.test(key));
  const said: Array<[string | undefined, string]> = unknown
    .slice(0, 10)
    .map((key) => [key, `unknown field, left out${fieldMeant(key, known)}`]);
  if (unknown.length > 10) said.push([undefined, `${unknown.length - 10} more unknown fields, left out`]);
  return said;
}

/**
 * Amounts the contract accepts but the widgets show as they are: a 1 % line committed or paid
 * past its ceiling (base × rate; the gauge with `measure="spent"` shows the paid amount), or voted
 * past it, a budget or a line committed or paid past its envelope, or paid past its committed
 * amount, a contribution past the project's total (the card says "5 000 € sur 1 000 €"). The steward should
 * hear of it before the town's readers do, in case an amount is wrong. The committed amount
 * first: the contract flags it.
 * Read as written, in a budget, a line or a funding (the fields `known` names): a value the
 * parser refuses counts as absent, as it is for the widgets (a refused rate: the default 1 %).
 */
function amountsPast(entry: object, known: readonly string[], currency: string): Array<[string, string]> {
  const field = (key: string) => (known.includes(key) && Object.prototype.hasOwnProperty.call(entry, key) ? (entry as Record<string, unknown>)[key] : undefined);
  const amount = (key: string) => {
    const value = field(key);
    return typeof value == 'number' && value >= 0 && value <= Number.MAX_SAFE_INTEGER ? value : undefined;
  };
  const rate = field('rate');
  const limit = ceiling({
    basis: field('basis') as BudgetLine['basis'],
    base: amount('base'),
    rate: typeof rate == 'number' && rate > 0 && rate <= 0.01 ? rate : undefined,
  }, currency);
  // Over by the gauge's own rule, the amounts rounded as it shows them.
  const past = (limit?: number) => (['committed', 'spent'] as const).find((measure) => excess(amount(measure), limit, currency));
  // An overrun one of a budget's lines states with the same amounts (its whole envelope, or all it committed and paid) is told of once, on the line.
  const lines = field('lines');
  const onLine = (...keys: string[]) => Array.isArray(lines) && lines.some((line: Record<string, unknown> | null) => keys.every((key) => line?.[key] === amount(key)));
  const said: Array<[string, string]> = [];
  // "12000 EUR": the amount with its currency, which the steward's tools show as money ("12 000 €").
  const money = (value?: number) => `${value} ${currency}`;
  const overCeiling = past(limit);
  if (overCeiling)
    said.push([overCeiling, `${overCeiling} amount ${money(amount(overCeiling))} is over the ${money(limit)} ceiling (base × rate): check the amounts; the gauge shows the overrun`]);
  const allocated = amount('allocated');
  // Voted past the law's cap: the breakdown shows both amounts side by side, without a word.
  if (!overCeiling && excess(allocated, limit, currency))
    said.push(['allocated', `allocated amount ${money(allocated)} is over the ${money(limit)} ceiling (base × rate): check the amounts or the base`]);
  const overEnvelope = past(allocated);
  if (overEnvelope && !onLine('allocated', overEnvelope))
    said.push([overEnvelope, `${overEnvelope} amount ${money(amount(overEnvelope))} is over the ${money(allocated)} envelope (allocated): check the amounts`]);
  // A payment follows a commitment: more paid than committed is an amount mistyped, or one not updated.
  const committed = amount('committed');
  if (excess(amount('spent'), committed, currency) && !onLine('committed', 'spent'))
    said.push(['spent', `spent amount ${money(amount('spent'))} is over the committed amount, ${money(committed)}: check the amounts`]);
  // A budget's figures against each other: the envelope past the whole budget (one typed in thousands?),
  // the lines voting more than the envelope, or committing or paying other than the budget says they do.
  const whole = amount('totalBudget');
  if (excess(allocated, whole, currency)) said.push(['totalBudget', `allocated amount ${money(allocated)} is over the ${money(whole)} total budget (totalBudget): check the amounts`]);
  const sum = (key: string) => {
    const each = Array.isArray(lines) && lines.length ? lines.map((line: Record<string, unknown> | null) => line?.[key]) : [];
    return each.length && each.every((n) => typeof n == 'number' && n >= 0) ? (each as number[]).reduce((a, b) => a + b) : undefined;
  };
  if (excess(sum('allocated'), allocated, currency))
    said.push(['lines', `lines allocated ${money(sum('allocated'))} in all, over the ${money(allocated)} envelope (allocated): check the amounts`]);
  // Only lines that share out the whole envelope, as the gauge decides: lines may cover part of it (a 1 % line, the rest general budget without one).
  const covered = sum('allocated') !== undefined && !excess(sum('allocated'), allocated, currency) && !excess(allocated, sum('allocated'), currency);
  for (const measure of covered ? (['committed', 'spent'] as const) : []) {
    const [stated, lined] = [amount(measure), sum(measure)];
    if (excess(stated, lined, currency) || excess(lined, stated, currency))
      said.push([measure, `${measure} amount ${money(stated)}, but ${money(lined)} in all in its lines: check the amounts`]);
  }
  const [contribution, total] = [amount('contribution'), amount('total')];
  if (excess(contribution, total, currency)) said.push(['contribution', `contribution ${money(contribution)} is over the ${money(total)} total: check the amounts`]);
  return said;
}

// A day with its time, as a spreadsheet or a script writes it: "2025-10-15 14:30", "15/10/2025 14:30:00", "2024-03-05T00:00:00.000Z".
const TIMED = /^(.+?)[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(Z|[+-]\d\d:?\d\d)?$/;
// A month by its name, plain: "mars 2025", "15 mars 2025", "1er mars 2025", "March 2025", "sept. 2025".
const NAMED_MONTH = /^(?:(\d{1,2})(?:er|st|nd|rd|th)?\s+)?([a-z]+)\.?\s+(\d{4})$/;

let monthNumbers: Map<string, number> | undefined;

/** The months' numbers by their names, long and short, in French and English, plain and without their dot: "mars", "aout", "fevr", "march", "sep". */
function monthsByName(): Map<string, number> {
  const months = new Map<string, number>();
  for (const lang of ['fr', 'en']) {
    for (const month of ['long', 'short'] as const) {
      const names = new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' });
      for (let i = 0; i < 12; i++) months.set(fold(names.format(Date.UTC(2000, i))).replace('.', ''), i + 1);
    }
  }
  return months;
}

// An SDG as a page names it: "ODD 6", "ODD n°5", "SDG6" (ODS in Spanish and Portuguese).
const SDG = /^(?:odd|sdg|ods)\s*(?:n[°o]\.?\s*)?(\d{1,2})$/i;

// An empty cell exported as "": the field given, with nothing in it.
const EMPTY = '; empty: leave it out, or give it a value';
const empty = (value: unknown) => typeof value == 'string' && !value.trim();

/**
 * The publishers' and partners' ids by their names, folded, from the feed being checked (the
 * top-level object, which the parser hands the advisor first): a reference written as the name
 * ("Ville de Belleval") gets the id.
 */
let idsByName = new Map<string, string>();
// The publishers' ids: with several, an item's blank publisher drops it, where with one it goes to it.
let publisherIds: string[] = [];

function rememberNames(feed: Record<string, unknown>): void {
  idsByName = new Map();
  publisherIds = Array.isArray(feed.publishers) ? feed.publishers.map((item: Record<string, unknown> | null) => item?.id).filter((id): id is string => typeof id == 'string') : [];
  for (const list of [feed.publishers, feed.partners]) {
    if (!Array.isArray(list)) continue;
    for (const item of list as Array<Record<string, unknown> | null>) {
      const name = item?.name;
      const names = typeof name == 'string' ? [name] : name && typeof name == 'object' ? Object.values(name) : [];
      for (const written of names) if (typeof written == 'string' && typeof item!.id == 'string') idsByName.set(fold(written.trim()), item!.id);
    }
  }
}

/**
 * A day as a spreadsheet or a script writes it ("15/03/2024", "1.3.2024", "03/2024", "2024/03/15",
 * "202403", "15 mars 2025", 2024, a spreadsheet's day number 45366) in the contract's form
 * ("2024-03-15"), when a real date; else `undefined`.
 */
export function isoDay(written: unknown): string | undefined {
  let ymd: Array<string | number> | undefined;
  // A spreadsheet's day number, as a number or as CSV converters write it ("45366").
  const serial = typeof written == 'string' && /^\d{5}$/.test(written) ? +written : written;
  // 202403 or 20240315, as a number or as text.
  const digits = (typeof written == 'string' || Number.isInteger(written)) && /^(\d{4})(\d\d)(\d\d)?$/.exec(String(written));
  if (typeof written == 'number' && written >= 1000 && written <= 9999) ymd = [written];
  // Days from 1900 to 2099 (more is not a day number: 202403 is March 2024, 20240305 a day).
  else if (typeof serial == 'number' && Number.isInteger(serial) && serial > 9999 && serial < 73051) {
    const day = new Date(Date.UTC(1899, 11, 30 + serial));
    ymd = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  } else if (digits) ymd = digits.slice(1).filter(Boolean);
  else if (typeof written == 'string') {
    const found = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(written) ?? /^(\d{1,2})[/.-](\d{4})$/.exec(written);
    const iso = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(written);
    const named = NAMED_MONTH.exec(fold(written));
    const month = named && (monthNumbers ??= monthsByName()).get(named[2]);
    ymd = found ? found.slice(1).reverse() : iso ? iso.slice(1).filter(Boolean) : month ? [named[3], month, named[1]].filter(Boolean) : undefined;
  }
  const text = ymd?.map((part, i) => (i ? String(part).padStart(2, '0') : String(part))).join('-');
  const check = text && new Date(`${text.length == 7 ? `${text}-01` : text}T00:00Z`);
  return check && !isNaN(+check) && check.toISOString().startsWith(text) ? text : undefined;
}

export const stewardAdvice: FeedAdvisor = {
  nulled: 'null: leave it out, or give it a value',

  /**
   * The code meant, by its label, part of one or its spelling, else the codes there are when they
   * are few ("en cours": planned, ongoing, …); an SDG where a code was expected goes in `sdgs`.
   */
  code(value, known, ids) {
    if (empty(value)) return EMPTY;
    // A publisher or a partner by its name: its id.
    const id = ids && typeof value == 'string' && idsByName.get(fold(value.trim()));
    if (id && known.includes(id)) return `; a name: its id is "${id}"`;
    // Hundreds of ids (a network's partners): no search through them for each unknown reference.
    if (known.length > 200) return '';
    // "Santé, éducation": several codes in one cell.
    const several = typeof value == 'string' && !ids ? value.split(/[,;]/).map((part) => codeNamed(part, known) ?? (known.includes(part.trim()) ? part.trim() : '')) : [];
    if (several.length > 1 && several.every(Boolean)) return `; one value each in the list: ${JSON.stringify(several).replace(/,/g, ', ')}`;
    const sdg = typeof value == 'string' && !ids && SDG.exec(value.trim());
    if (sdg && +sdg[1] >= 1 && +sdg[1] <= 17) return `; an SDG: write ${+sdg[1]} in "sdgs"`;
    const named = typeof value == 'string' && codeNamed(value, known);
    return named
      ? `; did you mean "${named}"?`
      : nearest(value, known) || (known.length && known.length <= 10 ? `; known ${ids ? 'ids' : 'codes'}: ${known.join(', ')}` : '');
  },

  /**
   * "12 500 €", "1,5", "1 %": a spreadsheet's number pasted as text, and how to write it, when
   * that number fits (a rate's percentage as a fraction: "1 %" is 0.01); an integer's, only a
   * whole number ("6,11" in `sdgs` is two SDGs, not 6.11). A percentage where an amount is
   * wanted is no number to divide: 62.5 % of what, only the steward knows.
   */
  number(value, min, max, int) {
    // A budget line's rate (0 < rate ≤ 0.01, the only range from MIN_VALUE) is left out, and the
    // ceiling then worked out at the default: the gauge shows base × 0.01, which may not be what was meant.
    const rate = min == Number.MIN_VALUE && max == 0.01;
    const fallback = rate ? "; left out: on a 1 % line, the ceiling then uses the default rate, 0.01" : '';
    // 0.5 meant as 0.5 %: the share it was likely meant as (the parser's message says how 1 % is written: 1 needs no more).
    if (rate && typeof value == 'number' && value > 0.01 && value < 1) return `; a share: ${value} % is written ${+(value / 100).toPrecision(12)}${fallback}`;
    if (empty(value)) return EMPTY + fallback;
    if (typeof value != 'string' || !/\d/.test(value)) return fallback;
    if (value.includes('%') && !rate) return max == Number.MAX_SAFE_INTEGER ? '; a percentage: an amount is wanted here, in its currency, not a share of one' : '';
    const several = value.split(/[,;]/);
    if (int && several.length > 1) {
      const each = several.map((part) => +(SDG.exec(part.trim())?.[1] ?? part.trim()));
      return each.every((n) => Number.isInteger(n) && n >= min && n <= max) ? `; one value each in the list: [${each.join(', ')}]` : '';
    }
    const fitting = numberReadings((SDG.exec(value.trim())?.[1] ?? value).replace(/[\s€%]|EUR/g, ''))
      .map((n) => n / (rate && value.includes('%') ? 100 : 1))
      .filter((n) => n >= min && n <= max && (!int || Number.isInteger(n)));
    return (fitting.length ? `; a number goes without quotes, spaces or unit: ${fitting[0]}${fitting[1] === undefined ? '' : ` (or ${fitting[1]})`}` : '') + fallback;
  },

  /** A SIRET or an id typed as a number, with spaces or in other capitals: how to write it. */
  written(value, pattern) {
    if (empty(value)) return EMPTY;
    if (typeof value != 'string' && typeof value != 'number') return '';
    // Spaces as hyphens ("eau-potable" for an id), else none ("81234567800012" for a SIRET), or
    // underscores as hyphens ("fr-FR" for a language); as typed, in capitals, or plain; or the
    // currency's code for its sign or name ("€", "euros").
    // The franc CFA is two currencies: no guess between them (asked of the currency's pattern alone, which takes EUR, not eur).
    if (pattern.test('EUR') && !pattern.test('eur') && /^(?:francs?\s)?(?:f\.?\s?)?cfa(?:\sfrancs?)?$/i.test(String(value).trim())) return '; the franc CFA is "XOF" in West Africa (UEMOA), "XAF" in Central Africa (CEMAC)';
    const text = [String(value).trim().replace(/\s+/g, '-'), String(value).replace(/\s/g, ''), String(value).replace(/_/g, '-')]
      .flatMap((form) => [form, form.toUpperCase(), fold(form)])
      .concat(/^(?:€|euros?)$/i.test(String(value).trim()) ? ['EUR'] : [])
      .find((candidate) => pattern.test(candidate));
    if (!text) return '';
    // A long number from a spreadsheet may have lost its last digits already (8.12345678E+13).
    return typeof value == 'number' ? `; write it as text, in quotes, and check its digits: "${text}"` : `; write it "${text}"`;
  },

  /** An object's unknown fields, then its amounts past their limits. */
  // The feed's default currency for a caller of the hook that names none (written before it had one).
  object(value, known, currency = 'EUR') {
    if (known.includes('publishers')) rememberNames(value as Record<string, unknown>);
    // A blank publisher or currency of an entry, which the parser reads as absent without a word:
    // the steward hears of it, and, in a feed of several publishers, where it is missing, which id to give.
    const several = publisherIds.length > 1 ? `empty: give its publisher's id${publisherIds.length <= 10 ? `; known ids: ${publisherIds.join(', ')}` : ''}` : '';
    const blank = ['publisher', 'currency']
      .filter((key) => known.includes(key) && !known.includes('publishers') && empty((value as Record<string, unknown>)[key]))
      .map((key): [string, string] => [key, (key == 'publisher' && several) || 'empty, read as absent: leave it out']);
    return [...blank, ...unknownFields(value, known), ...amountsPast(value, known, currency)];
  },

  /**
   * "15/03/2024", "15-03-2024", "03/2024", "2024/03/15", "2024-3-5", "202403", "15 mars 2025", a
   * year as a number (2024) and a spreadsheet's day number (45366, days since 30 December 1899) in
   * the contract's form, when a real date; with a time ("2025-10-15 14:30"), the day alone, or in
   * `updated` (`day`), the date-time as the contract writes it ("2025-10-15T14:30").
   */
  date(value, day) {
    if (empty(value)) return EMPTY;
    const timed = typeof value == 'string' ? TIMED.exec(value.trim()) : null;
    const written = timed ? timed[1] : typeof value == 'string' ? value.trim() : value;
    const text = isoDay(written);
    if (!text) return '';
    // `updated` takes a day: "2024-03" would be refused there too.
    if (!timed) return !day || text.length == 10 ? `; write it "${text}"` : '';
    // A time goes with a whole day, and must be one `updated` takes once written with its "T" (a zone "+0200" as "+02:00").
    const [, , time, zone = ''] = timed;
    const dateTime = `${text}T${time}${zone.replace(/(\d\d)(\d\d)$/, '$1:$2')}`;
    if (!DATE_TIME.test(dateTime)) return '';
    if (day) return `; write it "${dateTime}"`;
    // The day as written, but of a UTC hour other than midnight, whose day depends on where it was
    // written ("2024-03-04T23:00:00.000Z" is Paris's 5 March); midnight UTC is how a script's Date writes a day.
    return /^(?:Z|[+-]00:?00)$/.test(zone) && !/^00:00(?::00(?:\.0+)?)?$/.test(time) ? '' : `; write it "${text}"`;
  },

  /** "ml", "ML ", "Mali", "Sénégal", "Burkina", "BFA", "RDC", "Palestine": the code, from the country names `Intl` knows in French and English. */
  country(value) {
    if (empty(value)) return EMPTY;
    const code = typeof value == 'string' && countryNamed(value);
    return code ? `; the code is ${code}` : '';
  },

  /** How to mend an address the widgets refuse: an image on `http:` (pages on https block it), a file on a computer. */
  url(value, kind) {
    if (typeof value != 'string') return '';
    if (empty(value)) return EMPTY;
    const address = value.trim();
    if (onComputer(address)) return '; a file on a computer: put it online and give its address';
    // Only where https:// would mend it: not a broken address that happens to start with http:.
    const https = address.replace(/^http:/i, 'https:');
    return kind == 'image' && /^http:/i.test(address) && URL.canParse?.(https) && !/\s/.test(https)
      ? '; pages on https block images on http: write https://'
      : '';
  },

  /**
   * A list written as something else: one value or a comma-joined cell (`"4,11"`, `"Mali"`) as the
   * list to write, projects keyed by id or under their own name again, a list in the list; an
   * empty cell. "its 3 entries" counts what was lost (`leftOutCount`).
   */
  shape(value, key, path) {
    if (empty(value)) return EMPTY;
    if (Array.isArray(value)) return typeof key == 'number' ? `; a list in the list: remove the extra [ ] around its ${value.length} entries` : '';
    if (value && typeof value == 'object') {
      const inner = (value as Record<string, unknown>)[key];
      const entries = Object.values(value);
      if (Array.isArray(inner)) return `; a list in an object: write "${key}": [ … ] with its ${inner.length} entries`;
      return typeof key == 'string' && entries.length && entries.every((entry) => entry && typeof entry == 'object' && !Array.isArray(entry))
        ? `; an object: write its ${entries.length} entries as a list [ … ], without their keys`
        : '';
    }
    const parts = typeof value == 'string' ? value.split(/[,;]/).map((part) => part.trim()).filter(Boolean) : typeof value == 'number' ? [value] : [];
    const list =
      key == 'sdgs'
        ? parts.map((part) => +(SDG.exec(String(part))?.[1] ?? part))
        : key == 'themes'
          ? parts.map((part) => codeNamed(String(part), THEME_CODES) ?? part)
          : key == 'places'
            ? parts.map((part) => ({ country: countryNamed(String(part)) ?? part }))
            : key == 'partners'
              ? // The feed's partners are whole entries; a project's, references to them.
                parts.map((name) => (path?.length ? { ref: name, role: '…' } : { id: '…', name, kind: '…' }))
              : key == 'dac'
                ? parts
                : [];
    return list.length ? `; a list: write ${JSON.stringify(list).replace(/,(?=["{\d])/g, ', ').replace(/":/g, '": ')}` : '';
  },

  json: textFindings,

  text(value) {
    const said: string[] = [];
    if (TAG.test(value)) said.push('HTML markup, shown as typed');
    // The page shows "L&#8217;eau" as typed: the first one named, with what to write instead.
    // Only an entity known here: "Tom&Jerry;" is no entity.
    const entity = value.match(new RegExp(ENTITY, 'gi'))?.find(entityCharacter);
    if (entity) said.push(`HTML entity "${entity}" for ${shown(entityCharacter(entity)!)}, shown as typed: write the character itself`);
    if (TWICE.test(value)) said.push('text decoded twice ("Ã©" for "é"): save the file as UTF-8 once');
    return said;
  },
};
