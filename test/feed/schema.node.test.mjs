// The JSON Schema and the parser say the same thing.
//
//   node --test test/feed/schema.node.test.mjs
//
// Runs in Node because ajv is CommonJS. Reads the built parser from dist/
// (ANCRAGE_DIST overrides, e.g. an esbuild bundle of src/feed/index.ts).
//
// The parser runs with the data steward's advice, as ancrage-check does. For every
// fixture and the demo feed: schema-valid ⇔ the parser accepts it
// with no warning, and the parser's output is schema-valid. Fixtures named
// `invalid/semantic-*` break a rule the schema cannot state (listed in its
// $comment): they must be schema-valid and still draw a parser warning, which
// pins down exactly where the two differ. The same equivalence is then checked
// on the edge of every value format (format-cases.mjs) and on generated feeds
// with faults (feed-arbitrary.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { faultyFeed, validFeed } from './feed-arbitrary.mjs';
import { FORMAT_CASES } from './format-cases.mjs';

const require = createRequire(import.meta.url);
// ajv/dist/2020 is the draft 2020-12 build. strict: unknown keywords, types
// and required properties not declared are schema errors, and NaN/Infinity
// are not numbers (JSON has neither: 1e400 parses to Infinity).
const Ajv2020 = require('ajv/dist/2020.js').default;

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.ANCRAGE_DIST ? pathToFileURL(process.env.ANCRAGE_DIST).href : new URL('../../dist/index.js', import.meta.url).href;
const { parseFeed, stewardAdvice: advice } = await import(dist);
// The schema and the parser agree on faults. A note about valid data (a 1 % line committed past
// its legal ceiling, a budget past its envelope or paid past its committed amount, lines adding up
// otherwise than their budget: the widgets state them) is the steward's, outside the contract.
const stewardAdvice = {
  ...advice,
  object: (value, known, currency) => advice.object(value, known, currency).filter(([, message]) => !/ over the |, but .* in all in its lines:/.test(message)),
};
const schema = JSON.parse(readFileSync(root + 'src/feed/feed-v1.schema.json', 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
// Relative URLs need the feed's own URL; https, so that relative images are allowed.
const BASE = 'https://example.org/feeds/feed.json';

const clean = (r) => r.ok && r.warnings.length === 0;
const explain = (doc, r) =>
  JSON.stringify({ schema: validate(doc) || validate.errors.slice(0, 5), parser: r.ok ? r.warnings.slice(0, 5) : r.error }, null, 1);

const dir = root + 'test/fixtures/feeds/';
const fixtures = ['valid', 'invalid'].flatMap((sub) =>
  readdirSync(dir + sub)
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${sub}/${f}`),
);
// The demo's feed is a valid one too.
const DEMO = 'stories/demo/example-feed.json';
fixtures.push(DEMO);

test('there are fixtures of both kinds', () => {
  assert.ok(fixtures.filter((f) => f.startsWith('valid/')).length >= 4);
  assert.ok(fixtures.filter((f) => f.startsWith('invalid/semantic-')).length >= 4);
  assert.ok(fixtures.filter((f) => f.startsWith('invalid/') && !f.includes('semantic-')).length >= 20);
});

for (const name of fixtures) {
  test(`fixture ${name}`, () => {
    const doc = JSON.parse(readFileSync(name === DEMO ? root + DEMO : dir + name, 'utf8'));
    const r = parseFeed(doc, { baseUrl: BASE, advisor: stewardAdvice });
    const schemaValid = validate(doc);
    if (name.startsWith('invalid/semantic-')) {
      assert.ok(schemaValid, 'a semantic fixture must be schema-valid: ' + explain(doc, r));
      assert.ok(!clean(r), 'a semantic fixture must draw a warning');
    } else {
      assert.equal(schemaValid, clean(r), explain(doc, r));
      // valid/ and the demo feed are clean; invalid/ is not.
      assert.equal(schemaValid, !name.startsWith('invalid/'), explain(doc, r));
    }
    if (r.ok) assert.ok(validate(r.feed), 'output not schema-valid: ' + JSON.stringify(validate.errors));
  });
}

for (const [name, build, path, good, bad] of FORMAT_CASES) {
  test(`format ${name}: the schema draws the parser's line`, () => {
    for (const v of good) {
      const doc = build(v);
      const r = parseFeed(doc, { baseUrl: BASE, advisor: stewardAdvice });
      assert.ok(validate(doc) && clean(r), `${JSON.stringify(v)}: ${explain(doc, r)}`);
    }
    for (const v of bad) {
      const doc = build(v);
      const r = parseFeed(doc, { baseUrl: BASE, advisor: stewardAdvice });
      assert.ok(!validate(doc), `${JSON.stringify(v)} is schema-valid`);
      assert.equal(r.warnings[0]?.path, path, `${JSON.stringify(v)}: ${explain(doc, r)}`);
    }
  });
}

test('generated valid feeds are schema-valid and clean', () => {
  fc.assert(
    fc.property(validFeed, (doc) => {
      const r = parseFeed(doc, { baseUrl: BASE, advisor: stewardAdvice });
      assert.ok(validate(doc) && clean(r), explain(doc, r));
    }),
    { numRuns: 300 },
  );
});

test('on generated faulty feeds, schema-valid ⇔ parser clean, and the output is schema-valid', () => {
  let invalid = 0;
  fc.assert(
    fc.property(faultyFeed(), (doc) => {
      const r = parseFeed(doc, { baseUrl: BASE, advisor: stewardAdvice });
      const schemaValid = validate(doc);
      if (!schemaValid) invalid++;
      assert.equal(schemaValid, clean(r), explain(doc, r));
      if (r.ok) assert.ok(validate(r.feed), 'output: ' + JSON.stringify(validate.errors));
    }),
    { numRuns: 1000 },
  );
  // The faults must actually bite, or the equivalence above says little.
  assert.ok(invalid > 300, `only ${invalid} of 1000 samples were invalid`);
});

test("a country is one of the schema's codes, of all 676 pairs of capitals", () => {
  const countries = new Set(schema.$defs.country.enum);
  assert.equal(countries.size, 250);
  const partner = (country) => ({ version: '1', publishers: [{ id: 'v', name: 'V', kind: 'commune' }], partners: [{ id: 'p', name: 'P', kind: 'ngo', country }] });
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  for (const code of letters.flatMap((a) => letters.map((b) => a + b))) {
    assert.equal(clean(parseFeed(partner(code))), countries.has(code), code);
  }
});

test('a required text of one character: the schema and the parser see the same characters, all of the Basic Multilingual Plane', () => {
  const partner = (name) => ({ version: '1', publishers: [{ id: 'v', name: 'V', kind: 'commune' }], partners: [{ id: 'p', name, kind: 'ngo' }] });
  let invisible = 0;
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // a lone surrogate is replaced, not a character
    const name = String.fromCharCode(code);
    const doc = partner(name);
    const parsed = clean(parseFeed(doc));
    if (!parsed) invisible++;
    assert.equal(validate(doc), parsed, `U+${code.toString(16).padStart(4, '0')}`);
    assert.equal(validate(partner({ fr: name })), parsed, `{"fr": U+${code.toString(16).padStart(4, '0')}}`);
  }
  // Spaces, controls, the soft hyphen, zero-width and bidi characters: well over a hundred.
  assert.ok(invisible > 100, `only ${invisible} invisible characters`);
});
