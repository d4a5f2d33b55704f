#!/usr/bin/env node
/**
 * `ancrage-check <file or URL> [--base-url URL]`: checks a feed the way the widgets
 * read it (encoding, size cap, HTTP status and timeout, validation) and prints every
 * warning with its JSON path. Exits 1 when the feed cannot be used, 0 otherwise
 * (warnings included), 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import { fatalResult } from './feed/parse.js';
import { fetchFeed, MAX_FEED_BYTES, parseFeedBytes } from './feed/load.js';
import type { FeedResult } from './feed/types.js';

const USAGE = 'Usage: ancrage-check <feed.json | https://…/feed.json> [--base-url https://…/feed.json]';

/**
 * Relative URLs in a local file resolve against where it will be published. Without
 * `--base-url`, against a placeholder: they are checked as URLs, not reported as unsafe.
 */
const PLACEHOLDER_BASE = 'https://feed.invalid/';

/**
 * A URL through the widgets' own fetch (timeout, 5 MB cap, one retry; relative links
 * resolve against it), a file under the same cap (against `baseUrl`).
 */
async function read(source: string, baseUrl: string | undefined): Promise<FeedResult> {
  if (/^https?:\/\//i.test(source)) return fetchFeed(source);
  const bytes = await readFile(source);
  return bytes.length > MAX_FEED_BYTES
    ? fatalResult('too-large', `larger than ${MAX_FEED_BYTES} bytes: the widgets refuse it`)
    : parseFeedBytes(bytes, baseUrl ?? PLACEHOLDER_BASE);
}

async function main(args: string[]): Promise<number> {
  const at = args.indexOf('--base-url');
  const baseUrl = at >= 0 ? args[at + 1] : undefined;
  const [source, ...extra] = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  if (!source || extra.length || source.startsWith('--') || (at >= 0 && !URL.canParse(baseUrl ?? ''))) {
    console.log(USAGE);
    return 2;
  }
  const result = await read(source, baseUrl);
  for (const { path, message } of result.warnings) console.log(`warning ${path || '(feed)'}: ${message}`);
  if (!result.ok) {
    console.log(`error: ${result.error.message}`);
    return 1;
  }
  const { publishers, projects, partners, budgets } = result.feed;
  console.log(
    `ok: ${publishers.length} publisher(s), ${projects.length} project(s), ${partners.length} partner(s), ${budgets.length} budget(s), ${result.warnings.length} warning(s)`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.log(`error: ${error.message}`);
    process.exit(1);
  },
);
