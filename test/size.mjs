// `npm run size`: gzip and brotli sizes of the linked bundle and of each widget's own
// module graph (Lit included), failing when one is over the budget in package.json.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';

const { sizeBudget } = JSON.parse(readFileSync('package.json', 'utf8'));
const WIDGETS = ['project-cards', 'partner-list', 'budget-gauge'];

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

async function bundleWidget(name) {
  const build = await rollup({
    input: `src/components/${name}/define.ts`,
    plugins: [nodeResolve(), typescript({ compilerOptions: { declaration: false, outDir: undefined }, outputToFilesystem: false }), terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } })],
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  return output[0].code;
}

const rows = [['dist/ancrage.js', readFileSync('dist/ancrage.js'), sizeBudget.bundle]];
for (const name of WIDGETS) rows.push([`${name} (own graph)`, Buffer.from(await bundleWidget(name)), sizeBudget.widget]);

let over = 0;
console.log('file'.padEnd(30), 'min'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), 'budget (gzip)'.padStart(14));
for (const [label, code, budget] of rows) {
  const size = gzip(code);
  const fails = size > budget;
  over += fails ? 1 : 0;
  console.log(label.padEnd(30), kb(code.length).padStart(10), kb(size).padStart(10), kb(brotli(code)).padStart(10), `${kb(budget)}${fails ? '  OVER' : ''}`.padStart(14));
}
if (over) {
  console.error(`${over} file(s) over the size budget.`);
  process.exit(1);
}
