// Whatever a hostile feed holds, what parseFeed returns is a valid feed-v1 document
// (issue 7, "Properties of parseFeed": its output always validates against the JSON Schema).
//
//   node --test test/hostile/schema-property.node.test.mjs
//
// Node, because ajv is CommonJS. Reads the built feed module (`npm run build`);
// ANCRAGE_FEED overrides it, e.g. a bundle of the sources:
//   npx esbuild src/feed/index.ts --bundle --format=esm --outfile=/tmp/hostile-feed/index.js
//   ANCRAGE_FEED=/tmp/hostile-feed/index.js node --test test/hostile/schema-property.node.test.mjs
//
// Inputs: every document of the hostile corpus (test/hostile/cases.mjs), then feed-shaped
// values whose every field may be a payload (markup, obfuscated script URLs, CSS break-outs,
// NUL, lone surrogates, bidi controls, 300-character words), a wrong type, a number JSON
// cannot hold, a `__proto__` object or deep nesting; and the parser's own wild mutations.
// Never-throws and idempotence are test/feed/parse.property.test.ts's; the schema ⇔ parser
// equivalence on clean and faulty feeds is test/feed/schema.node.test.mjs's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { faultyFeed, validFeed } from '../feed/feed-arbitrary.mjs';
import { BAD_IMAGES, BAD_LINKS, CASES, deepValue, LONG_WORD, P, RAW, THEME_ATTACK } from './cases.mjs';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js').default;

const feedModule = process.env.ANCRAGE_FEED
  ? pathToFileURL(resolve(process.env.ANCRAGE_FEED)).href
  : new URL('../../dist/feed/index.js', import.meta.url).href;
const { parseFeed, stewardAdvice } = await import(feedModule);
const schema = JSON.parse(readFileSync(new URL('../../src/feed/feed-v1.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

const BASE = 'https://ville.example/solidarite/flux.json';
const FATAL = new Set(['not-json', 'not-object', 'version', 'no-publisher', 'too-large', 'html', 'http', 'network', 'timeout', 'not-found']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINK = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const TEXTS = new Set(['name', 'title', 'summary', 'description', 'city', 'region', 'alt', 'credit', 'label']);

/**
 * An object of the feed's own fields only: its prototype is Object.prototype (a text), or the
 * parser's own before it, whose fields are all undefined and not enumerable (an entry).
 */
function plain(v) {
  const proto = Object.getPrototypeOf(v);
  return (
    proto === Object.prototype ||
    (Object.getPrototypeOf(proto) === Object.prototype &&
      Object.values(Object.getOwnPropertyDescriptors(proto)).every((d) => d.value === undefined && !d.enumerable && !d.get && !d.set))
  );
}

/**
 * What must hold of any result: a fatal error with a known code, or a feed the schema
 * accepts, whose strings are NUL-free and well-formed, whose URLs are absolute and
 * allow-listed (images: https, or http on the feed's own origin), with warnings that
 * each carry a path and a message. Returns the first failure, or ''.
 */
function check(result) {
  for (const w of result.warnings) {
    if (typeof w.path !== 'string' || typeof w.message !== 'string' || !w.message) return `bad warning ${JSON.stringify(w)}`;
  }
  if (!result.ok) return FATAL.has(result.error.code) ? '' : `unknown fatal code ${result.error.code}`;
  if (!validate(result.feed)) return `output not schema-valid: ${JSON.stringify(validate.errors.slice(0, 3))}`;
  const bad = [];
  const walk = (v, key, path, inText) => {
    if (typeof v === 'string') {
      if (v.includes('\0') || LONE_SURROGATE.test(v)) bad.push(`${path}: NUL or lone surrogate`);
      // (`src` is also a language tag: in a Text, it is text.)
      if (!inText && (key === 'href' || key === 'website' || key === 'src')) {
        const url = new URL(v); // absolute, or this throws
        const ok = key === 'src' ? url.protocol === 'https:' || (url.protocol === 'http:' && url.origin === new URL(BASE).origin) : LINK.has(url.protocol);
        if (!ok || url.href !== v) bad.push(`${path}: ${JSON.stringify(v)}`);
      }
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v)) bad.push(`${path}: ${v}`);
    } else if (v && typeof v === 'object') {
      if (!Array.isArray(v) && !plain(v)) bad.push(`${path}: not a plain object`);
      for (const k of Object.keys(v)) walk(v[k], k, `${path}.${k}`, TEXTS.has(key));
    }
  };
  walk(result.feed, '', '$', false);
  return bad.slice(0, 3).join('; ');
}

const parse = (doc) => parseFeed(doc, { baseUrl: BASE, advisor: stewardAdvice });

function unpolluted() {
  const probe = {};
  assert.equal(probe.polluted ?? probe.isAdmin ?? probe.x ?? probe.y, undefined, 'Object.prototype polluted');
}

// ---- The corpus -------------------------------------------------------------------------

/** A case's document, as the loader would hand it to parseFeed; undefined when it is not JSON at all. */
function documentOf(c) {
  if (c.serve.file) return JSON.parse(readFileSync(new URL(`../fixtures/hostile/${c.serve.file}`, import.meta.url), 'utf8'));
  if (c.serve.data) return c.serve.data();
  if (!c.serve.raw) return undefined;
  const { body } = RAW[c.serve.raw]();
  let text = body;
  if (typeof body !== 'string') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('latin1').decode(body);
    }
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

test('every document of the hostile corpus parses to a schema-valid feed or a known fatal error', () => {
  let parsed = 0;
  for (const c of CASES) {
    if (c.name === 'throwing-getter') continue; // not a JSON value: the widget's `data` guard is tested in the browser
    const doc = documentOf(c);
    if (doc === undefined) continue;
    const result = parse(doc);
    parsed++;
    assert.equal(check(result), '', c.name);
    if (c.expect.error) assert.equal(result.ok ? 'ok' : result.error.code, c.expect.error, c.name);
    unpolluted();
  }
  assert.ok(parsed >= 30, `only ${parsed} documents parsed`);
});

// ---- Feed-shaped hostile values ------------------------------------------------------------

const junk = ['\t', '\n', '\r', '\0', '\x01', '\x1f', ' ', '\u00a0', '\ufeff', '\u2028', '\u200b'];
/** A script-capable scheme, its letters in any case, control or space characters anywhere, then a payload. */
const obfuscatedUrl = fc
  .record({
    scheme: fc.constantFrom('javascript', 'vbscript', 'data', 'livescript', 'file', 'blob', 'jar', 'view-source', 'about'),
    caseBits: fc.nat(),
    inserts: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...junk)), { maxLength: 3 }),
    lead: fc.constantFrom('', ' ', '\x01', '\0', '\u00a0', '\ufeff', '\t\n'),
    rest: fc.constantFrom(':void(window.__pwned=1)', ':text/html,<script>1</script>', '://%0Aalert(1)', ':', '&colon;x', '%3Ax'),
  })
  .map(({ scheme, caseBits, inserts, lead, rest }) => {
    const letters = [...scheme].map((ch, i) => ((caseBits >> i) & 1 ? ch.toUpperCase() : ch));
    for (const [at, ch] of inserts) letters.splice(at % (letters.length + 1), 0, ch);
    return lead + letters.join('') + rest;
  });

