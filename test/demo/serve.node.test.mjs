// `npm start`'s demo server: the embed generator's default snippet loads the bundle and the
// example feed from it, so a page of a local CMS, or a file, must be allowed to read them.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';

test('the demo server lets any page, a file included, read the bundle and the example feed', async () => {
  const server = spawn(process.execPath, ['stories/demo/serve.mjs'], { env: { ...process.env, PORT: '0' } });
  try {
    const [line] = await once(server.stdout, 'data');
    const port = /localhost:(\d+)\//.exec(String(line))?.[1];
    assert.ok(port, String(line));
    for (const path of ['/dist/ancrage.js', '/stories/demo/example-feed.json']) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { Origin: 'null' } });
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
    }
  } finally {
    server.kill();
  }
});
