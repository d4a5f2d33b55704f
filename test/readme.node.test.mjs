// What a web editor copies from README.md works as written: its examples are read from the
// README itself, so that they cannot drift from the product (`npm run build` first).
//
//   node --test test/readme.node.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeedText, stewardAdvice } from '../dist/feed/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/** The README's ```html blocks. */
const htmlBlocks = [...readme.matchAll(/^```html\n([\s\S]*?)^```/gm)].map((match) => match[1]);

test('the README’s inline feed is valid and gives each widget something to show', () => {
  const blocks = htmlBlocks.filter((block) => block.includes('<script type="application/json"'));
  assert.ok(blocks.length > 0, 'an inline-feed example');
  for (const block of blocks) {
    const [, id, json] = /<script type="application\/json" id="([^"]+)">\n([\s\S]*?)<\/script>/.exec(block);
    // Read as the widgets read a data block, with the data steward's hints: nothing to say.
    const result = parseFeedText(json, 'https://www.ville.example/', stewardAdvice);
    assert.ok(result.ok, result.error?.message);
    assert.deepEqual(result.warnings, []);
    const { projects, partners, budgets } = result.feed;
    // A card, a partner (the list shows those the projects name) and a gauge, not three empty states.
    assert.ok(projects.length > 0, 'a project');
    assert.ok(partners.length > 0, 'a partner');
    for (const partner of partners) assert.ok(projects.some((p) => p.partners.some(({ ref }) => ref === partner.id)), partner.id);
    assert.ok(budgets.length > 0, 'a budget');
    for (const tag of ['ancrage-project-cards', 'ancrage-partner-list', 'ancrage-budget-gauge']) {
      assert.ok(block.includes(`<${tag} feed="#${id}">`), `${tag} reads #${id}`);
    }
  }
});
