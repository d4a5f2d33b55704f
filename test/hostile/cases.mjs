// The hostile-feed corpus (issue 7): every case, how it is served, what must come of it.
//
// Plain ESM, read by three sides: the browser test (test/hostile/feeds.test.ts) mounts
// the widgets on each case; the dev-server middleware (test/server/hostile-routes.mjs)
// serves the raw bodies; the Node schema test parses every case's document.
//
// serve:
//   { file }          test/fixtures/hostile/<file>, served as static JSON by the dev server
//   { raw }           /__hostile/raw/<raw>: a body no JSON file can hold (bytes, comments,
//                     NaN, 100,000-deep nesting, 10,000 projects), built by RAW[raw]() below
//   { url }           any other URL: a loader fixture route (test/server/fixture-routes.mjs)
//                     or an address nobody answers
//   { data }          a function returning the object given to the widgets' `data` property
//                     (values JSON cannot carry: NaN, functions, cycles, getters, Proxies)
// expect:
//   { error: code }   every widget ends in `error`, saying messages.errorReason[code]
//   { warnings, states?, exact? }
//                     the feed loads: its warnings include these paths (all of them and no
//                     other with `exact`); each widget ends in `states[widget]` (default ready)
// attrs:    extra attributes per widget (cards, partners, gauge)
// present:  strings the widgets must show literally (markup as text, not as elements)
// absent:   strings they must not show (a dropped duplicate, a wrong century)
// bidi:     widget-owned strings shown next to feed text that must still read left to right
// theme:    the exact `--_feed-*` properties the widgets must carry ({} for none)

// ---- Payloads --------------------------------------------------------------------------
// Each one, if it ever became markup or a URL, sets window.__pwned: the test looks.

export const P = {
  img: `<img src=x onerror="window.__pwned='img-onerror'">`,
  script: `<script>window.__pwned='script'</script>`,
  svg: `<svg onload="window.__pwned='svg-onload'"><circle r="1"></circle></svg>`,
  iframe: `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  attr: `"><img src=x onerror="window.__pwned='attr-breakout'">`,
  anchor: `<a href="javascript:void(window.__pwned='inner-a')">clic</a>`,
  style: `<style>#sentinel{display:none!important;color:red!important}</style>`,
  template: `\${window.__pwned='template'} {{constructor.constructor('window.__pwned=1')()}}`,
  litMarker: `<?lit$123456$><!--?lit$123456$--> lit$123456$`,
  entities: `&lt;b&gt;pas du gras&lt;/b&gt; &amp; &#60;i&#62;`,
  mxss: `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'">`,
};

/** Dangerous link URLs, each with the obfuscation it tries. All must be dropped. */
export const BAD_LINKS = [
  `javascript:void(window.__pwned='js')`,
  `JaVaScRiPt:void(window.__pwned='mixed-case')`,
  `java\tscript:void(window.__pwned='tab')`,
  `java\nscript:void(window.__pwned='newline')`,
  `java\rscript:void(window.__pwned='cr')`,
  `\u0001javascript:void(window.__pwned='leading-control')`,
  `\u0000javascript:void(window.__pwned='leading-nul')`,
  `\u001f javascript:void(window.__pwned='leading-unit-separator')`,
  `  javascript:void(window.__pwned='leading-spaces')`,
  `\u00a0javascript:void(window.__pwned='leading-nbsp')`,
  `\ufeffjavascript:void(window.__pwned='leading-bom')`,
  `\u2028javascript:void(window.__pwned='leading-line-separator')`,
  `javascript://%0Avoid(window.__pwned='comment-newline')`,
  `javascript:/*--></title></style></script><svg/onload='window.__pwned=1'>*/void(window.__pwned='polyglot')`,
  `vbscript:msgbox(1)`,
  `VBScript:void(window.__pwned='vbscript')`,
  `data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0nZGF0YSc8L3NjcmlwdD4=`,
  `DATA:text/html,<script>parent.__pwned='data-upper'</script>`,
  `data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='window.__pwned=1'/>`,
  `file:///etc/passwd`,
  `blob:https://mairie.example/0a1b2c`,
  `about:blank`,
  `ftp://ftp.mairie.example/`,
  `ws://mairie.example/socket`,
];

