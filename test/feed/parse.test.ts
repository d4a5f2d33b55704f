import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { stewardAdvice } from '../../src/feed/advice.js';
import { safeUrl } from '../../src/feed/safe-url.js';
import type { Feed, FeedResult } from '../../src/feed/types.js';
import { FORMAT_CASES } from './format-cases.mjs';

const BASE = 'https://example.org/feeds/feed.json';
/** As `ancrage-check` and the embed generator parse. */
const ADVISED = { advisor: stewardAdvice };
type Json = Record<string, any>;

async function load(name: string): Promise<any> {
  const response = await fetch(`/test/fixtures/feeds/${name}.json`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.json();
}

const paths = (r: FeedResult) => r.warnings.map((w) => w.path);

function accepted(r: FeedResult): Feed {
  if (!r.ok) throw new Error(`expected a feed, got ${JSON.stringify(r.error)}`);
  return r.feed;
}

const pub = (id = 'belleval', extra: Json = {}): Json => ({ id, name: `Ville ${id}`, kind: 'commune', ...extra });
const prj = (id: string, extra: Json = {}): Json => ({ id, title: `Projet ${id}`, status: 'ongoing', ...extra });
const feed = (extra: Json = {}): Json => ({ version: '1', publishers: [pub()], ...extra });

/** Built in a loop: a recursive builder would overflow the test's own stack. */
function deep(depth: number, object = false): unknown {
  let v: unknown = object ? {} : [];
  for (let i = 0; i < depth; i++) v = object ? { a: v } : [v];
  return v;
}

/** Every key of every object reachable in a parser output (which is shallow by construction). */
function allKeys(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => allKeys(v, out));
  else if (value && typeof value === 'object') {
    // Not set from the feed: Object.prototype (texts), or the parser's own one before it (entries), whose fields are all undefined.
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype) {
      expect(Object.getPrototypeOf(proto)).to.equal(Object.prototype);
      expect(Object.values(Object.getOwnPropertyDescriptors(proto)).filter((d) => d.value !== undefined || d.enumerable || d.get || d.set)).to.deep.equal([]);
    }
    for (const key of Object.getOwnPropertyNames(value)) {
      out.push(key);
      allKeys((value as Json)[key], out);
    }
  }
  return out;
}

describe('parseFeed: fatal errors', () => {
  function fatal(r: FeedResult) {
    if (r.ok) throw new Error('expected a fatal error');
    expect(r.error.path).to.equal('');
    expect(r.error.message).to.be.a('string').and.not.empty;
    return r.error;
  }

  it('a top level that is not an object', async () => {
    expect(fatal(parseFeed(await load('invalid/not-object'))).code).to.equal('not-object');
    for (const input of [null, undefined, 'feed', 42, true, [], deep(100_000)]) {
      expect(fatal(parseFeed(input)).code).to.equal('not-object');
    }
  });

  it('a missing or unsupported version', async () => {
    expect(fatal(parseFeed(await load('invalid/version-missing'))).code).to.equal('version');
    const two = fatal(parseFeed(await load('invalid/version-2')));
    expect(two.code).to.equal('version');
    expect(two.message).to.contain('unsupported feed version');
    const number = fatal(parseFeed(await load('invalid/version-number')));
    expect(number.code).to.equal('version');
    expect(number.message, 'a number where a string is expected: say so').to.equal('unsupported feed version 1 (this library reads "1" or "1.x", as text)');
    for (const version of ['2', '0.9', '2.x', '1.', '1.y', ' 1', '10', '', null, deep(100_000, true)]) {
      const error = fatal(parseFeed(feed({ version })));
      expect(error.code, String(version)).to.equal('version');
      expect(error.message).to.contain('unsupported feed version');
    }
  });

  it('accepts "1" and "1.x", and keeps the version as given', () => {
    // Major version 1, "1.x" too as feed-v1.md writes it.
    for (const version of ['1', '1.0', '1.2', '1.12', '1.2.3', '1.x']) {
      expect(accepted(parseFeed(feed({ version }))).version).to.equal(version);
    }
  });

  it('no valid publisher, with the reasons as warnings', async () => {
    expect(fatal(parseFeed(await load('invalid/no-publisher'))).code).to.equal('no-publisher');
    const r = parseFeed(await load('invalid/no-valid-publisher'));
    expect(fatal(r).code).to.equal('no-publisher');
    expect(paths(r)).to.deep.equal(['publishers[0].name', 'publishers[1].id', 'publishers[2]']);
    for (const publishers of [undefined, 'belleval', {}, deep(100_000)]) {
      expect(fatal(parseFeed({ version: '1', publishers })).code).to.equal('no-publisher');
    }
  });
});

describe('parseFeed: valid fixtures', () => {
  it('minimal: defaults filled, every list present', async () => {
    const r = parseFeed(await load('valid/minimal'));
    expect(r.warnings).to.deep.equal([]);
    expect(accepted(r)).to.deep.equal({
      version: '1',
      language: 'fr',
      currency: 'EUR',
      publishers: [{ id: 'belleval', name: { fr: 'Ville de Belleval' }, kind: 'commune' }],
      partners: [],
      projects: [],
      budgets: [],
    });
  });

  it('full: every field, no warning, normalised', async () => {
    const r = parseFeed(await load('valid/full'), { baseUrl: BASE });
    expect(r.warnings).to.deep.equal([]);
    const f = accepted(r);
    const [belleval] = f.publishers;
    expect(f.updated).to.equal('2026-09-30T14:05:00+02:00');
    expect(belleval.logo).to.deep.equal({
      src: 'https://example.org/feeds/images/belleval.svg',
      alt: { fr: '' },
      credit: { fr: 'Service communication' },
    });
    expect(belleval.theme).to.deep.equal({
      primary: '#1f3a93',
      onPrimary: '#ffffff',
      accent: '#1d6b36',
      surface: '#fdfdfd',
      text: '#222222',
      radius: '0.5rem',
    });
    expect(f.partners.map((p) => p.id)).to.deep.equal(['kayes-belleval', 'diema', 'agence-eau']);
    expect(f.partners[2].website).to.equal('mailto:international@agence-eau.example');
    const [water, ecsi] = f.projects;
    expect(water.publisher).to.equal('belleval');
    expect(water.summary).to.deep.equal({ fr: "Six forages et trois châteaux d'eau." });
    expect(water.start).to.equal('2024-02-29');
    expect(water.dac).to.deep.equal(['14030', '14031']);
    expect(water.funding).to.deep.equal({ total: 186000, contribution: 62000, currency: 'EUR', basis: 'water' });
    expect(water.links.map((l) => l.href)).to.deep.equal([
      'https://www.belleval.example/diema',
      'tel:+33123456789',
      'https://example.org/rapport-2025.pdf',
    ]);
    expect(water.places[1]).to.deep.equal({ country: 'SN' });
    expect(ecsi.funding).to.deep.equal({ total: 4500.5, currency: 'XOF' });
    expect(ecsi).to.include.keys('themes', 'sdgs', 'dac', 'places', 'partners', 'links');
    expect(f.budgets[0].currency).to.equal('EUR');
    expect(f.budgets[0].lines[2]).to.deep.equal({ basis: 'waste', spent: 0, base: 3000000, rate: 0.005 });
    expect(f.budgets[1]).to.deep.equal({ publisher: 'belleval', year: 2025, allocated: 230000, currency: 'EUR', lines: [] });
  });

  it('network: several publishers, each item keeps its own', async () => {
    const f = accepted(parseFeed(await load('valid/network')));
    expect(f.version).to.equal('1.2');
    expect(f.projects.map((p) => p.publisher)).to.deep.equal(['belleval', 'rive-haute', 'region-sud']);
    expect(f.budgets.map((b) => `${b.publisher} ${b.year}`)).to.deep.equal(['belleval 2026', 'rive-haute 2026', 'belleval 2025']);
  });

  it('forward-compatible: a 1.x feed with fields this library does not know loads, leaving them out (with advice, saying so)', async () => {
    const advised = parseFeed(await load('invalid/forward-compatible'), ADVISED);
    expect(paths(advised)).to.include.members(['generator', 'publishers[0].twitter', 'publishers[0].theme.gradient', 'projects[0].beneficiaries']);
    expect(advised.warnings.every((w) => w.message.startsWith('unknown field, left out'))).to.equal(true);
    const r = parseFeed(await load('invalid/forward-compatible'));
    expect(r.warnings).to.deep.equal([]);
    const f = accepted(r);
    expect(f.language).to.equal('en');
    expect(f.projects[0].title).to.deep.equal({ en: 'Projet wells' });
    expect(f.projects[0].funding).to.deep.equal({ total: 10, currency: 'XOF' });
    const keys = allKeys(f);
    for (const unknown of ['generator', 'twitter', 'gradient', 'beneficiaries', 'inKind', 'population', 'approvedBy']) {
      expect(keys).not.to.include(unknown);
    }
  });

  it('text-cleaning: NUL removed, lone surrogates replaced, blanks dropped', async () => {
    const r = parseFeed(await load('valid/text-cleaning'));
    expect(r.warnings).to.deep.equal([]);
    const f = accepted(r);
    expect(f.publishers[0].name).to.deep.equal({ fr: 'Ville de Belleval' });
    const [p] = f.projects;
    expect(p.title).to.deep.equal({ fr: 'Eau \uFFFD potable', wo: 'Ndox\uFFFD' });
    expect(p).not.to.have.own.property('summary');
    expect(p.description).to.deep.equal({ fr: '1 < 2 & 3 > 2\n\nDeux' });
    expect(p.image).to.deep.equal({ src: 'https://cdn.example.org/a.png', alt: { fr: '' } });
  });
});

