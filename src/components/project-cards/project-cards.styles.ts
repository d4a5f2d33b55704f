import { css } from '../../theme/css.js';

/*
 * Comments live here, not in the CSS: the template ships as written.
 * - `fieldset { min-width: 0 }`: a fieldset is min-content wide by default (its longest option), which scrolls at 320 px.
 * - The status dot's colour is a second signal only: the status is always written.
 * - Transparent borders on badges and tags become outlines in forced colours, where backgrounds vanish.
 * - `.title` margins: the spacing token is in em, so it is divided by the title's own scale to align with the text.
 * - `.media` stacks the image and its credit in one grid cell: the image's own aspect ratio wins over its file's
 *   (an invalid one gives the file's), and a credit taller than the image (a phone at 200 % text) makes the cell taller
 *   rather than losing its first lines; `overflow: clip`, not `hidden`, keeps a page's `::part(image)` zoom inside.
 */
export const styles = css`
  :host {
    --_min: var(--ancrage-cards-min-width, 18em);
    --_ratio: var(--ancrage-cards-image-ratio, 16 / 9);
    --_loading-height: var(--ancrage-loading-height, 40em);
  }
  form {
    margin-block-end: var(--_spacing);
    padding: var(--_spacing);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    align-items: end;
    gap: 0.75em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-block-end: 0.5em;
    padding: 0;
    font-weight: 700;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  input,
  select,
  button {
    min-height: 2.75em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  button {
    border-color: var(--_primary);
    color: var(--_primary);
    cursor: pointer;
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  .count:not(:empty) {
    margin-block-start: 0.75em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min)), 1fr));
    gap: var(--_spacing);
  }
  .grid > li {
    display: flex;
  }
  /* A card's details open: the cards keep their own height, rather than stretch to the open one's. */
  .grid:has(.details:not([hidden])) > li {
    align-self: start;
  }
  .card {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding-block-end: var(--_spacing);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card > * {
    margin: 0 var(--_spacing);
  }
  .title {
    margin-inline: calc(var(--_spacing) / 1.25);
    font-size: 1.25em;
    line-height: 1.3;
  }
  .meta,
  .tags {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .meta,
  dt,
  .basis {
    color: var(--_muted);
  }
  .status,
  .tags li {
    padding: 0 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_text);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
    --_dot: currentColor;
  }
  .status::before {
    content: '';
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_dot);
  }
  .planned {
    --_dot: #0063cb;
  }
  .ongoing {
    --_dot: #18753c;
  }
  .suspended {
    --_dot: #b34000;
  }
  .cancelled {
    --_dot: #ce0500;
  }
  .tags {
    gap: 0.25em;
  }
  .facts,
  .details {
    display: grid;
    gap: 0.5em;
  }
  dt,
  .status,
  .basis {
    font-size: 0.875em;
  }
  dd {
    margin: 0;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    align-self: start;
    margin-block-start: auto;
  }
  .toggle::after {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border: solid;
    border-width: 0 0.15em 0.15em 0;
    transform: translateY(-25%) rotate(45deg);
  }
  [aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
  .details p {
    margin: 0;
    white-space: pre-line;
  }
  a {
    color: var(--_primary);
  }
  .media {
    order: -1;
    display: grid;
    margin: 0;
    overflow: clip;
    background: linear-gradient(135deg, var(--_subtle), var(--_track));
  }
  .media > * {
    grid-area: 1 / 1;
  }
  img,
  .placeholder {
    display: grid;
    place-items: center;
    align-self: stretch;
    width: 100%;
    aspect-ratio: var(--_ratio);
    object-fit: cover;
    color: var(--_muted);
  }
  svg {
    width: 3em;
  }
  .credit {
    align-self: end;
    justify-self: end;
    padding: 0 0.4em;
    background: rgb(0 0 0 / 0.75);
    color: #fff;
    font-size: 0.75em;
    /* Its dark ground printed too (browsers leave backgrounds out): white on white otherwise. */
    print-color-adjust: exact;
  }
  .more {
    display: block;
    margin: var(--_spacing) auto 0;
    background: var(--_primary);
    color: var(--_on-primary);
  }
  @media (forced-colors: active) {
    .status::before {
      background: CanvasText;
    }
  }
`;
