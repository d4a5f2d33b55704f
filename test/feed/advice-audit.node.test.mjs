// A first feed built from a spreadsheet (the h31 data-steward audit): what the checker says of each
// slip, in English and in French, and that following its hint gives a feed it passes
// (`npm run build` first: reads dist/).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeed, parseFeedText, stewardAdvice, warningInFrench } from '../../dist/index.js';
import { warningInEnglish } from '../../dist/i18n/feed-warnings.js';
import { jsonSyntaxError } from '../../dist/i18n/json-syntax.js';
import { leftOutCount } from '../../dist/feed/item-name.js';

const BELLEVAL = { id: 'belleval', name: 'Ville de Belleval', kind: 'commune' };
const feed = (fields) => ({ version: '1', publishers: [BELLEVAL], ...fields });
const project = (fields) => ({ id: 'p', title: 'T', status: 'ongoing', ...fields });
/** Each warning as `[path, English, French]`, as ancrage-check prints them. */
const said = (fields, text) => {
  const { warnings } = text === undefined ? parseFeed(feed(fields), { advisor: stewardAdvice }) : parseFeedText(text, 'https://ville.example/flux.json', stewardAdvice);
  return warnings.map(({ path, message }) => [path, warningInEnglish(message), warningInFrench(message)]);
};
/** The feed passes once the hint is followed: no warning at all. */
const passes = (fields) => assert.deepEqual(said(fields), []);

test('a percentage in an amount is no number to copy: an amount is asked for; in a rate, the fraction', () => {
  assert.deepEqual(said({ budgets: [{ year: 2024, allocated: 40000, committed: '62,5 %' }] }), [
    [
      'budgets[0].committed',
      'not money "62,5 %" (a number, 0 or more, without quotes), left out; a percentage: an amount is wanted here, in its currency, not a share of one',
      'montant invalide "62,5 %" (un nombre positif ou nul, sans guillemets), écarté\u00a0; un pourcentage\u00a0: ce champ attend un montant, dans sa devise, pas une part',
    ],
  ]);
  assert.doesNotMatch(said({ projects: [project({ funding: { total: 120000, contribution: '10 %' } })] })[0][1], /\d\.\d|0\.1/);
  // A rate's percentage is the rate: "0,5 %" is 0.005, and 0.5 (meant as 0.5 %) is said to be 0.005 too.
  assert.match(said({ budgets: [{ year: 2024, allocated: 1, lines: [{ basis: 'water', rate: '0,5 %' }] }] })[0][1], /unit: 0\.005; left out/);
  assert.deepEqual(said({ budgets: [{ year: 2024, allocated: 1, lines: [{ basis: 'water', rate: 0.5 }] }] })[0].slice(1), [
    // How 1 % is written, said once.
    'invalid rate 0.5 (0 < rate ≤ 0.01: 1 % is written 0.01); a share: 0.5 % is written 0.005; left out: on a 1 % line, the ceiling then uses the default rate, 0.01',
    "taux invalide 0.5 (0 < taux ≤ 0.01\u00a0: 1\u00a0% s'écrit 0.01)\u00a0; une part\u00a0? 0,5\u00a0% s'écrit 0.005\u00a0; écarté\u00a0: sur une ligne 1\u00a0%, le plafond se calcule alors au taux par défaut, 0.01",
  ]);
  passes({ budgets: [{ year: 2024, allocated: 1, lines: [{ basis: 'water', rate: 0.005 }] }] });
});

