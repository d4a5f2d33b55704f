// The data steward's hints on statuses, countries, dates and amounts, in the words ancrage-check
// and the embed generator print, in English and in French (`npm run build` first: reads dist/).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeed, stewardAdvice, warningInFrench } from '../../dist/index.js';
import { ALPHA_3 } from '../../dist/feed/alpha3.js';
import { isCountry } from '../../dist/feed/countries.js';
import { warningInEnglish } from '../../dist/i18n/feed-warnings.js';
import { COUNTRY_CASES, DATE_CASES, STATUS_CASES } from './advice-cases.mjs';

const feed = (fields) => ({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }], ...fields });
/** Each warning as `[path, English, French]`, as the command prints them. */
const said = (fields) =>
  parseFeed(feed(fields), { advisor: stewardAdvice }).warnings.map(({ path, message }) => [path, warningInEnglish(message), warningInFrench(message)]);
const project = (fields) => ({ id: 'p', title: 'T', status: 'ongoing', ...fields });

test('a status written as a label or another word, in French or English, in any case and accents: the code meant', () => {
  for (const [status, code] of STATUS_CASES) {
    assert.deepEqual(said({ projects: [project({ status })] }), [
      [
        'projects[0].status',
        `unknown code ${JSON.stringify(status)}; did you mean "${code}"?; entry projects[0] left out`,
        `code inconnu ${JSON.stringify(status)}\u00a0; vouliez-vous dire "${code}"\u00a0?\u00a0; élément projects[0] écarté`,
      ],
    ]);
  }
  // A number (IATI's 2, or a row of a spreadsheet's list?) and a word of no status: no guess, the codes there are.
  for (const [status, quoted] of [[2, '2'], ['Validé', '"Validé"']]) {
    assert.deepEqual(said({ projects: [project({ status })] }), [
      [
        'projects[0].status',
        `unknown code ${quoted}; known codes: planned, ongoing, completed, suspended, cancelled; entry projects[0] left out`,
        `code inconnu ${quoted}\u00a0; codes connus\u00a0: planned, ongoing, completed, suspended, cancelled\u00a0; élément projects[0] écarté`,
      ],
    ]);
  }
});

test('a country by its name, its first words, its alpha-3 code or an acronym: the alpha-2 code; a name two countries start with: none', () => {
  for (const [country, code] of COUNTRY_CASES) {
    const hint = code && [`; the code is ${code}`, `\u00a0; son code\u00a0: ${code}`];
    assert.deepEqual(said({ partners: [{ id: 'p', name: 'P', kind: 'osim', country }] }), [
      [
        'partners[0].country',
        `invalid country ${JSON.stringify(country)} (ISO 3166-1 alpha-2, like SN), left out${hint ? hint[0] : ''}`,
        `pays invalide ${JSON.stringify(country)} (code ISO 3166-1 alpha-2 en majuscules, comme SN), écarté${hint ? hint[1] : ''}`,
      ],
    ]);
  }
});

test('the alpha-3 table names each assigned country once, but Kosovo, which has no alpha-3 code', () => {
  const pairs = ALPHA_3.trim().split(/\s+/);
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const assigned = letters.flatMap((a) => letters.map((b) => a + b)).filter(isCountry);
  assert.deepEqual(pairs.map((pair) => pair.slice(0, 2)), assigned.filter((code) => code != 'XK'));
  for (const pair of pairs) assert.match(pair, /^[A-Z]{2}:[A-Z]{3}$/);
  assert.equal(new Set(pairs.map((pair) => pair.slice(3))).size, pairs.length);
});

test('a date with a month by its name, or with a time: the day; in updated, the date-time with its "T"; an impossible one: no hint', () => {
  for (const [date, day, dateTime] of DATE_CASES) {
    const quoted = JSON.stringify(date);
    const [en, fr] = day ? [`; write it "${day}"`, `\u00a0; à écrire "${day}"`] : ['', ''];
    assert.deepEqual(said({ projects: [project({ start: date })] }), [
      ['projects[0].start', `invalid date ${quoted} (YYYY, YYYY-MM or YYYY-MM-DD), left out${en}`, `date impossible ${quoted} (AAAA, AAAA-MM ou AAAA-MM-JJ), écartée${fr}`],
    ]);
    const inUpdated = said({ updated: date });
    if (dateTime === null) assert.deepEqual(inUpdated, [], date);
    else {
      const [en, fr] = dateTime ? [`; write it "${dateTime}"`, `\u00a0; à écrire "${dateTime}"`] : ['', ''];
      assert.deepEqual(inUpdated, [
        [
          'updated',
          `invalid date or date-time ${quoted} (YYYY-MM-DD or YYYY-MM-DDThh:mm), left out${en}`,
          `date (ou date et heure) impossible ${quoted} (AAAA-MM-JJ ou AAAA-MM-JJThh:mm), écartée${fr}`,
        ],
      ]);
    }
  }
});

