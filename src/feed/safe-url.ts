const LINK = /^(https?|mailto|tel):$/;
// Addresses no base changes: a web address with its `//`, an e-mail address, a phone number.
const ABSOLUTE = /^(?:https?:\/\/|mailto:|tel:)/i;
// Tabs, newlines and other C0 controls inside a URL are how schemes get
// obfuscated (`java\tscript:`). The URL parser would strip them and the
// result would be safe, but a feed that contains them is not trusted; nor one with C1 controls.
const CONTROL = /[\0-\x1f\x7f-\x9f]/;

// A web, e-mail or phone address typed without its scheme; as a relative path it would lead nowhere.
// A domain: "www.…", or a name ending in a common or a francophone country's top-level domain
// ("ville.fr/page", "mairie.sn", not "notes.md"); an e-mail address: a name, @, a domain ending in
// two letters or a generic ending ("prénom.nom@ville.ml", not "logo@2x.avif"); a phone number:
// + or 0, then digits, spaces (no-break ones too), dots, dashes, brackets. Its scheme mistyped
// too, which reads as a path on the feed's own site: a domain after `https:/` or `https:`, an
// address after `https//`, a Windows network path (`\\serveur\partage\photo.jpg`).
const BARE =
  /^(?:(?:https?:[\\/]?(?![\\/]))?(?:www\.|[\w-]+(?:\.[\w-]+)*\.(?:fr|com|org|net|eu|info|be|ch|lu|ca|de|it|es|pt|sn|ml|bf|ci|ma|tn|dz|cm|ht|mg|bj|tg|ne|cd|cg|ga|mr|gn|km|dj|rw|bi|td|vn|lb)(?:[/?#]|$))|https?\/\/|\\\\|[^\s/:?#@]+@[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2}|com|org|net|info|edu|gov|int)$|[+0]\d[\d\s().-]{7,}$)/i;
// A scheme alone (`https:`, `mailto:`), or `?`, `#`: the feed's own address, or an e-mail to nobody.
const NOWHERE = /^(?:[a-z][\w+.-]*:[\\/]*)?[?#]*$/i;
/** Whether a feed's address is a web, e-mail or phone address written without its scheme. */
export const isBare = (s: string) => BARE.test(s);

/**
 * A web address typed without `https://` or with it mistyped (`www.ville.fr/flux.json`,
 * `localhost:8080/flux.json`, `https//ville.fr/flux.json`) as written in full, for the tools to
 * say so; undefined for anything else (an e-mail address, a phone number, a network path).
 */
export const inFull = (s: string) =>
  (isBare(s) && !/@|^\\|^[+0]\d[\d\s().-]{7,}$/.test(s)) || /^[\w.-]+:\d+(?:\/|$)/.test(s)
    ? s.replace(/^(?:(https?)(?=[:\\/]):?[\\/]*)?/i, (_, scheme = 'https') => `${scheme.toLowerCase()}://`)
    : undefined;

/**
 * A URL from a feed, as an absolute `href` safe to put in `href`/`src`, or
 * undefined.
 *
 * - Leading and trailing whitespace is trimmed; a blank string, one with a
 *   control character anywhere, an address without its scheme (`isBare`), or a scheme with no
 *   address (`https:`, `mailto:`; `?` and `#`, the feed itself), is refused.
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
  if (!s || CONTROL.test(s) || isBare(s) || NOWHERE.test(s)) return undefined;
  // An absolute address parses twice as fast without the base; a base that does not parse
  // makes `new URL` throw even for absolute addresses, which are then read alone.
  const url = parseUrl(s, ABSOLUTE.test(s) ? undefined : baseUrl) ?? parseUrl(s);
  if (!url) return undefined;
  const p = url.protocol;
  if (kind === 'link' ? LINK.test(p) : p === 'https:' || (p === 'http:' && url.origin === origin(baseUrl))) {
    return url.href;
  }
  return undefined;
}

/** `new URL(s, base)`, or undefined for what is not one. */
export function parseUrl(s: string, base?: string): URL | undefined {
  try {
    return new URL(s, base);
  } catch {
    return undefined;
  }
}

const origin = (baseUrl: string | undefined) => (baseUrl === undefined ? undefined : parseUrl(baseUrl)?.origin);