test('an amount typed with a thousands dot (40.000) is said from the JSON text, with what to write; not 12.5, a rate, a place, nor dinars', () => {
  const text = (budget, extra = '') =>
    `{"version": "1", ${extra}"publishers": [{"id": "belleval", "name": "Ville de Belleval", "kind": "commune"}], "budgets": [${budget}]}`;
  assert.deepEqual(said(undefined, text('{"year": 2024, "allocated": 40.000, "spent": 12.500}')), [
    ['budgets[0].allocated', '40.000 is read as 40: if thousands were meant, write 40000', '40.000 est lu 40\u00a0: pour des milliers, écrivez 40000'],
    ['budgets[0].spent', '12.500 is read as 12.5: if thousands were meant, write 12500', '12.500 est lu 12.5\u00a0: pour des milliers, écrivez 12500'],
  ]);
  assert.deepEqual(said(undefined, text('{"year": 2024, "allocated": 40000, "spent": 12500}')), []);
  // Cents, a rate, a latitude, a year: no alarm; nor in a feed in a currency of three decimals.
  const quiet = '{"year": 2024, "allocated": 12.5, "spent": 0.125, "lines": [{"basis": "water", "base": 1000000, "rate": 0.005}]}';
  assert.deepEqual(said(undefined, text(quiet)), []);
  assert.deepEqual(said(undefined, text('{"year": 2024, "allocated": 10.500}', '"currency": "TND", ')), []);
  // Only there: a budget in euros beside one in dinars, or in a feed in dinars, is still checked.
  const dinars = '{"year": 2024, "allocated": 10.500, "currency": "TND"}';
  const euros = (year) => `{"year": ${year}, "publisher": "belleval", "allocated": 40.000, "currency": "EUR"}`;
  const warned = [['budgets[1].allocated', '40.000 is read as 40: if thousands were meant, write 40000', '40.000 est lu 40\u00a0: pour des milliers, écrivez 40000']];
  assert.deepEqual(said(undefined, text(`${dinars}, ${euros(2025)}`)), warned);
  assert.deepEqual(said(undefined, text(`{"year": 2024, "allocated": 10.500}, ${euros(2025)}`, '"currency": "TND", ')), warned);
  const place = `{"version": "1", "publishers": [{"id": "b", "name": "B", "kind": "commune"}], "projects": [{"id": "p", "title": "T", "status": "ongoing", "places": [{"country": "ML", "lat": 14.250, "lon": 120.500}]}]}`;
  assert.deepEqual(said(undefined, place), []);
});

test('a blank publisher is no publisher: a one-publisher feed keeps its items, for the widgets too; a name gets its id', () => {
  const blank = feed({ projects: [project({ publisher: '' })], budgets: [{ publisher: '  ', year: 2024, allocated: 1000 }] });
  const result = parseFeed(blank);
  assert.deepEqual([result.warnings, result.feed.projects.map((p) => p.publisher), result.feed.budgets.map((b) => b.publisher)], [[], ['belleval'], ['belleval']]);
  // The steward hears of it, the item kept.
  assert.deepEqual(said({ projects: [project({ publisher: '' })], budgets: [{ publisher: '  ', year: 2024, allocated: 1000 }] }), [
    ['projects[0].publisher', 'empty, read as absent: leave it out', 'vide, lu comme absent\u00a0: retirez-le'],
    ['budgets[0].publisher', 'empty, read as absent: leave it out', 'vide, lu comme absent\u00a0: retirez-le'],
  ]);
  passes({ projects: [project()], budgets: [{ year: 2024, allocated: 1000 }] });
  // With several publishers, it is missing, as when left out.
  const two = parseFeed({ version: '1', publishers: [BELLEVAL, { id: 'agglo', name: 'Agglo', kind: 'intercommunalite' }], projects: [project({ publisher: '' })] });
  assert.deepEqual(two.warnings, [{ path: 'projects[0].publisher', message: 'missing; entry projects[0] left out' }]);
  // The steward is told which id to give, not to leave it out (it is required there).
  assert.deepEqual(said({ publishers: [BELLEVAL, { id: 'agglo', name: 'Agglo', kind: 'intercommunalite' }], projects: [project({ publisher: '' })] }), [
    ['projects[0].publisher', 'missing; entry projects[0] left out', 'champ obligatoire absent\u00a0; élément projects[0] écarté'],
    [
      'projects[0].publisher',
      "empty: give its publisher's id; known ids: belleval, agglo",
      "vide\u00a0: donnez l'identifiant de sa collectivité\u00a0; identifiants connus\u00a0: belleval, agglo",
    ],
  ]);
  assert.deepEqual(said({ projects: [project({ publisher: 'Ville de Belleval' })] }), [
    [
      'projects[0].publisher',
      'unknown publisher "Ville de Belleval"; a name: its id is "belleval"; entry projects[0] left out',
      'collectivité inconnue "Ville de Belleval"\u00a0; un nom\u00a0: son identifiant est "belleval"\u00a0; élément projects[0] écarté',
    ],
  ]);
  passes({ projects: [project({ publisher: 'belleval' })] });
  // A partner by its name, among more than ten.
  const partners = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: i ? `Partenaire ${i}` : 'Les Amis de Diéma', kind: 'association' }));
  assert.match(said({ partners, projects: [project({ partners: [{ ref: 'les amis de diema', role: 'lead' }] })] })[0][1], /; a name: its id is "p0";/);
});

