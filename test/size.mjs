// `npm run size`: gzip (level 9) and brotli (quality 11) sizes of the linked bundle and
// of each widget's own module graph, Lit included, then where the bundle's bytes go.
// Everything is built in memory from src with the build's own plugins, so the figures
// are those of what `npm run build` ships, even when dist/ is stale or missing.
//
// package.json holds two limits, in gzip bytes:
// - `sizeBudget`, the goal (16 KB for the bundle, 11 KB per widget): reported, not yet met;
// - `sizeCeiling`, what CI enforces: a ratchet at today's size, lowered as bytes are
//   cut, so no change can make the widgets heavier unnoticed.
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import config, { bundlePlugins } from '../rollup.config.mjs';

const { sizeBudget, sizeCeiling } = JSON.parse(readFileSync('package.json', 'utf8'));
const WIDGETS = ['project-cards', 'partner-list', 'budget-gauge'];

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

async function bundle(input, plugins, sourcemap = false) {
  const build = await rollup({ input, plugins });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true, sourcemap });
  await build.close();
  return sourcemap ? output[0] : Buffer.from(output[0].code);
}

// Where the bundle's bytes go, each part's gzip size added to the parts before it (compressed
// alone, a small part would pay for gzip's header and for words the others share).
const PARTS = [
  ['Lit', /node_modules\/(lit|@lit|lit-html|lit-element)\//],
  ['parseFeed, safeUrl', /src\/feed\/(parse|safe-url|countries|types|text)\.ts|src\/theme\/contrast\.ts/],
  ['loader', /src\/feed\/load\.ts/],
  ['both languages, Intl', /src\/i18n\//],
  ['theme tokens', /src\/theme\/tokens\.ts/],
  ['widget base', /src\/base\//],
  ['project cards', /src\/components\/project-cards\//],
  ['partner list', /src\/components\/partner-list\//],
  ['budget gauge', /src\/components\/budget-gauge\//],
];

/** The minified bundle's characters, grouped by the part their source map points to. */
function breakdown({ code, map }) {
  const trace = new TraceMap(map);
  const text = new Map(PARTS.map(([name]) => [name, '']));
  let part = 'other';
  code.split('\n').forEach((line, index) => {
    for (let column = 0; column < line.length; column++) {
      const source = originalPositionFor(trace, { line: index + 1, column }).source;
      if (source) part = PARTS.find(([, test]) => test.test(source))?.[0] ?? 'other';
      text.set(part, (text.get(part) ?? '') + line[column]);
    }
  });
  let before = 0;
  let sum = '';
  return [...text].map(([name, chars]) => {
    sum += chars;
    const size = gzip(sum);
    const added = size - before;
    before = size;
    return `${name} ${kb(added)}`;
  });
}

const linked = config[0];
// [label, code, goal key, ceiling key]: each widget has its own ceiling, so that none can grow unnoticed behind the largest.
const rows = [[linked.output.file, await bundle(linked.input, linked.plugins), 'bundle', 'bundle']];
for (const name of WIDGETS) {
  rows.push([`${name} (own graph)`, await bundle(`src/components/${name}/define.ts`, bundlePlugins()), 'widget', name]);
}

let over = 0;
const columns = ['min', 'gzip', 'brotli', 'goal (gzip)', 'ceiling (gzip)'];
console.log('file'.padEnd(28), ...columns.map((c, i) => c.padStart(i < 3 ? 10 : 24)));
for (const [label, code, kind, ceilingKey] of rows) {
  const size = gzip(code);
  const goal = sizeBudget[kind];
  const ceiling = sizeCeiling[ceilingKey];
  over += size > ceiling ? 1 : 0;
  console.log(
    label.padEnd(28),
    kb(code.length).padStart(10),
    kb(size).padStart(10),
    kb(brotli(code)).padStart(10),
    `${kb(goal)} ${size > goal ? `(+${kb(size - goal)})` : 'met'}`.padStart(24),
    `${kb(ceiling)} ${size > ceiling ? `OVER by ${kb(size - ceiling)}` : 'ok'}`.padStart(24),
  );
}
console.log(`\n${linked.output.file}, gzip, each part added to the ones before: ${breakdown(await bundle(linked.input, bundlePlugins({ sourceMap: true }), true)).join(' · ')}`);

if (over) {
  console.error(`${over} file(s) over the size ceiling in package.json.`);
  process.exit(1);
}
