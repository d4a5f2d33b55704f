#!/usr/bin/env node
/**
 * `ancrage-check <file or URL> [--base-url URL] [--lang fr|en]`: checks a feed the way the
 * widgets read it (encoding, size cap, HTTP status and timeout, validation) and prints
 * every warning with its JSON path, in French or English (default: the system's language,
 * from LC_ALL, LC_MESSAGES or LANG). Exits 1 when the feed cannot be used, 0 otherwise
 * (warnings included), 2 on a usage error (the usage line on stderr; the report on stdout).
 */
import { readFile, stat } from 'node:fs/promises';
import { fatalResult } from './feed/parse.js';
import { fetchFeed, MAX_FEED_BYTES, parseFeedBytes } from './feed/load.js';
import type { FeedResult } from './feed/types.js';
import { warningInFrench } from './i18n/feed-warnings.js';
import { messagesFor } from './i18n/index.js';

const USAGE = 'Usage: ancrage-check <feed.json | https://…/feed.json> [--base-url https://…/feed.json] [--lang fr|en]';

/** What the command says, in each language; a feed's counts, warnings and errors. */
const SAY = {
  en: {
    warning: (path: string, message: string) => `warning ${path || '(feed)'}: ${message}`,
    // As before the French: scripts may read this line.
    error: (_reason: string, detail: string) => `error: ${detail}`,
    ok: (p: number, j: number, a: number, b: number, w: number) =>
      `ok: ${p} publisher(s), ${j} project(s), ${a} partner(s), ${b} budget(s), ${w} warning(s)`,
  },
  fr: {
    warning: (path: string, message: string) => `avertissement ${path || '(flux)'}\u00a0: ${warningInFrench(message) ?? message}`,
    error: (reason: string, detail: string) => `erreur\u00a0: ${reason} Détail technique\u00a0: ${detail}`,
    ok: (p: number, j: number, a: number, b: number, w: number) =>
      `ok\u00a0: ${p} collectivité(s), ${j} projet(s), ${a} partenaire(s), ${b} budget(s), ${w} avertissement(s)`,
  },
};

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
 * resolve against it), a file under the same cap (against `baseUrl`).
 */
async function read(source: string, baseUrl: string | undefined): Promise<FeedResult> {
  if (/^https?:\/\//i.test(source)) return fetchFeed(source);
  let bytes: Buffer;
  try {
    // Sized first: a stray 2 GB export is refused, not read into memory.
    if ((await stat(source)).size > MAX_FEED_BYTES) {
      return fatalResult('too-large', `larger than ${MAX_FEED_BYTES} bytes: the widgets refuse it`);
    }
    bytes = await readFile(source);
  } catch (error) {
    return fatalResult('not-found', (error as Error).message);
  }
  return parseFeedBytes(bytes, baseUrl ?? PLACEHOLDER_BASE);
}

async function main(args: string[]): Promise<number> {
  const parsed = options(args, ['--base-url', '--lang']);
  const [{ '--base-url': baseUrl, '--lang': langOption } = {}, [source, ...extra] = []] = parsed ?? [];
  const lang = langOption === undefined ? systemLanguage() : language(langOption);
  if (
    !parsed ||
    !source ||
    extra.length ||
    source.startsWith('--') ||
    (baseUrl !== undefined && !URL.canParse(baseUrl)) ||
    (lang !== 'fr' && lang !== 'en')
  ) {
    // On stderr, as usage errors go: a script piping the report reads no usage line as one.
    console.error(USAGE);
    return 2;
  }
  const say = SAY[lang];
  const result = await read(source, baseUrl);
  for (const { path, message } of result.warnings) console.log(say.warning(path, message));
  if (!result.ok) {
    const reason = messagesFor(lang).errorReason[result.error.code ?? 'not-object'];
    console.log(say.error(reason, result.error.message));
    return 1;
  }
  const { publishers, projects, partners, budgets } = result.feed;
  console.log(say.ok(publishers.length, projects.length, partners.length, budgets.length, result.warnings.length));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  },
);
