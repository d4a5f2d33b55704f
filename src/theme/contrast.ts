/**
 * The light palette a partial or refused feed theme falls back to. The
 * widgets' CSS reads the same constants for these colours (tokens.ts). Fixed
 * colours live beside the rules that use them: the border's grey, the status
 * dots (a second signal next to the status text) and the image credit's white
 * on black.
 */
export const DEFAULT_THEME = {
  primary: '#000091',
  onPrimary: '#ffffff',
  accent: '#18753c',
  surface: '#ffffff',
  text: '#1e1e1e',
  /** Not themable from a feed, but a feed's colours must read against them: */
  /** the gauge's empty track, which the fill must stand out from; */
  track: '#e5e5e5',
  /** secondary text (dates, labels), on the feed's surface; */
  muted: '#595959',
  /** quiet backgrounds (state messages, tags, badges) under the feed's text, and the page's own light ground. */
  subtle: '#f4f4f6',
} as const;

/**
 * The `dark` colour scheme's palette (a feed's theme is for light grounds and is not used
 * there); the embed generator checks an editor's colours against it.
 */
export const DARK_THEME: Record<keyof typeof DEFAULT_THEME, string> = {
  primary: '#8585f6',
  onPrimary: '#000000',
  accent: '#3fbd6c',
  surface: '#161616',
  text: '#eeeeee',
  track: '#3a3a3a',
  muted: '#bcbcbc',
  subtle: '#242424',
};

/**
 * The pairs a feed theme must pass (WCAG 2.1: 4.5:1 for text, 3:1 for the
 * gauge's fill, a graphic), its missing colours taken from DEFAULT_THEME.
 * In light mode a widget paints its surface only on cards and panels: its
 * text and links also sit on `subtle` grounds and on the host page, which a
 * colour readable on `subtle` (#f4f4f6) is on white too.
 */
export const THEME_CONTRAST = [
  ['text', 'surface', 4.5],
  ['text', 'subtle', 4.5],
  ['muted', 'surface', 4.5],
  ['onPrimary', 'primary', 4.5],
  ['primary', 'surface', 4.5],
  ['primary', 'subtle', 4.5],
  ['accent', 'surface', 3],
  ['accent', 'track', 3],
] as const;

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#rgb` or `#rrggbb` (any case) as lower-case `#rrggbb`; anything else (names, `rgb()`, alpha) → undefined. */
export function parseHexColour(s: unknown): string | undefined {
  const m = typeof s === 'string' ? HEX.exec(s) : null;
  if (!m) return undefined;
  const hex = m[1].toLowerCase();
  return '#' + (hex.length === 3 ? hex.replace(/./g, '$&$&') : hex);
}

/** WCAG 2.x relative luminance of a colour parseHexColour accepts. */
function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  let sum = 0;
  for (const [shift, weight] of [
    [16, 0.2126],
    [8, 0.7152],
    [0, 0.0722],
  ]) {
    const c = ((n >> shift) & 255) / 255;
    sum += weight * (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  }
  return sum;
}

/** WCAG 2.x contrast ratio, 1 to 21, of two `#rgb`/`#rrggbb` colours; NaN if either is not one. */
export function contrastRatio(hexA: string, hexB: string): number {
  const a = parseHexColour(hexA);
  const b = parseHexColour(hexB);
  if (!a || !b) return NaN;
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
