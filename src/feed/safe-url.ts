const LINK = /^(https?|mailto|tel):$/;
// Tabs, newlines and other C0 controls inside a URL are how schemes get
// obfuscated (`java\tscript:`). The URL parser would strip them and the
// result would be safe, but a feed that contains them is not trusted.
const CONTROL = /[\0-\x1f\x7f]/;

/**
 * A URL from a feed, as an absolute `href` safe to put in `href`/`src`, or
 * undefined.
 *
 * - Leading and trailing whitespace is trimmed; a blank string, or one with a
 *   control character anywhere, is refused.
 * - The *parsed* protocol is checked against an allow-list, so case, entities
 *   and whitespace tricks cannot smuggle `javascript:`, `data:` or `vbscript:`.
 * - `link`: `https:`, `http:`, `mailto:`, `tel:`.
 * - `image`: `https:`, or `http:` on the feed's own origin. A relative image
 *   path in a feed served over `http:` (a local dev server) must work, and
 *   the absolute URL it resolves to must pass again when the normalised feed
 *   is parsed a second time; a foreign `http:` image would be mixed content.
 * - Relative URLs resolve against `baseUrl` (the feed's own URL). Without
 *   one, or with one that does not parse, only absolute URLs are kept.
 */
export function safeUrl(raw: unknown, baseUrl: string | undefined, kind: 'link' | 'image'): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  if (!s || CONTROL.test(s)) return undefined;
  // A base that does not parse makes `new URL` throw even for absolute URLs.
  const url = parse(s, baseUrl) ?? (baseUrl === undefined ? undefined : parse(s));
  if (!url) return undefined;
  const p = url.protocol;
  if (kind === 'link' ? LINK.test(p) : p === 'https:' || (p === 'http:' && url.origin === origin(baseUrl))) {
    return url.href;
  }
  return undefined;
}

function parse(s: string, base?: string): URL | undefined {
  try {
    return new URL(s, base);
  } catch {
    return undefined;
  }
}

const origin = (baseUrl: string | undefined) => (baseUrl === undefined ? undefined : parse(baseUrl)?.origin);
