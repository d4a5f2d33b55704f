// The command-line check, as a data steward runs it (`npm test` builds dist/cli.js first).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

// English unless asked: the command follows the system's language, which differs between machines.
const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' };
const check = (...args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env });
/** The same, leaving this process free to answer a local server the command fetches from. */
const checkAsync = (...args) =>
  new Promise((done) => {
    const child = spawn(process.execPath, ['dist/cli.js', ...args], { env });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('close', (status) => done({ status, stdout }));
  });
const dir = mkdtempSync(join(tmpdir(), 'ancrage-cli-'));

test('the example feed draws no warning but its deliberate envelope overrun, which the gauge shows, said once', () => {
  const run = check('stories/demo/example-feed.json', '--base-url', 'https://www.belleval.example/flux.json');
  assert.equal(run.status, 0);
  // The budget's own amounts are its one line's: the line says it for both.
  assert.equal(
    run.stdout,
    'warning budgets[3].lines[0].committed (budget 2025 of "Département de la Haute-Sarre"): committed amount €410,000 is over the €400,000 envelope (allocated): check the amounts\n' +
      'Readable feed: 4 authorities, 12 projects, 13 partners, 5 budgets, 1 warning\n',
  );
});

test('warnings are printed with their JSON path', () => {
  const file = join(dir, 'warnings.json');
  writeFileSync(file, JSON.stringify({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }], projects: [{ id: 'x', title: 'T', status: 'bogus' }] }));
  const run = check(file);
  assert.equal(run.status, 0);
  // The entry named from the file as written.
  assert.match(run.stdout, /^warning projects\[0\]\.status \(project "T"\): /m);
});

test('a key written twice, whose first value JSON drops without a word, is warned about, and fails --strict', () => {
  const file = join(dir, 'repeated-key.json');
  // A second "projects" pasted after the list; a status given twice inside a project; keys alike in other objects are not repeats.
  writeFileSync(
    file,
    `{"version": "1", "publishers": [{"id": "a", "name": "A", "kind": "commune"}],
      "projects": [{"id": "x", "title": "T \\" \\\\", "status": "ongoing", "status": "completed", "links": [{"href": "https://a.example/", "label": "{\\"a\\":1, \\"a\\":2}"}]},
                   {"id": "y", "title": "U", "status": "ongoing"}],
      "budgets": [], "projects": []}`,
  );
  const run = check(file);
  assert.equal(run.status, 0);
  assert.deepEqual(run.stdout.match(/^warning .*$/gm), [
    // Not named: the parsed file's projects are the second list, empty.
    'warning projects[0].status: key written twice: the last value is read, the first one lost',
    'warning projects: key written twice: the last value is read, the first one lost',
  ]);
  assert.match(run.stdout, /^Readable feed: 1 authority, 0 projects, 0 partners, 0 budgets, 2 warnings$/m);
  assert.equal(check(file, '--strict').status, 1);
  assert.match(check(file, '--lang', 'fr').stdout, /^avertissement projects\u00a0: clé écrite deux fois\u00a0: seule la dernière valeur est lue, la première est perdue$/m);
});

test('an entry whose title is blank is named by its id; a title tagged by region by that text', () => {
  const file = join(dir, 'blank-title.json');
  writeFileSync(
    file,
    JSON.stringify({
      version: '1',
      publishers: [{ id: 'a', name: 'A', kind: 'commune' }],
      projects: [
        { id: 'eau-diema', title: ' ', status: 'ongoing' },
        { id: 'x', title: { en: 'Water', 'fr-FR': 'Eau' }, status: 'bogus' },
        { id: 'y', title: { fr: 'Forage', en: null }, status: 'bogus' },
      ],
    }),
  );
  const run = check(file, '--lang', 'fr');
  assert.match(run.stdout, /^avertissement projects\[0\]\.title \(projet «\u00a0eau-diema\u00a0»\)/m);
  assert.match(run.stdout, /^avertissement projects\[1\]\.status \(projet «\u00a0Eau\u00a0»\)/m);
  // A null entry in the reader's language: the title still names it.
  assert.match(check(file).stdout, /^warning projects\[2\]\.status \(project "Forage"\)/m);
});

test('speaks French with --lang fr, or on a French system', () => {
  const file = join(dir, 'french.json');
  writeFileSync(file, JSON.stringify({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }], projects: [{ id: 'x', title: 'T', status: 'bogus' }] }));
  const asked = check(file, '--lang', 'fr');
  assert.equal(asked.status, 0);
  assert.match(asked.stdout, /^avertissement projects\[0\]\.status \(projet «\u00a0T\u00a0»\)\u00a0: code inconnu "bogus"\u00a0; codes connus\u00a0: planned, ongoing, completed, suspended, cancelled\u00a0; élément projects\[0\] écarté$/m);
  // Real plurals, agreeing with their noun; "lisible", not "valide", when something was warned about.
  assert.match(asked.stdout, /^Flux lisible\u00a0: 1 collectivité, 0 projet \(1 écarté\), 0 partenaire, 0 budget, 1 avertissement$/m);
  const theme = join(dir, 'theme-fr.json');
  writeFileSync(theme, JSON.stringify({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune', theme: { text: '#999999' } }] }));
  assert.match(check(theme, '--lang', 'fr').stdout, /^avertissement publishers\[0\]\.theme \(collectivité «\u00a0A\u00a0»\)\u00a0: contraste insuffisant \(text\/surface 2,84:1 < 4,5:1, .*\)\u00a0; thème non appliqué$/m, 'ratios with a decimal comma');
  const system = spawnSync(process.execPath, ['dist/cli.js', file], { encoding: 'utf8', env: { ...env, LANG: 'fr_FR.UTF-8' } });
  assert.equal(system.stdout, asked.stdout);
  assert.equal(check(file, '--lang', 'FR').stdout, asked.stdout, 'the language in any case');
  const overridden = spawnSync(process.execPath, ['dist/cli.js', file], { encoding: 'utf8', env: { ...env, LC_ALL: 'C.UTF-8', LANG: 'fr_FR.UTF-8' } });
  assert.match(overridden.stdout, /^warning /m, 'LC_ALL before LANG');
  const fatal = join(dir, 'fatal-fr.json');
  writeFileSync(fatal, '{"version": "2", "publishers": []}');
  const refused = check(fatal, '--lang', 'fr');
  assert.equal(refused.status, 1);
  assert.match(refused.stdout, /^erreur\u00a0: La version du flux est absente ou n'est pas prise en charge\. Détail technique\u00a0: version du flux non prise en charge "2" \(cette bibliothèque lit "1" ou "1\.x", en texte\)$/m);
  const missing = check(join(dir, 'nowhere.json'), '--lang', 'fr');
  assert.equal(missing.status, 1);
  // A missing file said as such, not in the loader's words for a URL, nor with the raw ENOENT.
  assert.equal(missing.stdout, `erreur\u00a0: Fichier introuvable\u00a0: ${join(dir, 'nowhere.json')}\n`);
  assert.equal(check(join(dir, 'nowhere.json')).stdout, `error: File not found: ${join(dir, 'nowhere.json')}\n`);
  // An address typed without its scheme is no file: how to write it.
  assert.equal(
    check('www.belleval.example/flux.json', '--lang', 'fr').stdout,
    'erreur\u00a0: Fichier introuvable\u00a0: www.belleval.example/flux.json (une adresse\u00a0? Écrivez-la en entier\u00a0: https://www.belleval.example/flux.json)\n',
  );
  // An e-mail address or a phone number is no web address to complete; a host and port is one.
  assert.equal(check('marie@ville.example', '--lang', 'fr').stdout, 'erreur\u00a0: Fichier introuvable\u00a0: marie@ville.example\n');
  assert.equal(check('01 23 45 67 89', '--lang', 'fr').stdout, 'erreur\u00a0: Fichier introuvable\u00a0: 01 23 45 67 89\n');
  assert.match(check('localhost:8080/flux.json').stdout, /\(an address\? Write it in full: https:\/\/localhost:8080\/flux\.json\)$/m);
  // Its scheme mistyped: the address meant, not "https://" before the typo.
  assert.match(check('https//ville.fr/flux.json').stdout, /\(an address\? Write it in full: https:\/\/ville\.fr\/flux\.json\)$/m);
  assert.match(check('http:/ville.fr/flux.json').stdout, /\(an address\? Write it in full: http:\/\/ville\.fr\/flux\.json\)$/m);
  // A domain that starts with "http" is no scheme.
  assert.match(check('httpbin.org/flux.json').stdout, /\(an address\? Write it in full: https:\/\/httpbin\.org\/flux\.json\)$/m);
  // A network path is a file's.
  assert.equal(check('\\\\serveur\\partage\\flux.json').stdout, 'error: File not found: \\\\serveur\\partage\\flux.json\n');
  // A file: URL is its file; another scheme is no address a browser fetches.
  assert.match(check(pathToFileURL(file).href).stdout, /^(Valid|Readable) feed:/m);
  assert.match(check('ftp://ville.fr/flux.json').stdout, /not a fetchable feed address "ftp:\/\/ville\.fr\/flux\.json"/);
  const empty = join(dir, 'empty.json');
  writeFileSync(empty, '\uFEFF \n');
  assert.match(check(empty, '--lang', 'fr').stdout, /^  le fichier est vide\u00a0: exportez le flux à nouveau$/m);
  assert.equal(check(file, '--lang', 'de').status, 2, 'a language it does not speak');
  assert.equal(check(file, '--lang').status, 2, 'no language given');
  assert.equal(check(file, '--lang', 'fr', '--lang', 'en').status, 2, 'two languages');
});

test('a feed that cannot be used exits 1 with the reason', () => {
  const file = join(dir, 'fatal.json');
  writeFileSync(file, '{"version": "2", "publishers": []}');
  const run = check(file);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^error: .*unsupported feed version/m);
});

test('--strict exits 1 on a usable feed with warnings, 0 on one without', () => {
  const warned = join(dir, 'strict-warned.json');
  writeFileSync(warned, JSON.stringify({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }], projects: [{ id: 'p', title: 'P', status: 'Ongoing' }] }));
  assert.equal(check(warned).status, 0, 'warnings alone do not fail without --strict');
  const strict = check('--strict', warned);
  assert.equal(strict.status, 1);
  assert.match(strict.stdout, /^Readable feed: 1 authority, 0 projects \(1 left out\), .* 1 warning$/m, 'the report is the same');
  const clean = join(dir, 'strict-clean.json');
  writeFileSync(clean, JSON.stringify({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }] }));
  assert.equal(check(clean, '--strict').status, 0);
  assert.equal(check(clean, '--strict', '--all').status, 0, 'with --all too');
});

