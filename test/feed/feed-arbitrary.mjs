// fast-check arbitraries of feed-v1 documents, shared by the browser property
// tests and the Node schema test. Plain ESM so that both can import it.
//
// `validFeed` builds documents that satisfy every rule, including the ones a
// JSON Schema cannot state (unique ids, known references, end ≥ start, theme
// contrast: every palette here passes with any subset of its colours).
// `faultyFeed` then applies a few mutations. By default they only break rules
// the schema states too, so "schema-valid ⇔ parser clean" must hold on every
// sample; `wild: true` adds any JSON value, 100,000-deep nesting, `__proto__`
// keys, NaN, Infinity, -0, lone surrogates and NUL.
import fc from 'fast-check';

const OMIT = Symbol('omit');
/** A record whose `opt` keys are sometimes absent. */
const rec = (req, opt = {}) =>
  fc
    .record({ ...req, ...Object.fromEntries(Object.entries(opt).map(([k, a]) => [k, fc.option(a, { nil: OMIT })])) })
    .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== OMIT)));

const tag = fc.constantFrom('fr', 'en', 'pt-BR', 'ar', 'wo', 'es-419');
const words = fc.constantFrom('Eau potable', 'École', 'Santé', 'مدرسة', '  Jumelage  ', 'a\n\nb', '1 < 2 & 3 > 2', 'Diéma');
// Without markup (`<A>`, `&A;`) or text decoded twice: both draw a warning the schema cannot state (semantic fixtures cover them).
const plain = (s) => !/[<&]|Ã|â€/.test(s);
const nonBlank = fc.oneof(words, fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /[^\s\0]/.test(s) && plain(s)));
const anyString = fc.oneof(words, fc.string({ maxLength: 12 }).filter(plain), fc.string({ unit: 'binary', maxLength: 8 }).filter(plain));
const text = fc.oneof(anyString, fc.dictionary(tag, anyString, { maxKeys: 3, noNullPrototype: true }));
// A required Text: at least one entry is not blank.
const reqText = fc.oneof(
  nonBlank,
  fc.tuple(tag, nonBlank, fc.dictionary(tag, anyString, { maxKeys: 2, noNullPrototype: true })).map(([t, s, rest]) => ({ ...rest, [t]: s })),
);
const altText = fc.oneof(fc.constant(''), text.filter((t) => typeof t === 'string' || Object.keys(t).length > 0));

const id = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,10}$/);
const link = fc.constantFrom(
  'https://www.belleval.example/projet',
  'http://old.belleval.example/',
  'HTTPS://CDN.example.org/A',
  'mailto:contact@belleval.example',
  'tel:+33123456789',
  'rapport.pdf',
  '../docs/rapport.pdf',
  '/a propos',
  '//cdn.example.org/x',
  '  https://padded.example/  ',
  '?page=2',
);
const imageUrl = fc.constantFrom('https://cdn.example.org/a.jpg', 'images/forage.svg', '/img/x.png', '//cdn.example.org/y.png');
const image = rec({ src: imageUrl, alt: altText }, { credit: text });
const year = fc.integer({ min: 1990, max: 2040 });
const pad = (n) => String(n).padStart(2, '0');
const fullDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const date = fc.oneof(
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  fullDate,
  fc.constantFrom('2024-02-29', '2000-02-29'),
);
const dateTime = fc.oneof(
  date,
  fc.constantFrom('2026-09-30T14:05:00+02:00', '2026-01-01T00:00Z', '2025-12-31T23:59:59.123Z', '2024-02-29T08:30'),
);
const money = fc.oneof(fc.integer({ min: 0, max: 5e7 }), fc.double({ min: 0, max: 1e9, noNaN: true }));
const currency = fc.constantFrom('EUR', 'XOF', 'USD', 'MAD');
const country = fc.constantFrom('SN', 'ML', 'BF', 'MA', 'HT', 'VN', 'FR');
const basis = fc.constantFrom('general', 'water', 'energy', 'waste', 'mobility', 'other');
// Light palettes: dark text and primary, light surface. Any subset, completed
// by the default palette, passes every contrast check.
const PALETTES = [
  { primary: '#1f3a93', onPrimary: '#ffffff', accent: '#1d6b36', surface: '#fdfdfd', text: '#222' },
  { primary: '#6a1b1b', onPrimary: '#FFF', accent: '#0b5394', surface: '#FFFFFF', text: '#1a1a1a' },
];
const theme = fc
  .tuple(fc.constantFrom(...PALETTES), fc.subarray(Object.keys(PALETTES[0])), fc.option(fc.constantFrom('0', '4px', '32px', '31.5px', '0.5rem', '2em', '1.25rem')))
  .map(([palette, keys, radius]) => ({
    ...Object.fromEntries(keys.map((k) => [k, palette[k]])),
    ...(radius === null ? {} : { radius }),
  }));