test('budget figures that contradict each other are said with their amounts, in both languages', () => {
  const lines = [
    { basis: 'water', allocated: 30000, committed: 28000 },
    { basis: 'general', allocated: 20000, committed: 12000 },
  ];
  assert.deepEqual(said({ budgets: [{ year: 2024, allocated: 40000, committed: 25000, totalBudget: 35000, lines }] }), [
    [
      'budgets[0].totalBudget',
      'allocated amount €40,000 is over the €35,000 total budget (totalBudget): check the amounts',
      'montant voté de 40\u202f000\u00a0€ supérieur au budget total de 35\u202f000\u00a0€ (totalBudget)\u00a0: vérifiez les montants',
    ],
    [
      'budgets[0].lines',
      'lines allocated €50,000 in all, over the €40,000 envelope (allocated): check the amounts',
      "lignes votées pour 50\u202f000\u00a0€ en tout, au-delà de l'enveloppe votée de 40\u202f000\u00a0€ (allocated)\u00a0: vérifiez les montants",
    ],
  ]);
  // Lines that share out the whole envelope, committing other than the budget says.
  assert.deepEqual(said({ budgets: [{ year: 2024, allocated: 50000, committed: 25000, lines }] }), [
    [
      'budgets[0].committed',
      'committed amount €25,000, but €40,000 in all in its lines: check the amounts',
      'montant engagé de 25\u202f000\u00a0€, mais de 40\u202f000\u00a0€ en tout dans ses lignes\u00a0: vérifiez les montants',
    ],
  ]);
  // Lines that cover part of the envelope (the rest general budget without a line) say nothing of the whole.
  passes({ budgets: [{ year: 2024, allocated: 100000, committed: 80000, spent: 50000, lines: [{ basis: 'water', allocated: 30000, committed: 20000, spent: 10000, base: 4000000 }] }] });
  // Lines that agree, or one line without its committed amount: nothing to say.
  passes({ budgets: [{ year: 2024, allocated: 50000, committed: 40000, totalBudget: 9000000, lines }] });
  passes({ budgets: [{ year: 2024, allocated: 50000, committed: 25000, lines: [lines[0], { basis: 'general', allocated: 20000 }] }] });
  // The widgets are told nothing of it.
  assert.deepEqual(parseFeed(feed({ budgets: [{ year: 2024, allocated: 40000, totalBudget: 35000 }] })).warnings, []);
});

