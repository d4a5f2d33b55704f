import { expect, waitUntil } from '@open-wc/testing';
import { loadFeed, logFeedIssues, parseFeedBytes, parseFeedText, readBody, type LoadResult } from '../../src/feed/load.js';
import { stewardAdvice } from '../../src/feed/advice.js';
import type { Feed, FeedResult } from '../../src/feed/types.js';

// Routes: test/server/fixture-routes.mjs. Each test uses fresh keys, so fresh URLs:
// the page-wide feed cache and the server's per-key state never leak between tests.
let serial = 0;

function route(path: string, params: Record<string, string | number> = {}, origin = location.origin) {
  const key = `${Date.now().toString(36)}-${++serial}`;
  const url = new URL(`/__feed/${path}`, origin);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
  url.searchParams.set('key', key);
  const hits = async (): Promise<number> => (await (await fetch(`/__feed/hits?key=${key}`)).json()).hits;
  return { url: url.href, hits };
}

function failure(result: LoadResult) {
  if (result.ok) expect.fail(`expected a failure, got a feed from ${result.url}`);
  return result;
}

function success<R extends LoadResult | FeedResult>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) expect.fail(`expected a feed, got ${result.error.code}: ${result.error.message}`);
  return result as Extract<R, { ok: true }>;
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

const quick = { retryDelay: 50 };

// Every test's console, recorded: the loader must use warn/groupCollapsed/groupEnd, never error.
type Method = 'warn' | 'groupCollapsed' | 'groupEnd' | 'error';
let logs: [Method, string][] = [];
const originals = { ...console };

beforeEach(() => {
  logs = [];
  for (const method of ['warn', 'groupCollapsed', 'groupEnd', 'error'] as Method[]) {
    console[method] = (...args: unknown[]) => void logs.push([method, args.join(' ')]);
  }
});

afterEach(() => {
  Object.assign(console, originals);
  expect(logs.filter(([method]) => method === 'error')).to.deep.equal([]);
});

