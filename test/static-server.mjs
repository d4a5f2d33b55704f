// A static file server on localhost: the demo site (`npm start`, stories/demo/serve.mjs)
// and the scripts that drive Chromium over built files (test/storybook-axe.mjs,
// test/screenshots.mjs, test/bench/bench.mjs).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const stat = (path) => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/**
 * Serves `root`: a directory's `index.html` for its path (a path without its final
 * `/` is redirected, so relative links work), `home` for `/` when given. `port` 0
 * (the default) takes a free one. `cors`: every file readable from any origin, `file://`
 * pages included. Resolves to `{ origin, port, close() }`.
 */
export async function serveStatic(root, { port = 0, home, cors = false } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (home && path === '/') {
      res.writeHead(302, { Location: home }).end();
      return;
    }
    const file = join(base, path);
    const found = file.startsWith(base + sep) || file === base ? stat(file) : undefined;
    if (found?.isDirectory() && !path.endsWith('/')) {
      res.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    const served = found?.isDirectory() ? join(file, 'index.html') : file;
    if (!stat(served)?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...(cors && { 'Access-Control-Allow-Origin': '*' }),
    });
    createReadStream(served).pipe(res);
  });
  await new Promise((listening) => server.listen(port, '127.0.0.1', listening));
  const { port: actual } = server.address();
  return {
    origin: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise((closed) => server.close(closed)),
  };
}
