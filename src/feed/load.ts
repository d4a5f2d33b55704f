import { fatalResult as fatal, parseFeed } from './parse.js';
import type { Feed, FeedAdvisor, FeedIssue, FeedResult } from './types.js';
import { parseUrl } from './safe-url.js';
import { unwrapped } from './text.js';

export interface LoadOptions {
  /**
   * Milliseconds to wait for the answer's headers, a retry's included, then for each piece of its
   * body (default 10 000); six times as long in all. A timeout is not retried.
   */
  timeout?: number;
  /** The largest body read, in bytes (default 5 MB). */
  maxBytes?: number;
  /** Milliseconds before the one retry after a 5xx or a network error (default 800, ±25 %). */
  retryDelay?: number;
  /** Fetch again instead of using the page's shared result (a load still under way is joined); a failure still carries the last good feed. */
  reload?: boolean;
  /** What a relative address is relative to (default: the document's base URL). */
  baseUrl?: string;
  /** Hints for the people who fix feeds, added to the warnings (see `ParseOptions`), by the load this call starts (`reload`, or a first one); one already shared keeps its own. */
  advisor?: FeedAdvisor;
}

/** `url` is the cache key: the feed's URL as given, or the page's URL + `#id` for an inline feed. */
export type LoadResult =
  | { ok: true; feed: Feed; warnings: FeedIssue[]; url: string }
  | { ok: false; error: FeedIssue; warnings: FeedIssue[]; url: string; feed?: Feed };

/**
 * The page's feed cache, shared by every copy and every version of the bundle
 * on the page, so that a feed is fetched once. Cross-version contract: never
 * change it; a new shape takes a new symbol (`…v2`).
 *
 *   globalThis[Symbol.for('ancrage.feed-cache.v1')] = {
 *     loads: Map<key, Promise<LoadResult>>, // latest load per feed, pending or settled; never rejects
 *     good: Map<key, Feed>,                 // last feed that loaded ok
 *   }
 *
 * key: the absolute feed URL as given, without its fragment (which never reaches the server),
 * or, for an inline feed, the page URL without its fragment + `#id`. Past 20 keys, the least
 * recently read settled loads are dropped (with their good feeds). Results and feeds are shared: never mutate them.
 * A load under way carries `[Symbol.for('ancrage.feed-load.under-way')]: true`; a load of an
 * inline feed, once settled, `[Symbol.for('ancrage.feed-load.text')]`: the block's text it read;
 * a load that failed, once settled, `[Symbol.for('ancrage.feed-load.failed')]: true`.
 * LoadResult may gain fields, never lose or rename one.
 */
interface Cache {
  loads: Map<string, Promise<LoadResult>>;
  good: Map<string, Feed>;
}

const cache: Cache = ((globalThis as Record<symbol, Cache>)[Symbol.for('ancrage.feed-cache.v1')] ??= {
  loads: new Map(),
  good: new Map(),
});

/**
 * Set on a load's own promise while it is under way, where every copy of the bundle sees it:
 * a reload joins it rather than fetch the same feed twice (widgets back online at once).
 */
const UNDER_WAY = Symbol.for('ancrage.feed-load.under-way');
const TEXT = Symbol.for('ancrage.feed-load.text');
const FAILED = Symbol.for('ancrage.feed-load.failed');
type Load = Promise<LoadResult> & { [UNDER_WAY]?: true; [TEXT]?: string | null; [FAILED]?: true };

/**
 * Loads a feed once per page: `source` is a URL (relative to `baseUrl`), or
 * `#id` of a `<script type="application/json">` in the document. Never
 * rejects: an address that is not a URL (`https://`, `http://[::1`) is a
 * `not-found` result. (Chromium reads `http://a b` as the host `a%20b`: a network error there.)
 */