/**
 * One fixture per rule: the exact warning paths, and a check that the bad
 * thing is gone while its good sibling stayed.
 */
const RULES: Record<string, { paths: string[]; check?: (f: Feed, r: FeedResult) => void }> = {
  'required-missing': {
    paths: [
      'partners[1].name',
      'partners[2].kind',
      'projects[1].status',
      'projects[2].id',
      'projects[3].title',
      'budgets[1].allocated',
      'budgets[2].year',
    ],
    check: (f) => {
      expect(f.partners.map((p) => p.id)).to.deep.equal(['a']);
      expect(f.projects.map((p) => p.id)).to.deep.equal(['ok']);
      expect(f.budgets.map((b) => b.year)).to.deep.equal([2026]);
    },
  },
  'required-wrong-type': {
    paths: [
      'projects[1].status',
      'projects[2].title',
      'projects[3].title',
      'projects[4].id',
      'budgets[1].year',
      'budgets[2].year',
      'budgets[3].allocated',
    ],
    check: (f, r) => {
      expect(f.projects.map((p) => p.id)).to.deep.equal(['ok']);
      expect(f.budgets.map((b) => b.year)).to.deep.equal([2026]);
      expect(r.warnings[0].message).to.equal('unknown code "finished"; entry projects[1] left out');
    },
  },
  'publisher-bad-kind': {
    paths: ['publishers[1].kind', 'publishers'],
    // One valid publisher left: it owns the projects without one, and the guess is reported once.
    check: (f, r) => {
      expect(r.warnings[1].message).to.equal('items without a publisher go to the only valid one "belleval"');
      expect(f.publishers.map((p) => p.id)).to.deep.equal(['belleval']);
      expect(f.projects[0].publisher).to.equal('belleval');
    },
  },
  ids: {
    paths: ['partners[1].id', 'partners[2].id', 'partners[3].id', 'projects[1].id'],
    check: (f) => {
      expect(f.partners.map((p) => p.id)).to.deep.equal(['ok']);
      expect(f.projects.map((p) => p.id)).to.deep.equal(['p.1_a-b']);
    },
  },
  'items-not-objects': {
    paths: ['partners[0]', 'projects[0]', 'projects[1]', 'projects[2]', 'projects[3]'],
    check: (f) => {
      expect(f.partners.map((p) => p.id)).to.deep.equal(['ok']);
      expect(f.projects.map((p) => p.id)).to.deep.equal(['ok']);
    },
  },
  'lists-not-arrays': {
    paths: ['partners', 'projects', 'budgets'],
    check: (f) => expect([f.partners, f.projects, f.budgets]).to.deep.equal([[], [], []]),
  },
  'publisher-missing-several': {
    paths: ['projects[1].publisher', 'budgets[1].publisher'],
    check: (f) => {
      expect(f.projects.map((p) => p.id)).to.deep.equal(['kept']);
      expect(f.budgets.map((b) => b.publisher)).to.deep.equal(['belleval']);
    },
  },
  'semantic-duplicate-ids': {
    paths: ['publishers[1].id', 'partners[1].id', 'projects[1].id'],
    check: (f) => {
      expect(f.publishers.map((p) => p.kind)).to.deep.equal(['commune']);
      expect(f.partners.map((p) => p.city)).to.deep.equal([{ fr: 'Premier' }]);
      expect(f.projects.map((p) => p.title.fr)).to.deep.equal(['Premier', 'Projet q']);
    },
  },
  'semantic-duplicate-budget': {
    paths: ['budgets[1].year'],
    check: (f) => expect(f.budgets.map((b) => b.allocated)).to.deep.equal([1, 3]),
  },
  'semantic-unknown-references': {
    paths: ['projects[0].partners[1].ref', 'projects[1].publisher', 'budgets[0].publisher'],
    check: (f) => {
      expect(f.projects.map((p) => p.id)).to.deep.equal(['p']);
      expect(f.projects[0].partners).to.deep.equal([{ ref: 'a', role: 'lead' }]);
      expect(f.budgets.map((b) => b.publisher)).to.deep.equal(['rive']);
    },
  },
  'semantic-only-publisher-unknown': {
    paths: ['projects[0].publisher'],
    // An unknown publisher is not replaced by the only one: the project is left out.
    check: (f) => expect(f.projects.map((p) => p.id)).to.deep.equal(['q']),
  },
  'unsafe-urls': {
    paths: [
      'publishers[0].website',
      'partners[1].website',
      ...Array.from({ length: 10 }, (_, i) => `projects[0].links[${i}].href`),
    ],
    check: (f) => {
      expect(f.publishers[0]).not.to.have.own.property('website');
      expect(f.partners[0].website).to.equal('https://ok.example/');
      expect(f.partners[1]).not.to.have.own.property('website');
      expect(f.projects[0].links).to.deep.equal([{ href: 'http://ok.example/', label: { fr: 'kept' } }]);
    },
  },
  'semantic-alt-file-names': {
    paths: [
      'publishers[0].logo.alt',
      'partners[0].logo.alt',
      ...[0, 1, 4, 5, 6, 7].map((i) => `projects[${i}].image.alt`),
    ],
    check: (f) => {
      // No description left: decorative. Another language's description: kept for that language only.
      expect(f.publishers[0].logo!.alt).to.deep.equal({ fr: '' });
      expect(f.partners[0].logo!.alt).to.deep.equal({ fr: '' });
      expect(f.projects[0].image!.alt).to.deep.equal({ fr: '' });
      expect(f.projects[1].image!.alt).to.deep.equal({ fr: 'Un forage au village' });
      expect(f.projects[2].image!.alt).to.deep.equal({ fr: 'Photo du forage.jpg en 2024, prise par l’équipe' });
      expect(f.projects[3].image!.alt).to.deep.equal({ fr: 'Carte du réseau au format .svg' });
      expect(f.projects[4].image!.alt).to.deep.equal({ fr: '' });
      // A file name with spaces: "logo (1).png", "IMG 1234.jpg", "Copie de logo mairie.svg".
      for (const i of [5, 6, 7]) expect(f.projects[i].image!.alt).to.deep.equal({ fr: '' });
    },
  },
  countries: {
    paths: ['partners[0].country', 'partners[1].country', 'partners[2].country', ...[0, 1, 3].map((i) => `projects[0].places[${i}].country`)],
    check: (f, r) => {
      // Assigned codes only (and XK, Kosovo): not "XX", the reserved UK, EU, CLDR's QO or ZZ, the withdrawn AN.
      expect(f.partners.map((p) => p.country)).to.deep.equal([undefined, undefined, undefined, 'XK', 'GB']);
      expect(f.projects[0].places).to.deep.equal([{ country: 'SN', name: { fr: 'Podor' } }]);
      expect(r.warnings[1].message).to.equal('invalid country "UK" (ISO 3166-1 alpha-2, like SN)');
    },
  },
  'duplicate-entries': {
    paths: ['projects[0].places[1]', 'projects[0].places[3]', 'projects[0].partners[1]', 'projects[0].partners[4]'],
    check: (f, r) => {
      // The same place or partner role again is left out; one partner in two roles is kept.
      expect(f.projects[0].places).to.deep.equal([{ country: 'SN' }, { country: 'SN', name: { fr: 'Podor' } }]);
      expect(f.projects[0].partners).to.deep.equal([
        { ref: 'asso', role: 'lead' },
        { ref: 'asso', role: 'funding' },
        { ref: 'mairie', role: 'local-partner' },
      ]);
      expect(r.warnings[0].message).to.equal('duplicate');
    },
  },
  'semantic-duplicate-forms': {
    paths: ['projects[0].places[1]', 'projects[0].places[2]'],
    check: (f) => expect(f.projects[0].places).to.deep.equal([{ country: 'SN', name: { fr: 'Podor' } }]),
  },
  'unsafe-images': {
    paths: ['projects[0].image.src', 'projects[1].image.src', 'projects[2].image.src', 'projects[3].image.alt', 'projects[4].image.alt'],
    check: (f) => {
      expect(f.projects.map((p) => p.image?.src)).to.deep.equal([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        'https://example.org/feeds/img/ok.png',
      ]);
      expect(f.projects[5].image!.alt).to.deep.equal({ fr: '' });
      expect(f.projects).to.have.length(6);
    },
  },
  'semantic-malformed-url': {
    paths: ['projects[0].links[0].href', 'projects[0].links[1].href'],
    check: (f) => expect(f.projects[0].links.map((l) => l.href)).to.deep.equal(['https://ok.example/']),
  },
  colours: {
    paths: ['publishers[0].theme.primary', 'publishers[0].theme.onPrimary', 'publishers[0].theme.accent', 'publishers[0].theme.text'],
    check: (f) => expect(f.publishers[0].theme).to.deep.equal({ surface: '#ffffff', radius: '4px' }),
  },
  radius: {
    paths: [0, 1, 2, 3, 4, 5, 6].map((i) => `publishers[${i}].theme.radius`),
    // A theme with nothing left is absent. Lengths as CSS writes them: `.5em`, `2EM`.
    check: (f) =>
      expect(f.publishers.map((p) => p.theme)).to.deep.equal([...Array(7).fill(undefined), { radius: '32px' }, { radius: '.5em' }, { radius: '2EM' }]),
  },
  'semantic-theme-contrast': {
    paths: ['publishers[0].theme', 'publishers[1].theme', 'publishers[2].theme'],
    check: (f, r) => {
      // The gauge's fill needs 3:1 only, on the surface and on the track: #3f8f55 is 3.98:1 on white, 3.16:1 on the track.
      expect(f.publishers.map((p) => p.theme)).to.deep.equal([undefined, undefined, undefined, { primary: '#1f3a93', accent: '#3f8f55' }]);
      // #777 reads at 4.47:1 on white (rounded down, never "4.50") and 4.07:1 on the quiet grey grounds.
      expect(r.warnings[0].message).to.equal('contrast too low (text/surface 4.47:1 < 4.5:1, text/subtle 4.07:1 < 4.5:1); theme not applied');
      expect(r.warnings[1].message).to.contain('onPrimary/primary').and.contain('accent/surface');
      // The missing colours were taken from the default palette.
      expect(r.warnings[2].message).to.contain('text/surface').and.contain('primary/surface');
    },
  },
  dates: {
    paths: [
      'updated',
      'projects[0].start',
      'projects[0].end',
      'projects[0].updated',
      'projects[1].start',
      'projects[1].end',
      // A date-time is for the feed's `updated` only.
      'projects[1].updated',
    ],
    check: (f) => {
      expect(f).not.to.have.own.property('updated');
      const [p1, , p3] = f.projects;
      expect(p1).not.to.have.any.keys('start', 'end', 'updated');
      expect([p3.start, p3.end, p3.updated]).to.deep.equal(['2024-02-29', '2100-02-28', '2000-02-29']);
    },
  },
  'semantic-end-before-start': {
    paths: ['projects[0].end', 'projects[2].end'],
    check: (f) => {
      expect(f.projects.map((p) => [p.start, p.end])).to.deep.equal([
        ['2024-05', undefined],
        ['2024-05-10', '2024'],
        ['2024', undefined],
      ]);
    },
  },
  'unknown-codes': {
    paths: [
      'partners[1].kind',
      'projects[0].themes[1]',
      'projects[0].themes[2]',
      'projects[0].themes[3]',
      'projects[0].partners[0].role',
      'projects[0].partners[2].role',
      'projects[0].funding.basis',
      'budgets[0].lines[0].basis',
      'budgets[0].lines[2].basis',
    ],
    check: (f) => {
      const [p] = f.projects;
      expect(p.themes).to.deep.equal(['water-sanitation']);
      expect(p.partners).to.deep.equal([{ ref: 'a', role: 'lead' }]);
      expect(p.funding).to.deep.equal({ total: 10, currency: 'EUR' });
      expect(f.budgets[0].lines).to.deep.equal([{ basis: 'water', allocated: 1 }]);
    },
  },
  money: {
    paths: [
      'projects[0].funding.total',
      'projects[0].funding.contribution',
      'projects[1].funding.total',
      'projects[1].funding.contribution',
      'budgets[0].committed',
      'budgets[0].spent',
      'budgets[0].totalBudget',
      'budgets[0].lines[0].allocated',
      'budgets[0].lines[0].base',
      'budgets[1].allocated',
    ],
    check: (f) => {
      expect(f.projects.map((p) => p.funding)).to.deep.equal([{ currency: 'EUR' }, { currency: 'EUR' }]);
      expect(f.budgets).to.deep.equal([{ publisher: 'belleval', year: 2026, allocated: 1000, currency: 'EUR', lines: [{ basis: 'water' }] }]);
    },
  },
  currencies: {
    paths: ['currency', 'projects[0].funding.currency', 'budgets[0].currency'],
    check: (f, r) => {
      // A code in other capitals is that code; amounts in a currency that cannot be read are
      // shown without one (XXX, ISO 4217's "no currency"), not in the feed's.
      expect(f.currency).to.equal('EUR');
      expect(f.projects[0].funding).to.deep.equal({ currency: 'XXX', total: 1 });
      expect(f.budgets[0].currency).to.equal('XXX');
      expect(r.warnings.map((w) => w.message)).to.deep.equal([
        'currency "eur" read as "EUR"',
        'invalid currency "EURO" (ISO 4217, like EUR); amounts shown without a currency',
        'invalid currency "€" (ISO 4217, like EUR); amounts shown without a currency',
      ]);
    },
  },
  language: {
    paths: ['language'],
    check: (f) => {
      expect(f.language).to.equal('fr');
      expect(f.publishers[0].name).to.deep.equal({ fr: 'Belleval' });
    },
  },
  'sdgs-dac': {
    paths: [
      ...[1, 2, 3, 4, 5].map((i) => `projects[0].sdgs[${i}]`),
      ...[1, 2, 3, 4, 5, 6].map((i) => `projects[0].dac[${i}]`),
    ],
    check: (f, r) => {
      expect(f.projects[0].sdgs).to.deep.equal([6, 17]);
      // 14030 as a number is the same code as "14030": a duplicate.
      expect(f.projects[0].dac).to.deep.equal(['14030', '99810']);
      expect(r.warnings.find((w) => w.path === 'projects[0].dac[1]')!.message).to.equal('duplicate "14030"');
    },
  },
  places: {
    paths: [
      'projects[0].places[1].lat',
      'projects[0].places[1].lon',
      'projects[0].places[2].lon',
      'projects[0].places[2].lat',
      // What is left of it, Mali without a point, is places[1] again.
      'projects[0].places[2]',
      'projects[0].places[3].lat',
      'projects[0].places[4].country',
      'projects[0].places[5].country',
      'projects[0].places[6].lat',
      'projects[0].places[6].lon',
    ],
    check: (f) => {
      expect(f.projects[0].places).to.deep.equal([
        { country: 'SN', lat: 14.7, lon: -17.4 },
        { country: 'ML' },
        { country: 'BF' },
        { country: 'SN' },
      ]);
    },
  },
  identifiers: {
    paths: ['publishers[0].code', 'partners[0].siret', 'partners[0].rna', 'partners[1].siret', 'partners[1].rna'],
    check: (f) => {
      expect(f.publishers.map((p) => p.code)).to.deep.equal([undefined, '213100555']);
      expect(f.partners.map((p) => [p.siret, p.rna])).to.deep.equal([
        [undefined, undefined],
        [undefined, undefined],
        ['12345678900017', 'W123456789'],
      ]);
    },
  },
  rates: {
    paths: [0, 1, 2, 3].map((i) => `budgets[0].lines[${i}].rate`),
    check: (f) => expect(f.budgets[0].lines.map((l) => l.rate)).to.deep.equal([undefined, undefined, undefined, undefined, 0.01]),
  },
  texts: {
    paths: [
      'partners[0].name.fr',
      'partners[0].city.fr_FR',
      'partners[1].name.x',
      'partners[1].name',
      'partners[2].description',
      'projects[0].summary',
      'projects[0].links[0].label',
    ],
    check: (f) => {
      expect(f.partners.map((p) => p.id)).to.deep.equal(['a', 'c']);
      expect(f.partners[0].name).to.deep.equal({ en: 'Association A' });
      expect(f.partners[0].city).to.deep.equal({ fr: 'Lyon' });
      expect(f.projects[0]).not.to.have.own.property('summary');
      expect(f.projects[0].links.map((l) => l.label)).to.deep.equal([{ fr: 'ok' }]);
    },
  },
};

