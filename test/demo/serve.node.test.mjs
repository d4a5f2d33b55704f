// `npm start`'s demo server: the embed generator's default snippet loads the bundle and the
// example feed from it, so a page of a local CMS, or a file, must be allowed to read them.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

/** Runs `fn` with the origin of a demo server started as `npm start` starts it, on a free port. */
async function withDemoServer(fn) {
  const server = spawn(process.execPath, ['stories/demo/serve.mjs'], { env: { ...process.env, PORT: '0' } });
  try {
    const [line] = await once(server.stdout, 'data');
    const port = /localhost:(\d+)\//.exec(String(line))?.[1];
    assert.ok(port, String(line));
    await fn(`http://127.0.0.1:${port}`);
  } finally {
    server.kill();
  }
}

test('the demo server lets any page, a file included, read the bundle and the example feed', () =>
  withDemoServer(async (origin) => {
    for (const path of ['/dist/ancrage.js', '/stories/demo/example-feed.json']) {
      const response = await fetch(`${origin}${path}`, { headers: { Origin: 'null' } });
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
    }
  }));

test('every demo page names an icon the server has: the browser asks for no /favicon.ico, a 404 in the console', () =>
  withDemoServer(async (origin) => {
    const pages = readdirSync('stories/demo').filter((name) => name.endsWith('.html'));
    assert.ok(pages.length > 0);
    for (const page of pages) {
      const icon = /<link rel="icon" href="([^"]+)"/.exec(readFileSync(`stories/demo/${page}`, 'utf8'))?.[1];
      assert.ok(icon, `${page} names its icon`);
      const response = await fetch(new URL(icon, `${origin}/stories/demo/${page}`));
      assert.equal(response.status, 200, `${page}: ${icon}`);
    }
  }));