export function loadFeed(source: string | URL, options: LoadOptions = {}): Promise<LoadResult> {
  // Without the blanks and quotes a CMS leaves around it (` #flux`, `”/flux.json”`). A `URL` is its
  // address; null or undefined from a script, an empty address: never a rejection.
  source = unwrapped(String(source ?? ''));
  const inline = source[0] == '#';
  const url = feedUrl(source, options.baseUrl);
  const key = url ?? source;
  const text = () => inlineBlocks(source.slice(1))[0]?.textContent;
  let load: Load | undefined = cache.loads.get(key);
  // An inline block that a script replaced or added since (htmx, a framework) is read again. A failure
  // is not handed to a widget that comes later (a single-page app's next view, once the server is
  // back): it tries again. Widgets that come together still share one request, the one under way.
  if (!load?.[UNDER_WAY] && (options.reload || load?.[FAILED] || (inline && load?.[TEXT] !== text()))) load = undefined;
  if (!load) {
    load = (
      inline
        ? readInline(source.slice(1), options.advisor)
        : url
          ? fetchFeed(url, options)
          : Promise.resolve(fatal('not-found', source ? `not a valid feed address: ${JSON.stringify(source)}` : 'the feed address is empty'))
    )
      // Only a bug lands here: it must still become a result.
      .catch((e) => fatal('not-object', String(e)))
      .then((result): LoadResult => {
        if (inline) load![TEXT] = text();
        if (result.ok) cache.good.set(key, result.feed);
        // Only a fetch may go otherwise next time; an address that is none, or a block, stays as it is.
        else if (url && !inline) load![FAILED] = true;
        logFeedIssues(key, result);
        return result.ok ? { ...result, url: key } : { ...result, url: key, feed: cache.good.get(key) };
      })
      .finally(() => delete load![UNDER_WAY]);
    load[UNDER_WAY] = true;
  }
  // Last in the map's order, read or loaded; past 20 feeds, the least recently read settled ones
  // go: a page that polls with a new query each time (`?t=…`) would otherwise keep every feed.
  cache.loads.delete(key);
  cache.loads.set(key, load);
  for (const [old, settled] of cache.loads) {
    if (cache.loads.size > 20 && !(settled as Load)[UNDER_WAY]) cache.loads.delete(old) && cache.good.delete(old);
  }
  return load;
}

/** The page's latest load of the feed of cache key `key` (`feedUrl`) that has not failed, without loading anything. */
export function pageLoad(key: string): Promise<LoadResult> | undefined {
  const load = cache.loads.get(key) as Load | undefined;
  return load?.[FAILED] ? undefined : load;
}

/**
 * The feed `source` names, as `loadFeed` keys its cache: its absolute URL, or the page's URL and
 * `#id` for an inline feed; undefined when it is not an address. Two sources are the same feed
 * when their keys are equal (`flux.json` and its absolute URL).
 */
export function feedUrl(source: string | URL, baseUrl?: string): string | undefined {
  source = unwrapped(String(source ?? ''));
  if (source[0] == '#') return (globalThis.document?.URL ?? '').split('#')[0] + source;
  // A blank address (a CMS that emptied the attribute) would resolve to the page itself.
  // A fragment never reaches the server: `flux.json#budget` is `flux.json`.
  return source ? absolute(source, baseUrl)?.split('#')[0] : undefined;
}

const absolute = (address: string, baseUrl = globalThis.document?.baseURI) => parseUrl(address, baseUrl)?.href;

/** Tells the page's developer what is wrong with a feed: warnings in one collapsed group, never `console.error`. */
export function logFeedIssues(source: string, result: FeedResult): void {
  const n = result.warnings.length;
  if (n) {
    console.groupCollapsed(`Ancrage: ${n} warning${n > 1 ? 's' : ''} in ${source}`);
    // A hundred: thousands of console lines would hold the page up for seconds.
    for (const { path, message } of result.warnings.slice(0, 100)) console.warn(path ? `${path}: ${message}` : message);
    if (n > 100) console.warn(`… ${n - 100} more: the ancrage-feed-load event lists them all, ancrage-check prints them`);
    console.groupEnd();
  }
  if (!result.ok) console.warn(`Ancrage: ${source.trim() ? `${source}: ` : ''}${result.error.message}`);
}

/**
 * A feed's text to a result, for fetched and inline feeds alike: drops a BOM,
 * refuses an HTML page, parses the JSON, validates it.
 * The text decides, not a `text/html` Content-Type: PHP sends that by default, with good JSON too.
 */