/** Image URLs that must be dropped: scripts, data:, and http: from another origin (mixed content). */
export const BAD_IMAGES = [
  `javascript:void(window.__pwned='img-js')`,
  `data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='window.__pwned=1'/>`,
  `data:image/png;base64,iVBORw0KGgo=`,
  `http://tracker.example/pixel.gif`,
  `mailto:photo@mairie.example`,
  `\tjava\u0000script:void(window.__pwned='img-nul')`,
];

/** Theme values that try to break out of a custom property (and one valid colour). */
export const THEME_ATTACK = {
  primary: '#0b3d91',
  onPrimary: `#fff;background:url(javascript:window.__pwned='css-url')`,
  accent: `expression(window.__pwned='expression')`,
  surface: `#fff} :host{display:none} x{`,
  text: `#000;}</style><script>window.__pwned='theme'</script>`,
  radius: `0;background-image:url(https://tracker.example/leak)`,
};

/** A 300-character word: no break opportunity but the ones `overflow-wrap: anywhere` makes. */
export const LONG_WORD = 'Anticonstitutionnellement'.repeat(12);

// ---- Generated documents ------------------------------------------------------------------

const base = (extra = {}) => ({
  version: '1',
  publishers: [{ id: 'mairie', name: 'Mairie de Belleval', kind: 'commune' }],
  ...extra,
});

/** A feed whose projects and partners are many: each project names one of 50 partners. */
function manyProjects(n = 10000) {
  const partners = Array.from({ length: 50 }, (_, i) => ({ id: `partenaire-${i}`, name: `Partenaire ${i}`, kind: 'association', country: 'SN' }));
  const projects = Array.from({ length: n }, (_, i) => ({
    id: `projet-${i}`,
    title: `Projet n° ${i}`,
    status: ['planned', 'ongoing', 'completed'][i % 3],
    start: `${2000 + (i % 25)}-0${1 + (i % 9)}`,
    places: [{ country: ['SN', 'ML', 'VN', 'HT'][i % 4] }],
    themes: ['water-sanitation', 'education'].slice(0, 1 + (i % 2)),
    partners: [{ ref: `partenaire-${i % 50}`, role: 'lead' }],
    funding: { total: 1000 + i, contribution: 500 },
  }));
  return base({ partners, projects, budgets: [{ year: 2025, allocated: 1e6, committed: 4e5 }] });
}

/** `n` nested arrays (or objects `{ "a": … }`), built without recursion. */
export function deepValue(n, objects = false) {
  let v = objects ? {} : [];
  for (let i = 0; i < n; i++) v = objects ? { a: v } : [v];
  return v;
}

/** The same, as JSON text, for a body: no engine recursion to build it. */
const deepText = (n) => '['.repeat(n) + ']'.repeat(n);

/** A 300-character word in every text a widget shows. */
function longWords() {
  const w = LONG_WORD;
  return base({
    publishers: [{ id: 'mairie', name: `Mairie ${w}`, kind: 'commune', website: `https://mairie.example/${w}` }],
    partners: [
      { id: 'asso', name: w, kind: 'association', city: w, country: 'SN', description: `${w} ${w}`, website: `https://${'a'.repeat(60)}.example/${w}` },
    ],
    projects: [
      {
        id: 'p1',
        title: w,
        summary: w,
        description: `${w}\n\n${w}`,
        status: 'ongoing',
        start: '2024-01',
        places: [{ country: 'SN', name: w, region: w }],
        partners: [{ ref: 'asso', role: 'lead' }],
        funding: { total: 1.7976931348623157e308, contribution: 5e-324 },
        links: [{ href: `https://mairie.example/${w}`, label: w }],
      },
    ],
    budgets: [{ year: 2025, label: w, allocated: 100000, committed: 25000, lines: [{ basis: 'water', label: w, allocated: 100000, committed: 25000, base: 1e7 }] }],
  });
}

