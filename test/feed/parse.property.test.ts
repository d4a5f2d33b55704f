import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../../src/feed/parse.js';
import type { FeedResult } from '../../src/feed/types.js';
import { faultyFeed, validFeed } from './feed-arbitrary.mjs';

const BASE = 'https://example.org/feeds/feed.json';
const RUNS = { numRuns: 200 };

/** A parse result is well-formed: a feed or a fatal error, warnings with string paths and messages. */
function wellFormed(r: FeedResult) {
  expect(r.ok).to.be.a('boolean');
  for (const w of r.warnings) {
    expect(w.path).to.be.a('string');
    expect(w.message).to.be.a('string').and.not.empty;
  }
  if (!r.ok) expect(r.error.code).to.be.oneOf(['not-object', 'version', 'no-publisher']);
}

/** Parsing the output again, as is and through JSON, gives the same feed and no warning. */
function idempotent(r: FeedResult) {
  if (!r.ok) return;
  for (const input of [r.feed, JSON.parse(JSON.stringify(r.feed))]) {
    const again = parseFeed(input, { baseUrl: BASE });
    expect(again.warnings).to.deep.equal([]);
    expect(again.ok && again.feed).to.deep.equal(r.feed);
  }
}

describe('parseFeed properties', () => {
  afterEach(() => {
    // Nothing any sample did may leak into every object of the page.
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        wellFormed(parseFeed(value));
        wellFormed(parseFeed({ version: '1', publishers: value }));
      }),
      RUNS,
    );
  });

  it('never throws on any value in any field of a feed, and its output is a clean feed', () => {
    fc.assert(
      fc.property(faultyFeed({ wild: true, maxFaults: 4 }), (doc) => {
        const r = parseFeed(doc, { baseUrl: BASE });
        wellFormed(r);
        idempotent(r);
      }),
      RUNS,
    );
  });

  it('accepts generated valid feeds without a warning, keeping every item', () => {
    fc.assert(
      fc.property(validFeed, (doc: any) => {
        const r = parseFeed(doc, { baseUrl: BASE });
        expect(r.warnings).to.deep.equal([]);
        if (!r.ok) throw new Error(r.error.message);
        for (const list of ['publishers', 'partners', 'projects', 'budgets'] as const) {
          expect(r.feed[list].length).to.equal(doc[list]?.length ?? 0);
        }
        idempotent(r);
      }),
      RUNS,
    );
  });

  it('never invents: what it keeps was in the input, in the same order', () => {
    const key = (item: any) => (item && typeof item === 'object' ? (item.id ?? item.year) : undefined);
    fc.assert(
      fc.property(faultyFeed({ wild: true }), (doc: any) => {
        const r = parseFeed(doc, { baseUrl: BASE });
        if (!r.ok) return;
        for (const list of ['publishers', 'partners', 'projects', 'budgets'] as const) {
          const input: unknown[] = Array.isArray(doc[list]) ? doc[list].map(key) : [];
          let at = 0;
          for (const item of r.feed[list]) {
            at = input.indexOf(key(item), at) + 1;
            expect(at, `${list}: ${String(key(item))}`).to.be.above(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('never lets an unsafe scheme through, however it is spelled', () => {
    const scheme = fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'blob');
    const mangle = fc
      .tuple(scheme, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u001f'), fc.nat(12))
      .map(([s, upper, junk, at]) => {
        const cased = [...s].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
        const raw = `${cased}:alert(1)`;
        return raw.slice(0, at) + junk + raw.slice(at);
      });
    fc.assert(
      fc.property(mangle, (href) => {
        const r = parseFeed(
          { version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune', website: href }], projects: [{ id: 'p', title: 'P', status: 'ongoing', links: [{ href, label: 'x' }], image: { src: href, alt: '' } }] },
          { baseUrl: BASE },
        );
        const f = r.ok ? r.feed : undefined;
        const urls = [f?.publishers[0].website, f?.projects[0]?.links[0]?.href, f?.projects[0]?.image?.src].filter(Boolean) as string[];
        for (const url of urls) expect(new URL(url).protocol).to.be.oneOf(['https:', 'http:']);
      }),
      { numRuns: 300 },
    );
  });
});
