// What a web editor copies from README.md works as written: its examples are read from the
// README itself, so that they cannot drift from the product (`npm run build` first).
//
//   node --test test/readme.node.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parseFeedText, stewardAdvice } from '../dist/feed/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../dist/custom-elements.json', import.meta.url), 'utf8'));
/** Each widget's attributes, as the custom-elements manifest has them from the sources. */
const attributesOf = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration.attributes.map((attribute) => attribute.name)]),
);
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

test('the README’s tags use only attributes their widget has, and its script lines load the bundle as a module', () => {
  const scripts = [...htmlBlocks.join('\n').matchAll(/<script [^>]*\bsrc="([^"]+)"[^>]*>/g)];
  assert.ok(scripts.length > 0);
  // Without type="module" the bundle does not run ("Unexpected token 'export'").
  for (const [line, src] of scripts) assert.ok(src.endsWith('/ancrage.js') && line.includes('type="module"'), line);
  for (const [, tag, attributes] of htmlBlocks.join('\n').matchAll(/<(ancrage-[a-z-]+)([^>]*)>/g)) {
    assert.ok(attributesOf.has(tag), tag);
    for (const [, name] of attributes.matchAll(/\s([a-z-]+)(?:="[^"]*")?/g)) {
      assert.ok(attributesOf.get(tag).includes(name) || ['id', 'class'].includes(name), `${tag} ${name}`);
    }
  }
});

test('each widget’s attribute table in the README lists its own attributes, as the manifest does', () => {
  // Those every widget takes have their table of their own.
  const shared = ['feed', 'publisher', 'lang', 'color-scheme', 'state'];
  for (const [tag, attributes] of attributesOf) {
    const section = readme.split(/^### /m).find((part) => part.startsWith(`\`<${tag}>\``));
    assert.ok(section, tag);
    const rows = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((row) => row[1]);
    assert.deepEqual(rows, attributes.filter((name) => !shared.includes(name)), tag);
  }
});

test('the README’s links lead to files the npm package ships, or say the file is in the repository', () => {
  // The README is also the package's page (npmjs.com, node_modules): a link into the repository alone is dead there.
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: new URL('..', import.meta.url), encoding: 'utf8' }));
  const shipped = new Set(files.map(({ path }) => path));
  // A paragraph of images alone belongs to the paragraph that introduces it.
  const paragraphs = readme.split(/\n\s*\n/).reduce((kept, paragraph) => {
    if (/^(!\[[^\]]*\]\([^)]*\)\s*)+$/.test(paragraph) && kept.length) kept[kept.length - 1] += `\n${paragraph}`;
    else kept.push(paragraph);
    return kept;
  }, []);
  let links = 0;
  for (const paragraph of paragraphs) {
    for (const [, target] of paragraph.matchAll(/\]\(((?![a-z]+:|#)[^)#]+)\)/g)) {
      links++;
      assert.ok(existsSync(new URL(`../${target}`, import.meta.url)), `${target} is not in the repository`);
      assert.ok(shipped.has(target) || /\brepository\b/.test(paragraph), `${target}: not in the package, and its paragraph does not say where it is`);
    }
  }
  assert.ok(links > 0);
});
