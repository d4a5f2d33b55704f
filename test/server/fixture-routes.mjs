// Test-only HTTP routes under /__feed/ for the loader tests (test/feed/load.test.ts).
//
// Every route counts its requests by `?key=`; GET /__feed/hits?key=K answers {"hits": n}.
// Stateful routes (flaky, once) keep their state by key too: a test that picks a fresh
// key never meets another test's requests, and a fresh key is also a fresh loader cache entry.
//
//   valid               test/fixtures/feeds/valid/full.json, as stored (UTF-8). ?warn=1 adds one
//                       unknown theme code (one warning); ?type=… overrides the Content-Type
//   status/:code        a short text answer with that HTTP status, after ?delay= ms (default 0)
//   flaky               503 the first time for a key, the feed afterwards
//   once                the feed the first time for a key, 404 afterwards
//   versions            a one-project feed whose project is titled "Version n" at the nth request for a key
//   html                a 200 HTML page
//   split-page          a town's page, sent in two parts ?pause= ms apart (default 1000): the
//                       bundle as an `async` module and a gauge on `#flux`, then the data block
//                       cut in its middle, as a slow CMS sends it
//   bom                 the same bytes after a UTF-8 byte-order mark
//   cp1252              the same text in Windows-1252 bytes; ?charset=1 declares it in Content-Type
//   utf16               the same text in UTF-16 after its byte-order mark; ?be=1 big-endian, else little-endian
//   slow                headers after ?head= ms (default 0), then a space every ?every= ms (default 2000);
//                       ?length= announces that Content-Length
//   drip                the feed in ?pieces= parts (default 8), one every ?every= ms (default 150), as a
//                       weak phone network brings it
//   big-no-length       ?bytes= (default 100000) of JSON, chunked, no Content-Length
//   big-lying-length    ?bytes= of JSON, gzipped: Content-Length is the small compressed size
//   not-json            200 application/json that is not JSON
//   truncated           Content-Length of the whole feed, half of it, then the connection closes
//   down                the connection closed without an answer (a network error), until
//   up                  is requested for the same key: the feed afterwards
//
// ?split=1 on valid, bom, cp1252 and utf16 sends the body in pieces, each cut right after a
// byte ≥ 0xC0 (the first byte of a multi-byte UTF-8 character), a few ms apart: the browser
// gets the characters cut between chunks.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';

const FEED = readFileSync(new URL('../fixtures/feeds/valid/full.json', import.meta.url), 'utf8');
const JSON_TYPE = 'application/json; charset=utf-8';

/** `text` as Notepad's "Unicode" saves it: a byte-order mark, then UTF-16 code units. */
function utf16(text, bigEndian) {
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? bytes.swap16() : bytes;
}

// Node encodes no Windows-1252: invert its decoder, which maps each of the 256 bytes to its own char.
const decoder = new TextDecoder('windows-1252');
const CP1252 = new Map(Array.from({ length: 256 }, (_, byte) => [decoder.decode(Uint8Array.of(byte)), byte]));

function windows1252(text) {
  return Buffer.from(
    Array.from(text, (char) => {
      if (!CP1252.has(char)) throw new Error(`fixture char ${char} has no Windows-1252 byte`);
      return CP1252.get(char);
    }),
  );
}

const hits = new Map();
const seen = new Set();

/** True the first time a route sees this key. */
function first(route, key) {
  const id = `${route} ${key}`;
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
}

function withUnknownTheme() {
  const feed = JSON.parse(FEED);
  const [project] = feed.projects;
  project.themes = [...(project.themes ?? []), 'not-a-theme'];
  return JSON.stringify(feed);
}

/** The feed padded with spaces to `bytes` bytes (at least its own size). */
function bigFeed(bytes) {
  return FEED + ' '.repeat(Math.max(0, bytes - Buffer.byteLength(FEED)));
}

function send(ctx, status, type, body) {
  ctx.status = status;
  ctx.type = type;
  ctx.body = ctx.query.split ? inPieces(Buffer.from(body)) : body;
}

