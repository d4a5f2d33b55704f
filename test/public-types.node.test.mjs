// The package's declarations (dist/*.d.ts, `npm run build` first) give a TypeScript page what
// the README documents: typed tags, properties and events (test/fixtures/public-types.ts), and
// the framework templates typed by `ancrage/jsx` (public-types-react.tsx, public-types-vue.ts),
// and they name no package the package does not depend on.
//
//   node --test test/public-types.node.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Typechecks fixtures against dist/'s declarations, as a TypeScript page would (`ancrage/…` is the package itself). */
function typecheck(...fixtures) {
  const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', '--skipLibCheck', '--jsx', 'react-jsx', ...fixtures];
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', ...args], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    assert.fail(error.stdout || String(error));
  }
}

test('the public types accept what the README documents', () => typecheck('test/fixtures/public-types.ts'));

test('registering a widget, or all with the bundle, types the tags and their events without the package root', () =>
  typecheck('test/fixtures/public-types-define.ts'));

// One tsc run for both: each `@ts-expect-error` there is a value or prop the types must refuse.
test('ancrage/jsx types the tags in React 19 JSX and Vue 3 templates, and refuses wrong values', () =>
  typecheck('test/fixtures/public-types-react.tsx', 'test/fixtures/public-types-vue.ts'));

// A strict installer (pnpm, Yarn PnP, npm's linked strategy) gives the package `lit` and nothing
// else: a declaration naming `lit-html` (what `lit` re-exports, through an inferred type) fails to
// typecheck there, or turns to `any` under skipLibCheck.
test('the shipped declarations import only lit, lit/… and their own files', () => {
  const ts = createRequire(import.meta.url)('typescript');
  const dist = join(root, 'dist');
  const declarations = readdirSync(dist, { recursive: true }).filter((file) => file.endsWith('.d.ts'));
  assert.ok(declarations.length > 10, `only ${declarations.length} .d.ts in dist/: build first`);
  const strangers = declarations.flatMap((file) => {
    const { importedFiles, typeReferenceDirectives } = ts.preProcessFile(readFileSync(join(dist, file), 'utf8'), true, true);
    return [...importedFiles, ...typeReferenceDirectives]
      .map(({ fileName }) => fileName)
      .filter((name) => !/^(\.\.?\/|lit$|lit\/)/.test(name))
      .map((name) => `dist/${file} names '${name}'`);
  });
  assert.deepEqual(strangers, []);
});
