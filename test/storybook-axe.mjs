// Runs axe in Chromium over every story of the built Storybook (`storybook-static/`),
// once per setting of the toolbar's "Ville" menu (the default theme, each town's
// colours, dark mode); exits 1 on any violation or page error.
//
//   node test/storybook-axe.mjs [storybook-static]
//
// Prints one line per story and pass, then `N passed, N failed` alone on the last line.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { AXE_OPTIONS } from '../.storybook/axe-options.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = resolve(process.argv[2] ?? 'storybook-static');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** A widget that never leaves `loading` in this time is a failure. */
const READY_TIMEOUT = 10_000;

if (!existsSync(join(ROOT, 'index.json'))) {
  console.error(`No ${join(ROOT, 'index.json')}: build Storybook first (npm run build-storybook).`);
  process.exit(1);
}
const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
if (!stories.length) {
  console.error('No stories in the build.');
  process.exit(1);
}

const server = await serveStatic(ROOT);
const { origin } = server;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
let passed = 0;
let failed = 0;

/**
 * Shows one story in the worker's preview and returns its problems (axe
 * violations, render and page errors) as printable lines. The preview is loaded
 * once per worker; stories then switch through its channel, as the manager does.
 */
async function check(page, story, shown) {
  const problems = [];
  const onError = (error) => problems.push(`page error: ${error.message}`);
  page.on('pageerror', onError);
  try {
    const renderError = shown ? await initialError(page) : await page.evaluate(
      (storyId) =>
        new Promise((done) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          const events = {
            storyRendered: () => '',
            storyErrored: (e) => `story error: ${e?.title ?? ''} ${e?.description ?? ''}`,
            storyThrewException: (e) => `story threw: ${e?.message ?? e}`,
            storyMissing: () => 'story missing',
          };
          const handlers = Object.entries(events).map(([name, describe]) => {
            const handler = (arg) => {
              // Another story's late event (the previous one re-rendering) is not this one's.
              if (name === 'storyRendered' && arg !== storyId) return;
              handlers.forEach(([n, h]) => channel.off(n, h));
              done(describe(arg));
            };
            channel.on(name, handler);
            return [name, handler];
          });
          channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
        }),
      story.id,
    );
    if (renderError) return [...problems, renderError];
    if (/--loading$/.test(story.id)) await page.waitForTimeout(300);
    else {
      await page
        .waitForFunction(
          () =>
            [...document.querySelectorAll('#storybook-root *')]
              .filter((el) => el.localName.startsWith('ancrage-'))
              .every((el) => el.getAttribute('state') !== 'loading'),
          undefined,
          { timeout: READY_TIMEOUT },
        )
        .catch(() => problems.push(`a widget still loading after ${READY_TIMEOUT} ms`));
    }
    // The last render (dark mode is applied a frame after the story) and Lit's pending updates.
    await page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      await Promise.all([...document.querySelectorAll('#storybook-root *')].map((el) => el.updateComplete));
    });
    const violations = await page.evaluate(
      (options) => window.axe.run(document.querySelector('#storybook-root'), options).then((r) => r.violations),
      { ...AXE_OPTIONS, resultTypes: ['violations'] },
    );
    for (const v of violations) {
      problems.push(`${v.id} (${v.impact}): ${v.help}`);
      for (const node of v.nodes) problems.push(`    at ${JSON.stringify(node.target)}`);
    }
    return problems;
  } finally {
    page.off('pageerror', onError);
  }
}

/** The preview's first story, loaded with the page: did it render? */
async function initialError(page) {
  await page.waitForFunction(() => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className));
  return page.evaluate(() =>
    document.body.classList.contains('sb-show-main')
      ? ''
      : `story error: ${document.querySelector('#error-message')?.textContent ?? 'not rendered'}`,
  );
}

/**
 * Each story once per item of the toolbar's "Ville" menu, read from the towns' classes in
 * `.storybook/preview.css` so that a town added there is checked too: the default theme,
 * dark mode (another palette, other contrasts), and each town's colours, which also reach
 * the stories whose widgets are dark (a colour set through `--ancrage-*` is kept in the dark
 * scheme). One page per pass, in parallel.
 */
const TOWNS = new Set(readFileSync(new URL('../.storybook/preview.css', import.meta.url), 'utf8').match(/(?<=\.sb-town--)[\w-]+/g));
if (!TOWNS.has('dark') || TOWNS.size < 2) throw new Error(`Unexpected towns in .storybook/preview.css: ${[...TOWNS]}`);
const PASSES = [{ name: 'default', globals: [] }, ...[...TOWNS].map((town) => ({ name: town, globals: [`town:${town}`] }))];

/** One page per pass: its globals (theme) are set once, in the preview's URL. */
async function worker(pass) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  // The a11y addon's own run (its panel's) would collide with this one: it is switched off.
  const globals = ['a11y.manual:!true', ...pass.globals].join(';');
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(stories[0].id)}&viewMode=story&globals=${globals}`);
  await page.addScriptTag({ path: AXE });
  for (const story of stories) {
    const label = `${story.title} › ${story.name} [${pass.name}]`;
    const problems = await check(page, story, story === stories[0]).catch((error) => [error.message.split('\n')[0]]);
    if (problems.length) {
      failed++;
      console.log(`✗ ${label}\n${problems.map((line) => `  ${line}`).join('\n')}`);
    } else {
      passed++;
      console.log(`✓ ${label}`);
    }
  }
  await context.close();
}

try {
  await Promise.all(PASSES.map(worker));
} finally {
  await browser.close();
  await server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