/** The common valid feed the body-level cases wrap (BOM, Windows-1252, comments). */
const SMALL = {
  version: '1',
  publishers: [{ id: 'mairie', name: 'Mairie de Saint-Étienne-du-Rouvray', kind: 'commune' }],
  partners: [{ id: 'asso', name: 'Coopération décentralisée – Diéma', kind: 'association', city: 'Sénégal “Fatick”', country: 'SN' }],
  projects: [{ id: 'p1', title: 'Forage à Diéma : 12 000 € (œuvre commune)', status: 'ongoing', partners: [{ ref: 'asso', role: 'lead' }] }],
  budgets: [{ year: 2025, allocated: 12000, committed: 3000 }],
};
const smallText = () => JSON.stringify(SMALL, null, 2);

// Windows-1252 differs from Latin-1 in 0x80–0x9F, where a spreadsheet's €, ’, “ ”, – and œ
// live. Written out: Node 20's TextDecoder('windows-1252') decodes that range as Latin-1.
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
function windows1252(text) {
  return Uint8Array.from(Array.from(text), (c) => {
    const high = CP1252_HIGH.indexOf(c);
    if (high >= 0) return 0x80 + high;
    if (c.charCodeAt(0) < 256) return c.charCodeAt(0);
    throw new Error(`${c} has no Windows-1252 byte`);
  });
}

function utf16le(text) {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 255;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Raw bodies served at /__hostile/raw/<name>: { type, body (string or bytes), status? }. */
export const RAW = {
  bom: () => ({ type: JSON_TYPE, body: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(smallText())]) }),
  cp1252: () => ({ type: 'application/json', body: windows1252(smallText()) }),
  // With a fault in an entry whose name has accents: the tools name it as written.
  'cp1252-warned': () => ({ type: 'application/json', body: windows1252(smallText().replace('"association"', '"asociation"')) }),
  'utf16-export': () => ({ type: 'application/json', body: utf16le(smallText()) }),
  comments: () => ({ type: JSON_TYPE, body: `// flux de la mairie\n${smallText().replace('"version": "1",', '"version": "1", /* v1 */')}` }),
  nan: () => ({ type: JSON_TYPE, body: smallText().replace('"allocated": 12000', '"allocated": NaN') }),
  'trailing-comma': () => ({ type: JSON_TYPE, body: smallText().replace(/\n}$/, ',\n}') }),
  'truncated-json': () => ({ type: JSON_TYPE, body: smallText().slice(0, 300) }),
  'empty-body': () => ({ type: JSON_TYPE, body: '' }),
  'html-labelled-json': () => ({ type: JSON_TYPE, body: `\n  <!DOCTYPE html><html><body>${P.script}<h1>Erreur</h1></body></html>` }),
  'json-labelled-html': () => ({ type: 'text/html; charset=utf-8', body: smallText() }),
  'deep-in-field': () => ({
    type: JSON_TYPE,
    body: smallText().replace('"status": "ongoing"', `"status": "ongoing", "description": ${deepText(100000)}`),
  }),
  'deep-top': () => ({ type: JSON_TYPE, body: deepText(100000) }),
  many: () => ({ type: JSON_TYPE, body: JSON.stringify(manyProjects()) }),
  'long-words': () => ({ type: JSON_TYPE, body: JSON.stringify(longWords()) }),
};

// ---- Objects only `data` can carry -------------------------------------------------------