test('--base-url may come first; relative URLs are checked, not reported as unsafe, without it', () => {
  const file = join(dir, 'relative.json');
  writeFileSync(file, JSON.stringify({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune', website: 'contact.html', logo: { src: 'logo.svg', alt: '' } }] }));
  for (const args of [[file], ['--base-url', 'https://www.ville.example/flux.json', file], [file, '--base-url', 'https://www.ville.example/flux.json']]) {
    const run = check(...args);
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /^Valid feed: 1 authority, .* 0 warnings$/m);
  }
  const usage = check('--base-url');
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /^ancrage-check: no feed given .*\nUsage: ancrage-check /);
  assert.equal(usage.stdout, '', 'the report stream stays empty');
  // Each usage error says what is wrong, then the usage line.
  for (const [args, why] of [
    [[file, '--base-url', 'flux.json'], '--base-url "flux.json": the https:// address where the feed will be published'],
    [[file, '--base-url', 'file:///home/marie/flux.json'], '--base-url "file:///home/marie/flux.json": the https:// address where the feed will be published'],
    [[file, '--base-url', 'https://'], '--base-url "https://": the https:// address where the feed will be published'],
    [[file, 'other.json'], 'one feed at a time (also given: other.json)'],
    [[file, '--base-url', 'https://a.example/f.json', '--base-url', 'https://b.example/f.json'], 'an option given twice'],
    [['--lang=fr', file], 'unknown option --lang=fr (options: --base-url URL, --lang fr|en, --all, --strict)'],
    [[file, '--strct'], 'unknown option --strct (options: --base-url URL, --lang fr|en, --all, --strict)'],
    [[file, '--lang', 'de'], '--lang "de": fr or en'],
    [['-'], 'no feed given (a file or an https:// address; standard input is not read)'],
  ]) {
    const run = check(...args);
    assert.equal(run.status, 2, args.join(' '));
    assert.equal(run.stderr.split('\n')[0], `ancrage-check: ${why}`);
  }
});

test('a folder, or a server that cannot be reached, is said in words', () => {
  const folder = check(dir, '--lang', 'fr');
  assert.equal(folder.status, 1);
  assert.match(folder.stdout, /est un dossier\u00a0: donnez le fichier du flux qu'il contient$/m);
  assert.doesNotMatch(folder.stdout, /EISDIR/);
  const offline = check('http://127.0.0.1:9/flux.json');
  assert.equal(offline.status, 1);
  assert.match(offline.stdout, /^error: the server cannot be reached \(no network, a wrong address, or the connection refused\)$/m);
  assert.doesNotMatch(offline.stdout, /CORS/);
});

test('a spreadsheet is called a binary file, without a JSON slip made up at its first byte', () => {
  const file = join(dir, 'export.xlsx');
  // A zip's first bytes, then bytes no encoding makes text of.
  writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x7b, 0x5e, 0x7d, 0x5d, 0x1c, 0xe7, 0x4f, 0x1e]));
  const run = check(file);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^warning \(feed\): a binary file \(gzip, zip, xlsx\?\), not JSON text\nerror: not JSON: /);
  assert.doesNotMatch(run.stdout, /line 1, column 1|double quotes/);
});

test('a Windows-1252 export is read as the widgets read it, with the warning', () => {
  const file = join(dir, 'latin.json');
  writeFileSync(file, Buffer.from('{"version": "1", "publishers": [{"id": "a", "name": "Bell\xe9val", "kind": "commune"}]}', 'latin1'));
  const run = check(file);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^warning \(feed\): not UTF-8, first on line 1: such bytes decoded as Windows-1252; save the feed as UTF-8$/m);
  assert.match(run.stdout, /^Readable feed: 1 authority, /m);
});

test('a UTF-8 file with one byte saved in Windows-1252 keeps its other accents, and the line of that byte is given', () => {
  const file = join(dir, 'mixed.json');
  const utf8 = Buffer.from('{"version": "1",\n "publishers": [{"id": "a", "name": "Diéma", "kind": "commune"},\n {"id": "b", "name": "Orl', 'utf8');
  writeFileSync(file, Buffer.concat([utf8, Buffer.from([0xe9]), Buffer.from('ans – Sévérac", "kind": "commune"}]}', 'utf8')]));
  const run = check(file, '--lang', 'fr');
  assert.match(run.stdout, /^avertissement \(flux\)\u00a0: octets hors UTF-8, dès la ligne 3, lus en Windows-1252\u00a0: enregistrez le fichier en UTF-8$/m);
  // Read as Windows-1252 whole, "Diéma" was "DiÃ©ma" and got a warning of its own.
  assert.doesNotMatch(run.stdout, /Ã|décodé deux fois/);
  assert.match(run.stdout, /1 avertissement$/m);
});

test('a file over the widgets’ 5 MB cap is refused as they refuse it', () => {
  const file = join(dir, 'big.json');
  writeFileSync(file, `{"version": "1", "publishers": [{"id": "a", "name": "A", "kind": "commune"}], "pad": "${'x'.repeat(5e6)}"}`);
  const run = check(file);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^error: 5,000,088 bytes, larger than 5,000,000/m);
  // Its digits grouped in the command's language.
  assert.match(check(file, '--lang', 'fr').stdout, /Détail technique\u00a0: 5\u202f000\u202f088 octets, plus de 5\u202f000\u202f000\u00a0: les widgets le refusent$/m);
});

test('--help prints the usage line on standard output', () => {
  for (const flag of ['--help', '-h']) {
    const run = check(flag);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: ancrage-check /);
  }
});

