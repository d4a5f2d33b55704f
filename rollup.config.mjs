import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const COMPONENTS = ['project-cards', 'partner-list', 'budget-gauge'];

/** Ships the feed's JSON Schema as `ancrage/feed-v1.schema.json`. */
const schemaAsset = {
  name: 'feed-schema',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'feed-v1.schema.json',
      source: readFileSync('src/feed/feed-v1.schema.json', 'utf8'),
    });
  },
};

export default [
  // (a) The file a town hall links: one self-contained, minified module, Lit included.
  {
    input: 'src/ancrage.ts',
    output: { file: 'dist/ancrage.js', format: 'es' },
    plugins: [
      nodeResolve(),
      typescript({ compilerOptions: { declaration: false } }),
      terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
  // (b) One module per source file, with .d.ts, Lit left to the user's bundler.
  {
    input: ['src/index.ts', 'src/feed/index.ts', 'src/cli.ts', ...COMPONENTS.map((name) => `src/components/${name}/define.ts`)],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit(\/|$)/, /^@lit\//],
    plugins: [typescript({ compilerOptions: { declaration: true, declarationDir: 'dist' } }), schemaAsset],
  },
];
