// Photographs each widget from the real build on the example feed, for the README:
// stories/demo/screenshots/<widget>.png (800 px wide page, device scale 1).
//
//   npm run build && node test/screenshots.mjs
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'stories/demo/screenshots');
const WIDGETS = ['project-cards', 'partner-list', 'budget-gauge'];
/** Above this a PNG weighs down the repository: show less (page-size, publisher) in screenshot.html. */
const MAX_BYTES = 150 * 1024;

if (!existsSync(join(ROOT, 'dist/ancrage.js'))) {
  console.error('No dist/ancrage.js: run `npm run build` first.');
  process.exit(1);
}

const server = await serveStatic(ROOT);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 1000 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  page.on('pageerror', (error) => {
    console.error(`page error: ${error.message}`);
    failed = true;
  });
  await page.goto(`${server.origin}/stories/demo/screenshot.html`);
  const tags = WIDGETS.map((name) => `ancrage-${name}`);
  await page.waitForFunction(
    (tags) => tags.every((tag) => document.querySelector(tag)?.getAttribute('state') === 'ready'),
    tags,
    { timeout: 15_000 },
  );
  // Logos and project images inside the shadow roots, and the page's fonts.
  await page.evaluate(async (tags) => {
    const images = tags.flatMap((tag) => [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('img') ?? [])]);
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    await document.fonts.ready;
  }, tags);
  for (const name of WIDGETS) {
    const path = join(OUT, `${name}.png`);
    await page.locator(`ancrage-${name}`).screenshot({ path, animations: 'disabled' });
    const bytes = statSync(path).size;
    const tooBig = bytes > MAX_BYTES;
    failed ||= tooBig;
    console.log(`${tooBig ? '✗' : '✓'} ${path.slice(ROOT.length + 1)}: ${Math.round(bytes / 1024)} KB${tooBig ? ` (over ${MAX_BYTES / 1024} KB)` : ''}`);
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
