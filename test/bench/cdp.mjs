// A Chromium driven over the DevTools protocol through a pipe, with only the domains the
// bench needs. Not Playwright: it turns on the protocol's Network domain for every page,
// and Chromium then keeps a decoded copy of each response body for the inspector. For the
// 4.8 MB feed that copy is a 135–225 ms task on the page's main thread, often just before
// the frame the bench waits for: a cost no reader without DevTools open ever pays.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../find-chromium.mjs';

// As Playwright launches it: no page is slowed down for being in the background.
const STEADY = ['--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding'];

/** Chromium at `executablePath`, headless; `newPage()` opens a page in a fresh browser context. */
export async function launch(executablePath, { width = 1280, height = 800 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'ancrage-bench-'));
  const chromium = spawn(
    executablePath,
    [...CHROMIUM_ARGS, ...STEADY, '--remote-debugging-pipe', `--user-data-dir=${profile}`, `--window-size=${width},${height}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [input, output] = [chromium.stdio[3], chromium.stdio[4]];
  const pending = new Map();
  let nextId = 0;
  let buffered = '';
  output.setEncoding('utf8');
  output.on('data', (data) => {
    // Messages are JSON texts, each ended by a NUL.
    const messages = (buffered + data).split('\0');
    buffered = messages.pop();
    for (const message of messages) {
      const { id, result, error } = JSON.parse(message);
      if (!pending.has(id)) continue;
      const { resolve, reject, method } = pending.get(id);
      pending.delete(id);
      error ? reject(new Error(`${method}: ${error.message}`)) : resolve(result);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject, method });
      input.write(JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) }) + '\0');
    });
  const exited = new Promise((resolve) => chromium.once('exit', resolve));

  return {
    version: async () => (await send('Browser.getVersion')).product,
    /** A page in a fresh browser context (no cache, no storage shared with other pages). */
    async newPage() {
      const { browserContextId } = await send('Target.createBrowserContext');
      const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      const call = (method, params) => send(method, params, sessionId);
      return {
        throttle: (rate) => call('Emulation.setCPUThrottlingRate', { rate }),
        /** A window of `width` × `height` CSS pixels (not a phone's emulation, which counts early shifts as input). */
        viewport: ([width, height]) => call('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }),
        goto: (url) => call('Page.navigate', { url }),
        /** The value of `expression` once it is truthy, polled every 50 ms. */
        async waitFor(expression, timeout = 60000) {
          for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
            const { result } = await call('Runtime.evaluate', { expression, returnByValue: true });
            if (result.value) return result.value;
          }
          throw new Error(`timed out waiting for ${expression}`);
        },
        close: () => send('Target.disposeBrowserContext', { browserContextId }),
      };
    },
    async close() {
      send('Browser.close').catch(() => {});
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