describe('parseFeed: value formats', () => {
  for (const [name, build, path, good, bad] of FORMAT_CASES as [string, (v: unknown) => Json, string, unknown[], unknown[]][]) {
    it(name, () => {
      for (const v of good) expect(paths(parseFeed(build(v), { baseUrl: BASE })), `${name} ${JSON.stringify(v)}`).to.deep.equal([]);
      for (const v of bad) expect(paths(parseFeed(build(v), { baseUrl: BASE }))[0], `${name} ${JSON.stringify(v)}`).to.equal(path);
    });
  }
});

describe('parseFeed: one fixture per rule', () => {
  for (const [name, { paths: expected, check }] of Object.entries(RULES)) {
    it(name, async () => {
      const r = parseFeed(await load(`invalid/${name}`), { baseUrl: BASE });
      expect(paths(r)).to.deep.equal(expected);
      for (const w of r.warnings) expect(w.message).to.be.a('string').and.not.empty;
      check?.(accepted(r), r);
    });
  }

  it('says which entry was left out, on the last failing required field only, quoting the values', () => {
    const r = parseFeed(feed({ projects: [{ id: 'Bad Id', title: 5 }, prj('ok', { summary: 5, places: [{ country: 'ml' }] }), 'Puits'] }));
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([
      'projects[0].id: invalid id "Bad Id" (lower-case letters, digits, . _ -)',
      'projects[0].title: not text 5',
      'projects[0].status: missing; entry projects[0] left out',
      'projects[1].summary: not text 5',
      'projects[1].places[0].country: invalid country "ml" (ISO 3166-1 alpha-2, like SN); entry projects[1].places[0] left out',
      'projects[2]: not an object "Puits"; entry projects[2] left out',
    ]);
  });

  it('leaves out a repeated entry of a short list and of a long one alike', () => {
    // Lists of up to 8 entries are scanned, longer ones go through a Set: both must compare alike.
    const eight = [4, 5, 6, 7, 8, 9, 10, 4];
    const ten = [1, 2, ...eight];
    const r = parseFeed(feed({ projects: [prj('two', { sdgs: [6, 6] }), prj('eight', { sdgs: eight }), prj('ten', { sdgs: ten })] }));
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([
      'projects[0].sdgs[1]: duplicate 6',
      'projects[1].sdgs[7]: duplicate 4',
      'projects[2].sdgs[9]: duplicate 4',
    ]);
    expect(accepted(r).projects.map((p) => p.sdgs.length)).to.deep.equal([1, 7, 9]);
  });

  it('checks every field of an entry it leaves out with advice, so that one pass finds every fault', () => {
    const input = feed({ projects: [{ id: 'p', title: 'P', start: 'never', links: 5 }] });
    expect(paths(parseFeed(input))).to.deep.equal(['projects[0].status']);
    expect(paths(parseFeed(input, ADVISED))).to.deep.equal(['projects[0].status', 'projects[0].start', 'projects[0].links']);
  });

  it('says a number was written as text, and how to write it, with the data steward’s advice', () => {
    const r = parseFeed(
      feed({ budgets: [{ year: '2026', allocated: '12 500,50 €', spent: '-12', lines: [{ basis: 'water', rate: 1 }, { basis: 'water', rate: '1 %' }] }] }),
      ADVISED,
    );
    expect(r.warnings.map((w) => w.message)).to.deep.equal([
      'invalid year "2026" (integer 1000 to 9999); a number goes without quotes, spaces or unit: 2026',
      'not money "12 500,50 €" (a number from 0 to 2^53 − 1); a number goes without quotes, spaces or unit: 12500.5; entry budgets[0] left out',
      // No hint that would be wrong again: -12 is no amount.
      'not money "-12" (a number from 0 to 2^53 − 1)',
      // Left out: the gauge works the ceiling out at the default rate.
      // 1 meant as 1 %: the fraction, said once.
      'invalid rate 1 (0 < rate ≤ 0.01: 1 % is written 0.01); left out: on a 1 % line, the ceiling then uses the default rate, 0.01',
      `invalid rate "1 %" (0 < rate ≤ 0.01: 1 % is written 0.01); a number goes without quotes, spaces or unit: 0.01; left out: on a 1 % line, the ceiling then uses the default rate, 0.01`,
    ]);
  });

  it('reads thousands marks in a number typed as text, and gives both readings when a mark could be either', () => {
    const amounts = ['50.000', '12,500', '1.250.000', '12.500,50', '12,500.50', '1,5', '0,500'];
    const r = parseFeed(feed({ budgets: amounts.map((committed, i) => ({ year: 2020 + i, allocated: 1, committed })) }), ADVISED);
    expect(r.warnings.map((w) => w.message.split('unit: ')[1])).to.deep.equal(['50000 (or 50)', '12500 (or 12.5)', '1250000', '12500.5', '12500.5', '1.5', '0.5']);
  });

  it('suggests the id meant by a reference, or lists the ids when they are few, with advice', () => {
    const r = parseFeed(
      {
        version: '1',
        publishers: [pub('belleval'), pub('agglo')],
        partners: [{ id: 'amis-sahel', name: 'Amis du Sahel', kind: 'association' }],
        projects: [
          { id: 'p', publisher: 'Ville de Belleval', title: 'T', status: 'ongoing' },
          { id: 'q', publisher: 'belleval', title: 'T', status: 'ongoing', partners: [{ ref: 'amis_sahel', role: 'lead' }, { ref: 'Amis du Sahel', role: 'lead' }] },
        ],
      },
      ADVISED,
    );
    // A partner by its name: its id.
    expect(r.warnings.map((w) => w.message.split('; ')[1])).to.deep.equal(['known ids: belleval, agglo', 'did you mean "amis-sahel"?', 'a name: its id is "amis-sahel"']);
    // No partner at all: no empty list.
    const none = parseFeed({ version: '1', publishers: [pub()], projects: [{ id: 'q', title: 'T', status: 'ongoing', partners: [{ ref: 'amis', role: 'lead' }] }] }, ADVISED);
    expect(none.warnings.map((w) => w.message)).to.deep.equal(['unknown partner "amis"; entry projects[0].partners[0] left out']);
  });

  it('quotes a refused language tag, says how to write fr_FR, and does not call a text of refused entries empty', () => {
    const r = parseFeed(feed({ projects: [prj('p', { title: { fr_FR: 'Eau', en: 5 } }), prj('q', { title: { fr: ' ' } })] }), ADVISED);
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([
      'projects[0].title.fr_FR: invalid language tag "fr_FR" (like fr or fr-FR); write it "fr-FR"',
      'projects[0].title.en: not a string 5',
      'projects[0].title: no text left; entry projects[0] left out',
      'projects[1].title: empty text; entry projects[1] left out',
    ]);
  });

  it('reads a text with nothing to see (a zero-width space, a soft hyphen, a lone bidi control) as empty', () => {
    const r = parseFeed(
      feed({
        projects: [
          prj('p', { title: '\u200b', summary: { fr: '\u00ad', en: 'Water' } }),
          prj('q', { title: 'Eau\u200b', links: [{ href: 'https://a.example/', label: ' \u202e\u0007 ' }] }),
        ],
      }),
    );
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([
      'projects[0].title: empty text; entry projects[0] left out',
      'projects[1].links[0].label: empty text; entry projects[1].links[0] left out',
    ]);
    const [q] = accepted(r).projects;
    // Visible text keeps its invisible characters: a zero-width space may be a word break.
    expect(q.title).to.deep.equal({ fr: 'Eau\u200b' });
    expect(q.links).to.deep.equal([]);
  });

  it('says how to write an identifier typed as a number, with spaces or in other capitals, with advice', () => {
    const r = parseFeed(
      feed({
        partners: [
          { id: 'a', name: 'A', kind: 'association', siret: 81234567800012 },
          { id: 'b', name: 'B', kind: 'association', siret: '812 345 678 00012', rna: 'w751234567' },
          { id: 'Eau Potable', name: 'C', kind: 'ngo' },
        ],
      }),
      ADVISED,
    );
    expect(r.warnings.map((w) => w.message.split('; ')[1])).to.deep.equal([
      // A spreadsheet may have rounded a long number: its digits are to be checked.
      'write it as text, in quotes, and check its digits: "81234567800012"',
      'write it "81234567800012"',
      'write it "W751234567"',
      'write it "eau-potable"',
    ]);
  });

  it('quotes a null or a boolean at fault as it quotes a text or a number', () => {
    const r = parseFeed(feed({ projects: [{ id: 'p', title: 'P', status: null }, { id: 'q', title: 'Q', status: true }] }));
    expect(r.warnings.map((w) => w.message)).to.deep.equal([
      'unknown code null; entry projects[0] left out',
      'unknown code true; entry projects[1] left out',
    ]);
  });

  it('leaves out unknown fields, silently, and with advice says so, naming the nearest known one (but for $ and _ keys)', () => {
    const input = 
      feed({
        $schema: 'https://ancrage.dev/feed-v1.schema.json',
        _comment: 'exported from the spreadsheet',
        budget: [],
        projects: [prj('p', { sumary: 'A well', theme: ['water-sanitation'], date_debut: '2024', _note: 'x' })],
      });
    const plain = parseFeed(input);
    expect(plain.warnings).to.deep.equal([]);
    expect(accepted(plain).projects[0]).not.to.have.any.keys('sumary', 'theme', 'date_debut', '_note');
    const r = parseFeed(input, ADVISED);
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([
      'budget: unknown field, left out; did you mean "budgets"?',
      'projects[0].sumary: unknown field, left out; did you mean "summary"?',
      'projects[0].theme: unknown field, left out; did you mean "themes"?',
      // A spreadsheet's French column name: the contract's.
      'projects[0].date_debut: unknown field, left out; did you mean "start"?',
    ]);
    expect(accepted(r).projects[0]).not.to.have.any.keys('sumary', 'theme', 'date_debut', '_note');
    // Ten named, the others counted.
    const many = parseFeed(feed({ projects: [prj('p', Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`x${i}`, i])))] }), ADVISED);
    expect(many.warnings).to.have.length(11);
    expect(many.warnings[10]).to.deep.equal({ path: 'projects[0]', message: '990 more unknown fields, left out' });
  });

  it('suggests the code meant, whatever its case and accents, else lists the codes when they are few, with advice', () => {
    const r = parseFeed(
      feed({
        partners: [{ id: 'a', name: 'A', kind: 'OSIM' }, { id: 'b', name: 'B', kind: 'collectivité' }, { id: 'c', name: 'C', kind: 'mairie' }],
        projects: [prj('p', { status: 'en cours' }), prj('q', { themes: ['eau', 'santé publique'] })],
      }),
      ADVISED,
    );
    expect(r.warnings.map((w) => w.message)).to.deep.equal([
      'unknown code "OSIM"; did you mean "osim"?; entry partners[0] left out',
      'unknown code "collectivité"; did you mean "collectivite"?; entry partners[1] left out',
      'unknown code "mairie"; known codes: association, osim, collectivite, ngo, public, network, education, company, other; entry partners[2] left out',
      // The widget's own French label for the status.
      'unknown code "en cours"; did you mean "ongoing"?; entry projects[0] left out',
      // A word of one code's label only.
      'unknown code "eau"; did you mean "water-sanitation"?',
      // Nineteen theme codes: too many to list in every warning.
      'unknown code "santé publique"',
    ]);
  });

  it('suggests the code of a label the widgets show, in French or English, copied from a page, with advice', () => {
    const r = parseFeed(
      feed({
        partners: [{ id: 'a', name: 'A', kind: 'ONG' }, { id: 'b', name: 'B', kind: 'Réseau' }],
        projects: [prj('p', { status: 'Terminé', themes: ['Santé', 'Eau et assainissement', 'ECSI', 'Drinking water'], partners: [{ ref: 'a', role: 'Chef de file' }] })],
      }),
      ADVISED,
    );
    expect(r.warnings.map((w) => w.message.split('; ')[1] ?? '')).to.deep.equal([
      'did you mean "ngo"?',
      'did you mean "network"?',
      'did you mean "completed"?',
      'did you mean "health"?',
      'did you mean "water-sanitation"?',
      'did you mean "citizenship-education"?',
      '',
      // The partner "ONG" left out above.
      '',
      'did you mean "lead"?',
    ]);
  });

  it('says how to write a date and a country the way a spreadsheet gives them, with advice', () => {
    const r = parseFeed(
      feed({
        partners: ['Mali', 'ml ', 'Sénégal', 'Cote d’Ivoire', 'Atlantis', 'UK', 'EU'].map((country, i) => ({ id: `p${i}`, name: 'P', kind: 'osim', country })),
        projects: [
          prj('a', { start: '15/03/2024', end: '03/2025' }),
          prj('b', { start: 45366, end: 2025 }),
          prj('c', { start: '2024-3-5', end: '31/02/2026' }),
          prj('d', { start: '45366', end: 202403 }),
          prj('e', { start: '2024-03-05T00:00:00.000Z', end: 20260630 }),
          prj('f', { start: 99999 }),
          // A script's hour that is not midnight: its day depends on where it was written.
          prj('g', { start: '2024-03-04T23:00:00.000Z' }),
        ],
      }),
      ADVISED,
    );
    const endings = r.warnings.map((w) => w.message.split('; ')[1] ?? '');
    expect(endings).to.deep.equal([
      'the code is ML',
      'the code is ML',
      'the code is SN',
      'the code is CI',
      '',
      // Reserved, not assigned: the United Kingdom is GB; the European Union is no country.
      'the code is GB',
      '',
      'write it "2024-03-15"',
      'write it "2025-03"',
      // A spreadsheet's day number, and a year as a number.
      'write it "2024-03-15"',
      'write it "2025"',
      'write it "2024-03-05"',
      // No 31 February: no hint that is wrong again.
      '',
      // The day number as CSV converters write it; a year and month run together, not day 202,403.
      'write it "2024-03-15"',
      'write it "2024-03"',
      // A script's Date as JSON; a day run together.
      'write it "2024-03-05"',
      'write it "2026-06-30"',
      // Past 2099 as a day number, and not a year: no guess.
      '',
      '',
    ]);
  });

  it('shows amounts in a currency it cannot read without one, rather than in euros; reads a code in other capitals; a blank currency is the feed’s', () => {
    const r = parseFeed(
      feed({
        projects: [
          prj('puits', { funding: { total: 5_000_000, contribution: 1_000_000, currency: 'FCFA', basis: 'water' } }),
          prj('ecole', { funding: { total: 900, currency: ' ' } }),
          prj('route', { funding: { total: 900, currency: 'xof' } }),
        ],
        budgets: [
          { year: 2024, allocated: 50_000_000, committed: 20_000_000, currency: null },
          { year: 2025, allocated: 1000, currency: '' },
        ],
      }),
    );
    const f = accepted(r);
    expect(f.projects.map((p) => p.funding)).to.deep.equal([
      { currency: 'XXX', total: 5_000_000, contribution: 1_000_000, basis: 'water' },
      { currency: 'EUR', total: 900 },
      { currency: 'XOF', total: 900 },
    ]);
    expect(f.budgets.map((b) => b.currency)).to.deep.equal(['XXX', 'EUR']);
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([
      'projects[0].funding.currency: invalid currency "FCFA" (ISO 4217, like EUR); amounts shown without a currency',
      'projects[2].funding.currency: currency "xof" read as "XOF"',
      'budgets[0].currency: invalid currency null (ISO 4217, like EUR); amounts shown without a currency',
    ]);
    // The feed's own currency, unreadable, is no currency for the amounts that take it; blank, it is EUR.
    const top = accepted(parseFeed(feed({ currency: 'F CFA', budgets: [{ year: 2024, allocated: 1 }] })));
    expect([top.currency, top.budgets[0].currency]).to.deep.equal(['XXX', 'XXX']);
    expect(accepted(parseFeed(feed({ currency: ' ' }))).currency).to.equal('EUR');
    // The steward hears of the blanks.
    const advised = parseFeed(feed({ projects: [prj('ecole', { funding: { total: 900, currency: ' ' } })] }), { advisor: stewardAdvice });
    expect(advised.warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal(['projects[0].funding.currency: empty, read as absent: leave it out']);
  });

  it('says a reference names an entry left out, rather than an unknown one', () => {
    const r = parseFeed(
      feed({
        partners: [{ id: 'adk', name: 'ADK', kind: 'OSIM' }],
        projects: [prj('adk', { partners: [{ ref: 'adk', role: 'lead' }, { ref: 'xyz', role: 'lead' }] })],
      }),
    );
    expect(r.warnings.slice(1).map((w) => w.message)).to.deep.equal([
      'unknown partner "adk" (left out above); entry projects[0].partners[0] left out',
      'unknown partner "xyz"; entry projects[0].partners[1] left out',
    ]);
  });

  it('drops an address typed without its scheme, which would resolve as a dead relative link', () => {
    const bare = [
      'www.belleval.fr',
      'belleval.fr',
      'belleval.fr/solidarite',
      'mairie-dakar.sn',
      'asso.org.sn/projets',
      'contact@belleval.fr',
      'prénom.nom@ville.ml',
      '06 12 34 56 78',
      '06\u00a012\u00a034\u00a056\u00a078',
      '+33 6 12 34 56 78',
      // The scheme mistyped: each would be a path on the feed's own site.
      'https:/www.ville.fr/solidarite',
      'https:www.ville.fr',
      'https:\\www.ville.fr',
      'http//www.ville.fr',
      'https//ville.fr/page',
      '\\\\serveur\\partage\\photo.jpg',
    ];
    const kept = [
      'rapport.pdf',
      'https:rapport.pdf',
      'notes.md',
      'rapport@2x.pdf',
      'logo@2x.avif',
      'rapport@2024.csv',
      'images/logo@2x.png',
      '2024/bilan.html',
      '123456',
      'mailto:contact@belleval.fr',
    ];
    const r = parseFeed(feed({ projects: [prj('p', { links: [...bare, ...kept].map((href) => ({ href, label: href })) })] }), { baseUrl: BASE });
    expect(accepted(r).projects[0].links.map((l) => l.label)).to.deep.equal(kept.map((href) => ({ fr: href })));
    expect(r.warnings.map((w) => w.message.split(' (')[0])).to.deep.equal(bare.map((href) => `address without its scheme ${JSON.stringify(href)}`));
    // safeUrl, exported, checks as the parser does.
    expect(bare.map((href) => safeUrl(href, BASE, 'link'))).to.deep.equal(bare.map(() => undefined));
    expect(safeUrl('notes.md', BASE, 'link')).to.equal(new URL('notes.md', BASE).href);
    const logo = parseFeed(feed({ partners: [{ id: 'a', name: 'A', kind: 'ngo', logo: { src: 'www.a.fr/logo.png', alt: '' } }] }), { baseUrl: BASE });
    expect(logo.warnings.map((w) => w.message)).to.deep.equal([
      'image address without its scheme "www.a.fr/logo.png" (https://); entry partners[0].logo left out',
    ]);
  });

  it('keeps HTML markup, entities and text decoded twice as typed, with a warning given with advice', () => {
    const input = 
      feed({
        projects: [
          prj('p', {
            title: 'Eau potable à DiÃ©ma',
            summary: { fr: 'Accès&nbsp;à l’eau', en: 'Water' },
            description: '<p>Une <b>association</b></p>',
          }),
          prj('q', { summary: '1 < 2 & 3 > 2, a<b, R&D; Saint-Louis' }),
        ],
      });
    expect(parseFeed(input).warnings).to.deep.equal([]);
    const r = parseFeed(input, ADVISED);
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([
      'projects[0].title: text decoded twice ("Ã©" for "é"): save the file as UTF-8 once',
      // An entity is not markup: the character it stands for is named.
      'projects[0].summary: HTML entity "&nbsp;" for U+00A0, shown as typed: write the character itself',
      'projects[0].description: HTML markup, shown as typed',
    ]);
    expect(accepted(r).projects[0].description).to.deep.equal({ fr: '<p>Une <b>association</b></p>' });
  });

  it('says nothing of the one valid publisher left when every item names its own', () => {
    const named = parseFeed(feed({ publishers: [pub('a'), pub('b', { kind: 'mairie' })], projects: [prj('p', { publisher: 'a' })] }));
    expect(paths(named)).to.deep.equal(['publishers[1].kind']);
    const unnamed = parseFeed(feed({ publishers: [pub('a'), pub('b', { kind: 'mairie' })], budgets: [{ year: 2025, allocated: 1 }] }));
    expect(paths(unnamed)).to.deep.equal(['publishers[1].kind', 'publishers']);
    expect(accepted(unnamed).budgets[0].publisher).to.equal('a');
  });

  it('without a baseUrl, drops relative URLs with a warning and keeps absolute ones', () => {
    const f = accepted(
      parseFeed(
        feed({
          projects: [prj('p', { image: { src: 'img/a.png', alt: '' }, links: [{ href: 'a.html', label: 'a' }, { href: 'https://x.example/', label: 'b' }] })],
        }),
      ),
    );
    expect(f.projects[0]).not.to.have.own.property('image');
    expect(f.projects[0].links.map((l) => l.href)).to.deep.equal(['https://x.example/']);
  });

  it('resolves every relative URL against baseUrl', () => {
    const f = accepted(
      parseFeed(
        feed({
          publishers: [pub('a', { website: '/', logo: { src: 'logo.svg', alt: 'A' } })],
          partners: [{ id: 'b', name: 'B', kind: 'ngo', website: '../b/', logo: { src: '//cdn.example.net/b.png', alt: '' } }],
          projects: [prj('p', { image: { src: '?v=2', alt: '' }, links: [{ href: '#top', label: 'haut' }] })],
        }),
        { baseUrl: 'https://example.org/feeds/2026/feed.json?x=1' },
      ),
    );
    expect(f.publishers[0].website).to.equal('https://example.org/');
    expect(f.publishers[0].logo!.src).to.equal('https://example.org/feeds/2026/logo.svg');
    expect(f.partners[0].website).to.equal('https://example.org/feeds/b/');
    expect(f.partners[0].logo!.src).to.equal('https://cdn.example.net/b.png');
    expect(f.projects[0].image!.src).to.equal('https://example.org/feeds/2026/feed.json?v=2');
    expect(f.projects[0].links[0].href).to.equal('https://example.org/feeds/2026/feed.json?x=1#top');
  });

  it('takes a plain-string Text in the feed’s language, and trims', () => {
    const f = accepted(parseFeed(feed({ language: 'pt-BR', projects: [prj('p', { title: '  Água  ', summary: { en: ' Water ', fr: '' } })] })));
    expect(f.projects[0].title).to.deep.equal({ 'pt-BR': 'Água' });
    expect(f.projects[0].summary).to.deep.equal({ en: 'Water' });
    expect(f.publishers[0].name).to.deep.equal({ 'pt-BR': 'Ville belleval' });
  });
});