const goodUrl = fc.constantFrom(
  'https://ville.example/projet',
  'http://ville.example/ancien',
  'mailto:contact@ville.example',
  'tel:+33123456789',
  'rapport.pdf',
  '../images/forage.svg',
  '//cdn.example/x.png',
  'http://tracker.example/pixel.gif',
);
const url = fc.oneof(obfuscatedUrl, goodUrl, fc.constantFrom(...BAD_LINKS, ...BAD_IMAGES));

const payload = fc.constantFrom(
  ...Object.values(P),
  LONG_WORD,
  '\u202eevil\u202c',
  '\u2067نص',
  'a\0b',
  '\ud800',
  'x\udc00',
  '👩🏽‍🌾🇸🇳',
  'undefined',
  '[object Object]',
);
/** A Text: a payload, or an object with one good language tag among bad ones. */
const text = fc.oneof(
  payload,
  fc
    .tuple(fc.constantFrom('fr', 'en', 'ar', 'fr-BE'), payload, fc.dictionary(fc.constantFrom('en', '__proto__', 'fr_FR', '<b>', 'constructor'), fc.oneof(payload, fc.constantFrom('', ' ', 5)), { maxKeys: 2 }))
    .map(([tag, value, rest]) => ({ ...rest, [tag]: value })),
);
const weird = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 1e308, Number.MAX_VALUE, 5e-324, 2024.5, 0x7fffffff, 0),
  fc.constantFrom(null, undefined, true, false, [], {}, [[]], '', '   ', '\0\0'),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"x": 1}, "constructor": {"prototype": {"y": 1}}}')),
  fc.constant(null).map(() => deepValue(1000, true)),
  fc.jsonValue({ maxDepth: 2 }),
  payload,
  url,
);
/** Every field name of feed-v1: a hostile value may land under any of them, anywhere. */
const FIELDS = [
  'version', 'language', 'currency', 'updated', 'publishers', 'partners', 'projects', 'budgets', 'id', 'name', 'kind', 'code',
  'website', 'logo', 'theme', 'primary', 'onPrimary', 'accent', 'surface', 'text', 'radius', 'country', 'city', 'description',
  'siret', 'rna', 'publisher', 'title', 'summary', 'status', 'start', 'end', 'themes', 'sdgs', 'dac', 'places', 'region', 'lat',
  'lon', 'ref', 'role', 'funding', 'total', 'contribution', 'basis', 'image', 'src', 'alt', 'credit', 'links', 'href', 'label',
  'year', 'allocated', 'committed', 'spent', 'totalBudget', 'lines', 'base', 'rate', '__proto__', 'constructor',
];
const hostileValue = fc.oneof(weird, text, url, fc.constantFrom(...Object.values(THEME_ATTACK)));