describe('loadFeed over HTTP', () => {
  it('loads a feed, resolving its relative URLs against the feed URL, not the page', async () => {
    const { url, hits } = route('valid');
    const result = success(await loadFeed(url));
    expect(result.url).to.equal(url);
    expect(result.warnings).to.deep.equal([]);
    // test/fixtures/feeds/valid/full.json: the first publisher's logo is `images/belleval.svg`.
    expect(result.feed.publishers[0].logo?.src).to.equal(new URL('images/belleval.svg', url).href);
    expect(await hits()).to.equal(1);
    expect(logs).to.deep.equal([]);
  });

  it('resolves a relative address against baseUrl, and reports one that is not a URL without fetching', async () => {
    const { url, hits } = route('valid');
    const relative = url.slice(location.origin.length + 1);
    const result = success(await loadFeed(relative, { baseUrl: `${location.origin}/` }));
    expect(result.url).to.equal(url);
    expect(await hits()).to.equal(1);
    const invalid = failure(await loadFeed('https://'));
    expect(invalid.error.code).to.equal('not-found');
    expect(invalid.url).to.equal('https://');
    expect(logs).to.deep.equal([['warn', 'Ancrage: https://: not a valid feed address: "https://"']]);
    // A blank address is not the page's own URL.
    for (const blank of ['', '  ', '\u00a0']) expect(failure(await loadFeed(blank)).error.message).to.equal('the feed address is empty');
    // Blanks are no address, whichever: one feed, said once.
    expect(logs.slice(1)).to.deep.equal([['warn', 'Ancrage: the feed address is empty']]);
  });

  it('takes a URL object as its address, and never rejects on what a script passes instead of a string', async () => {
    const { url, hits } = route('valid');
    expect(success(await loadFeed(new URL(url))).url).to.equal(url);
    expect(await hits()).to.equal(1);
    for (const wrong of [null, undefined]) {
      const result = failure(await loadFeed(wrong as unknown as string));
      expect(result.error.message, String(wrong)).to.equal('the feed address is empty');
    }
  });

  it('loads a feed from another origin, without credentials, with Access-Control-Allow-Origin: *', async () => {
    // `*` is refused for a request with credentials. Accept: application/json must not cause a
    // preflight: its OPTIONS would be a second hit.
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const { url, hits } = route('valid', {}, `${location.protocol}//${other}:${location.port}`);
    success(await loadFeed(url));
    expect(await hits()).to.equal(1);
  });

  describe('timeout', () => {
    it('gives up waiting for the headers', async () => {
      const { url, hits } = route('slow', { head: 5000 });
      const [result, ms] = await timed(() => loadFeed(url, { timeout: 300, ...quick }));
      expect(failure(result).error).to.include({ code: 'timeout', message: 'no answer in 300 ms' });
      expect(ms).to.be.within(250, 2500);
      expect(await hits()).to.equal(1, 'a timeout is not retried');
    });

    it('reads a body that keeps arriving after the timeout, as over a weak phone network', async () => {
      // Eight pieces 150 ms apart: 1.2 s in all, never 400 ms without one.
      const [result, ms] = await timed(() => loadFeed(route('drip').url, { timeout: 400, ...quick }));
      expect(success(result).feed).to.deep.equal(success(await loadFeed(route('valid').url)).feed);
      expect(ms).to.be.above(1000);
    });

    it('gives up on a body that stops arriving', async () => {
      // Its first piece at once, the next one 5 s later.
      const { url, hits } = route('slow', { every: 5000 });
      const [result, ms] = await timed(() => loadFeed(url, { timeout: 400, ...quick }));
      expect(failure(result).error).to.include({ code: 'timeout', message: 'the download stopped for 400 ms' });
      expect(ms).to.be.within(350, 2500);
      expect(await hits()).to.equal(1, 'a timeout is not retried');
    });

    it('gives up on a body that never stops trickling, at six times the timeout', async () => {
      // A byte every 100 ms: never 400 ms without one.
      const { url } = route('slow', { every: 100 });
      const [result, ms] = await timed(() => loadFeed(url, { timeout: 400, ...quick }));
      expect(failure(result).error).to.include({ code: 'timeout', message: 'not all received in 2400 ms' });
      expect(ms).to.be.within(2300, 4500);
    });
  });

  describe('size cap', () => {
    it('stops a chunked body without Content-Length once past maxBytes', async () => {
      const { url } = route('big-no-length', { bytes: 200000 });
      const result = failure(await loadFeed(url, { maxBytes: 20000 }));
      expect(result.error.code).to.equal('too-large');
      expect(result.error.message).to.contain('20000');
    });

    it('counts decoded bytes when Content-Length understates them (gzip)', async () => {
      const { url } = route('big-lying-length', { bytes: 200000 });
      expect(failure(await loadFeed(url, { maxBytes: 20000 })).error.code).to.equal('too-large');
    });

    it('fails fast on a Content-Length above maxBytes, without waiting for the body', async () => {
      // The body trickles a byte every 5 s: only the header can end this quickly.
      const { url } = route('slow', { every: 5000, length: 1000000 });
      const [result, ms] = await timed(() => loadFeed(url, { maxBytes: 1000, timeout: 4000 }));
      expect(failure(result).error.code).to.equal('too-large');
      expect(ms).to.be.below(2000);
    });

    it('accepts a body under the cap', async () => {
      const { url } = route('big-no-length', { bytes: 15000 });
      success(await loadFeed(url, { maxBytes: 20000 }));
    });
  });

  describe('HTML instead of JSON', () => {
    it('refuses an HTML page', async () => {
      const result = failure(await loadFeed(route('html').url));
      expect(result.error).to.include({ path: '', code: 'html' });
      expect(result.error.message).to.contain('HTML page, not JSON');
    });

    it('accepts JSON served as text/html, as PHP does by default', async () => {
      success(await loadFeed(route('valid', { type: 'text/html; charset=UTF-8' }).url));
    });
  });

  describe('HTTP errors and retries', () => {
    it('retries a 503 once and succeeds', async () => {
      const { url, hits } = route('flaky');
      success(await loadFeed(url, quick));
      expect(await hits()).to.equal(2);
    });

    it('gives up after a second 500', async () => {
      const { url, hits } = route('status/500');
      const result = failure(await loadFeed(url, quick));
      expect(result.error).to.deep.equal({ path: '', code: 'http', message: 'HTTP 500' });
      expect(await hits()).to.equal(2);
    });

    it('does not retry a 404, and reports it as not found', async () => {
      const { url, hits } = route('status/404');
      expect(failure(await loadFeed(url, quick)).error.code).to.equal('not-found');
      expect(await hits()).to.equal(1);
    });

    it('does not retry another 4xx', async () => {
      const { url, hits } = route('status/403');
      expect(failure(await loadFeed(url, quick)).error).to.include({ code: 'http', message: 'HTTP 403' });
      expect(await hits()).to.equal(1);
    });

    it("keeps one time limit for the answer's headers, the retry's included", async () => {
      // A 503 after 600 ms of a 1 s limit: the retry has what is left, not 1 s more (1.6 s and over).
      const { url, hits } = route('status/503', { delay: 600 });
      const [result, ms] = await timed(() => loadFeed(url, { timeout: 1000, retryDelay: 20 }));
      expect(failure(result).error.code).to.equal('timeout');
      expect(ms).to.be.below(1400);
      expect(await hits()).to.equal(2);
      // No time left for a retry (a 1.2 s answer, then 300 to 500 ms of pause): the server's answer is the error.
      const late = route('status/503', { delay: 1200 });
      expect(failure(await loadFeed(late.url, { timeout: 1500, retryDelay: 400 })).error).to.include({ code: 'http', message: 'HTTP 503' });
      expect(await late.hits()).to.equal(1);
    });

    it('says at once, without a request, that an address no browser fetches is none', async () => {
      const { url, hits } = route('valid');
      const withPassword = url.replace('//', '//marie:secret@');
      for (const address of ['ftp://127.0.0.1/flux.json', 'file:///C:/Users/marie/flux.json', 'C:\\Users\\marie\\flux.json', withPassword]) {
        const [result, ms] = await timed(() => loadFeed(address, { retryDelay: 400 }));
        expect(failure(result).error, address).to.include({ code: 'not-found' });
        expect(failure(result).error.message, address).to.match(/^not a fetchable feed address "/);
        expect(ms, 'no retry').to.be.below(300);
      }
      expect(await hits()).to.equal(0);
    });

    it('tells JSON after a PHP notice from an HTML page', async () => {
      const php = '<br />\n<b>Deprecated</b>:  Creation of dynamic property in <b>/var/www/flux.php</b> on line <b>12</b><br />\n{"version": "1"}';
      expect(failure(await loadFeed(`data:application/json,${encodeURIComponent(php)}`)).error).to.deep.equal({
        path: '',
        code: 'not-json',
        message: 'HTML before the JSON (a PHP notice or warning?): the server must send the JSON alone',
      });
      const page = '<!doctype html><html><body><p>Page introuvable</p></body></html>';
      expect(failure(await loadFeed(`data:text/html,${encodeURIComponent(page)}`)).error.code).to.equal('html');
    });

    it('retries a network error once, after retryDelay', async () => {
      const [result, ms] = await timed(() => loadFeed('http://127.0.0.1:9/feed.json', { retryDelay: 400 }));
      expect(failure(result).error.code).to.equal('network');
      // The delay has ±25 % jitter.
      expect(ms).to.be.at.least(290);
    });

    it('treats a connection dropped mid-body as a network error, and retries it', async () => {
      const { url, hits } = route('truncated');
      expect(failure(await loadFeed(url, quick)).error.code).to.equal('network');
      expect(await hits()).to.equal(2);
    });
  });

  describe('decoding', () => {
    // The fixture as stored, in UTF-8 without BOM: what every other encoding must decode to.
    let expected: Feed;

    before(async () => {
      expected = success(await loadFeed(route('valid').url)).feed;
      expect(JSON.stringify(expected)).to.match(/[à-ÿ]/, 'the fixture has accented letters to decode');
    });

    it('decodes a UTF-8 body as its chunks arrive, characters cut between them included; keeps the bytes of any other', async () => {
      const body = (...chunks: Uint8Array[]) =>
        new Response(new ReadableStream({ start: (controller) => (chunks.forEach((chunk) => controller.enqueue(chunk)), controller.close()) }));
      const utf8 = new TextEncoder().encode('{"titre": "Eau à Diéma"}');
      const cut = utf8.indexOf(0xc3) + 1; // between the two bytes of "à"
      expect(await readBody(body(utf8.slice(0, cut), utf8.slice(cut)), 1000)).to.equal('{"titre": "Eau à Diéma"}');
      // Windows-1252: the bytes, for parseFeedBytes to decode whole, even when the first chunk was valid UTF-8.
      const latin = Uint8Array.of(0x22, 0x45, 0x61, 0x75, 0x20, 0xe0, 0x22);
      expect(await readBody(body(latin.slice(0, 4), latin.slice(4)), 1000)).to.deep.equal(latin);
      // A last character left unfinished is not UTF-8 either.
      expect(await readBody(body(utf8.slice(0, cut)), 1000)).to.deep.equal(utf8.slice(0, cut));
      expect(await readBody(body(utf8), 10), 'past the cap').to.equal(undefined);
      // A fetch polyfill without body streams (whatwg-fetch): its bytes, for parseFeedBytes.
      const polyfilled = { headers: new Headers(), body: null, arrayBuffer: async () => utf8.buffer } as unknown as Response;
      expect(await readBody(polyfilled, 1000)).to.deep.equal(utf8);
      expect(await readBody(polyfilled, 10), 'past the cap').to.equal(undefined);
    });

    it('decodes UTF-8 characters cut between two chunks of the body', async () => {
      const result = success(await loadFeed(route('valid', { split: 1 }).url));
      expect(result.feed).to.deep.equal(expected);
      expect(result.warnings).to.deep.equal([]);
    });

    // Each encoding sent whole, and in pieces cut inside characters (a large feed arrives in many chunks).
    for (const [how, pieces] of [['', {}], [', in pieces', { split: 1 }]] as const) {
      it(`drops a UTF-8 byte-order mark${how}`, async () => {
        const result = success(await loadFeed(route('bom', pieces).url));
        expect(result.feed).to.deep.equal(expected);
        expect(result.warnings).to.deep.equal([]);
      });

      for (const [label, params] of [
        ['undeclared', {}],
        ['declared in Content-Type', { charset: 1 }],
      ] as const) {
        it(`decodes Windows-1252 (${label}) and says so${how}`, async () => {
          const result = success(await loadFeed(route('cp1252', { ...params, ...pieces }).url));
          expect(result.feed).to.deep.equal(expected);
          expect(result.warnings).to.have.length(1);
          expect(result.warnings[0].path).to.equal('');
          expect(result.warnings[0].message).to.contain('decoded as Windows-1252');
        });
      }

      for (const [label, params] of [['little', {}], ['big', { be: '1' }]] as const) {
        it(`reads a UTF-16 ${label}-endian feed by its byte-order mark, with a warning${how}`, async () => {
          const result = success(await loadFeed(route('utf16', { ...params, ...pieces }).url));
          expect(result.feed).to.deep.equal(expected);
          expect(result.warnings.map((w) => w.message)).to.deep.equal(['UTF-16: decoded; save the feed as UTF-8']);
        });
      }
    }

    it('reads a UTF-8 feed with one byte saved in Windows-1252 as UTF-8 but for that byte, and names its line', () => {
      const utf8 = (text: string) => new TextEncoder().encode(text);
      const bytes = new Uint8Array([
        ...utf8('{"version": "1", "publishers": [\n{"id": "a", "name": "Diéma – Sévérac", "kind": "commune"},\n{"id": "b", "name": "Orl'),
        0xe9,
        ...utf8('ans", "kind": "commune"}, {"id": "c", "name": "'),
        0x80, 0xc3,
        ...utf8('", "kind": "commune"}]}'),
      ]);
      const result = success(parseFeedBytes(bytes, location.href));
      expect(result.feed.publishers.map((p) => p.name.fr)).to.deep.equal(['Diéma – Sévérac', 'Orléans', '€Ã']);
      expect(result.warnings.map((w) => w.message)).to.deep.equal(['not UTF-8, first on line 3: such bytes decoded as Windows-1252; save the feed as UTF-8']);
    });

    it('reads a file with a UTF-8 byte-order mark as UTF-8, however many of its bytes were saved in Windows-1252', () => {
      const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"version": "1", "publishers": [{"id": "a", "name": "Di'), 0xe9, ...new TextEncoder().encode('ma", "kind": "commune"}]}'));
      const result = success(parseFeedBytes(bytes, location.href));
      expect(result.feed.publishers[0].name.fr).to.equal('Diéma');
      expect(result.warnings.map((w) => w.message)).to.deep.equal(['not UTF-8, first on line 1: such bytes decoded as Windows-1252; save the feed as UTF-8']);
    });

    it('calls a binary file one, not text to save as UTF-8 (a gzipped feed served without its Content-Encoding, an xlsx)', () => {
      const gzip = Uint8Array.of(0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xab, 0x56, 0x2a);
      const xlsx = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xe9, 0x22);
      for (const bytes of [gzip, xlsx]) {
        const result = parseFeedBytes(bytes, location.href);
        expect(result.ok).to.equal(false);
        expect(result.warnings.map((w) => w.message)).to.deep.equal(['a binary file (gzip, zip, xlsx?), not JSON text']);
      }
    });

    it('reads a Windows-1252 file whole, where a few of its bytes happen to look like UTF-8 ("é »": E9 A0 BB)', () => {
      const latin = Uint8Array.from('{"version": "1", "publishers": [{"id": "a", "name": "Programme « Eau et Santé\u00a0»", "kind": "commune"}]}', (c) => c.charCodeAt(0));
      const result = success(parseFeedBytes(latin, location.href));
      expect(result.feed.publishers[0].name.fr).to.equal('Programme « Eau et Santé\u00a0»');
      expect(result.warnings[0].message).to.contain('decoded as Windows-1252');
    });

    it('keeps UTF-8 that a server mislabels as ISO-8859-1', async () => {
      const result = success(await loadFeed(route('valid', { type: 'application/json; charset=iso-8859-1' }).url));
      expect(result.feed).to.deep.equal(expected);
      expect(result.warnings).to.deep.equal([]);
    });

    it('reports invalid JSON with its position, without a stack', async () => {
      const { error } = failure(await loadFeed(route('not-json').url));
      expect(error.code).to.equal('not-json');
      expect(error.message).to.match(/^not JSON: .*position \d+/);
      expect(error.message).not.to.contain('\n');
    });
  });

  describe('one request per feed for the page', () => {
    it('shares one request between concurrent loads', async () => {
      const { url, hits } = route('valid');
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => loadFeed(url)));
      expect(new Set(results).size).to.equal(1);
      success(results[0]);
      expect(await hits()).to.equal(1);
      await loadFeed(url);
      expect(await hits()).to.equal(1, 'a later load uses the result too');
    });

    it('takes an address with a fragment for the same feed: the fragment never reaches the server', async () => {
      const { url, hits } = route('valid');
      const plain = loadFeed(url);
      expect(loadFeed(`${url}#budget`)).to.equal(plain);
      const result = success(await plain);
      expect(result.url).to.equal(url);
      expect(await hits()).to.equal(1);
    });

    it('keeps at most 20 feeds: a page polling with a new query each time does not keep every one', async () => {
      const { url } = route('valid');
      const loads = (globalThis as unknown as Record<symbol, { loads: Map<string, unknown>; good: Map<string, unknown> }>)[Symbol.for('ancrage.feed-cache.v1')];
      for (let t = 0; t < 25; t++) success(await loadFeed(`${url}&t=${t}`));
      expect(loads.loads.size).to.be.at.most(20);
      expect(loads.good.size).to.be.at.most(20);
      // The latest ones stay.
      expect(loads.loads.has(`${url}&t=24`)).to.equal(true);
      expect(loads.loads.has(`${url}&t=0`)).to.equal(false);
      // A feed read again is kept: the least recently read go first.
      const main = loadFeed(`${url}&t=24`);
      for (let t = 25; t < 45; t++) {
        expect(loadFeed(`${url}&t=24`), 'the page reads its main feed between polls').to.equal(main);
        success(await loadFeed(`${url}&t=${t}`));
      }
      expect(loads.loads.has(`${url}&t=24`)).to.equal(true);
    });

    it('shares it with a second copy of the module (another bundle on the page)', async () => {
      const copy: typeof import('../../src/feed/load.js') = await import(
        // @ts-expect-error: the query makes a second module instance, which has no type of its own
        '../../src/feed/load.js?copy=2'
      );
      expect(copy.loadFeed).not.to.equal(loadFeed);
      const { url, hits } = route('valid');
      const fromCopy = copy.loadFeed(url);
      expect(loadFeed(url)).to.equal(fromCopy);
      success(await fromCopy);
      expect(await hits()).to.equal(1);
    });

    it('joins a load still under way on reload, however the address is written, from any copy of the module', async () => {
      const copy: typeof import('../../src/feed/load.js') = await import(
        // @ts-expect-error: the query makes a second module instance, which has no type of its own
        '../../src/feed/load.js?copy=3'
      );
      const { url, hits } = route('valid');
      const loading = loadFeed(url);
      expect(loadFeed(url.slice(location.origin.length), { reload: true }), 'the same address, relative').to.equal(loading);
      expect(copy.loadFeed(url, { reload: true }), 'another bundle on the page').to.equal(loading);
      success(await loading);
      expect(await hits()).to.equal(1);
      // Once it is done, a reload fetches again.
      success(await loadFeed(url, { reload: true }));
      expect(await hits()).to.equal(2);
    });

    it('fetches again on reload; a failed reload carries the last good feed', async () => {
      // `once`: the feed the first time, 404 afterwards.
      const { url, hits } = route('once');
      const first = success(await loadFeed(url));
      const failed = failure(await loadFeed(url, { reload: true, ...quick }));
      expect(await hits()).to.equal(2);
      expect(failed.error.code).to.equal('not-found');
      expect(failed.feed).to.equal(first.feed);
      // The page's other widgets on that feed join the reload while it is under way (see
      // ancrage-element); a widget that comes later tries again, and still gets the last good feed.
      const later = failure(await loadFeed(url, quick));
      expect(later).not.to.equal(failed);
      expect(later.feed).to.equal(first.feed);
      expect(await hits()).to.equal(3);
    });

    it('tries a failed feed again for a widget that comes later, as a single-page app\'s next view', async () => {
      // `flaky`: 503 the first time, the feed afterwards; no retry within the time limit here.
      const { url, hits } = route('flaky');
      const loading = loadFeed(url, { timeout: 300, retryDelay: 400 });
      expect(loadFeed(url), 'a widget that comes while it loads joins it').to.equal(loading);
      expect(failure(await loading).error).to.include({ code: 'http', message: 'HTTP 503' });
      expect(await hits()).to.equal(1);
      success(await loadFeed(url));
      expect(await hits()).to.equal(2);
    });

    it('replaces the shared result with a successful reload', async () => {
      const { url, hits } = route('valid');
      const first = await loadFeed(url);
      const second = success(await loadFeed(url, { reload: true }));
      expect(second).not.to.equal(first);
      expect(await loadFeed(url)).to.equal(second);
      expect(await hits()).to.equal(2);
    });
  });

  describe('console', () => {
    it("logs a feed's warnings once, whatever the number of widgets and bundle copies", async () => {
      const copy: typeof import('../../src/feed/load.js') = await import(
        // @ts-expect-error: see above
        '../../src/feed/load.js?copy=2'
      );
      const { url } = route('valid', { warn: 1 });
      const results = await Promise.all([loadFeed(url), loadFeed(url), copy.loadFeed(url)]);
      const { warnings } = success(results[0]);
      expect(warnings).to.have.length(1);
      expect(logs).to.deep.equal([
        ['groupCollapsed', `Ancrage: 1 warning in ${url}`],
        ['warn', `${warnings[0].path}: ${warnings[0].message}`],
        ['groupEnd', ''],
      ]);
      expect(warnings[0].path).to.match(/^projects\[0\]\.themes/);
    });

    it('logs a hundred warnings at most, then their count: thousands of lines would hold the page up', async () => {
      const many = { version: '1', publishers: [{ id: 'a', name: 'A', kind: 'commune' }], projects: Array.from({ length: 150 }, (_, i) => ({ id: `p${i}`, title: 'T', status: 'x' })) };
      const result = parseFeedText(JSON.stringify(many), location.href);
      expect(result.warnings).to.have.length(150);
      logFeedIssues('flux.json', result);
      expect(logs.filter(([method]) => method === 'warn')).to.have.length(101);
      expect(logs.at(-2)).to.deep.equal(['warn', '… 50 more: the ancrage-feed-load event lists them all, ancrage-check prints them']);
    });

    it('logs a fatal error once, as a warning', async () => {
      const { url } = route('status/404');
      await Promise.all([loadFeed(url), loadFeed(url)]);
      expect(logs).to.deep.equal([['warn', `Ancrage: ${url}: HTTP 404`]]);
    });
  });
});