function nonJsonValues() {
  const feed = base({
    language: Symbol('fr'),
    currency: 978n,
    updated: new Date('2025-01-01'),
    partners: [{ id: 'asso', name: 'Association', kind: 'association', city: () => 'Dakar', country: NaN, description: new String('boxed') }],
    projects: [
      {
        id: 'p1',
        title: 'Projet',
        status: 'ongoing',
        summary: undefined,
        sdgs: [1, , 3],
        places: new Map([['country', 'SN']]),
        funding: { total: NaN, contribution: Infinity, currency: 'EUR' },
        partners: [{ ref: 'asso', role: 'lead' }],
      },
    ],
    budgets: [{ year: 2025, allocated: 100000, committed: -Infinity, spent: -0 }],
  });
  feed.projects[0].description = feed; // a cycle
  return feed;
}

/** A feed behind a Proxy, as Vue's `reactive()` hands it over. */
function proxied() {
  const wrap = (v) => (typeof v === 'object' && v !== null ? new Proxy(v, { get: (t, k) => wrap(Reflect.get(t, k)) }) : v);
  return wrap(structuredClone(SMALL));
}

/** A getter that throws, as a broken framework store might expose. */
function throwingGetter() {
  const feed = base();
  Object.defineProperty(feed, 'projects', {
    enumerable: true,
    get() {
      throw new Error('store detached');
    },
  });
  return feed;
}

// ---- The cases -----------------------------------------------------------------------------

const range = (n, path) => Array.from({ length: n }, (_, i) => path(i));
const ALL_READY = { cards: 'ready', partners: 'ready', gauge: 'ready' };
const ALL_EMPTY = { cards: 'empty', partners: 'empty', gauge: 'empty' };
const fatal = (error) => ({ error });