test('a syntax error in a file is placed by line and column, with its likely cause', () => {
  const cases = [
    ['{\n  "version": "1",\n  "publishers": [\n    {"id": "a", "name": "A, b", "kind": "commune"},\n  ]\n}\n', /^  ligne 4, colonne 51\u00a0: une virgule avant \] ou \}/m],
    ['{\n  "version": "1", // v1\n  "publishers": []\n}', /^  ligne 2, colonne 19\u00a0: un commentaire/m],
    ["{\n  'version': '1'\n}", /^  ligne 2, colonne 3\u00a0: des apostrophes/m],
    ['{"version": "1", "budgets": [{"year": 2024, "allocated": 12500,50}]}', /^  ligne 1, colonne 63\u00a0: une virgule dans un nombre\u00a0: JSON écrit 12500\.5$/m],
    // Three digits after the comma: thousands, or decimals; the value quoted, not an example.
    ['{"version": "1", "budgets": [{"year": 2024, "allocated": 20,000}]}', /^  ligne 1, colonne 60\u00a0: une virgule dans un nombre\u00a0: JSON écrit 20000 \(ou 20\)$/m],
    // The number quoted, groups of three included.
    ['{"version": "1", "budgets": [{"year": 2024, "allocated": 1 250 000}]}', /^  ligne 1, colonne 60\u00a0: un nombre avec une espace\u00a0: JSON écrit 1250000$/m],
    // Another field after it: its comma is not the number's.
    ['{"version": "1", "budgets": [{"year": 2024, "allocated": 14,54, "committed": 5000,00, "spent": 0}]}', /^  ligne 1, colonne 60\u00a0: une virgule dans un nombre\u00a0: JSON écrit 14\.54$/m],
    // Thousands and a decimal comma together, as a French spreadsheet writes them.
    ['{"version": "1", "budgets": [{"year": 2024, "allocated": 1.250,50}]}', /^  ligne 1, colonne 63\u00a0: une virgule dans un nombre\u00a0: JSON écrit 1250\.5$/m],
    ['{\n  "version": "1"\n  "publishers": []\n}', /^  ligne 3, colonne 3\u00a0: une virgule manque-t-elle/m],
    ['{"version": "1", "budgets": [{"year": 2024, "allocated": 12 500}]}', /^  ligne 1, colonne 61\u00a0: un nombre avec une espace\u00a0: JSON écrit 12500$/m],
    // Its decimals kept, with a point.
    ['{"version": "1", "budgets": [{"year": 2024, "allocated": 12 500,50}]}', /^  ligne 1, colonne 61\u00a0: un nombre avec une espace\u00a0: JSON écrit 12500\.5$/m],
    ['{"version": "1", "projects": [{"title": "L\'eau "potable""}]}', /^  ligne 1, colonne 48\u00a0: un guillemet droit dans un texte le termine\u00a0: écrivez-y \\"$/m],
    ['{"version": "1", "budgets": [{"year": 2024, "allocated": 12\u202f500}]}', /^  ligne 1, colonne 60\u00a0: un nombre avec une espace/m],
    // Two texts, or numbers one per line, or a decimal then a number: a comma missing.
    ['{"version": "1" "publishers": []}', /^  ligne 1, colonne 17\u00a0: une virgule manque-t-elle/m],
    ['{"version": "1", "projects": [{"sdgs": [\n6\n110]}]}', /^  ligne 3, colonne 1\u00a0: une virgule manque-t-elle/m],
    ['{"version": "1", "projects": [{"sdgs": [1.5 200]}]}', /^  ligne 1, colonne 45\u00a0: une virgule manque-t-elle/m],
  ];
  for (const [text, where] of cases) {
    const file = join(dir, 'syntax.json');
    writeFileSync(file, text);
    const run = check(file, '--lang', 'fr');
    assert.equal(run.status, 1);
    assert.match(run.stdout, where, run.stdout);
  }
});

test('what a CMS or a web page leaves in a feed copied through it is named where the JSON breaks, with what to do', () => {
  const cases = [
    // SPIP's French typography: a non-breaking space before the colon, as a character or as HTML.
    ['{\n  "version"\u00a0: "1"\n}', '  ligne 2, colonne 12\u00a0: une espace insécable (U+00A0), que JSON ne prend pas pour une espace\u00a0: remplacez-la par une espace simple'],
    ['{\n  "version"\u202f: "1"\n}', '  ligne 2, colonne 12\u00a0: une espace fine insécable (U+202F), que JSON ne prend pas pour une espace\u00a0: remplacez-la par une espace simple'],
    ['{\n  "version"&nbsp;: "1"\n}', "  ligne 2, colonne 12\u00a0: l'entité HTML &nbsp; (une espace insécable), venue d'un CMS ou d'une page web\u00a0: remplacez-la par une espace simple"],
    ['{\n\u00a0 "version": "1"\n}', '  ligne 2, colonne 1\u00a0: une espace insécable (U+00A0), que JSON ne prend pas pour une espace\u00a0: remplacez-la par une espace simple'],
    ['{\n  &quot;version&quot;: &quot;1&quot;\n}', `  ligne 2, colonne 3\u00a0: l'entité HTML &quot; (un guillemet droit), venue d'un CMS ou d'une page web\u00a0: écrivez " à sa place`],
    ['{\n  "version": "1",<br />\n  "publishers": []\n}', "  ligne 2, colonne 18\u00a0: une balise HTML, <br />, venue d'un CMS ou d'une page web\u00a0: retirez-la"],
    ['\u200b{"version": "1"}', "  ligne 1, colonne 1\u00a0: une espace sans chasse (U+200B), que JSON n'accepte pas à cet endroit\u00a0: supprimez ce caractère"],
  ];
  for (const [text, where] of cases) {
    const file = join(dir, 'pasted.json');
    writeFileSync(file, text);
    const run = check(file, '--lang', 'fr');
    assert.equal(run.status, 1);
    assert.equal(run.stdout.trim().split('\n').at(-1), where, run.stdout);
  }
  const file = join(dir, 'pasted-en.json');
  writeFileSync(file, '{\n  "version"&nbsp;: "1",\n  "x": &eacute;\n}');
  assert.equal(check(file).stdout.trim().split('\n').at(-1), '  line 2, column 12: the HTML entity &nbsp; (a non-breaking space), from a CMS or a web page: replace it with a plain space');
  writeFileSync(file, '{"version": "1", "x": &eacute;}');
  assert.equal(check(file).stdout.trim().split('\n').at(-1), '  line 1, column 23: the HTML entity &eacute; (é), from a CMS or a web page: write é instead');
  // A number's own space is still said as one.
  writeFileSync(file, '{"version": "1", "budgets": [{"year": 2024, "allocated": 12\u00a0500}]}');
  assert.equal(check(file).stdout.trim().split('\n').at(-1), '  line 1, column 60: a number with a space: JSON writes 12500');
  // Wrapped in a <p> or a comment by a CMS: JSON with HTML added, not a web page.
  writeFileSync(file, '<p>{<br />\n  "version": "1"<br />\n}</p>');
  assert.deepEqual(check(file, '--lang', 'fr').stdout.trim().split('\n'), [
    "erreur\u00a0: Le fichier est du JSON auquel du HTML a été ajouté (un <p>, un <br> ou un commentaire venu d'un CMS ou d'une page web).",
    "  ligne 1, colonne 1\u00a0: une balise HTML, <p>, venue d'un CMS ou d'une page web\u00a0: retirez-la",
  ]);
  writeFileSync(file, '<!--\n{"version": "1"}\n-->');
  assert.match(check(file).stdout, /^error: The file is JSON with HTML added .*\n  line 1, column 1: an HTML comment, <!--, from a CMS or a web page: remove it, and its -->$/m);
  // UTF-16 without its byte-order mark: a NUL after every letter, not one character to remove.
  writeFileSync(file, Buffer.from('{"version": "1"}', 'utf16le'));
  assert.match(check(file).stdout.trim().split('\n').at(-1), /^ {2}line 1, column \d+: a NUL character \(U\+0000\), as a file saved as UTF-16 without its byte-order mark has after every letter: save the file as UTF-8$/);
  // A NUL in a UTF-8 file (padding a crashed write left) is one to remove, not a sign of UTF-16.
  writeFileSync(file, '{"version": "1"}\0\0\0\0');
  assert.match(check(file).stdout.trim().split('\n').at(-1), /^ {2}line 1, column 17: an invisible character \(U\+0000\), which JSON does not allow there: remove it$/);
  // WordPress's own block comments around it.
  writeFileSync(file, '<!-- wp:html -->\n{"version": "1"}\n<!-- /wp:html -->');
  assert.match(check(file).stdout, /^error: The file is JSON with HTML added /m);
});

