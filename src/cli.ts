#!/usr/bin/env node
/**
 * `npx ancrage-check <file or URL> [--base-url URL]`: checks a feed the way the
 * widgets read it and prints every warning with its JSON path. Exits 1 when the
 * feed cannot be used, 0 otherwise (warnings included).
 */
import { readFile } from 'node:fs/promises';
import { parseFeedText } from './feed/load.js';

async function main(args: string[]): Promise<number> {
  const source = args.find((arg) => !arg.startsWith('--'));
  const baseIndex = args.indexOf('--base-url');
  if (!source) {
    console.log('Usage: ancrage-check <feed.json | https://…/feed.json> [--base-url https://…/feed.json]');
    return 2;
  }
  const isUrl = /^https?:\/\//i.test(source);
  const text = isUrl ? await (await fetch(source, { headers: { Accept: 'application/json' } })).text() : await readFile(source, 'utf8');
  // Relative URLs in a local file resolve against where it will be published, when given.
  const baseUrl = baseIndex >= 0 ? args[baseIndex + 1] : isUrl ? source : '';
  const result = parseFeedText(text, baseUrl);
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