describe('parseFeed: hostile input', () => {
  it('never walks 100,000-deep nesting, wherever it is', () => {
    const d = deep(100_000);
    const o = deep(100_000, true);
    const r = parseFeed({
      version: '1',
      language: d,
      currency: o,
      updated: d,
      extra: d,
      publishers: [
        pub('a', { name: { fr: d, en: 'A' }, theme: o, logo: { src: d, alt: o }, website: o, code: d }),
        o,
        d,
      ],
      partners: d,
      projects: [
        prj('p', {
          title: { fr: 'P', de: o },
          summary: d,
          themes: [d, 'health'],
          sdgs: d,
          dac: [o],
          places: [{ country: d }, o],
          partners: [{ ref: o, role: 'lead' }],
          funding: { total: d, contribution: 5 },
          links: [{ href: 'https://x.example/', label: o }],
        }),
        prj('q', { title: d }),
      ],
      budgets: [{ year: 2026, allocated: 1, lines: [d, { basis: o }] }, { year: o, allocated: 1 }, { year: 2027, allocated: 1, currency: o }],
    });
    expect(paths(r)).to.deep.equal([
      'language',
      'currency',
      'updated',
      'publishers[0].name.fr',
      'publishers[0].code',
      'publishers[0].website',
      'publishers[0].logo.src',
      // `o` is { a: … }: an object Text whose one tag, `a`, is not a language tag.
      'publishers[0].logo.alt.a',
      'publishers[0].logo.alt',
      // The theme `o` has no known member: absent, silently.
      'publishers[1].id',
      'publishers[1].name',
      'publishers[1].kind',
      'publishers[2]',
      'publishers',
      'partners[0]',
      'projects[0].title.de',
      'projects[0].summary',
      'projects[0].themes[0]',
      'projects[0].sdgs[0]',
      'projects[0].dac[0]',
      'projects[0].places[0].country',
      'projects[0].places[1].country',
      'projects[0].partners[0].ref',
      'projects[0].funding.total',
      'projects[0].links[0].label.a',
      'projects[0].links[0].label',
      'projects[1].title',
      'budgets[0].lines[0]',
      'budgets[0].lines[1].basis',
      'budgets[1].year',
      'budgets[2].currency',
    ]);
    const f = accepted(r);
    expect(f.projects.map((p) => p.id)).to.deep.equal(['p']);
    expect(f.projects[0].themes).to.deep.equal(['health']);
    expect(f.projects[0].funding).to.deep.equal({ currency: 'XXX', contribution: 5 });
    expect(f.budgets.map((b) => [b.year, b.currency])).to.deep.equal([[2026, 'XXX'], [2027, 'XXX']]);
  });

  it('reads deep nesting that came from JSON.parse', () => {
    const text = `{"version":"1","publishers":[{"id":"a","name":"A","kind":"commune"}],"projects":[{"id":"p","status":"ongoing","title":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`;
    const r = parseFeed(JSON.parse(text));
    expect(paths(r)).to.deep.equal(['projects[0].title']);
  });

  it('__proto__ and constructor keys neither pollute nor reach the output', async () => {
    const r = parseFeed(await load('invalid/prototype-keys'));
    expect(paths(r)).to.deep.equal(['publishers[0].name.__proto__', 'publishers[0].name.constructor']);
    const f = accepted(r);
    expect(f.version).to.equal('1');
    expect(f.publishers[0]).to.deep.equal({ id: 'belleval', name: { fr: 'Belleval' }, kind: 'commune' });
    expect(f.projects[0].status).to.equal('ongoing');
    expect(f.projects[0].funding).to.deep.equal({ currency: 'EUR' });
    const keys = allKeys(f);
    expect(keys).not.to.include('__proto__');
    expect(keys).not.to.include('constructor');
    const probe: Json = {};
    expect(probe.polluted).to.equal(undefined);
    expect(probe.isAdmin).to.equal(undefined);
    expect(probe.status).to.equal(undefined);
  });

  it('reads own properties only, even if Object.prototype is polluted', () => {
    const proto = Object.prototype as Json;
    proto.status = 'ongoing';
    proto.title = 'Inherited';
    proto.en = 'Inherited';
    try {
      const r = parseFeed(feed({ publishers: [pub('a', { name: { fr: 'A' } })], projects: [{ id: 'p' }] }));
      expect(paths(r)).to.deep.equal(['projects[0].title', 'projects[0].status']);
      const f = accepted(r);
      expect(f.projects).to.deep.equal([]);
      expect(Object.keys(f.publishers[0].name)).to.deep.equal(['fr']);
    } finally {
      delete proto.status;
      delete proto.title;
      delete proto.en;
    }
  });

  it('refuses NaN and ±Infinity everywhere a number goes, and turns -0 into 0', () => {
    const r = parseFeed(
      feed({
        projects: [
          prj('p', {
            sdgs: [NaN, Infinity, 6],
            dac: [NaN, Infinity],
            places: [{ country: 'SN', lat: NaN, lon: Infinity }, { country: 'ML', lat: -0, lon: -0 }],
            funding: { total: Infinity, contribution: NaN },
          }),
        ],
        budgets: [
          { year: NaN, allocated: 1 },
          { year: 2026, allocated: -Infinity },
          { year: 2025, allocated: -0, lines: [{ basis: 'water', rate: NaN, base: Infinity, spent: -0 }] },
        ],
      }),
    );
    expect(paths(r)).to.deep.equal([
      'projects[0].sdgs[0]',
      'projects[0].sdgs[1]',
      'projects[0].dac[0]',
      'projects[0].dac[1]',
      'projects[0].places[0].lat',
      'projects[0].places[0].lon',
      'projects[0].funding.total',
      'projects[0].funding.contribution',
      'budgets[0].year',
      'budgets[1].allocated',
      'budgets[2].lines[0].base',
      'budgets[2].lines[0].rate',
    ]);
    const f = accepted(r);
    expect(f.projects[0].sdgs).to.deep.equal([6]);
    expect(Object.is(f.projects[0].places[1].lat, 0)).to.be.true;
    expect(Object.is(f.budgets[0].allocated, 0)).to.be.true;
    expect(Object.is(f.budgets[0].lines[0].spent, 0)).to.be.true;
  });

  it('lone surrogates and NUL: cleaned in texts, refused in ids, codes and tags', () => {
    const r = parseFeed(
      feed({
        language: 'fr\u0000',
        partners: [{ id: 'a\u0000', name: 'A', kind: 'ngo' }, { id: 'b', name: '\uD83D', kind: 'ngo', country: 'S\uD800' }],
        projects: [prj('p', { title: { fr: '\uDE00Eau', ['e\uD800n']: 'x' }, status: 'ongoing\u0000' }), prj('q', { title: '\u0000 \u0000' })],
      }),
    );
    expect(paths(r)).to.deep.equal([
      'language',
      'partners[0].id',
      'partners[1].country',
      // JSON.stringify escapes the lone surrogate: the path itself is well-formed.
      'projects[0].title["e\\ud800n"]',
      'projects[0].status',
      'projects[1].title',
    ]);
    const f = accepted(r);
    expect(f.partners).to.deep.equal([{ id: 'b', name: { fr: '\uFFFD' }, kind: 'ngo' }]);
    expect(f.projects).to.deep.equal([]);
  });

  it('does not share objects with its input', () => {
    const input = feed({ projects: [prj('p', { title: { fr: 'Eau' }, themes: ['health'], funding: { total: 1, currency: 'EUR' } })] });
    const f = accepted(parseFeed(input));
    expect(f.projects[0].title).not.to.equal(input.projects[0].title);
    expect(f.projects[0].themes).not.to.equal(input.projects[0].themes);
    expect(f.projects[0].funding).not.to.equal(input.projects[0].funding);
    expect(f.publishers).not.to.equal(input.publishers);
  });
});