export function parseFeedText(text: string, baseUrl: string, advisor?: FeedAdvisor): FeedResult {
  const read = readJson(text);
  return 'json' in read ? validate(read.json, text, baseUrl, advisor) : read;
}

/** A feed's text to its JSON value, a BOM dropped; or the result saying it is an HTML page, or no JSON. */
function readJson(text: string): { json: unknown } | FeedResult {
  // `\s` includes U+FEFF, the BOM. Markup then an object is no page: PHP's notices printed before the JSON.
  if (/^\s*</.test(text))
    return /}\s*$/.test(text)
      ? fatal('not-json', 'HTML before the JSON (a PHP notice or warning?): the server must send the JSON alone')
      : fatal('html', 'got an HTML page, not JSON: check the feed address');
  try {
    return { json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return fatal('not-json', `not JSON: ${(e as Error).message}`);
  }
}

/** A feed's JSON value validated, with the advisor's notes on its text (keys written twice…). */
function validate(json: unknown, text: string, baseUrl: string, advisor?: FeedAdvisor): FeedResult {
  const result = parseFeed(json, { baseUrl, advisor });
  if (advisor?.json) result.warnings.unshift(...advisor.json(text));
  return result;
}

/**
 * The `<script>`s of that id, the first one read: not another element that has it first, such
 * as a comment's `<p id="flux">` that a CMS kept above the town's data block. None for no id
 * (`feed="#"`, a CMS's empty anchor field), not every script without one.
 */
const inlineBlocks = (id: string) => (id ? [...(globalThis.document?.scripts ?? [])].filter((script) => script.id == id) : []);

async function readInline(id: string, advisor?: FeedAdvisor): Promise<FeedResult> {
  const doc = globalThis.document;
  // A page still parsing (the script `async`, or put in by a tag manager): the block may not be
  // there yet, or only its first half, as the server sends the page in parts.
  if (doc?.readyState == 'loading') await new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const blocks = inlineBlocks(id);
  const text = blocks[0]?.textContent;
  if (blocks.length > 1) console.warn(`Ancrage: ${blocks.length} data blocks have the id "${id}": the first is read; give each its own id`);
  if (text == null) return fatal('not-found', id ? `no element #${id}` : 'no id after "#"');
  const result = parseFeedText(text, doc.baseURI, advisor);
  // Not the fetched feed's "HTML page": an editor wrapped the pasted data in HTML, or put a `<br />` in it.
  return !result.ok && /html|json/.test(result.error.code!) && /<(!--|\/?[a-z])/i.test(text)
    ? fatal('not-json', `the data block #${id} holds HTML (a <p>, <br> or comment the editor added?), not JSON`)
    : result;
}

/** The warning on a file no encoding makes text of: a gzip or zip file, a spreadsheet, an image. */
export const BINARY_NOTE = 'a binary file (gzip, zip, xlsx?), not JSON text';

/** The largest feed read, in bytes, unless `maxBytes` says otherwise. */
export const MAX_FEED_BYTES = 5e6;

/**
 * One feed fetched and parsed as the widgets read it (timeout, size cap, one retry),
 * without the page's cache: `loadFeed` for pages, `ancrage-check` for data stewards.
 */