/** @type {Array<{name: string, about: string, serve: object, expect: object, attrs?: object, present?: string[], absent?: string[], bidi?: string[], theme?: object, slow?: boolean}>} */
export const CASES = [
  // Markup and script in every text field
  {
    name: 'markup-in-every-text',
    about: 'HTML, script, SVG, iframe, attribute break-outs, template and Lit markers in every Text field',
    serve: { file: 'markup.json' },
    expect: { warnings: ['projects[1].summary["<img src=x onerror=window.__pwned=1>"]'], exact: true },
    present: [P.img, P.script, P.svg, P.iframe, P.attr, P.anchor, P.style, P.template, P.litMarker, P.entities, P.mxss],
  },
  // Dangerous URLs
  {
    name: 'dangerous-urls',
    about: 'javascript:, vbscript:, data:, file:… in links, websites and images, obfuscated by case, tabs, newlines, leading controls',
    serve: { file: 'urls.json' },
    expect: {
      warnings: [
        'publishers[0].website',
        'publishers[0].logo.src',
        ...range(BAD_LINKS.length, (i) => `partners[${i}].website`),
        ...range(BAD_IMAGES.length, (i) => `partners[${i}].logo.src`),
        ...range(BAD_LINKS.length, (i) => `projects[0].links[${i}].href`),
        ...range(BAD_IMAGES.length, (i) => `projects[${i}].image.src`),
      ],
      exact: true,
    },
  },
  // Themes
  {
    name: 'theme-css-injection',
    about: 'theme values that try to close the declaration, the rule or the style element',
    serve: { file: 'theme-injection.json' },
    expect: {
      warnings: ['onPrimary', 'accent', 'surface', 'text', 'radius'].map((k) => `publishers[0].theme.${k}`),
      exact: true,
    },
    theme: { '--_feed-primary': '#0b3d91' },
  },
  {
    name: 'theme-low-contrast',
    about: 'yellow on white: refused whole, the default palette stays',
    serve: { file: 'theme-low-contrast.json' },
    expect: { warnings: ['publishers[0].theme'], exact: true },
    theme: {},
  },
  // Non-JSON and HTTP failures
  { name: 'html-page-200', about: 'a CMS error page with status 200', serve: { url: '/__feed/html' }, expect: fatal('html') },
  { name: 'html-labelled-json', about: 'an HTML page (with a script) labelled application/json', serve: { raw: 'html-labelled-json' }, expect: fatal('html') },
  {
    name: 'json-labelled-html',
    about: 'good JSON with Content-Type text/html, as PHP sends by default',
    serve: { raw: 'json-labelled-html' },
    expect: { warnings: [], exact: true },
  },
  { name: 'http-404', about: 'the feed moved', serve: { url: '/__feed/status/404' }, expect: fatal('not-found') },
  { name: 'http-500', about: 'the server fails (retried once)', serve: { url: '/__feed/status/500' }, expect: fatal('http') },
  { name: 'offline', about: 'nobody listens at that address', serve: { url: 'http://127.0.0.1:65534/flux.json' }, expect: fatal('network') },
  { name: 'connection-dropped', about: 'the connection closes halfway through the body', serve: { url: '/__feed/truncated' }, expect: fatal('network') },
  // Slow or oversized bodies
  // (One that trickles forever is ended at six times the timeout, 60 s: test/feed/load.test.ts, with a shorter one.)
  { name: 'stalled-body', about: 'a body that stops after its first bytes: 10 s without a piece ends it', serve: { url: '/__feed/slow?every=30000' }, expect: fatal('timeout'), slow: true },
  { name: 'oversized-no-length', about: '5.5 MB, chunked, no Content-Length', serve: { url: '/__feed/big-no-length?bytes=5500000' }, expect: fatal('too-large') },
  { name: 'oversized-lying-length', about: '5.5 MB gzipped: Content-Length says a few KB', serve: { url: '/__feed/big-lying-length?bytes=5500000' }, expect: fatal('too-large') },
  // Encodings
  { name: 'utf8-bom', about: 'a UTF-8 byte-order mark', serve: { raw: 'bom' }, expect: { warnings: [], exact: true }, present: ['Coopération décentralisée – Diéma'] },
  {
    name: 'windows-1252',
    about: 'a spreadsheet saved as Windows-1252 (é, –, “ ”, œ, €)',
    serve: { raw: 'cp1252' },
    expect: { warnings: [''], exact: true },
    present: ['Coopération décentralisée – Diéma', 'Forage à Diéma : 12 000 € (œuvre commune)'],
  },
  {
    name: 'utf16-export',
    about: 'Notepad’s “Unicode”: UTF-16LE with a BOM, decoded by its BOM',
    serve: { raw: 'utf16-export' },
    expect: { warnings: [''], exact: true },
    present: ['Coopération décentralisée – Diéma'],
  },
  // Broken JSON
  { name: 'truncated-json', about: 'the first 300 characters of a feed', serve: { raw: 'truncated-json' }, expect: fatal('not-json') },
  { name: 'json-with-comments', about: '// and /* */ comments', serve: { raw: 'comments' }, expect: fatal('not-json') },
  { name: 'json-with-nan', about: 'NaN as a number', serve: { raw: 'nan' }, expect: fatal('not-json') },
  { name: 'trailing-comma', about: 'a comma before the closing brace', serve: { raw: 'trailing-comma' }, expect: fatal('not-json') },
  { name: 'empty-body', about: 'status 200, no body', serve: { raw: 'empty-body' }, expect: fatal('not-json') },
  // Wrong top level
  { name: 'top-level-array', about: '[{ "version": "1", … }]', serve: { file: 'top-array.json' }, expect: fatal('not-object') },
  { name: 'top-level-null', about: 'null', serve: { file: 'top-null.json' }, expect: fatal('not-object') },
  { name: 'top-level-string', about: 'a JSON string', serve: { file: 'top-string.json' }, expect: fatal('not-object') },
  { name: 'top-level-number', about: 'a JSON number', serve: { file: 'top-number.json' }, expect: fatal('not-object') },
  { name: 'data-array', about: 'an array given as `data`', serve: { data: () => [base()] }, expect: fatal('not-object') },
  // Pathological structure
  {
    name: 'deep-nesting-in-field',
    about: '100,000 nested arrays as a project description',
    serve: { raw: 'deep-in-field' },
    expect: { warnings: ['projects[0].description'], exact: true },
  },
  { name: 'deep-nesting-top', about: '100,000 nested arrays as the whole document', serve: { raw: 'deep-top' }, expect: fatal('not-object') },
  {
    name: 'deep-nesting-data',
    about: '100,000 nested objects given as `data`, in a Text',
    serve: { data: () => base({ projects: [{ id: 'p1', title: deepValue(100000, true), status: 'ongoing' }, { id: 'p2', title: 'Projet', status: 'ongoing' }] }) },
    expect: { warnings: ['projects[0].title.a', 'projects[0].title'], exact: true, states: { cards: 'ready', partners: 'empty', gauge: 'empty' } },
  },
  {
    name: 'proto-and-constructor-keys',
    about: '__proto__, constructor and prototype as keys and as ids',
    serve: { file: 'proto-keys.json' },
    expect: {
      warnings: ['publishers[0].name.__proto__', 'projects[0].partners[1].ref'],
      exact: true,
    },
    absent: ['999', 'ff0000'],
  },
  // Field-level faults
  {
    name: 'wrong-types-everywhere',
    about: 'numbers for texts, strings for lists, objects for dates…',
    serve: { file: 'wrong-types.json' },
    expect: {
      warnings: [
        'language',
        'currency',
        'updated',
        'publishers[1]',
        'partners[0].country',
        'partners[0].city',
        'partners[0].website',
        'partners[0].logo',
        'projects[0].summary',
        'projects[0].start',
        'projects[0].themes',
        'projects[0].places',
        'projects[0].funding',
        'projects[0].links',
        'projects[1].title',
        'projects[1].status',
        'budgets[0].year',
        'budgets[1].committed',
        'budgets[1].lines',
      ],
    },
  },
  {
    name: 'missing-required-fields',
    about: 'items without id, name, kind, title, status, year or allocated',
    serve: { file: 'missing-required.json' },
    expect: {
      warnings: [
        'publishers[1].id',
        'publishers[2].name',
        'publishers[2].kind',
        'publishers',
        'partners[0].name',
        'partners[0].kind',
        'projects[0].id',
        'projects[1].title',
        'projects[2].status',
        'budgets[0].year',
        'budgets[1].allocated',
      ],
      exact: true,
    },
  },
  {
    name: 'money-strings-negative-1e400',
    about: 'money as strings, negative, 1e400 (Infinity), and sums that overflow',
    serve: { file: 'money.json' },
    attrs: { gauge: { basis: 'water' } },
    expect: {
      warnings: [
        'projects[0].funding.total',
        'projects[0].funding.contribution',
        'projects[1].funding.total',
        // Past 2^53 − 1 (1e308, Number.MAX_VALUE): refused before sums can overflow.
        'projects[2].funding.total',
        'budgets[0].allocated',
        'budgets[1].allocated',
        'budgets[2].committed',
        'budgets[2].spent',
        'budgets[2].totalBudget',
        'budgets[2].lines[0].allocated',
        'budgets[2].lines[0].committed',
        'budgets[2].lines[1].allocated',
        'budgets[2].lines[1].committed',
        'budgets[2].lines[2].committed',
        'budgets[2].lines[2].base',
      ],
      exact: true,
    },
  },
  {
    name: 'bad-currencies',
    about: 'eur, €, EURO, 5 and an empty string (read as absent)',
    serve: { file: 'currencies.json' },
    expect: {
      warnings: ['currency', 'projects[0].funding.currency', 'projects[1].funding.currency', 'projects[2].funding.currency'],
      exact: true,
    },
  },
  {
    name: 'impossible-dates',
    about: '30 February, month 13, 2021-02-29, day 0, wrong formats, end before start, years 0000 and 0050',
    serve: { file: 'dates.json' },
    expect: {
      warnings: [
        'updated',
        'projects[0].start',
        'projects[0].end',
        'projects[1].start',
        'projects[1].end',
        'projects[2].start',
        'projects[2].end',
        'projects[3].end',
      ],
    },
    // "0050-06" and "0000" are well-formed feed dates: shown as 1950 or 1900, they would be wrong.
    absent: ['1950', '1900'],
  },
  {
    name: 'duplicate-ids',
    about: 'publishers, partners, projects and budgets with the same id (the first wins)',
    serve: { file: 'duplicates.json' },
    // The one publisher left gets the items that name none, which is said.
    expect: { warnings: ['publishers[1].id', 'publishers', 'partners[1].id', 'projects[1].id', 'budgets[1].year'], exact: true },
    present: ['Premier projet', 'Premier partenaire'],
    absent: ['Doublon'],
  },
  {
    name: 'dangling-references',
    about: 'projects and budgets naming publishers and partners that do not exist',
    serve: { file: 'dangling.json' },
    expect: { warnings: ['projects[0].publisher', 'projects[1].partners[0].ref', 'budgets[0].publisher'], exact: true },
    absent: ['Fantôme'],
  },
  // Difficult text
  {
    name: 'rtl-and-bidi-override',
    about: 'Arabic and Hebrew texts, and unterminated RLO/LRE/RLI controls next to the widgets’ own words',
    serve: { file: 'bidi.json' },
    expect: { warnings: [], exact: true },
    // Widget text following a feed text in the same line: the year in the gauge's caption,
    // the role after a project title in the partner list, the country after a place name.
    bidi: ['2025', 'Chef de file', 'Sénégal'],
  },
  {
    name: 'emoji-sequences',
    about: 'ZWJ families, skin tones, flags, keycaps; a 300-emoji description that gets shortened',
    serve: { file: 'emoji.json' },
    expect: { warnings: [], exact: true },
    present: ['👩🏽‍🌾 Coopérative des femmes de Fatick 🇸🇳'],
  },
  {
    name: 'long-words',
    about: 'a 300-character word in every text, money at Number.MAX_VALUE (refused: past 2^53 − 1)',
    serve: { raw: 'long-words' },
    expect: { warnings: ['projects[0].funding.total'], exact: true },
  },
  {
    name: 'nul-and-lone-surrogates',
    about: 'NUL bytes and lone surrogates (JSON escapes) in texts, ids and URLs',
    serve: { file: 'nul-surrogates.json' },
    expect: { warnings: ['partners[1].id', 'partners[2].website', 'projects[1].title'], exact: true },
    present: ['Mairie de Belleval', 'Projet \ufffd eau'],
  },
  // Size extremes
  {
    name: '10000-projects',
    about: '10,000 projects, 50 partners',
    serve: { raw: 'many' },
    expect: { warnings: [], exact: true },
  },
  { name: 'empty-arrays', about: 'no partners, projects or budgets', serve: { file: 'empty-arrays.json' }, expect: { warnings: [], exact: true, states: ALL_EMPTY } },
  { name: 'no-publisher', about: 'publishers: []', serve: { file: 'no-publisher.json' }, expect: fatal('no-publisher') },
  // What only `data` can carry
  {
    name: 'non-json-values',
    about: 'NaN, ±Infinity, -0, undefined, holes, BigInt, Symbol, Date, Map, functions, boxed strings, a cycle',
    serve: { data: nonJsonValues },
    expect: {
      warnings: [
        'language',
        'currency',
        'updated',
        'partners[0].country',
        'partners[0].city',
        'partners[0].description["0"]',
        'projects[0].description.version',
        'projects[0].sdgs[1]',
        'projects[0].places',
        'projects[0].funding.total',
        'projects[0].funding.contribution',
        'budgets[0].committed',
      ],
    },
  },
  { name: 'reactive-proxy', about: 'a valid feed behind a Proxy (Vue’s reactive())', serve: { data: proxied }, expect: { warnings: [], exact: true } },
  {
    name: 'throwing-getter',
    about: 'a `data` object whose `projects` getter throws',
    serve: { data: throwingGetter },
    expect: fatal('not-object'),
  },
];

/** What each widget shows when the feed loads, unless the case says otherwise. */
export const DEFAULT_STATES = ALL_READY;