describe('parseFeed: the output is a clean feed', () => {
  const ALL = [
    'valid/minimal',
    'valid/full',
    'valid/network',
    'invalid/forward-compatible',
    'valid/text-cleaning',
    'invalid/prototype-keys',
    ...Object.keys(RULES).map((name) => `invalid/${name}`),
  ];
  for (const name of ALL) {
    it(`parsing ${name} again changes nothing and warns of nothing`, async () => {
      const first = accepted(parseFeed(await load(name), { baseUrl: BASE }));
      const again = parseFeed(first, { baseUrl: BASE });
      expect(again.warnings).to.deep.equal([]);
      expect(accepted(again)).to.deep.equal(first);
      // As a page would get it: through JSON, and with another base (every URL is absolute now).
      const serialised = parseFeed(JSON.parse(JSON.stringify(first)), { baseUrl: 'https://elsewhere.example/' });
      expect(serialised.warnings).to.deep.equal([]);
      expect(accepted(serialised)).to.deep.equal(first);
    });
  }
});

describe('parseFeed: text and money a page cannot trust', () => {
  const one = (projectFields: Json) =>
    parseFeed({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }], projects: [{ id: 'p', title: 'T', status: 'ongoing', ...projectFields }] }, { baseUrl: BASE });

  it('closes the bidirectional overrides and isolates a text leaves open, innermost first', () => {
    const feed = accepted(one({ title: '\u202eevil', summary: 'a\u2067b\u202bc', description: 'closed \u202ex\u202c and \u2066y\u2069' }));
    const [project] = feed.projects;
    expect(project.title.fr).to.equal('\u202eevil\u202c');
    expect(project.summary!.fr).to.equal('a\u2067b\u202bc\u202c\u2069');
    expect(project.description!.fr).to.equal('closed \u202ex\u202c and \u2066y\u2069');
    // Already balanced: parsing again changes nothing.
    expect(accepted(parseFeed(feed, { baseUrl: BASE }))).to.deep.equal(feed);
  });

  it('refuses money past 2^53 − 1, where amounts lose their units and sums overflow', () => {
    const r = one({ funding: { total: Number.MAX_SAFE_INTEGER, contribution: 1e300 } });
    expect(paths(r)).to.deep.equal(['projects[0].funding.contribution']);
    expect(accepted(r).projects[0].funding).to.deep.equal({ total: Number.MAX_SAFE_INTEGER, currency: 'EUR' });
  });

  it('turns an object it cannot read into a fatal error, never a throw', () => {
    const hostile = { version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }] };
    Object.defineProperty(hostile, 'projects', { enumerable: true, get: () => { throw new Error('store detached'); } });
    const r = parseFeed(hostile);
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.error.code).to.equal('not-object');
  });
});