export async function fetchFeed(url: string, options: LoadOptions = {}, deadline?: number): Promise<FeedResult> {
  const { timeout = 1e4, maxBytes = MAX_FEED_BYTES, retryDelay = 800 } = options;
  // What no browser fetches, said as such rather than as the network's fault, and tried once: a file
  // on a computer (`file:`, `C:\…` read as the scheme `c:`), `ftp:`, an address with a password.
  // Parsed as `fetch` reads it: a relative address against the page's (none in Node).
  const parts = parseUrl(url, globalThis.document?.baseURI);
  if (!parts || !/^(https?|data|blob):$/.test(parts.protocol) || parts.username || parts.password)
    return fatal('not-found', `not a fetchable feed address ${JSON.stringify(url)} (http or https only, without a user name or password)`);
  // The headers within `timeout`, the retry's included: a 504 after 9 s leaves 1 s, not 10 more. Then
  // never `timeout` without a piece of the body: a feed still arriving over a weak phone network is
  // not cut (a 300-project feed takes 14 s over EDGE); one trickling is, at six times `timeout` in all.
  const end = deadline ?? Date.now() + timeout;
  const last = end + 5 * timeout;
  const abort = new AbortController();
  // Never a negative delay (newer Node warns of one).
  const abortIn = (ms: number) => setTimeout(() => abort.abort(), Math.max(0, ms));
  let timer = abortIn(end - Date.now());
  // Whether the next abort is the cap in all, not a pause in the download: the detail says which.
  let capped = false;
  const progress = () => {
    clearTimeout(timer);
    const left = last - Date.now();
    capped = left <= timeout;
    timer = abortIn(Math.min(timeout, left));
  };
  let response: Response | undefined;
  let body: string | Uint8Array | undefined;
  try {
    response = await fetch(url, {
      // A public feed: no cookies, so a server may answer `Access-Control-Allow-Origin: *`.
      credentials: 'omit',
      // Revalidate (a 304 is cheap): an edited feed shows on the next page view, whatever its cache headers
      // (unless a shared cache in front of the server, a CDN, answers with its own copy).
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
      signal: abort.signal,
    });
    if (response.ok) body = await readBody(response, maxBytes, progress);
  } catch {
    if (abort.signal.aborted)
      return fatal(
        'timeout',
        !response ? `no answer in ${timeout} ms` : capped ? `not all received in ${6 * timeout} ms` : `the download stopped for ${timeout} ms`,
      );
    // Offline, DNS, CORS refused, or the connection dropped mid-body.
    response = undefined;
  } finally {
    clearTimeout(timer);
    // Frees the connection of a body left unread (error page, too large).
    abort.abort();
  }
  const status = response?.status ?? 0;
  const pause = retryDelay * (0.75 + Math.random() / 2);
  if ((!status || status > 499) && deadline === undefined && Date.now() + pause < end) {
    await new Promise((resolve) => setTimeout(resolve, pause));
    return fetchFeed(url, options, end);
  }
  if (!response) return fatal('network', 'network error (offline, or the server refuses CORS)');
  if (!response.ok) return fatal(status == 404 ? 'not-found' : 'http', `HTTP ${status}`);
  if (body === undefined) return fatal('too-large', `larger than ${maxBytes} bytes`);
  const [text, note] = typeof body == 'string' ? [body, ''] : decodeFeedBytes(body);
  const read = readJson(text);
  // Validated in a task of its own, after the one that parsed the JSON: the longest task a
  // reader's click may wait behind, about halved for a large feed.
  if ('json' in read) await new Promise((resolve) => setTimeout(resolve));
  return noted('json' in read ? validate(read.json, text, response.url || url, options.advisor) : read, note);
}

/**
 * The body, counted as it streams (Content-Length may be missing or lie); `undefined` past
 * `max`. Decoded as UTF-8 while it arrives, which hides the decoding in the download
 * (100–170 ms for a 4.8 MB feed here, more on a phone); its bytes if it is not UTF-8,
 * for `parseFeedBytes` to tell which encoding it is.
 */