test('an HTML entity in a text is named with its character; one in an address is said, with the character to write', () => {
  const file = join(dir, 'entities.json');
  writeFileSync(
    file,
    JSON.stringify({
      version: '1',
      publishers: [{ id: 'a', name: 'A', kind: 'commune', website: 'https://www.a.fr/?page=solidarite&amp;lang=fr' }],
      projects: [
        { id: 'x', title: 'L&#8217;eau <b>potable</b>', summary: '&Eacute;cole &amp; sant&eacute;', description: 'Tom&Jerry; ou &quot;Tom&quot;', status: 'ongoing', links: [{ href: '/page?a=1&#38;b=2', label: 'Lien' }] },
      ],
    }),
  );
  const run = check(file);
  assert.equal(run.status, 0);
  assert.deepEqual(run.stdout.match(/^warning .*$/gm), [
    'warning publishers[0].website (authority "A"): HTML entity "&amp;" in an address: write "&"',
    'warning projects[0].links[0].href (project "L&#8217;eau <b>potable</b>"): HTML entity "&#38;" in an address: write "&"',
    // A tag and an entity are two faults: the entity named, not called markup.
    'warning projects[0].title (project "L&#8217;eau <b>potable</b>"): HTML markup, shown as typed',
    'warning projects[0].title (project "L&#8217;eau <b>potable</b>"): HTML entity "&#8217;" for "’", shown as typed: write the character itself',
    'warning projects[0].summary (project "L&#8217;eau <b>potable</b>"): HTML entity "&Eacute;" for "É", shown as typed: write the character itself',
    // "Tom&Jerry;" is no entity; a quote is named by its code point, not quoted in quotes.
    'warning projects[0].description (project "L&#8217;eau <b>potable</b>"): HTML entity "&quot;" for U+0022, shown as typed: write the character itself',
  ]);
  // In French too: the quote named did not stop the French wording matching.
  const french = check(file, '--lang', 'fr').stdout.match(/^avertissement .*description.*$/gm);
  assert.equal(french.length, 1);
  assert.match(french[0], /: entité HTML "&quot;" pour U\+0022\u00a0: elle s'affichera telle quelle, écrivez le caractère lui-même$/);
});

test('hints for the data steward, ten warnings alike at most, and what was left out in the summary', () => {
  const file = join(dir, 'steward.json');
  const projects = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, title: 'T', status: 'Ongoing' }));
  writeFileSync(file, JSON.stringify({ version: '1', budget: [], publishers: [{ id: 'a', name: 'A <b>B</b>', kind: 'commune' }], projects }));
  const run = check(file, '--lang', 'fr');
  assert.equal(run.status, 0);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines[0], 'avertissement budget\u00a0: champ inconnu, écarté\u00a0; vouliez-vous dire "budgets"\u00a0?');
  assert.match(run.stdout, /^avertissement publishers\[0\]\.name \(collectivité «\u00a0A <b>B<\/b>\u00a0»\)\u00a0: balises HTML/m);
  assert.equal(lines.filter((line) => line.includes('code inconnu "Ongoing"\u00a0; vouliez-vous dire "ongoing"')).length, 10);
  assert.match(run.stdout, /^… 20 autres avertissements comme ceux ci-dessus sur projects\[\]\.status\u00a0: --all les affiche$/m);
  assert.equal(lines.at(-1), 'Flux lisible\u00a0: 1 collectivité, 0 projet (30 écartés), 0 partenaire, 0 budget, 32 avertissements');
  assert.equal(check(file, '--all').stdout.trim().split('\n').length, 33);
});

test('a UTF-16 file saved by Notepad is read by its byte-order mark, with a warning', () => {
  const file = join(dir, 'notepad.json');
  writeFileSync(file, Buffer.from('\ufeff{"version": "1", "publishers": [{"id": "a", "name": "Belléval", "kind": "commune"}]}', 'utf16le'));
  const run = check(file);
  assert.equal(run.status, 0, run.stdout);
  assert.match(run.stdout, /^warning \(feed\): UTF-16: decoded; save the feed as UTF-8$/m);
});

test('a feed URL answering an HTTP error exits 1 with the status, whatever its body', async () => {
  const server = createServer((_, res) => res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"version": "1"}'));
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  try {
    const run = await checkAsync(`http://127.0.0.1:${server.address().port}/flux.json`);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^error: HTTP 500$/m);
  } finally {
    server.close();
  }
});

test("the engine's excerpt of a syntax error stays on its line: the file's line breaks and indents are not printed", () => {
  const file = join(dir, 'syntax-lines.json');
  // Node's "Unexpected token ']', ..."mune" },\n\t] }\n" is not valid JSON" quotes the text around the slip.
  writeFileSync(file, '{ "version": "1",\n "publishers": [ { "id": "a", "name": "Commune" },\n\t] }\n');
  for (const lang of ['en', 'fr']) {
    const lines = check(file, '--lang', lang).stdout.trim().split('\n');
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(lines[0], lang == 'en' ? /^error: not JSON: / : /^erreur\u00a0: .* Détail technique\u00a0: pas du JSON\u00a0: /);
    assert.match(lines[1], lang == 'en' ? /^ {2}line 2, column 50: a comma before/ : /^ {2}ligne 2, colonne 50\u00a0: une virgule avant/);
  }
});

test('a syntax error is found where the parser gives no position, and in a file with a BOM', () => {
  const cases = [
    ['{\n  "version": "1",\n  "actif": True,\n  "publishers": [\n    {"id": "a"},\n  ]\n}', /^  line 3, column 12: a text without its double quotes/m],
    ['{\n  "version": "1",\n  "website": https://www.ville.fr/x\n}', /^  line 3, column 14: a text without its double quotes/m],
    ['\ufeff{\n  "version": "1"\n"publishers": []\n}', /^  line 3, column 1: a comma missing before this point\?/m],
    ['{\n  "url": "https://a.example/x", "n": "a, b}", "q": "\\"//\\"",\n  "x": 1,\n}', /^  line 3, column 9: a comma before \] or \}/m],
  ];
  for (const [text, where] of cases) {
    const file = join(dir, 'syntax2.json');
    writeFileSync(file, text);
    const run = check(file);
    assert.equal(run.status, 1);
    assert.match(run.stdout, where, run.stdout);
  }
});

test('warnings alike whatever their values are counted together', () => {
  const file = join(dir, 'values.json');
  const projects = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, title: 'T', status: 'ongoing', themes: [`eau-${i}`] }));
  writeFileSync(file, JSON.stringify({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }], projects }));
  const lines = check(file).stdout.trim().split('\n');
  assert.equal(lines.length, 12, lines.join('\n'));
  assert.equal(lines[10], '… 30 more warnings like those above on projects[].themes[]: --all prints them');
});

test('two faults on one path are counted apart, each count under its own examples', () => {
  const file = join(dir, 'two-faults.json');
  const wrong = Array.from({ length: 12 }, (_, i) => ({ id: `w${i}`, title: 'T', status: 'Ongoing' }));
  const missing = Array.from({ length: 13 }, (_, i) => ({ id: `m${i}`, title: 'T' }));
  writeFileSync(file, JSON.stringify({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }], projects: [...wrong, ...missing] }));
  const lines = check(file).stdout.trim().split('\n');
  assert.match(lines[9], /^warning projects\[9\]\.status .*unknown code "Ongoing"/);
  assert.equal(lines[10], '… 2 more warnings like those above on projects[].status: --all prints them');
  assert.match(lines[11], /^warning projects\[12\]\.status .*missing/);
  assert.equal(lines[21], '… 3 more warnings like those above on projects[].status: --all prints them');
});

test('the package root gives a Node script the French wording the command prints', async () => {
  const { parseFeed, stewardAdvice, warningInFrench } = await import('../dist/index.js');
  const { warnings } = parseFeed({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }], projects: [{ id: 'p', title: 'T', status: 'Ongoing' }] }, { advisor: stewardAdvice });
  assert.equal(warningInFrench(warnings[0].message), 'code inconnu "Ongoing"\u00a0; vouliez-vous dire "ongoing"\u00a0?\u00a0; élément projects[0] écarté');
});