test('several SDGs or codes in one cell, and one value where a list goes: the list to write', () => {
  assert.deepEqual(said({ projects: [project({ sdgs: ['6,11', 'ODD 4, ODD 17'], themes: ['Santé, éducation'] })] }), [
    [
      'projects[0].themes[0]',
      'unknown code "Santé, éducation", left out; one value each in the list: ["health", "education"]',
      'code inconnu "Santé, éducation", écarté\u00a0; une valeur par élément de la liste\u00a0: ["health", "education"]',
    ],
    [
      'projects[0].sdgs[0]',
      'not an SDG "6,11" (integer 1 to 17), left out; one value each in the list: [6, 11]',
      'ODD invalide "6,11" (nombre entier de 1 à 17), écarté\u00a0; une valeur par élément de la liste\u00a0: [6, 11]',
    ],
    [
      'projects[0].sdgs[1]',
      'not an SDG "ODD 4, ODD 17" (integer 1 to 17), left out; one value each in the list: [4, 17]',
      'ODD invalide "ODD 4, ODD 17" (nombre entier de 1 à 17), écarté\u00a0; une valeur par élément de la liste\u00a0: [4, 17]',
    ],
  ]);
  // An integer field never gets a decimal: "6.5" is no SDG.
  assert.doesNotMatch(said({ projects: [project({ sdgs: ['6,5'] })] })[0][1], /6\.5/);
  const scalars = { sdgs: '4,11', themes: 'education, santé', places: 'Mali', dac: 14030, partners: 'amis' };
  assert.deepEqual(
    said({ partners: [{ id: 'amis', name: 'Amis', kind: 'association' }], projects: [project(scalars)] }).map(([path, english, french]) => [path, english, french]),
    [
      ['projects[0].themes', 'not a list "education, santé"; a list: write ["education", "health"]', 'pas une liste "education, santé"\u00a0; une liste\u00a0: écrivez ["education", "health"]'],
      ['projects[0].sdgs', 'not a list "4,11"; a list: write [4, 11]', 'pas une liste "4,11"\u00a0; une liste\u00a0: écrivez [4, 11]'],
      ['projects[0].dac', 'not a list 14030; a list: write [14030]', 'pas une liste 14030\u00a0; une liste\u00a0: écrivez [14030]'],
      ['projects[0].places', 'not a list "Mali"; a list: write [{"country": "ML"}]', 'pas une liste "Mali"\u00a0; une liste\u00a0: écrivez [{"country": "ML"}]'],
      ['projects[0].partners', 'not a list "amis"; a list: write [{"ref": "amis", "role": "…"}]', 'pas une liste "amis"\u00a0; une liste\u00a0: écrivez [{"ref": "amis", "role": "…"}]'],
    ],
  );
  passes({ projects: [project({ sdgs: [4, 11, 6], themes: ['education', 'health'], places: [{ country: 'ML' }], dac: [14030] })] });
  // The feed's own partners are whole entries, not a project's references.
  assert.deepEqual(said({ partners: 'Amis du Sahel' }), [
    [
      'partners',
      'not a list "Amis du Sahel"; a list: write [{"id": "…", "name": "Amis du Sahel", "kind": "…"}]',
      'pas une liste "Amis du Sahel"\u00a0; une liste\u00a0: écrivez [{"id": "…", "name": "Amis du Sahel", "kind": "…"}]',
    ],
  ]);
  passes({ partners: [{ id: 'amis-sahel', name: 'Amis du Sahel', kind: 'association' }] });
});

test('projects one list too deep, keyed by id or under their own name again: what to write, and all of them counted as left out', () => {
  const three = [project({ id: 'a' }), project({ id: 'b' }), project({ id: 'c' })];
  const cases = [
    [
      [three],
      'projects[0]',
      'not an object; a list in the list: remove the extra [ ] around its 3 entries; entry projects[0] left out',
      'pas un objet\u00a0; une liste dans la liste\u00a0: retirez les [ ] en trop autour de ses 3 éléments\u00a0; élément projects[0] écarté',
    ],
    [
      { a: three[0], b: three[1], c: three[2] },
      'projects',
      'not a list; an object: write its 3 entries as a list [ … ], without their keys',
      'pas une liste\u00a0; un objet\u00a0: écrivez ses 3 éléments en liste [ … ], sans leurs clés',
    ],
    [
      { projects: three },
      'projects',
      'not a list; a list in an object: write "projects": [ … ] with its 3 entries',
      'pas une liste\u00a0; une liste dans un objet\u00a0: écrivez "projects": [ … ] avec ses 3 éléments',
    ],
  ];
  for (const [projects, path, english, french] of cases) {
    const { warnings } = parseFeed(feed({ projects }), { advisor: stewardAdvice });
    assert.deepEqual(warnings.map(({ path, message }) => [path, warningInEnglish(message), warningInFrench(message)]), [[path, english, french]]);
    assert.equal(leftOutCount(warnings, 'projects'), 3);
  }
  passes({ projects: three });
});