export async function readBody(response: Response, max: number, progress = () => {}): Promise<string | Uint8Array | undefined> {
  if (Number(response.headers.get('content-length')) > max) return;
  const chunks: Uint8Array[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let text: string | undefined = '';
  let size = 0;
  const reader = response.body?.getReader();
  // The time limit counts again from the headers, and from each piece of the body.
  progress();
  // A page's fetch polyfill or wrapper without body streams (whatwg-fetch): the bytes at once.
  if (!reader) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length > max ? undefined : bytes;
  }
  for (let chunk; !(chunk = await reader.read()).done; chunks.push(chunk.value)) {
    progress();
    if ((size += chunk.value.length) > max) return;
    try {
      // `stream`: a character cut between two chunks waits for the rest of its bytes.
      if (text != null) text += utf8.decode(chunk.value, { stream: true });
    } catch {
      text = undefined;
    }
  }
  try {
    if (text != null) return text + utf8.decode();
  } catch {
    // It ends in the middle of a character: not UTF-8 either.
  }
  // Copied by hand: `new Blob(chunks).arrayBuffer()` took 215–260 ms on a 4.8 MB feed here, this 15–30 ms.
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * A feed file's bytes to a result, as the widgets read a fetched feed: UTF-8
 * (RFC 8259), and any byte that is not as Windows-1252, the other encoding a
 * spreadsheet saves, with a warning; UTF-16 when a byte-order mark says so (Windows Notepad's
 * "Unicode"), with a warning too. The bytes decide, not a `charset`: like
 * `Response.json()`, and because strict UTF-8 almost never accepts
 * Windows-1252 text, while servers often mislabel UTF-8.
 */
export function parseFeedBytes(bytes: Uint8Array, baseUrl: string, advisor?: FeedAdvisor): FeedResult {
  return parseDecodedFeed(decodeFeedBytes(bytes), baseUrl, advisor);
}

/** `parseFeedBytes` on bytes already decoded (`ancrage-check` keeps the text, for a syntax error's line). */
export function parseDecodedFeed([text, note]: [string, string], baseUrl: string, advisor?: FeedAdvisor): FeedResult {
  return noted(parseFeedText(text, baseUrl, advisor), note);
}

/** `result` with the warning about its file's encoding first, if there is one. */
function noted(result: FeedResult, note: string): FeedResult {
  if (note) result.warnings.unshift({ path: '', message: note });
  return result;
}

/**
 * The length of the UTF-8 character at `i`, or 0 where none starts: no overlong form, surrogate
 * or code point past U+10FFFF (the second byte's range is narrower after E0, ED, F0 and F4).
 */
function utf8Length(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  const size = lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
  const second = bytes[i + 1];
  if (!size || !(second >= (lead == 0xe0 ? 0xa0 : lead == 0xf0 ? 0x90 : 0x80) && second <= (lead == 0xed ? 0x9f : lead == 0xf4 ? 0x8f : 0xbf))) return 0;
  for (let n = 2; n < size; n++) if (bytes[i + n] >> 6 != 2) return 0;
  return size;
}

/** A feed file's text, as `parseFeedBytes` reads it, and the warning about its encoding (`''` for UTF-8). */
export function decodeFeedBytes(bytes: Uint8Array): [text: string, note: string] {
  const utf16 = bytes[0] == 0xff && bytes[1] == 0xfe ? 'utf-16le' : bytes[0] == 0xfe && bytes[1] == 0xff ? 'utf-16be' : '';
  let text: string;
  let note = '';
  if (utf16) {
    // Drops the byte-order mark.
    text = new TextDecoder(utf16).decode(bytes);
    note = 'UTF-16: decoded; save the feed as UTF-8';
  } else {
    try {
      // Drops a UTF-8 BOM too.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Windows-1252, the other encoding a spreadsheet saves; or a UTF-8 file where another
      // editor saved one "é": then that byte alone, or every other accent would read "Ã©". The
      // larger count decides: UTF-8 characters of two bytes or more, or bytes that are none. A
      // UTF-8 BOM settles it: no Windows-1252 text starts with "ï»¿".
      const ansi = new TextDecoder('windows-1252');
      const stray: number[] = [];
      let characters = 0;
      for (let i = 0; i < bytes.length; ) {
        const size = utf8Length(bytes, i);
        if (size > 1) characters++;
        if (size) i += size;
        else stray.push(i++);
      }
      if (characters > stray.length || (bytes[0] == 0xef && bytes[1] == 0xbb && bytes[2] == 0xbf)) {
        // A BOM kept where a piece starts (`parseFeedText` drops the file's own).
        const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
        let from = 0;
        text = '';
        for (const at of stray) text += utf8.decode(bytes.subarray(from, at)) + ansi.decode(bytes.subarray(at, (from = at + 1)));
        text += utf8.decode(bytes.subarray(from));
      } else text = ansi.decode(bytes);
      const line = bytes.subarray(0, stray[0]).filter((byte) => byte == 10).length + 1;
      // A control byte no JSON text holds: a gzip or zip file, a spreadsheet, an image; no encoding mends it.
      note = /[\0-\x08\x0b\x0c\x0e-\x1f]/.test(text)
        ? BINARY_NOTE
        : `not UTF-8, first on line ${line}: such bytes decoded as Windows-1252; save the feed as UTF-8`;
    }
  }
  return [text, note];
}