const publisher = (pid) =>
  rec(
    { id: fc.constant(pid), name: reqText, kind: fc.constantFrom('commune', 'intercommunalite', 'departement', 'region', 'syndicat', 'other') },
    { code: fc.constantFrom('213100555', '75056', '2A004', '97411', '974', '84', '2B'), website: link, logo: image, theme },
  );

const partner = (pid) =>
  rec(
    { id: fc.constant(pid), name: reqText, kind: fc.constantFrom('association', 'osim', 'collectivite', 'ngo', 'public', 'network', 'education', 'company', 'other') },
    { country, city: text, description: text, website: link, logo: image, siret: fc.constant('12345678900017'), rna: fc.constant('W751234567') },
  );

const place = fc
  .tuple(rec({ country }, { name: text, region: text }), fc.option(fc.tuple(fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }))))
  .map(([p, ll]) => (ll ? { ...p, lat: ll[0], lon: ll[1] } : p));

// `publisher` is required with several publishers, optional with one.
const owner = (pubIds) => (pubIds.length > 1 ? { req: { publisher: fc.constantFrom(...pubIds) }, opt: {} } : { req: {}, opt: { publisher: fc.constant(pubIds[0]) } });

const project = (pid, pubIds, parIds) => {
  const o = owner(pubIds);
  return fc
    .tuple(
      rec(
        { id: fc.constant(pid), title: reqText, status: fc.constantFrom('planned', 'ongoing', 'completed', 'suspended', 'cancelled'), ...o.req },
        {
          ...o.opt,
          summary: text,
          description: text,
          themes: fc.uniqueArray(fc.constantFrom('water-sanitation', 'health', 'citizenship-education', 'migration-codevelopment', 'other'), { maxLength: 3 }),
          sdgs: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 3 }),
          // A code appears once, as a number or as a string.
          dac: fc.uniqueArray(fc.integer({ min: 10000, max: 99999 }), { maxLength: 2 }).chain((codes) => fc.tuple(...codes.map((c) => fc.constantFrom(c, String(c))))),
          // Each place and partner role once: the parser drops one given again, even in another form.
          places: fc.uniqueArray(place, { maxLength: 2, selector: (p) => p.country }),
          partners: parIds.length
            ? fc.uniqueArray(rec({ ref: fc.constantFrom(...parIds), role: fc.constantFrom('lead', 'funding', 'implementing', 'local-partner', 'technical') }), {
                maxLength: 3,
                selector: (p) => `${p.ref} ${p.role}`,
              })
            : fc.constant([]),
          funding: rec({}, { total: money, contribution: money, currency, basis }),
          image,
          links: fc.array(fc.record({ href: link, label: reqText }), { maxLength: 2 }),
          updated: date,
        },
      ),
      fc.option(fc.tuple(date, date)),
    )
    .map(([p, span]) => {
      if (!span) return p;
      // Sorted as strings, two dates never have end before start.
      const [start, end] = span.sort();
      return { ...p, start, end };
    });
};

