import { unsafeCSS } from 'lit';
import { css } from './css.js';
import type { Theme } from '../feed/types.js';
import { DARK_THEME, DEFAULT_THEME } from './contrast.js';

/**
 * The design tokens every widget shares.
 *
 * Public: `--ancrage-*`, set by the host page. Private: `--_*`, what the
 * widgets' styles read, each set inside the widget, so that a page's own
 * (`:root { --_text: red }`, a common idiom) does not reach them. A publisher's
 * feed theme lands in `--_feed-*` (set inline on the host by `applyFeedTheme`,
 * over their `initial` here) and is only the fallback of the public property,
 * so CSS from the host page always wins over the feed.
 *
 * Sizes are in `em`: host sites often set `html { font-size: 62.5% }`.
 *
 * `unsafeCSS` here only ever takes DEFAULT_THEME and DARK_THEME (the palettes the
 * contrast checks use, constants of this library), never feed data:
 * a feed's colours reach the page only through `style.setProperty` below.
 */
const DARK = css`
  --_primary: var(--ancrage-primary, ${unsafeCSS(DARK_THEME.primary)});
  --_on-primary: var(--ancrage-on-primary, ${unsafeCSS(DARK_THEME.onPrimary)});
  --_accent: var(--ancrage-accent, ${unsafeCSS(DARK_THEME.accent)});
  --_surface: var(--ancrage-surface, ${unsafeCSS(DARK_THEME.surface)});
  --_text: var(--ancrage-text, ${unsafeCSS(DARK_THEME.text)});
  --_muted: var(--ancrage-muted, ${unsafeCSS(DARK_THEME.muted)});
  --_border: var(--ancrage-border, #5a5a5a);
  --_track: var(--ancrage-track, ${unsafeCSS(DARK_THEME.track)});
  --_subtle: var(--ancrage-subtle, ${unsafeCSS(DARK_THEME.subtle)});
  color-scheme: dark;
`;
/** Light text needs its own dark ground, the host page's may be light (see `:host > *` below). */
const DARK_GROUND = css`
  color-scheme: dark;
  background: var(--_surface);
`;

