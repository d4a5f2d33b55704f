#!/usr/bin/env node
/**
 * `ancrage-check <file or URL> [--base-url URL] [--lang fr|en] [--all] [--strict]`: checks a feed the way
 * the widgets read it (encoding, size cap, HTTP status and timeout, validation), with the
 * data steward's hints (`stewardAdvice`), and prints each warning with its JSON path, in
 * French or English (default: the system's language, from LC_ALL, LC_MESSAGES or LANG).
 * Ten warnings alike at most (same fault, same field of another item), then their count,
 * unless `--all`. A file's JSON syntax error gets its line and column, and its likely cause.
 * Exits 1 when the feed cannot be used, or with `--strict` when anything was warned about (a
 * publishing pipeline that must not let a dropped project through), 0 otherwise, 2 on a usage
 * error (the usage line on stderr; the report on stdout). `--help` prints the usage line.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { stewardAdvice } from './feed/advice.js';
import { fatalResult } from './feed/parse.js';
import { itemOf, leftOutCount, type FeedList } from './feed/item-name.js';
import { BINARY_NOTE, decodeFeedBytes, fetchFeed, MAX_FEED_BYTES, parseDecodedFeed } from './feed/load.js';
import { inFull } from './feed/safe-url.js';
import type { FeedIssue, FeedResult } from './feed/types.js';
import { cliMessages as SAY } from './i18n/cli.js';
import { formatCount } from './i18n/format.js';
import { messagesFor } from './i18n/index.js';
import { jsonSyntaxError, pastedHtml } from './i18n/json-syntax.js';

const USAGE = 'Usage: ancrage-check <feed.json | https://…/feed.json> [--base-url https://…/feed.json] [--lang fr|en] [--all] [--strict]';

/** Warnings alike printed before their count, without `--all`. */
const ALIKE = 10;

/** A local file's fault, said in its own words rather than the loader's. */
type LocalFault = 'missing' | 'html' | 'folder';

/** Options as `--name value` pairs, anywhere among the arguments, and the rest in order; `undefined` when one is given twice. */
function options(args: string[], names: string[]): [Record<string, string | undefined>, string[]] | undefined {
  const found: Record<string, string | undefined> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (!names.includes(args[i])) rest.push(args[i]);
    else if (args[i] in found) return undefined;
    else found[args[i]] = args[++i] ?? '';
  }
  return [found, rest];
}

/** `fr` or `en` from `fr`, `FR`, `fr_FR.UTF-8`, `en-GB`…; anything else as given, to be refused. */
const language = (tag: string) => tag.toLowerCase().split(/[-_.@]/)[0];

/** The system's language, as gettext reads it, else the one Node's Intl runs in (Windows has no LANG). */
function systemLanguage(): string {
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  return language(LC_ALL || LC_MESSAGES || LANG || Intl.DateTimeFormat().resolvedOptions().locale) === 'fr' ? 'fr' : 'en';
}

/**
 * Relative URLs in a local file resolve against where it will be published. Without
 * `--base-url`, against a placeholder: they are checked as URLs, not reported as unsafe.
 */
const PLACEHOLDER_BASE = 'https://feed.invalid/';

/**
 * A URL through the widgets' own fetch (timeout, 5 MB cap, one retry; relative links
 * resolve against it), a file under the same cap (against `baseUrl`). Then the text as the
 * parser read it, and for a local file, its own fault (missing, a web page) said as such.
 */
