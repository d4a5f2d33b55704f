// Test-only HTTP routes under /__hostile/ for the hostile-feed and host-page tests (issue 7).
//
//   raw/:name          a feed body no static file can hold (bytes in another encoding,
//                      comments, NaN, 100,000-deep nesting, 10,000 projects): RAW in
//                      test/hostile/cases.mjs
//   host/:name.html    a town hall's page embedding the three widgets with the built bundle
//                      (/dist/ancrage.js: run `npm run build` first), sent with real
//                      Content-Security-Policy headers; PAGES below. Each page loads
//                      test/hostile/host/harness.js first, which posts a report to its parent.
import { Buffer } from 'node:buffer';
import { RAW } from '../hostile/cases.mjs';

const EXAMPLE_FEED = '/stories/demo/example-feed.json';
const STRICT_CSP = "default-src 'self'; style-src 'self'";
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * csp: the Content-Security-Policy header; copies: how many times the bundle is loaded;
 * css: an extra stylesheet in test/hostile/host/; script: a classic script there, run before
 * the bundle; dir/lang: the page's; feed: its URL.
 */
const PAGES = {
  clean: {},
  csp: { csp: STRICT_CSP },
  'trusted-types': { csp: TRUSTED_TYPES },
  'csp-and-trusted-types': { csp: `${STRICT_CSP}; ${TRUSTED_TYPES}` },
  'two-copies': { copies: 2 },
  'two-copies-trusted-types': { copies: 2, csp: `${TRUSTED_TYPES} 'allow-duplicates'` },
  'two-copies-trusted-types-no-duplicates': { copies: 2, csp: TRUSTED_TYPES },
  'hostile-css': { css: 'hostile.css' },
  rtl: { dir: 'rtl', lang: 'ar' },
  'long-words': { feed: '/__hostile/raw/long-words' },
  'old-library': { script: 'old-library.js' },
  'polluted-prototype': { script: 'polluted-prototype.js' },
};

const HOST_TEXT = {
  fr: { title: 'Mairie de Belleval', sentinel: 'La mairie est ouverte du lundi au vendredi.', menu: 'Menu' },
  ar: { title: 'بلدية بلفال', sentinel: 'البلدية مفتوحة من الاثنين إلى الجمعة.', menu: 'القائمة' },
};

function page({ copies = 1, css, script, dir = 'ltr', lang = 'fr', feed = EXAMPLE_FEED }) {
  const text = HOST_TEXT[lang] ?? HOST_TEXT.fr;
  const bundles = Array.from({ length: copies }, (_, i) => `<script type="module" src="/dist/ancrage.js${i ? `?copy=${i}` : ''}"></script>`);
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title}</title>
<script src="/test/hostile/host/harness.js"></script>
<link rel="stylesheet" href="/test/hostile/host/page.css">
${css ? `<link rel="stylesheet" href="/test/hostile/host/${css}">` : ''}
${script ? `<script src="/test/hostile/host/${script}"></script>` : ''}
${bundles.join('\n')}
</head>
<body>
<header><h1>${text.title}</h1><button type="button" id="host-button">${text.menu}</button></header>
<p id="sentinel">${text.sentinel}</p>
<main>
<div class="block"><ancrage-project-cards feed="${feed}" filters></ancrage-project-cards></div>
<div class="block"><ancrage-partner-list feed="${feed}" search></ancrage-partner-list></div>
<div class="block"><ancrage-budget-gauge feed="${feed}" breakdown years></ancrage-budget-gauge></div>
</main>
</body>
</html>
`;
}

export async function hostileRoutes(ctx, next) {
  const match = /^\/__hostile\/(raw|host)\/([\w-]+)(\.html)?$/.exec(ctx.path);
  if (!match) return next();
  const [, kind, name, html] = match;
  ctx.set('Cache-Control', 'no-store');
  if (kind === 'raw' && !html && Object.hasOwn(RAW, name)) {
    const { status = 200, type, body } = RAW[name]();
    ctx.status = status;
    ctx.type = type;
    ctx.body = typeof body === 'string' ? body : Buffer.from(body);
    return;
  }
  if (kind === 'host' && html && Object.hasOwn(PAGES, name)) {
    const options = PAGES[name];
    if (options.csp) ctx.set('Content-Security-Policy', options.csp);
    ctx.status = 200;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = page(options);
    return;
  }
  ctx.status = 404;
  ctx.type = 'text/plain';
  ctx.body = `no hostile route ${ctx.path}`;
}