test('a cut-off file, a missing colon, an emoji counted as one column, numbers grouped like quoted values', () => {
  const cases = [
    ['{\n  "version": "1",\n  "publishers": [{"id": "a", "na', /^  line 3, column 30: the file stops in the middle/m],
    ['{\n  "version": "1",\n  "publishers": [', /^  line 3, column 18: the file stops in the middle/m],
    ['{"a": "😀😀", "b" 1}', /^  line 1, column 17: a colon missing after the name\?/m],
    ['{"version": "1", "x": NaN}', /^  line 1, column 23: NaN or Infinity: JSON has no such number; write one, or leave the field out$/m],
    // What exports and word processors write.
    ['{"version": "1", "publishers": [{"id": “a”}]}', /^  line 1, column 40: typographic quotes: JSON writes "text" in straight double quotes$/m],
    ['{"version": "1",\n "projects": [{"title": "Eau\npotable"}]}', /^  line 2, column 29: a line break or a tab inside a text: write \\n or \\t there$/m],
    ['id;title;status\neau-diema;Eau potable;ongoing\n', /^  line 1, column 1: a spreadsheet file \(CSV\), not JSON: export or convert the feed to JSON$/m],
    ['[{"id": "eau-diema", "title": "Eau potable", "status": "ongoing"}]', /^  the file is a list, \[ … \]: a feed is one object, \{ "version": "1", "publishers": \[ … \], "projects": \[ … \] \}$/m],
  ];
  for (const [text, where] of cases) {
    const file = join(dir, 'syntax3.json');
    writeFileSync(file, text);
    assert.match(check(file).stdout, where);
  }
  const file = join(dir, 'numbers.json');
  const projects = Array.from({ length: 25 }, (_, i) => ({ id: `p${i}`, title: 'T', status: 'ongoing', sdgs: [18 + i] }));
  writeFileSync(file, JSON.stringify({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }], projects }));
  assert.match(check(file).stdout, /^… 15 more warnings like those above on projects\[\]\.sdgs\[\]: --all prints them$/m);
});

test('a local file that is a web page is said to be one, in the words of a file; a URL keeps the words of an address', async () => {
  const file = join(dir, 'page.html');
  writeFileSync(file, '<!doctype html>\n<html lang="fr"><title>Flux</title></html>\n');
  const fr = check(file, '--lang', 'fr');
  assert.equal(fr.status, 1);
  assert.equal(fr.stdout, 'erreur\u00a0: Le fichier est une page web (HTML), pas des données JSON.\n');
  assert.equal(check(file).stdout, 'error: The file is a web page (HTML), not JSON data.\n');
  const server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><p>Accueil</p>'));
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  try {
    const run = await checkAsync(`http://127.0.0.1:${server.address().port}/flux.json`, '--lang', 'fr');
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^erreur\u00a0: L'adresse renvoie une page web au lieu des données\. Détail technique/m);
  } finally {
    server.close();
  }
});

test('counts agree with their nouns, in both languages, one and many', () => {
  const file = join(dir, 'plurals.json');
  const projects = Array.from({ length: 14 }, (_, i) => ({ id: `p${i}`, title: 'T', status: i < 11 ? 'Ongoing' : 'ongoing' }));
  const publishers = [{ id: 'a', name: 'A', kind: 'commune' }, { id: 'b', name: 'B', kind: 'Commune' }];
  writeFileSync(file, JSON.stringify({ version: '1', publishers, projects: projects.map((p) => ({ ...p, publisher: 'a' })) }));
  const fr = check(file, '--lang', 'fr').stdout.trim().split('\n');
  assert.equal(fr.at(-1), 'Flux lisible\u00a0: 1 collectivité (1 écartée), 3 projets (11 écartés), 0 partenaire, 0 budget, 12 avertissements');
  assert.equal(fr.at(-2), "… 1 autre avertissement comme ceux ci-dessus sur projects[].status\u00a0: --all l'affiche");
  const en = check(file).stdout.trim().split('\n');
  assert.equal(en.at(-1), 'Readable feed: 1 authority (1 left out), 3 projects (11 left out), 0 partners, 0 budgets, 12 warnings');
  assert.equal(en.at(-2), '… 1 more warning like those above on projects[].status: --all prints it');
  const clean = join(dir, 'plurals-clean.json');
  writeFileSync(clean, JSON.stringify({ version: '1', publishers: publishers.slice(0, 1), projects: projects.slice(11) }));
  assert.equal(check(clean, '--lang', 'fr').stdout, 'Flux valide\u00a0: 1 collectivité, 3 projets, 0 partenaire, 0 budget, 0 avertissement\n');
});