async function read(source: string, baseUrl: string | undefined): Promise<[FeedResult, string?, LocalFault?]> {
  // A `file:` URL (a browser's address bar, dragged there) is its file; another scheme (`ftp://`)
  // is the loader's "not a fetchable feed address".
  const fileUrl = /^file:/i.test(source);
  if (/^[a-z][a-z\d+.-]+:\/\//i.test(source) && !fileUrl) return [await fetchFeed(source, { advisor: stewardAdvice })];
  let bytes: Buffer;
  try {
    if (fileUrl) source = fileURLToPath(source);
    // Sized first: a stray 2 GB export is refused, not read into memory.
    const file = await stat(source);
    if (file.isDirectory()) return [fatalResult('not-found', 'a folder'), undefined, 'folder'];
    const { size } = file;
    if (size > MAX_FEED_BYTES) {
      return [fatalResult('too-large', `${size} bytes, larger than ${MAX_FEED_BYTES}: the widgets refuse it`)];
    }
    bytes = await readFile(source);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return [fatalResult('not-found', (error as Error).message), undefined, missing ? 'missing' : undefined];
  }
  // Decoded once: the text as the parser reads it (a BOM dropped, UTF-16 decoded) gives a syntax error its line and column.
  const decoded = decodeFeedBytes(bytes);
  const result = parseDecodedFeed(decoded, baseUrl ?? PLACEHOLDER_BASE, stewardAdvice);
  // The widgets' "the address returned a web page" is about a URL: a file is one.
  return [result, decoded[0], !result.ok && result.error.code === 'html' ? 'html' : undefined];
}

/** A file's JSON as written, or undefined. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** Each warning, but at most ten alike (the same fault at the same field of other items) without `all`. */
function printWarnings(warnings: FeedIssue[], say: (typeof SAY)['en'], all: boolean, raw: unknown, lang: string): void {
  const alike = new Map<string, { path: string; count: number; seen: number }>();
  // The entry a path is in, named from the file as written: " (projet « Eau potable »)".
  const named = (path: string) => {
    const item = itemOf(raw, path, lang);
    if (!item) return '';
    // A budget's year, unquoted, then whose it is when the feed has several publishers: " (budget 2025 de « Ville de Belleval »)".
    const name = item.name === undefined ? '' : ` ${item.list == 'budgets' ? item.name : say.quote(item.name)}`;
    return ` (${say.item[item.list]}${name}${item.of === undefined ? '' : say.of(say.quote(item.of))})`;
  };
  // The same fault whatever the entry and the value: `unknown code "eau-1"` and `"eau-2"`, `not money -1` and `-2` alike.
  const groups = warnings.map(({ path, message }) => {
    const path0 = path.replace(/\[\d+\]/g, '[]');
    const key = `${path0} ${message.replace(/"(?:[^"\\]|\\.)*"|\d+(?:\.\d+)?/g, '#')}`;
    const group = alike.get(key) ?? { path: path0, count: 0, seen: 0 };
    alike.set(key, group);
    group.count++;
    return group;
  });
  warnings.forEach(({ path, message }, i) => {
    const group = groups[i];
    if (++group.seen <= ALIKE || all) console.log(say.warning(path, message, named(path)));
    // Said under its own kind: two faults on one path are two counts, each after its examples.
    if (!all && group.seen == ALIKE && group.count > ALIKE) console.log(formatCount(lang, say.more(group.path), group.count - ALIKE));
  });
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const all = args.includes('--all');
  const strict = args.includes('--strict');
  const parsed = options(
    args.filter((arg) => arg !== '--all' && arg !== '--strict'),
    ['--base-url', '--lang'],
  );
  const [{ '--base-url': baseUrl, '--lang': langOption } = {}, [source, ...extra] = []] = parsed ?? [];
  const asked = langOption === undefined ? systemLanguage() : language(langOption);
  const lang = asked === 'fr' || asked === 'en' ? asked : undefined;
  // What is wrong with the command line, in English (as the usage line), before that line.
  const unknown = [source, ...extra].find((arg) => arg?.startsWith('-') && arg != '-');
  const why = !parsed
    ? 'an option given twice'
    : unknown
      ? `unknown option ${unknown} (options: --base-url URL, --lang fr|en, --all, --strict)`
      : !source || source == '-'
        ? 'no feed given (a file or an https:// address; standard input is not read)'
        : extra.length
          ? `one feed at a time (also given: ${extra.join(' ')})`
          : baseUrl !== undefined && !(/^https?:\/\//i.test(baseUrl) && URL.canParse(baseUrl))
            ? `--base-url ${JSON.stringify(baseUrl)}: the https:// address where the feed will be published`
            : !lang
              ? `--lang ${JSON.stringify(langOption)}: fr or en`
              : '';
  if (why || !lang) {
    // On stderr, as usage errors go: a script piping the report reads no usage line as one.
    console.error(`ancrage-check: ${why}`);
    console.error(USAGE);
    return 2;
  }
  const say = SAY[lang];
  const [result, text, fault] = await read(source, baseUrl);
  // The file read once more as JSON, only to name the entries warned about.
  const raw = result.warnings.length && text !== undefined ? parseJson(text) : undefined;
  printWarnings(result.warnings, say, all, raw, lang);
  if (!result.ok) {
    // A feed copied through a CMS (`<p>{<br />…`): JSON with HTML added, not a web page.
    const wrapped = fault === 'html' && pastedHtml(text!);
    const full = inFull(source);
    if (fault) {
      console.log(
        say.fileError(
          fault === 'missing' ? say.fileMissing(source) + (full ? say.bareAddress(full) : '') : fault === 'folder' ? say.folder(source) : wrapped ? say.fileWrapped : say.fileHtml,
        ),
      );
      // Where the HTML is, as for a syntax error.
      if (wrapped) console.log(`  ${jsonSyntaxError(text!, lang)}`);
      return 1;
    }
    const reason = messagesFor(lang).errorReason[result.error.code ?? 'not-object'];
    // The engine's excerpt of a JSON error carries the file's line breaks and indents ("…},] }\n" is
    // not valid JSON"): one line, as every line of the report is. Not a no-break space, which may be the slip.
    console.log(say.error(reason, result.error.code === 'network' ? say.network : result.error.message.replace(/[\t\n\r ]+/g, ' ')));
    // Not for a binary file, already called one: its first byte is no slip in JSON.
    const binary = result.warnings.some(({ message }) => message == BINARY_NOTE);
    const where = result.error.code === 'not-json' && text !== undefined && !binary && jsonSyntaxError(text, lang);
    if (where) console.log(`  ${where}`);
    // Rows exported as they are, without the feed around them.
    if (result.error.code === 'not-object' && text !== undefined && Array.isArray(parseJson(text))) console.log(`  ${say.list}`);
    return 1;
  }
  const { feed, warnings } = result;
  // Kept, and left out: "0 projects (500 left out)" says that every project had the same fault.
  const counts = (Object.keys(say.counts) as FeedList[]).map((list) => {
    const [kept, leftOut] = say.counts[list];
    const left = leftOutCount(warnings, list);
    return `${formatCount(lang, kept, feed[list].length)}${left ? ` (${formatCount(lang, leftOut, left)})` : ''}`;
  });
  console.log(`${say.head(warnings.length > 0)} ${[...counts, formatCount(lang, say.warnings, warnings.length)].join(', ')}`);
  return strict && warnings.length ? 1 : 0;
}

// `exitCode`, not `exit()`: the report piped into a slow reader (`| less`) is written out first.
main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
  },
);