/** Every [object, key] of a document, in a fixed order; hostile values already placed are not walked. */
function sites(doc, placed) {
  const out = [];
  const walk = (node) => {
    if (!node || typeof node !== 'object' || placed.has(node)) return;
    for (const key of Object.keys(node)) {
      out.push([node, key]);
      walk(node[key]);
    }
    if (!Array.isArray(node)) out.push([node, undefined]); // a key not there yet
  };
  walk(doc);
  return out;
}

/**
 * A valid feed (test/feed/feed-arbitrary.mjs) with up to 12 hostile values written over its
 * fields or added under any field name of the format, at any depth: items mostly survive,
 * so the payloads reach every check of the parser.
 */
const hostileFeed = fc
  .tuple(validFeed, fc.array(fc.record({ at: fc.nat(), field: fc.constantFrom(...FIELDS), value: hostileValue }), { minLength: 1, maxLength: 12 }))
  .map(([good, overlays]) => {
    const doc = structuredClone(good);
    const placed = new WeakSet();
    for (const { at, field, value } of overlays) {
      const all = sites(doc, placed);
      const [node, key] = all[at % all.length];
      // `__proto__` as an own key, as JSON.parse makes it.
      Object.defineProperty(node, key ?? field, { value, enumerable: true, writable: true, configurable: true });
      if (value && typeof value === 'object') placed.add(value);
    }
    return doc;
  });

test('property: any feed-shaped hostile value parses to a schema-valid, safe feed (or a known fatal error)', () => {
  let feeds = 0;
  let deep = 0;
  fc.assert(
    fc.property(hostileFeed, (doc) => {
      const result = parse(doc);
      if (result.ok) feeds++;
      if (result.ok && result.feed.projects.length && result.feed.partners.length && result.feed.budgets.length) deep++;
      assert.equal(check(result), '');
      unpolluted();
    }),
    { numRuns: 600 },
  );
  // The generator must reach the parser's depths, not stop at the version or publishers.
  assert.ok(feeds > 400, `only ${feeds} of 600 samples were feeds`);
  assert.ok(deep > 100, `only ${deep} of 600 samples kept projects, partners and budgets`);
});

test('property: obfuscated script URLs never come out, in any URL field', () => {
  fc.assert(
    fc.property(obfuscatedUrl, fc.constantFrom('website', 'logo', 'link', 'image'), (href, where) => {
      const doc = {
        version: '1',
        publishers: [{ id: 'mairie', name: 'Mairie', kind: 'commune', ...(where === 'website' ? { website: href } : {}), ...(where === 'logo' ? { logo: { src: href, alt: '' } } : {}) }],
        projects: [{ id: 'p1', title: 'Projet', status: 'ongoing', links: where === 'link' ? [{ href, label: 'Lien' }] : [], ...(where === 'image' ? { image: { src: href, alt: '' } } : {}) }],
      };
      const result = parse(doc);
      assert.equal(check(result), '');
      // A scheme-carrying string that survives can only be a relative path (`%3A`, `&colon;`): never a script.
      const out = JSON.stringify(result.ok && result.feed);
      assert.doesNotMatch(out, /"(?:javascript|vbscript|data|livescript|file|blob|jar|view-source|about):/i);
    }),
    { numRuns: 1000 },
  );
});

test(`property: the parser's wild mutations (any JSON, NaN, 100,000-deep nesting, __proto__) give schema-valid output`, () => {
  fc.assert(
    fc.property(faultyFeed({ wild: true, maxFaults: 6 }), (doc) => {
      assert.equal(check(parse(doc)), '');
      unpolluted();
    }),
    { numRuns: 300 },
  );
});