test('the French warnings: straight apostrophes, plain words, one verb for what is dropped', async () => {
  const { parseFeed, stewardAdvice, warningInFrench } = await import('../dist/index.js');
  const { warnings } = parseFeed(
    {
      version: '1',
      updated: '2026-02-30T10:00Z',
      budget: [],
      publishers: [{ id: 'a', name: 'A <b>B</b>', kind: 'commune', website: 'www.a.fr', logo: { src: 'www.a.fr/logo.png', alt: 'logo.png' } }],
      partners: [
        { id: 'p', name: 'P', kind: 'association', website: 'javascript:alert(1)', logo: { src: 'data:x', alt: '' } },
        { id: 'q', name: 'Q', kind: 'association', logo: { src: 'http://q.example/logo.png', alt: '' }, website: 'C:\\Users\\marie\\q.html' },
      ],
      projects: [{ id: 'x', title: 'T', status: 'ongoing', sdgs: [6, 6, 0], places: [{ country: 'SN', lat: 1 }] }],
      budgets: [
        { year: 99, allocated: 1 },
        { year: 2025, allocated: 1, lines: [{ basis: 'water', rate: 1 }, { basis: 'waste', base: 9000000, committed: 95000 }, { basis: 'water', base: 9000000, committed: 90000 }] },
      ],
    },
    { advisor: stewardAdvice },
  );
  const french = Object.fromEntries(warnings.map(({ path, message }) => [path, warningInFrench(message)]));
  assert.deepEqual(french, {
    updated: 'date (ou date et heure) impossible "2026-02-30T10:00Z" (AAAA-MM-JJ ou AAAA-MM-JJThh:mm), écartée',
    budget: 'champ inconnu, écarté\u00a0; vouliez-vous dire "budgets"\u00a0?',
    'publishers[0].name': "balises HTML\u00a0: elles s'afficheront telles quelles, écrivez du texte simple",
    'publishers[0].website': 'adresse incomplète "www.a.fr" (ajoutez https://, mailto: ou tel:), écartée',
    // The entry said to be left out, not its field as well.
    'publishers[0].logo.src': "adresse d'image sans https:// \"www.a.fr/logo.png\"\u00a0; élément publishers[0].logo écarté",
    'publishers[0].logo.alt': `texte alternatif réduit à un nom de fichier, écarté\u00a0: l'image passe pour décorative si aucune autre langue ne la décrit\u00a0; décrivez-la, ou laissez "" si elle l'est`,
    'partners[0].website': 'adresse dangereuse ou invalide "javascript:alert(1)", écartée',
    'partners[0].logo.src': "adresse d'image dangereuse ou invalide \"data:x\"\u00a0; élément partners[0].logo écarté",
    // How to mend it: an image on http, a file on a computer.
    'partners[1].logo.src': "adresse d'image dangereuse ou invalide \"http://q.example/logo.png\"\u00a0; les pages en https bloquent les images en http\u00a0: écrivez https://\u00a0; élément partners[1].logo écarté",
    'partners[1].website': 'adresse dangereuse ou invalide "C:\\\\Users\\\\marie\\\\q.html", écartée\u00a0; un fichier sur un ordinateur\u00a0: mettez-le en ligne et donnez son adresse',
    'projects[0].sdgs[1]': 'valeur en double\u00a0: 6',
    'projects[0].sdgs[2]': 'ODD invalide 0 (nombre entier de 1 à 17), écarté',
    'projects[0].places[0].lat': 'latitude sans longitude, écartée',
    'budgets[0].year': 'année invalide 99 (nombre entier de 1000 à 9999)\u00a0; élément budgets[0] écarté',
    // Left out: the gauge works the ceiling out at 1 %, which the steward must hear of; 1 meant as 1 %: how 1 % is written, said once.
    'budgets[1].lines[0].rate':
      "taux invalide 1 (0 < taux ≤ 0.01\u00a0: 1\u00a0% s'écrit 0.01)\u00a0; écarté\u00a0: sur une ligne 1\u00a0%, le plafond se calcule alors au taux par défaut, 0.01",
    // Valid, but past its ceiling: the steward hears of it before the readers (at the ceiling: nothing).
    'budgets[1].lines[1].committed': 'montant engagé de 95\u202f000\u00a0€ supérieur au plafond de 90\u202f000\u00a0€ (base × taux)\u00a0: vérifiez les montants\u00a0; la jauge affiche ce dépassement',
  });
  assert.equal(
    stewardAdvice.number('1%', Number.MIN_VALUE, 0.01),
    "; a number goes without quotes, spaces or unit: 0.01; left out: on a 1 % line, the ceiling then uses the default rate, 0.01",
  );
  // Paid past its ceiling while the committed amount is not given: `measure="spent"` shows it to readers.
  const paid = parseFeed(
    { version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }], budgets: [{ year: 2025, allocated: 100000, lines: [{ basis: 'water', spent: 70000, base: 2000000 }] }] },
    { advisor: stewardAdvice },
  );
  assert.deepEqual(paid.warnings.map(({ path, message }) => [path, warningInFrench(message)]), [
    ['budgets[0].lines[0].spent', 'montant payé de 70\u202f000\u00a0€ supérieur au plafond de 20\u202f000\u00a0€ (base × taux)\u00a0: vérifiez les montants\u00a0; la jauge affiche ce dépassement'],
  ]);
  assert.match(warningInFrench('not money 9007199254740992 (a number from 0 to 2^53 − 1)'), /^montant invalide 9007199254740992 \(un nombre positif ou nul, sans guillemets\), écarté$/);
  // The loader's fatal details, which ancrage-check and the generator print as "Détail technique".
  assert.equal(warningInFrench('got an HTML page, not JSON: check the feed address'), "page web reçue au lieu du JSON\u00a0: vérifiez l'adresse du flux");
  assert.equal(warningInFrench('no answer in 10000 ms'), 'pas de réponse en 10000 ms');
  assert.equal(warningInFrench('the download stopped for 10000 ms'), 'téléchargement arrêté depuis 10000 ms');
  assert.equal(warningInFrench('not all received in 60000 ms'), 'pas entièrement reçu en 60000 ms');
  assert.equal(warningInFrench('a binary file (gzip, zip, xlsx?), not JSON text'), 'fichier binaire (gzip, zip, xlsx\u00a0?), pas un texte JSON');
  assert.equal(
    warningInFrench('HTML before the JSON (a PHP notice or warning?): the server must send the JSON alone'),
    'du HTML avant le JSON (un avertissement PHP\u00a0?)\u00a0: le script du serveur doit envoyer le JSON seul',
  );
  assert.equal(
    warningInFrench('not a fetchable feed address "ftp://ville.fr/flux.json" (http or https only, without a user name or password)'),
    "adresse de flux hors de portée d'un navigateur \"ftp://ville.fr/flux.json\" (http ou https seulement, sans nom d'utilisateur ni mot de passe)",
  );
  assert.equal(warningInFrench('6000076 bytes, larger than 5000000: the widgets refuse it'), '6\u202f000\u202f076 octets, plus de 5\u202f000\u202f000\u00a0: les widgets le refusent');
  assert.equal(warningInFrench('larger than 5000000 bytes'), 'plus de 5\u202f000\u202f000 octets');
  assert.equal(warningInFrench('no element #flux'), 'aucun élément #flux');
  assert.equal(warningInFrench('no id after "#"'), 'aucun identifiant après "#"');
  // The decimal point said where the number has one only.
  assert.match(warningInFrench('invalid year "2026" (integer 1000 to 9999); a number goes without quotes, spaces or unit: 2026'), /ni unité\u00a0: 2026$/);
  assert.match(warningInFrench('not money "12 500,50 €" (a number from 0 to 2^53 − 1); a number goes without quotes, spaces or unit: 12500.5'), /ni unité, avec un point décimal\u00a0: 12500\.5$/);
  // Ids are not codes: the generator calls them « identifiants » too.
  assert.equal(warningInFrench('unknown publisher "vile"; known ids: ville, agglo'), 'collectivité inconnue "vile"\u00a0; identifiants connus\u00a0: ville, agglo');
  assert.equal(warningInFrench('not JSON: Unexpected end of JSON input'), 'pas du JSON\u00a0: Unexpected end of JSON input');
  assert.equal(warningInFrench('not UTF-8, first on line 12: such bytes decoded as Windows-1252; save the feed as UTF-8'), 'octets hors UTF-8, dès la ligne 12, lus en Windows-1252\u00a0: enregistrez le fichier en UTF-8');
  assert.equal(warningInFrench('12 more unknown fields, left out'), '12 autres champs inconnus, écartés');
  // The https:// hint only where https:// would mend the address.
  assert.equal(stewardAdvice.url('http://exa mple.fr/a.png', 'image'), '');
  assert.equal(stewardAdvice.url('http://', 'image'), '');
  assert.equal(stewardAdvice.url('http://q.example/a.png', 'link'), '');
  for (const text of Object.values(french)) assert.doesNotMatch(text, /[’]|ignoré|retiré/);
});

test('amounts past the envelope voted or past the project total are warned of, with both amounts, in both languages', async () => {
  const { parseFeed, stewardAdvice, warningInFrench } = await import('../dist/index.js');
  const { warningInEnglish } = await import('../dist/i18n/feed-warnings.js');
  const { warnings } = parseFeed(
    {
      version: '1',
      publishers: [{ id: 'a', name: 'A', kind: 'commune' }],
      projects: [{ id: 'p', title: 'T', status: 'ongoing', funding: { total: 1000, contribution: 5000 } }],
      budgets: [
        // At the envelope and under it: nothing to say.
        { year: 2024, allocated: 100000, committed: 100000, spent: 100000 },
        { year: 2025, allocated: 100000, committed: 180000, lines: [{ basis: 'general', allocated: 50000, committed: 40000, spent: 60000 }] },
        // Its one line's amounts: said on the line alone. Cents as written, not rounded.
        { year: 2026, allocated: 9000, committed: 9300.125, lines: [{ basis: 'general', allocated: 9000, committed: 9300.125 }] },
      ],
    },
    { advisor: stewardAdvice },
  );
  assert.deepEqual(warnings, [
    { path: 'projects[0].funding.contribution', message: 'contribution 5000 EUR is over the 1000 EUR total: check the amounts' },
    { path: 'budgets[1].lines[0].spent', message: 'spent amount 60000 EUR is over the 50000 EUR envelope (allocated): check the amounts' },
    { path: 'budgets[1].lines[0].spent', message: 'spent amount 60000 EUR is over the committed amount, 40000 EUR: check the amounts' },
    // Its one line shares out half the envelope: its committed amount is no sum to set against the budget's.
    { path: 'budgets[1].committed', message: 'committed amount 180000 EUR is over the 100000 EUR envelope (allocated): check the amounts' },
    { path: 'budgets[2].lines[0].committed', message: 'committed amount 9300.125 EUR is over the 9000 EUR envelope (allocated): check the amounts' },
  ]);
  // With the currency, and words before the amount, not a bare participle.
  assert.deepEqual(warnings.map(({ message }) => warningInEnglish(message)), [
    'contribution €5,000 is over the €1,000 total: check the amounts',
    'spent amount €60,000 is over the €50,000 envelope (allocated): check the amounts',
    'spent amount €60,000 is over the committed amount, €40,000: check the amounts',
    'committed amount €180,000 is over the €100,000 envelope (allocated): check the amounts',
    'committed amount €9,300.125 is over the €9,000 envelope (allocated): check the amounts',
  ]);
  assert.deepEqual(warnings.map(({ message }) => warningInFrench(message)), [
    'contribution de 5\u202f000\u00a0€ supérieure au total de 1\u202f000\u00a0€\u00a0: vérifiez les montants',
    "montant payé de 60\u202f000\u00a0€ supérieur à l'enveloppe votée de 50\u202f000\u00a0€ (allocated)\u00a0: vérifiez les montants",
    'montant payé de 60\u202f000\u00a0€ supérieur au montant engagé de 40\u202f000\u00a0€\u00a0: vérifiez les montants',
    "montant engagé de 180\u202f000\u00a0€ supérieur à l'enveloppe votée de 100\u202f000\u00a0€ (allocated)\u00a0: vérifiez les montants",
    "montant engagé de 9\u202f300,125\u00a0€ supérieur à l'enveloppe votée de 9\u202f000\u00a0€ (allocated)\u00a0: vérifiez les montants",
  ]);
});