const budget = (y, pubIds) => {
  const o = owner(pubIds);
  return rec(
    { year: fc.constant(y), allocated: money, ...o.req },
    {
      ...o.opt,
      label: text,
      currency,
      committed: money,
      spent: money,
      totalBudget: money,
      lines: fc.array(
        rec({ basis }, { label: text, allocated: money, committed: money, spent: money, base: money, rate: fc.double({ min: Number.MIN_VALUE, max: 0.01, noNaN: true }) }),
        { maxLength: 3 },
      ),
    },
  );
};

export const validFeed = fc
  .record({
    pubIds: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
    parIds: fc.uniqueArray(id, { maxLength: 4 }),
    prjIds: fc.uniqueArray(id, { maxLength: 4 }),
    // One budget a year keeps (publisher, year) unique whoever owns it.
    years: fc.uniqueArray(fc.integer({ min: 2015, max: 2030 }), { maxLength: 3 }),
  })
  .chain(({ pubIds, parIds, prjIds, years }) => {
    // Projects may refer to every partner: the list must be there.
    const partners = { partners: fc.tuple(...parIds.map(partner)) };
    return rec(
      { version: fc.constantFrom('1', '1.0', '1.2', '1.10'), publishers: fc.tuple(...pubIds.map(publisher)), ...(parIds.length ? partners : {}) },
      {
        language: tag,
        currency,
        updated: dateTime,
        ...(parIds.length ? {} : partners),
        projects: fc.tuple(...prjIds.map((p) => project(p, pubIds, parIds))),
        budgets: fc.tuple(...years.map((y) => budget(y, pubIds))),
      },
    );
  });

// Values that break the rule of the field they replace in every place that
// field name appears (`name` is required on a partner and optional on a place,
// so its bad values are wrong in both). Keys ending in [] are list entries.
const TEXT_BAD = [5, null, [], true, { fr_FR: 'x' }, { fr: 5 }, ['fr']];
const MONEY_BAD = [-1, '12000', null, Infinity, [5]];
const DATE_BAD = ['2023-02-30', '2023-13', '2023-00', '23', '2023/01/01', '2023-1-05', '2021-02-29', 20230101];
const URL_BAD = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:alert(1)', '  data:text/html,x', 'vbscript:x', 'ftp://example.org/', '', '   ', 5];
const ID_BAD = ['Bad Id', '', '-x', '.x', 'a b', 5, null, 'x'.repeat(129)];
const COLOUR_BAD = ['red', '#12', '#1234', 'fff', '#ggg', 0x123456, '#1234567'];
const NOT_LIST = ['x', {}, 5, null];
const NOT_OBJECT = ['x', 5, null, []];
const POOLS = {
  version: ['2', '2.0', 1, '1.x', '', '0.9', null],
  language: ['français', 'f', 'fr_FR', 5],
  currency: ['eur', 'EURO', '€', 5],
  updated: DATE_BAD,
  start: DATE_BAD,
  end: DATE_BAD,
  id: ID_BAD,
  ref: ID_BAD,
  publisher: ID_BAD,
  name: TEXT_BAD,
  title: [...TEXT_BAD, ' ', {}, { fr: ' ' }],
  summary: TEXT_BAD,
  description: TEXT_BAD,
  city: TEXT_BAD,
  region: TEXT_BAD,
  credit: TEXT_BAD,
  label: TEXT_BAD,
  alt: [...TEXT_BAD, {}],
  kind: ['mairie', 'Commune', 5],
  status: ['done', '', 2],
  role: ['owner', 4],
  basis: ['1%', 'eau'],
  code: ['1234', '2C123', 'ABCDEFGHI', 213100555],
  siret: ['1234', 12345678900017, '123 456 789 00017'],
  rna: ['W12345678', 'A123456789', 'w123456789'],
  country: ['fr', 'FRA', 'F', 33],
  lat: [91, -90.5, '14.5', null],
  lon: [181, '1', null],
  total: MONEY_BAD,
  contribution: MONEY_BAD,
  allocated: MONEY_BAD,
  committed: MONEY_BAD,
  spent: MONEY_BAD,
  totalBudget: MONEY_BAD,
  base: MONEY_BAD,
  rate: [0, 0.02, -0.01, '0.01'],
  year: [2024.5, '2024', 999, 10000, null],
  href: URL_BAD,
  website: URL_BAD,
  src: [...URL_BAD, 'http://cdn.example.org/a.png', 'mailto:a@b.example'],
  primary: COLOUR_BAD,
  onPrimary: COLOUR_BAD,
  accent: COLOUR_BAD,
  surface: COLOUR_BAD,
  text: COLOUR_BAD,
  radius: ['33px', '2.5rem', '-1px', '1vw', '10', 0, '', '05px'],
  'themes[]': ['water', 'WATER-SANITATION', 3],
  'sdgs[]': [0, 18, 1.5, '6'],
  'dac[]': ['1403', '01403', 140300, 'abcde', 14030.5],
  funding: NOT_OBJECT,
  image: NOT_OBJECT,
  logo: NOT_OBJECT,
  theme: NOT_OBJECT,
};
for (const k of ['publishers', 'partners', 'projects', 'budgets', 'places', 'links', 'lines', 'themes', 'sdgs', 'dac']) POOLS[k] = NOT_LIST;
for (const k of ['publishers[]', 'partners[]', 'projects[]', 'budgets[]', 'places[]', 'links[]', 'lines[]']) POOLS[k] = NOT_OBJECT;
const DUPLICABLE = new Set(['themes', 'sdgs', 'dac']);