export const tokenStyles = css`
  :host {
    --_feed-primary: initial;
    --_feed-on-primary: initial;
    --_feed-accent: initial;
    --_feed-surface: initial;
    --_feed-text: initial;
    --_feed-radius: initial;
    --_primary: var(--ancrage-primary, var(--_feed-primary, ${unsafeCSS(DEFAULT_THEME.primary)}));
    --_on-primary: var(--ancrage-on-primary, var(--_feed-on-primary, ${unsafeCSS(DEFAULT_THEME.onPrimary)}));
    --_accent: var(--ancrage-accent, var(--_feed-accent, ${unsafeCSS(DEFAULT_THEME.accent)}));
    --_surface: var(--ancrage-surface, var(--_feed-surface, ${unsafeCSS(DEFAULT_THEME.surface)}));
    --_text: var(--ancrage-text, var(--_feed-text, ${unsafeCSS(DEFAULT_THEME.text)}));
    --_muted: var(--ancrage-muted, ${unsafeCSS(DEFAULT_THEME.muted)});
    --_border: var(--ancrage-border, #8a8a8a);
    /* What shows where a text field or a list is (WCAG 1.4.11, 3:1): the secondary text's colour, checked against any feed's surface. */
    --_field-border: var(--ancrage-border, var(--_muted));
    --_track: var(--ancrage-track, ${unsafeCSS(DEFAULT_THEME.track)});
    --_subtle: var(--ancrage-subtle, ${unsafeCSS(DEFAULT_THEME.subtle)});
    --_radius: var(--ancrage-radius, var(--_feed-radius, 0.5em));
    --_spacing: var(--ancrage-spacing, 1em);
    --_font: var(--ancrage-font-family, inherit);
    --_inset: var(--ancrage-inset, 0.75em);
    --_ground: var(--ancrage-ground, ${unsafeCSS(DEFAULT_THEME.surface)});
    color-scheme: light;

    display: block;
    /* A CMS wrapper forced to display: flex must not shrink the widget to its content. */
    flex-grow: 1;
    min-width: 0;
    box-sizing: border-box;
    font-family: var(--_font);
    /* 1em, unless an old theme's \`font-size: 0\` (the gap trick for a row of inline-blocks) makes it nothing: then 1rem. */
    font-size: max(1em, 1rem - 1000em);
    line-height: 1.5;
    color: var(--_text);
    overflow-wrap: anywhere;
    /* A long word cut at the end of a line gets its hyphen, where the browser knows the language (Safari before 17: prefixed). */
    -webkit-hyphens: auto;
    hyphens: auto;
  }
  :host([hidden]) {
    display: none;
  }
  /* Over every widget's own display rules: a widget hides its empty parts rather than leave them out. */
  [hidden] {
    display: none !important;
  }
  /*
   * \`i\`: an editor's "Dark" or "AUTO" works too, before the widget writes it back in lower case.
   * On screens only: paper is white, and browsers print no backgrounds by default (light text would vanish).
   */
  @media screen {
    :host([color-scheme='dark' i]) {
      ${DARK}
    }
    :host([color-scheme='dark' i]) > * {
      ${DARK_GROUND}
    }
  }
  @media screen and (prefers-color-scheme: dark) {
    :host([color-scheme='auto' i]) {
      ${DARK}
    }
    :host([color-scheme='auto' i]) > * {
      ${DARK_GROUND}
    }
  }
  /* Paper cannot be clicked: a button prints as its words ("Voir les 5 autres projets" still says what is left out), not as a box. */
  @media print {
    button {
      padding: 0 !important;
      border: 0 !important;
      background: none !important;
      color: inherit !important;
    }
    /* On paper: a card or a partner on one sheet, a heading or a table's title with what follows,
       the gauge drawn whole, not mid-animation, without its year switcher (its caption says the year).
       The filters and the search stay: they say what a filtered page shows. */
    article,
    .partner {
      break-inside: avoid;
    }
    [part~='heading'],
    [part~='name'],
    [part~='title'],
    .table-title,
    .label {
      break-after: avoid;
    }
    .years {
      display: none !important;
    }
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  /* Set, not inherited: a host page's * { box-sizing: content-box; line-height: 3 } reaches :host and beats it. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host > * {
    line-height: 1.5;
    color: var(--_text);
    /*
     * Its own ground, a rounded box with room around its text: dark text on a dark page, section or
     * reading toolbar would be lost. Painted on the wrapper inside, which no page rule reaches (a
     * reset's \`* { all: unset }\` or \`* { background: none }\` beats anything set on :host).
     */
    padding: var(--_inset);
    border-radius: var(--_radius);
    background: var(--_ground);
    /* Inherited from a page's body, these break cards and figures; letter and word spacing stay the reader's (WCAG 1.4.12). */
    white-space: normal;
    text-indent: 0;
    text-align: start;
    text-transform: none;
    /*
     * On our white ground, a dark page's \`-webkit-text-fill-color: #fff\` would paint our text white; a hero
     * section's text shadow or stroke would blur or outline it, its white caret vanish in our search fields.
     */
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke: 0;
    text-shadow: none;
    caret-color: auto;
  }
  /* Room for the widget while its feed loads (each widget's usual height), so that the page's text below does not jump when it shows. */
  :host([state='loading']) > * {
    min-block-size: var(--_loading-height);
  }
  /* Not the browser's \`normal\`: a reader's spacing reaches the buttons and fields too (WCAG 1.4.12). */
  button,
  input,
  select {
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  /* A feed text in another language than the widget's takes the direction of its script (an Arabic title among French words). */
  [lang]:not([dir]) {
    unicode-bidi: plaintext;
  }
  /* A right-to-left language's, whatever letter it starts with ("UNICEF يدعم …" ran left to right). */
  [lang|='ar']:not([dir]),
  [lang|='fa']:not([dir]),
  [lang|='he']:not([dir]),
  [lang|='iw']:not([dir]),
  [lang|='ur']:not([dir]),
  [lang|='ps']:not([dir]),
  [lang|='ckb']:not([dir]),
  [lang|='sd']:not([dir]),
  [lang|='ug']:not([dir]),
  [lang|='yi']:not([dir]),
  [lang|='dv']:not([dir]),
  [lang|='nqo']:not([dir]) {
    direction: rtl;
    unicode-bidi: isolate;
  }
  :focus-visible {
    outline: 0.15em solid var(--_primary);
    outline-offset: 0.15em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .state {
    margin: 0;
    padding: var(--_spacing);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_text);
  }
  /* An error looks unlike the calm empty and loading messages: a bar at its start. */
  :host([state='error']) .state {
    border-inline-start: 0.3em solid;
  }
  /* Empty, a live region takes no room but stays rendered: one that comes back from display: none already filled is often not read out. */
  .state:empty {
    padding: 0;
    border: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .state {
      border: 1px solid CanvasText;
    }
  }
`;

const THEME_PROPERTIES: ReadonlyArray<[keyof Theme, string]> = [
  ['primary', '--_feed-primary'],
  ['onPrimary', '--_feed-on-primary'],
  ['accent', '--_feed-accent'],
  ['surface', '--_feed-surface'],
  ['text', '--_feed-text'],
  ['radius', '--_feed-radius'],
];

/**
 * Applies a publisher's validated theme (parseFeed already refused unsafe
 * values and low contrast) through `style.setProperty`, which strict CSP
 * allows, unlike `style` attributes. Clears what a previous theme set.
 */
export function applyFeedTheme(host: HTMLElement, theme: Theme | undefined): void {
  for (const [key, property] of THEME_PROPERTIES) {
    const value = theme?.[key];
    if (value) host.style.setProperty(property, value);
    else host.style.removeProperty(property);
  }
}