test('a 1 % line voted past its ceiling is warned of, once, when nothing committed or paid passes it already', async () => {
  const { parseFeed, stewardAdvice, warningInFrench } = await import('../dist/index.js');
  const { warningInEnglish } = await import('../dist/i18n/feed-warnings.js');
  const line = (amounts) => ({ basis: 'water', base: 8200000, ...amounts });
  const { warnings } = parseFeed(
    {
      version: '1',
      publishers: [{ id: 'a', name: 'A', kind: 'commune' }],
      budgets: [
        { year: 2024, allocated: 100000, lines: [line({ allocated: 82000, committed: 82000 })] },
        { year: 2025, allocated: 100000, lines: [line({ allocated: 100000, committed: 62000 })] },
        { year: 2026, allocated: 100000, lines: [line({ allocated: 100000, committed: 90000 })] },
      ],
    },
    { advisor: stewardAdvice },
  );
  assert.deepEqual(warnings, [
    { path: 'budgets[1].lines[0].allocated', message: 'allocated amount 100000 EUR is over the 82000 EUR ceiling (base × rate): check the amounts or the base' },
    { path: 'budgets[2].lines[0].committed', message: 'committed amount 90000 EUR is over the 82000 EUR ceiling (base × rate): check the amounts; the gauge shows the overrun' },
  ]);
  assert.equal(warningInEnglish(warnings[0].message), 'allocated amount €100,000 is over the €82,000 ceiling (base × rate): check the amounts or the base');
  assert.equal(warningInFrench(warnings[0].message), 'montant voté de 100\u202f000\u00a0€ supérieur au plafond de 82\u202f000\u00a0€ (base × taux)\u00a0: vérifiez les montants ou la base');
});

test('hints for dates, codes, SDGs, currencies and countries as exports and pages write them', async () => {
  const { parseFeed, stewardAdvice, warningInFrench } = await import('../dist/index.js');
  const { warnings } = parseFeed(
    {
      version: '1',
      updated: '15/10/2025',
      currency: 'euros',
      publishers: [{ id: 'a', name: 'A', kind: 'commune' }],
      projects: [
        {
          id: 'p',
          title: 'T',
          status: 'ongoing',
          start: '2024/03/15',
          end: '15-03-2024',
          themes: ['Eau', 'Climat', 'Agriculture et alimentation', 'ODD 6', 'SDG 13'],
          sdgs: ['ODD n°5'],
          places: [{ country: "Cote d'Ivoire" }, { country: "Côte d'Ivoire" }],
          funding: { total: 10, currency: '€', basis: '1 % eau' },
        },
      ],
    },
    { advisor: stewardAdvice },
  );
  const said = Object.fromEntries(warnings.map(({ path, message }) => [path, message]));
  assert.deepEqual(said, {
    updated: 'invalid date or date-time "15/10/2025" (YYYY-MM-DD or YYYY-MM-DDThh:mm); write it "2025-10-15"',
    currency: 'invalid currency "euros" (ISO 4217, like EUR); amounts shown without a currency; write it "EUR"',
    'projects[0].start': 'invalid date "2024/03/15" (YYYY, YYYY-MM or YYYY-MM-DD); write it "2024-03-15"',
    'projects[0].end': 'invalid date "15-03-2024" (YYYY, YYYY-MM or YYYY-MM-DD); write it "2024-03-15"',
    'projects[0].themes[0]': 'unknown code "Eau"; did you mean "water-sanitation"?',
    'projects[0].themes[1]': 'unknown code "Climat"; did you mean "environment-climate"?',
    'projects[0].themes[2]': 'unknown code "Agriculture et alimentation"; did you mean "food-agriculture"?',
    'projects[0].themes[3]': 'unknown code "ODD 6"; an SDG: write 6 in "sdgs"',
    'projects[0].themes[4]': 'unknown code "SDG 13"; an SDG: write 13 in "sdgs"',
    'projects[0].sdgs[0]': 'not an SDG "ODD n°5" (integer 1 to 17); a number goes without quotes, spaces or unit: 5',
    'projects[0].places[0].country': `invalid country "Cote d'Ivoire" (ISO 3166-1 alpha-2, like SN); the code is CI; entry projects[0].places[0] left out`,
    'projects[0].places[1].country': `invalid country "Côte d'Ivoire" (ISO 3166-1 alpha-2, like SN); the code is CI; entry projects[0].places[1] left out`,
    'projects[0].funding.currency': 'invalid currency "€" (ISO 4217, like EUR); amounts shown without a currency; write it "EUR"',
    'projects[0].funding.basis': 'unknown code "1 % eau"; did you mean "water"?',
  });
  assert.equal(warningInFrench(said['projects[0].themes[3]']), 'code inconnu "ODD 6", écarté\u00a0; un ODD\u00a0: à écrire 6 dans "sdgs"');
  assert.equal(warningInFrench(said.updated), 'date (ou date et heure) impossible "15/10/2025" (AAAA-MM-JJ ou AAAA-MM-JJThh:mm), écartée\u00a0; à écrire "2025-10-15"');
  // The franc CFA is two currencies: both are named, none is guessed.
  for (const currency of ['FCFA', 'F CFA', 'F\u00a0CFA', 'franc CFA', 'francs CFA', 'CFA francs']) {
    const [warning] = parseFeed({ version: '1', currency, publishers: [{ id: 'a', name: 'A', kind: 'commune' }] }, { advisor: stewardAdvice }).warnings;
    assert.equal(
      warning.message,
      `invalid currency "${currency}" (ISO 4217, like EUR); amounts shown without a currency; the franc CFA is "XOF" in West Africa (UEMOA), "XAF" in Central Africa (CEMAC)`,
    );
    assert.equal(
      warningInFrench(warning.message),
      `devise invalide "${currency}" (code ISO 4217, comme EUR)\u00a0; montants affichés sans devise\u00a0; le franc CFA s'écrit "XOF" en Afrique de l'Ouest (UEMOA), "XAF" en Afrique centrale (CEMAC)`,
    );
  }
  // Only of a currency: an id "fcfa" is told how to write it.
  const [id] = parseFeed({ version: '1', publishers: [{ id: 'FCFA', name: 'A', kind: 'commune' }, { id: 'b', name: 'B', kind: 'commune' }] }, { advisor: stewardAdvice }).warnings;
  assert.equal(id.message, 'invalid id "FCFA" (lower-case letters, digits, . _ -); write it "fcfa"; entry publishers[0] left out');
  const [lower] = parseFeed({ version: '1', currency: 'eur', publishers: [{ id: 'a', name: 'A', kind: 'commune' }] }).warnings;
  assert.equal(warningInFrench(lower.message), 'devise "eur" lue comme "EUR"');
  // `updated` takes a day: a month is no way to write it.
  for (const updated of ['202403', '03/2024', 2024]) {
    const [warning] = parseFeed({ version: '1', updated, publishers: [{ id: 'a', name: 'A', kind: 'commune' }] }, { advisor: stewardAdvice }).warnings;
    assert.equal(warning.message, `invalid date or date-time ${JSON.stringify(updated)} (YYYY-MM-DD or YYYY-MM-DDThh:mm)`);
  }
});

test('a feed wrapped by an API is said to be inside its wrapper, in both languages', () => {
  const feed = { version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }] };
  for (const [wrapped, path] of [[{ success: true, data: feed }, 'data'], [[feed], '[0]']]) {
    const file = join(dir, 'wrapped.json');
    writeFileSync(file, JSON.stringify(wrapped));
    const en = check(file);
    assert.equal(en.status, 1);
    assert.equal(en.stdout.split('\n')[0], `warning ${path}: the feed is wrapped (by a CMS or an API?): publish this object alone`);
    assert.equal(check(file, '--lang', 'fr').stdout.split('\n')[0], `avertissement ${path}\u00a0: le flux est enveloppé (par un CMS ou une API\u00a0?)\u00a0: publiez cet objet seul`);
  }
  // A feed that has its version is not wrapped, whatever it holds.
  const file = join(dir, 'unwrapped.json');
  writeFileSync(file, JSON.stringify({ ...feed, extra: { version: '1' } }));
  assert.doesNotMatch(check(file).stdout, /wrapped/);
});

