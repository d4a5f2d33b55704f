// dist/custom-elements.json (`npm run build` first) describes the package as shipped: the
// modules it names exist in dist/, and each tag is defined by its widget's define module.
//
//   node --test test/manifest.node.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(root + 'dist/custom-elements.json', 'utf8'));

test('every module the manifest names is a shipped file', () => {
  const named = new Set();
  JSON.stringify(manifest, (key, value) => ((key === 'path' || key === 'module') && typeof value === 'string' && named.add(value), value));
  assert.ok(named.size >= 7);
  for (const path of named) assert.ok(existsSync(root + path), `${path} is not in the package`);
});

test('each tag is defined by its define module, as `import "ancrage/<widget>.js"` registers it', () => {
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [e.name, module.path, e.declaration.name]),
  );
  assert.deepEqual(definitions.sort(), [
    ['ancrage-budget-gauge', 'dist/components/budget-gauge/define.js', 'AncrageBudgetGauge'],
    ['ancrage-partner-list', 'dist/components/partner-list/define.js', 'AncragePartnerList'],
    ['ancrage-project-cards', 'dist/components/project-cards/define.js', 'AncrageProjectCards'],
  ]);
  const exported = JSON.parse(readFileSync(root + 'package.json', 'utf8')).exports;
  for (const [tag, path] of definitions) assert.equal(exported[`./${tag.replace('ancrage-', '')}.js`].default, `./${path}`);
});