function deep(n, kind) {
  let v = kind ? {} : [];
  for (let i = 0; i < n; i++) v = kind ? { a: v } : [v];
  return v;
}
const WILD = [
  deep(100000, 0),
  deep(100000, 1),
  NaN,
  Infinity,
  -Infinity,
  -0,
  '\uD800',
  '\uDC00x\uD83D',
  'a\u0000b',
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
];

/** Every place a mutation can hit: [parent, key, pool name]. Never walks into `skip` (hostile values). */
function sites(doc, skip) {
  const out = [];
  const walk = (node, name) => {
    if (skip.has(node)) return;
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        out.push([node, i, name + '[]']);
        walk(v, name);
      });
    } else if (node && typeof node === 'object') {
      for (const k of Object.keys(node)) {
        out.push([node, k, k]);
        walk(node[k], k);
      }
    }
  };
  walk(doc, '');
  return out;
}

const mutation = fc.record({ at: fc.nat(), op: fc.nat(9), pick: fc.nat(), wild: fc.jsonValue({ maxDepth: 3 }) });

/**
 * A valid feed with up to `maxFaults` mutations: delete a field or entry,
 * replace it with a value from its field's bad pool, duplicate a list entry
 * (themes, sdgs, dac), or (`wild` only) replace it with any JSON value or one
 * of the hostile values above.
 */
export const faultyFeed = ({ wild = false, maxFaults = 3 } = {}) =>
  fc.tuple(validFeed, fc.array(mutation, { maxLength: maxFaults })).map(([good, muts]) => {
    const doc = structuredClone(good);
    const hostile = new WeakSet();
    for (const { at, op, pick, wild: anyJson } of muts) {
      const all = sites(doc, hostile);
      if (!all.length) break;
      const [parent, key, pool] = all[at % all.length];
      const isList = Array.isArray(parent);
      if (op === 0) {
        // Without a publisher or partner, references to it dangle: a rule the schema cannot state.
        if (!wild && (pool === 'publishers[]' || pool === 'partners[]' || (parent === doc && key === 'partners'))) continue;
        if (isList) parent.splice(key, 1);
        else delete parent[key];
      } else if (op === 1 && isList && DUPLICABLE.has(pool.slice(0, -2))) {
        parent.push(parent[key]);
      } else if (wild && op >= 7) {
        parent[key] = op === 7 ? anyJson : WILD[pick % WILD.length];
        if (typeof parent[key] === 'object' && parent[key] !== null) hostile.add(parent[key]);
      } else {
        const bad = POOLS[pool];
        if (bad) parent[key] = structuredClone(bad[pick % bad.length]);
      }
    }
    return doc;
  });