test('an optional field left null by an export is said to be null, not of the wrong type; a required one keeps its fault', () => {
  const file = join(dir, 'nulls.json');
  writeFileSync(file, JSON.stringify({ version: '1', updated: null, publishers: [{ id: 'a', name: 'A', kind: 'commune', logo: null }], projects: [{ id: 'p', title: null, status: 'ongoing' }] }));
  assert.deepEqual(check(file).stdout.trim().split('\n').slice(0, 3), [
    'warning updated: null: leave it out, or give it a value',
    'warning publishers[0].logo (authority "A"): null: leave it out, or give it a value',
    'warning projects[0].title (project "p"): not text null; entry projects[0] left out',
  ]);
  assert.deepEqual(check(file, '--lang', 'fr').stdout.trim().split('\n').slice(0, 3), [
    'avertissement updated\u00a0: null\u00a0: à retirer, ou à remplacer par une valeur',
    'avertissement publishers[0].logo (collectivité «\u00a0A\u00a0»)\u00a0: null\u00a0: à retirer, ou à remplacer par une valeur',
    'avertissement projects[0].title (projet «\u00a0p\u00a0»)\u00a0: pas un texte null\u00a0; élément projects[0] écarté',
  ]);
  // Required, whatever else fails in the entry: an id and a title both null, the version, the publishers.
  writeFileSync(file, JSON.stringify({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }], projects: [{ id: null, title: null, status: 'ongoing' }] }));
  assert.deepEqual(check(file).stdout.trim().split('\n').slice(0, 2), [
    'warning projects[0].id (project): invalid id null (lower-case letters, digits, . _ -)',
    'warning projects[0].title (project): not text null; entry projects[0] left out',
  ]);
  writeFileSync(file, JSON.stringify({ version: null, publishers: [] }));
  assert.match(check(file).stdout, /unsupported feed version null \(this library/);
  writeFileSync(file, JSON.stringify({ version: '1', publishers: null }));
  assert.match(check(file).stdout, /^warning publishers: not a list null$/m);
});

test('with no valid publisher, the check goes on through the rest, so that one pass lists every fault; the widgets stop there', async () => {
  const doc = {
    version: '1',
    publishers: [{ id: 'CD Haute-Sarre', name: 'CD', kind: 'departement' }],
    partners: [{ id: 'amis', name: 'Amis', kind: 'association', siret: '812 345 678 00012' }],
    // Each names the publisher refused above: not a fault of theirs.
    projects: [
      { id: 42, title: 'T', status: 'ongoing', publisher: 'CD Haute-Sarre' },
      { id: 'ok', title: 'T', status: 'ongoing', publisher: 'cd-haute-sarre', partners: [{ ref: 'amis', role: 'lead' }] },
    ],
    budgets: [{ year: 2025, allocated: -1, publisher: 'cd-haute-sarre' }],
  };
  const file = join(dir, 'no-publisher.json');
  writeFileSync(file, JSON.stringify(doc));
  const run = check(file);
  assert.equal(run.status, 1);
  assert.deepEqual(run.stdout.trim().split('\n').map((line) => line.split(/ \(|:/)[0]), [
    'warning publishers[0].id',
    'warning partners[0].siret',
    'warning projects[0].id',
    'warning budgets[0].allocated',
    'error',
  ]);
  const { parseFeed } = await import('../dist/index.js');
  const widgets = parseFeed(doc);
  assert.deepEqual([widgets.ok, widgets.warnings.map(({ path }) => path)], [false, ['publishers[0].id']]);
});

test('where a JSON file breaks, in French with straight apostrophes', () => {
  const cases = [
    ['{\n  "version": "1",\n  "publishers": [', "  ligne 3, colonne 18\u00a0: le fichier s'arrête au milieu\u00a0: est-il complet\u00a0?"],
    ['{\n  "version": "1", // v1\n  "publishers": []\n}', "  ligne 2, colonne 19\u00a0: un commentaire\u00a0: JSON n'en a pas, retirez-le"],
  ];
  for (const [text, where] of cases) {
    const file = join(dir, 'syntax-fr.json');
    writeFileSync(file, text);
    assert.equal(check(file, '--lang', 'fr').stdout.trim().split('\n').at(-1), where);
  }
});

test('a budget is named by its year and, in a feed of several publishers, by whose it is; projects in a list too deep are all counted as left out', () => {
  const file = join(dir, 'network.json');
  const publishers = [
    { id: 'belleval', name: 'Ville de Belleval', kind: 'commune' },
    { id: 'sarre', name: { fr: 'Département de la Haute-Sarre' }, kind: 'departement' },
  ];
  // A `name` is no field of a budget: it is named by its year.
  const budgets = [{ publisher: 'sarre', year: 2025, allocated: 100, committed: 120, name: 'Budget SI : vote du 12 mars' }];
  writeFileSync(file, JSON.stringify({ version: '1', publishers, budgets }));
  assert.equal(check(file, '--lang', 'fr').stdout.split('\n')[0], 'avertissement budgets[0].name (budget 2025 de «\u00a0Département de la Haute-Sarre\u00a0»)\u00a0: champ inconnu, écarté');
  assert.equal(
    check(file, '--lang', 'fr').stdout.split('\n')[1],
    "avertissement budgets[0].committed (budget 2025 de «\u00a0Département de la Haute-Sarre\u00a0»)\u00a0: montant engagé de 120\u00a0€ supérieur à l'enveloppe votée de 100\u00a0€ (allocated)\u00a0: vérifiez les montants",
  );
  assert.match(check(file).stdout, /^warning budgets\[0\]\.committed \(budget 2025 of "Département de la Haute-Sarre"\): /m);
  // A blank publisher, which drops the budget here (it cannot go to the only publisher): named by no one, and no "leave it out", but the ids to give.
  writeFileSync(file, JSON.stringify({ version: '1', publishers, budgets: [{ ...budgets[0], publisher: ' ' }] }));
  assert.deepEqual(check(file).stdout.split('\n').slice(0, 2), [
    'warning budgets[0].publisher (budget 2025): missing; entry budgets[0] left out',
    "warning budgets[0].publisher (budget 2025): empty: give its publisher's id; known ids: belleval, sarre",
  ]);
  assert.deepEqual(check(file, '--lang', 'fr').stdout.split('\n').slice(0, 2), [
    'avertissement budgets[0].publisher (budget 2025)\u00a0: champ obligatoire absent\u00a0; élément budgets[0] écarté',
    "avertissement budgets[0].publisher (budget 2025)\u00a0: vide\u00a0: donnez l'identifiant de sa collectivité\u00a0; identifiants connus\u00a0: belleval, sarre",
  ]);
  // One publisher: the year alone.
  writeFileSync(file, JSON.stringify({ version: '1', publishers: [publishers[0]], budgets: [{ ...budgets[0], publisher: 'belleval' }] }));
  assert.match(check(file).stdout, /^warning budgets\[0\]\.committed \(budget 2025\): /m);
  const nested = join(dir, 'nested.json');
  const projects = ['a', 'b', 'c'].map((id) => ({ id, title: 'T', status: 'ongoing' }));
  writeFileSync(nested, JSON.stringify({ version: '1', publishers: [publishers[0]], projects: [projects] }));
  assert.equal(check(nested, '--lang', 'fr').stdout.trim().split('\n').at(-1), 'Flux lisible\u00a0: 1 collectivité, 0 projet (3 écartés), 0 partenaire, 0 budget, 1 avertissement');
  writeFileSync(nested, JSON.stringify({ version: '1', publishers: [publishers[0]], projects: { projects } }));
  assert.equal(check(nested).stdout.trim().split('\n').at(-1), 'Readable feed: 1 authority, 0 projects (3 left out), 0 partners, 0 budgets, 1 warning');
});