describe('loadFeed of an inline feed (#id)', () => {
  let serialId = 0;

  function inline(text: string): string {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = `feed-${Date.now().toString(36)}-${++serialId}`;
    script.textContent = text;
    document.body.append(script);
    return script.id;
  }

  const NAME = 'Coopération décentralisée';
  const pageUrl = () => location.href.split('#')[0];
  const feedJson = JSON.stringify({
    version: '1',
    publishers: [{ id: 'ville-a', name: NAME, kind: 'commune', website: 'contact.html' }],
  });

  afterEach(() => document.querySelectorAll('script[id^="feed-"]').forEach((el) => el.remove()));

  it('reads and parses a block once for all its widgets, and again once a script replaced its text', async () => {
    const id = inline(feedJson);
    const first = loadFeed(`#${id}`);
    expect(loadFeed(`#${id}`), 'shared while under way').to.equal(first);
    await first;
    expect(loadFeed(`#${id}`), 'shared once read').to.equal(first);
    document.getElementById(id)!.textContent = feedJson.replace(NAME, 'Jumelage');
    const second = loadFeed(`#${id}`);
    expect(second).not.to.equal(first);
    expect(success(await second).feed.publishers[0].name.fr).to.equal('Jumelage');
    expect(loadFeed(`#${id}`)).to.equal(second);
  });

  it('reads and validates the script, resolving URLs against the document', async () => {
    const id = inline(`\n  ${feedJson}\n`);
    const result = success(await loadFeed(`#${id}`));
    expect(result.url).to.equal(`${pageUrl()}#${id}`);
    expect(result.feed.publishers[0].name.fr).to.equal(NAME);
    expect(result.feed.publishers[0].website).to.equal(new URL('contact.html', document.baseURI).href);
    expect(await loadFeed(`#${id}`)).to.equal(result);
  });

  it('goes through the same checks as a fetched feed', async () => {
    expect(success(await loadFeed(`#${inline(`\uFEFF${feedJson}`)}`)).feed.publishers).to.have.length(1);
    // Not "an HTML page": no address was fetched; the editor's HTML is in the block.
    const wrapped = inline('<p>{<br />}</p>');
    const html = failure(await loadFeed(`#${wrapped}`)).error;
    expect([html.code, html.message]).to.deep.equal(['not-json', `the data block #${wrapped} holds HTML (a <p>, <br> or comment the editor added?), not JSON`]);
    // A line break the editor made a <br />, inside the data.
    const broken = inline(`{"version": "1",<br />\n"publishers": []}`);
    expect(failure(await loadFeed(`#${broken}`)).error.message).to.equal(`the data block #${broken} holds HTML (a <p>, <br> or comment the editor added?), not JSON`);
    // Markup inside a text of valid JSON is the feed's business, not the editor's: the feed loads.
    success(await loadFeed(`#${inline(feedJson.replace(NAME, '<b>Coopération</b>'))}`));
    expect(failure(await loadFeed(`#${inline('{"version": 1,}')}`)).error.code).to.equal('not-json');
  });

  it('reads the address as a CMS leaves it: blanks, non-breaking ones too, and typographic quotes around it are none of it', async () => {
    const id = inline(feedJson);
    const result = success(await loadFeed(`#${id}`));
    for (const written of [` #${id}`, `#${id} `, `\u00a0#${id}\n`, `”#${id}”`, `“#${id}”`, `« #${id} »`]) {
      expect(await loadFeed(written), JSON.stringify(written)).to.equal(result);
    }
    const { url } = route('valid');
    const fetched = success(await loadFeed(`”${url}”\u00a0`));
    expect(fetched.url).to.equal(url);
    expect(await loadFeed(url)).to.equal(await loadFeed(`\u00a0${url}`));
  });

  it('waits for the page to be parsed: an async script may run while the block is half sent', async () => {
    const { url } = route('split-page', { pause: 800 });
    const frame = document.createElement('iframe');
    frame.title = 'page sent in two parts';
    frame.src = url;
    document.body.append(frame);
    try {
      const gauge = () => frame.contentDocument?.querySelector('ancrage-budget-gauge');
      await waitUntil(() => ['ready', 'error'].includes(gauge()?.getAttribute('state') ?? ''), 'the gauge settles', { timeout: 5000 });
      expect(gauge()!.getAttribute('state')).to.equal('ready');
    } finally {
      frame.remove();
    }
  });

  it('says when two data blocks have the id: a second pasted feed is not read', async () => {
    const id = inline(feedJson);
    document.getElementById(id)!.after(Object.assign(document.createElement('script'), { type: 'application/json', id, textContent: '{}' }));
    success(await loadFeed(`#${id}`));
    expect(logs).to.deep.equal([['warn', `Ancrage: 2 data blocks have the id "${id}": the first is read; give each its own id`]]);
  });

  it("reads the script of that id, not an element before it with the same id (a comment's <p id>)", async () => {
    const id = `feed-${Date.now().toString(36)}-clobbered`;
    const decoy = document.createElement('p');
    decoy.id = id;
    decoy.hidden = true;
    decoy.textContent = feedJson.replace(NAME, 'Evil');
    document.body.prepend(decoy);
    try {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = id;
      script.textContent = feedJson;
      document.body.append(script);
      expect(success(await loadFeed(`#${id}`)).feed.publishers[0].name.fr).to.equal(NAME);
      script.remove();
      expect(failure(await loadFeed(`#${id}`, { reload: true })).error.code, 'no script of that id').to.equal('not-found');
    } finally {
      decoy.remove();
    }
  });

  it("gives the advisor the block's text too (a key written twice)", async () => {
    const id = inline('{"version": "1", "publishers": [{"id": "a", "name": "A", "kind": "commune"}], "projects": [], "projects": []}');
    const result = success(await loadFeed(`#${id}`, { advisor: stewardAdvice, reload: true }));
    expect(result.warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal(['projects: key written twice: the last value is read, the first one lost']);
  });

  it('reports a missing element as not found', async () => {
    const result = failure(await loadFeed('#no-such-feed'));
    expect(result.error).to.deep.equal({ path: '', code: 'not-found', message: 'no element #no-such-feed' });
    expect(logs).to.deep.equal([['warn', `Ancrage: ${pageUrl()}#no-such-feed: no element #no-such-feed`]]);
  });

  it('reads no script for a "#" without an id (a CMS\'s empty anchor field)', async () => {
    // Scripts without an id are on every page: the test runner's, a module's.
    expect([...document.scripts].some((script) => !script.id)).to.equal(true);
    const result = failure(await loadFeed('#'));
    expect(result.error).to.deep.equal({ path: '', code: 'not-found', message: 'no id after "#"' });
    expect(logs).to.deep.equal([['warn', `Ancrage: ${pageUrl()}#: no id after "#"`]]);
  });

  it('waits for a data script that comes after the widget in a page still parsing', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      const id = `feed-late-${Date.now().toString(36)}`;
      const pending = loadFeed(`#${id}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const script = Object.assign(document.createElement('script'), { type: 'application/json', id });
      script.textContent = feedJson;
      document.body.append(script);
      document.dispatchEvent(new Event('DOMContentLoaded'));
      success(await pending);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
    expect(document.readyState).to.equal('complete');
  });
});

describe('parseFeedText', () => {
  it('is the shared text path: HTML check, JSON, then validation against the base URL', () => {
    const html = parseFeedText('\n  <!doctype html>', location.href);
    expect(!html.ok && html.error.code).to.equal('html');
    const text = JSON.stringify({ version: '1', publishers: [{ id: 'a', name: 'A', kind: 'region', website: 'a.html' }] });
    const result = parseFeedText(text, 'https://ville.example/data/feed.json');
    expect(result.ok && result.feed.publishers[0].website).to.equal('https://ville.example/data/a.html');
  });
});
