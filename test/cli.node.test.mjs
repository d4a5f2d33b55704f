// The command-line check, as a data steward runs it (`npm test` builds dist/cli.js first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const check = (...args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'ancrage-cli-'));

test('the example feed passes with no warning', () => {
  const run = check('stories/demo/example-feed.json', '--base-url', 'https://www.belleval.example/flux.json');
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^ok: 3 publisher\(s\), 12 project\(s\), 13 partner\(s\), 4 budget\(s\), 0 warning\(s\)$/m);
});

test('warnings are printed with their JSON path', () => {
  const file = join(dir, 'warnings.json');
  writeFileSync(file, JSON.stringify({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }], projects: [{ id: 'x', title: 'T', status: 'bogus' }] }));
  const run = check(file);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^warning projects\[0\]\.status: /m);
});

test('a feed that cannot be used exits 1 with the reason', () => {
  const file = join(dir, 'fatal.json');
  writeFileSync(file, '{"version": "2", "publishers": []}');
  const run = check(file);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^error: .*unsupported feed version/m);
});
