import { css } from '../../theme/css.js';

/*
 * Comments live here, not in the CSS: the template ships as written.
 * - No `content-visibility: auto` on partners or cards: Chromium leaves the skipped ones out of the
 *   accessibility tree, so a screen reader's list of headings and links missed every one off screen.
 * - `role="list"` in the template: Safari drops list semantics with `list-style: none`.
 * - `.found:empty` takes no room but is not `display: none`: a live region must stay rendered to be read out.
 * - `.partners` is a grid in both layouts (one column in `list`): a change of `display` rebuilds the layout
 *   objects of every partner, and `layout="grid"` then re-shaped all their text (0.3 s on a slow phone, 50 partners).
 */
export const partnerListStyles = css`
  :host {
    --_logo: var(--ancrage-partner-logo-size, 3em);
    --_loading-height: var(--ancrage-loading-height, 35em);
  }
  :host([logos-only]) {
    --_logo: var(--ancrage-partner-logo-size, 4em);
  }
  p,
  ul {
    margin: 0;
  }
  label,
  .label {
    display: block;
    font-weight: 600;
  }
  input {
    inline-size: 100%;
    max-inline-size: 24em;
    min-block-size: 2.75em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .found:empty {
    margin: 0;
  }
  .search,
  .found,
  .group {
    margin-block-end: var(--_spacing);
  }
  [part='heading'] {
    margin: 0 0 0.5em;
    border-block-end: 0.15em solid var(--_primary);
    font-size: 1.25em;
  }
  .count {
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_subtle);
    font-size: 0.8em;
    font-weight: normal;
  }
  .partners {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_spacing);
    padding: 0;
    list-style: none;
  }
  :host([layout='grid' i]) .partners,
  :host([logos-only]) .partners {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  :host([logos-only]) .partners {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
    align-items: center;
  }
  .partner {
    display: flex;
    gap: var(--_spacing);
    align-items: flex-start;
    padding: 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  :host([layout='grid' i]) .partner {
    flex-direction: column;
    padding: var(--_spacing);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  :host([logos-only]) .partner {
    justify-content: center;
    border: 0;
    text-align: center;
  }
  .body {
    flex: 1;
    min-inline-size: 0;
  }
  .body > * + * {
    margin-block-start: 0.4em;
  }
  [part='name'] {
    margin: 0;
    font-size: 1.1em;
  }
  .found,
  .kind,
  .place,
  .role {
    color: var(--_muted);
  }
  img {
    display: block;
    block-size: var(--_logo);
    inline-size: min(100%, 2 * var(--_logo));
    object-fit: contain;
    object-position: 0;
  }
  :host([logos-only]) img {
    inline-size: min(100%, 3 * var(--_logo));
    margin-inline: auto;
    object-position: 50%;
  }
  /* As wide as its cell: a link only as wide as its logo would be none before the logo loads. */
  :host([logos-only]) .partner > a {
    flex: 1;
  }
  .projects {
    padding-inline-start: 1.2em;
  }
  a,
  .more {
    color: var(--_primary);
  }
  .more {
    padding: 0.25em 0;
    border: 0;
    background: none;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
`;