test('paid past the committed amount, in a budget or a line, is warned of with both amounts; at it, or with nothing committed: nothing', () => {
  assert.deepEqual(
    said({
      budgets: [
        { year: 2024, allocated: 100000, committed: 50000, spent: 80000.5 },
        { year: 2026, allocated: 100000, lines: [{ basis: 'general', allocated: 100000, committed: 10000, spent: 12000 }] },
        // At the committed amount, or nothing said committed: nothing to say.
        { year: 2025, allocated: 100000, committed: 50000, spent: 50000 },
        { year: 2027, allocated: 100000, lines: [{ basis: 'water', spent: 3000 }] },
      ],
    }),
    [
      [
        'budgets[0].spent',
        'spent amount €80,000.5 is over the committed amount, €50,000: check the amounts',
        'montant payé de 80\u202f000,5\u00a0€ supérieur au montant engagé de 50\u202f000\u00a0€\u00a0: vérifiez les montants',
      ],
      [
        'budgets[1].lines[0].spent',
        'spent amount €12,000 is over the committed amount, €10,000: check the amounts',
        'montant payé de 12\u202f000\u00a0€ supérieur au montant engagé de 10\u202f000\u00a0€\u00a0: vérifiez les montants',
      ],
    ],
  );
  // A budget whose one line has its amounts: said once, on the line; past the envelope too, each said.
  assert.deepEqual(
    said({ budgets: [{ year: 2024, allocated: 1000, committed: 1200, spent: 1500, lines: [{ basis: 'general', allocated: 1000, committed: 1200, spent: 1500 }] }] }).map(
      ([path, english]) => [path, english],
    ),
    [
      ['budgets[0].lines[0].committed', 'committed amount €1,200 is over the €1,000 envelope (allocated): check the amounts'],
      ['budgets[0].lines[0].spent', 'spent amount €1,500 is over the committed amount, €1,200: check the amounts'],
    ],
  );
  // The widgets are told nothing of it.
  assert.deepEqual(parseFeed(feed({ budgets: [{ year: 2024, allocated: 100, committed: 50, spent: 80 }] })).warnings, []);
});

test('amounts are compared as the gauge shows them, in the currency of their budget, line or funding', () => {
  const paths = (extra) => said(extra).map(([path]) => path);
  // No CFA franc cents: 1 000,4 is 1 000 F CFA, no overrun; a millime of dinar is one.
  assert.deepEqual(
    paths({
      budgets: [
        { year: 2024, currency: 'XOF', allocated: 1000, committed: 1000.4, lines: [{ basis: 'water', base: 100000, committed: 1000.4 }] },
        { year: 2025, currency: 'TND', allocated: 10.001, committed: 10.004 },
      ],
    }),
    ['budgets[1].committed'],
  );
  // The feed's currency, else the euro: 1 000,004 € is 1 000 €.
  assert.deepEqual(paths({ currency: 'XOF', budgets: [{ year: 2024, allocated: 1000, spent: 1000.4 }] }), []);
  assert.deepEqual(paths({ budgets: [{ year: 2024, allocated: 1000, spent: 1000.004 }] }), []);
  assert.deepEqual(paths({ projects: [project({ funding: { currency: 'BHD', total: 10, contribution: 10.004 } })] }), ['projects[0].funding.contribution']);
  // An advisor wrapping the hook as it was, without the currency: euros, and no broken feed.
  const wrapped = { ...stewardAdvice, object: (value, known) => stewardAdvice.object(value, known) };
  const result = parseFeed(feed({ budgets: [{ year: 2024, allocated: 10, committed: 12 }] }), { advisor: wrapped });
  assert.deepEqual([result.ok, result.warnings.map(({ path }) => path)], [true, ['budgets[0].committed']]);
});
