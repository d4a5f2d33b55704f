// The package's declarations (dist/*.d.ts, `npm run build` first) give a TypeScript page what
// the README documents: typed tags, properties and events (test/fixtures/public-types.ts).
//
//   node --test test/public-types.node.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Typechecks one fixture against dist/'s declarations, as a TypeScript page would. */
function typecheck(fixture) {
  const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', '--skipLibCheck', fixture];
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', ...args], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    assert.fail(error.stdout || String(error));
  }
}

test('the public types accept what the README documents', () => typecheck('test/fixtures/public-types.ts'));

test('registering a widget, or all with the bundle, types the tags and their events without the package root', () =>
  typecheck('test/fixtures/public-types-define.ts'));