function inPieces(bytes) {
  const stream = new PassThrough();
  (async () => {
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] < 0xc0 && i < bytes.length - 1) continue;
      stream.write(bytes.subarray(start, i + 1));
      start = i + 1;
      await sleep(3);
    }
    stream.end();
  })();
  return stream;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const routes = {
  valid: (ctx) => send(ctx, 200, ctx.query.type || JSON_TYPE, ctx.query.warn ? withUnknownTheme() : FEED),
  flaky: (ctx, key) =>
    first('flaky', key) ? send(ctx, 503, 'text/plain', 'busy') : send(ctx, 200, JSON_TYPE, FEED),
  once: (ctx, key) =>
    first('once', key) ? send(ctx, 200, JSON_TYPE, FEED) : send(ctx, 404, 'text/plain', 'gone'),
  versions: (ctx, key) =>
    send(ctx, 200, JSON_TYPE, {
      version: '1',
      publishers: [{ id: 'belleval', name: 'Ville de Belleval', kind: 'commune' }],
      projects: [{ id: 'p', title: `Version ${hits.get(key)}`, status: 'ongoing' }],
    }),
  html: (ctx) => send(ctx, 200, 'text/html', '<!doctype html><title>Mairie</title><h1>Page introuvable</h1>'),
  'split-page': (ctx) => {
    const block = FEED.replace(/</g, '\\u003c');
    const half = block.length >> 1;
    const stream = new PassThrough();
    send(ctx, 200, 'text/html; charset=utf-8', stream);
    stream.write(
      '<!doctype html><html lang="fr"><title>Mairie</title><script type="module" async src="/dist/ancrage.js"></script>' +
        `<ancrage-budget-gauge feed="#flux"></ancrage-budget-gauge><script type="application/json" id="flux">${block.slice(0, half)}`,
    );
    // Not awaited: the first part leaves only once the route has returned.
    setTimeout(() => stream.end(`${block.slice(half)}</script></html>`), Number(ctx.query.pause ?? 1000));
  },
  bom: (ctx) => send(ctx, 200, JSON_TYPE, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FEED)])),
  cp1252: (ctx) =>
    send(ctx, 200, `application/json${ctx.query.charset ? '; charset=windows-1252' : ''}`, windows1252(FEED)),
  utf16: (ctx) => send(ctx, 200, 'application/json', utf16(FEED, Boolean(ctx.query.be))),
  'not-json': (ctx) => send(ctx, 200, JSON_TYPE, '{"version": "1", publishers: []}'),

  async slow(ctx) {
    await sleep(Number(ctx.query.head ?? 0));
    const stream = new PassThrough();
    const timer = setInterval(() => stream.destroyed || stream.write(' '), Number(ctx.query.every ?? 2000));
    // The response closes when the loader gives up (or the test ends).
    ctx.res.on('close', () => clearInterval(timer));
    stream.write('{"version": "1",');
    send(ctx, 200, JSON_TYPE, stream);
    if (ctx.query.length) ctx.length = Number(ctx.query.length);
  },

  drip(ctx) {
    const stream = new PassThrough();
    const bytes = Buffer.from(FEED);
    const pieces = Number(ctx.query.pieces ?? 8);
    (async () => {
      for (let i = 0; i < pieces; i++) {
        stream.write(bytes.subarray(Math.floor((i * bytes.length) / pieces), Math.floor(((i + 1) * bytes.length) / pieces)));
        await sleep(Number(ctx.query.every ?? 150));
      }
      stream.end();
    })();
    send(ctx, 200, JSON_TYPE, stream);
  },

  'big-no-length': (ctx) => {
    // A stream body: Koa sends it chunked, without Content-Length.
    const stream = new PassThrough();
    const text = bigFeed(Number(ctx.query.bytes ?? 100000));
    for (let i = 0; i < text.length; i += 16384) stream.write(text.slice(i, i + 16384));
    stream.end();
    send(ctx, 200, JSON_TYPE, stream);
  },

  // The way a real Content-Length understates a body: it counts compressed bytes.
  // (A raw response whose Content-Length is smaller than what follows does not test
  // this: the browser stops reading at Content-Length.)
  'big-lying-length': (ctx) => {
    send(ctx, 200, JSON_TYPE, gzipSync(bigFeed(Number(ctx.query.bytes ?? 100000))));
    ctx.set('Content-Encoding', 'gzip');
  },

  // Node's http will not send fewer bytes than its Content-Length: write the response by hand.
  truncated: (ctx) => {
    const body = Buffer.from(FEED);
    ctx.status = 200; // for the dev server's log: Koa's default is 404
    ctx.respond = false;
    const socket = ctx.req.socket;
    socket.write(
      'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nAccess-Control-Allow-Origin: *\r\n' +
        `Cache-Control: no-store\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
    );
    socket.end(body.subarray(0, body.length >> 1));
  },

  down: (ctx, key) => {
    if (seen.has(`up ${key}`)) return send(ctx, 200, JSON_TYPE, FEED);
    ctx.respond = false;
    ctx.req.socket.destroy();
  },
  up: (ctx, key) => send(ctx, 200, 'text/plain', String(first('up', key))),

  hits: (ctx, key) => send(ctx, 200, JSON_TYPE, { hits: hits.get(key) ?? 0 }),
};

export async function fixtureRoutes(ctx, next) {
  const match = /^\/__feed\/([\w-]+)(?:\/(\d{3}))?$/.exec(ctx.path);
  if (!match) return next();
  const [, route, code] = match;
  const key = String(ctx.query.key ?? '');
  if (route !== 'hits') hits.set(key, (hits.get(key) ?? 0) + 1);
  // Any origin may read these (the cross-origin test reads them credential-less); never cached.
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cache-Control', 'no-store');
  if (route === 'status' && code) {
    await sleep(Number(ctx.query.delay ?? 0));
    return send(ctx, Number(code), 'text/plain', `status ${code}`);
  }
  const handler = Object.hasOwn(routes, route) && !code ? routes[route] : undefined;
  if (!handler) return send(ctx, 404, 'text/plain', `no fixture route ${ctx.path}`);
  await handler(ctx, key);
}