test('a converter’s flat keys and a spreadsheet’s French column names: the contract’s field to write', () => {
  assert.deepEqual(said({ projects: [project({ 'funding.total': 1, 'places[0].country': 'ML' })] }), [
    [
      'projects[0]["funding.total"]',
      'unknown field, left out; a flat key: write "funding": { "total": … }',
      'champ inconnu, écarté\u00a0; une clé à plat\u00a0: écrivez "funding": { "total": … }',
    ],
    [
      'projects[0]["places[0].country"]',
      'unknown field, left out; a flat key: write "places": [{ "country": … }]',
      'champ inconnu, écarté\u00a0; une clé à plat\u00a0: écrivez "places": [{ "country": … }]',
    ],
  ]);
  const french = {
    projects: [project({ partenaires: [], financement: {}, lieux: [], odd: [], 'Début': '2024', fin: '2025', 'résumé': 'R' })],
    budgets: [{ year: 2024, allocated: 1, 'année': 2024, vote: 1, 'alloué': 1, 'engagé': 1, 'payé': 1, 'versé': 1, devise: 'EUR' }],
  };
  assert.deepEqual(
    said(french).map(([path, english]) => `${path} ${english.replace('unknown field, left out; did you mean ', '')}`),
    [
      'projects[0].partenaires "partners"?',
      'projects[0].financement "funding"?',
      'projects[0].lieux "places"?',
      'projects[0].odd "sdgs"?',
      'projects[0]["Début"] "start"?',
      'projects[0].fin "end"?',
      'projects[0]["résumé"] "summary"?',
      'budgets[0]["année"] "year"?',
      'budgets[0].vote "allocated"?',
      'budgets[0]["alloué"] "allocated"?',
      'budgets[0]["engagé"] "committed"?',
      'budgets[0]["payé"] "spent"?',
      'budgets[0]["versé"] "spent"?',
      'budgets[0].devise "currency"?',
    ],
  );
});

test('where the JSON breaks on a number with two dots or its unit, a date without quotes, two commas: the cause and what to write', () => {
  const start = '{"version": "1", "budgets": [{"year": 2024, ';
  const cases = [
    [`${start}"allocated": 1.250.000}]}`, 'line 1, column 63: a number with thousands dots: JSON writes 1250000', 'ligne 1, colonne 63\u00a0: un nombre avec des points de milliers\u00a0: JSON écrit 1250000'],
    [
      `${start}"allocated": 40000 €}]}`,
      'line 1, column 64: a number with its unit: JSON writes 40000, the currency in "currency"',
      'ligne 1, colonne 64\u00a0: un nombre avec son unité\u00a0: JSON écrit 40000, la devise dans "currency"',
    ],
    [`${start}"start": 2024-03-01}]}`, 'line 1, column 58: a date without its quotes: write "2024-03-01"', 'ligne 1, colonne 58\u00a0: une date sans ses guillemets\u00a0: écrivez "2024-03-01"'],
    // As the contract writes a day, which the parser takes once quoted.
    [`${start}"start": 01/03/2024}]}`, 'line 1, column 55: a date without its quotes: write "2024-03-01"', 'ligne 1, colonne 55\u00a0: une date sans ses guillemets\u00a0: écrivez "2024-03-01"'],
    [`${start}"start": 1.3.2024}]}`, 'line 1, column 57: a date without its quotes: write "2024-03-01"', 'ligne 1, colonne 57\u00a0: une date sans ses guillemets\u00a0: écrivez "2024-03-01"'],
    // Thousands, as the text check reads 40.000 once written; and the decimals of 1.250.000,50.
    [
      `${start}"allocated": 40.000 €}]}`,
      'line 1, column 65: a number with its unit: JSON writes 40000, the currency in "currency"',
      'ligne 1, colonne 65\u00a0: un nombre avec son unité\u00a0: JSON écrit 40000, la devise dans "currency"',
    ],
    [`${start}"allocated": 1.250.000,50}]}`, 'line 1, column 63: a number with thousands dots: JSON writes 1250000.5', 'ligne 1, colonne 63\u00a0: un nombre avec des points de milliers\u00a0: JSON écrit 1250000.5'],
    [`${start}"allocated": 1,, "spent": 2}]}`, 'line 1, column 60: two commas in a row: remove one', 'ligne 1, colonne 60\u00a0: deux virgules de suite\u00a0: retirez-en une'],
  ];
  for (const [text, english, french] of cases) assert.deepEqual([jsonSyntaxError(text, 'en'), jsonSyntaxError(text, 'fr')], [english, french]);
  // Following it: JSON again, which the parser takes without a word.
  assert.equal(jsonSyntaxError(`${start}"allocated": 1250000}]}`, 'en'), undefined);
  assert.deepEqual(said(undefined, JSON.stringify(feed({ projects: [project({ start: '2024-03-01' })], budgets: [{ year: 2024, allocated: 40000 }] }))), []);
});

test('empty cells, a second budget for a year, a missing version, a dropped value and an alt that is a file name: said plainly, in both languages', () => {
  const empty = said({ partners: [{ id: 'a', name: 'A', kind: 'association', country: '', siret: ' ', website: '' }], projects: [project({ start: '', image: '' })] });
  for (const [, english, french] of empty) {
    assert.match(english, /; empty: leave it out, or give it a value$/);
    assert.match(french, /\u00a0; vide\u00a0: à retirer, ou à remplacer par une valeur$/);
  }
  assert.equal(empty.length, 5);
  passes({ partners: [{ id: 'a', name: 'A', kind: 'association' }], projects: [project()] });
  assert.deepEqual(said({ budgets: [{ year: 2024, allocated: 30000 }, { year: 2024, allocated: 10000 }] }), [
    [
      'budgets[1].year',
      'duplicate budget for belleval in 2024: one budget a year per publisher; another envelope (a 1 % basis) goes in its "lines"; entry budgets[1] left out',
      'budget en double pour belleval en 2024\u00a0: un budget par an et par collectivité\u00a0; une autre enveloppe (un 1\u00a0%) va dans ses "lines"\u00a0; élément budgets[1] écarté',
    ],
  ]);
  const noVersion = parseFeed({ publishers: [BELLEVAL] }, { advisor: stewardAdvice }).error.message;
  assert.deepEqual([warningInEnglish(noVersion), warningInFrench(noVersion)], [
    'missing feed version: add "version": "1" to the feed object',
    'version du flux absente\u00a0: ajoutez "version": "1" à l\'objet du flux',
  ]);
  // What the parser drops is said to be left out in English as in French.
  assert.deepEqual(said({ partners: [{ id: 'a', name: 'A', kind: 'association', website: 'www.a.fr', rna: 'X' }] }).map(([, english]) => english), [
    'address without its scheme "www.a.fr" (https://, mailto: or tel:), left out',
    'invalid RNA number "X" (W and 9 digits), left out',
  ]);
  assert.deepEqual(said({ projects: [project({ image: { src: 'https://a.example/a.png', alt: 'IMG_1.jpg' } })] })[0].slice(1), [
    'alt is a file name, left out: the image is decorative unless another language describes it; describe it, or write "" if it is',
    `texte alternatif réduit à un nom de fichier, écarté\u00a0: l'image passe pour décorative si aucune autre langue ne la décrit\u00a0; décrivez-la, ou laissez "" si elle l'est`,
  ]);
  assert.equal(
    warningInFrench('network error (offline, or the server refuses CORS)'),
    "erreur réseau (hors ligne, ou le serveur du flux n'autorise pas sa lecture depuis une autre adresse\u00a0: en-tête CORS absent)",
  );
  assert.equal(warningInEnglish('network error (offline, or the server refuses CORS)'), "network error (offline, or the feed's server does not send the CORS header)");
});
