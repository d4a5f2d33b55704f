import { css } from '../../theme/css.js';

/**
 * The arc's value sits inside the semicircle (one grid cell); the bar's below it.
 * Over 100 %, the part past the limit is thinner and a notch crosses the track.
 * Row headers keep a minimum width: with `overflow-wrap: anywhere` the nowrap
 * amounts would squeeze them to a letter a line. In forced colours, shapes
 * still tell track and fill apart: the track becomes a thin line.
 */
export const gaugeStyles = css`
  :host {
    --_overrun: var(--ancrage-gauge-overrun, var(--_text));
    --_gauge-size: var(--ancrage-gauge-size, 18em);
    --_loading-height: var(--ancrage-loading-height, 18em);
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .gauge,
  .years {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    margin-block-end: var(--_spacing);
  }
  .years {
    grid-template-columns: auto minmax(0, max-content);
    justify-content: start;
    align-items: center;
  }
  .caption,
  .value,
  dt,
  .table-title {
    font-weight: 700;
  }
  .meter {
    display: grid;
    max-inline-size: var(--_gauge-size);
  }
  .arc .meter > * {
    grid-area: 1 / 1;
  }
  /* The percentage inside the arc shrinks with it: on a phone with large text it would cross the arc. */
  .arc .meter {
    container-type: inline-size;
  }
  .arc .value {
    font-size: min(1.75em, 14cqi);
  }
  .bar .meter {
    max-inline-size: none;
    gap: 0.25em;
  }
  .value {
    align-self: end;
    justify-self: center;
    font-size: 1.75em;
    line-height: 1.1;
  }
  .bar .value {
    justify-self: start;
  }
  svg {
    display: block;
    inline-size: 100%;
    overflow: visible;
  }
  .bar svg {
    block-size: 1.25em;
  }
  path {
    fill: none;
    stroke-width: 14;
  }
  .track {
    stroke: var(--_track);
  }
  .fill {
    stroke: var(--_accent);
    animation: ancrage-gauge-fill 0.8s ease-out;
  }
  .overrun,
  .notch {
    stroke: var(--_overrun);
    stroke-width: 6;
  }
  .notch {
    stroke-width: 22;
  }
  @keyframes ancrage-gauge-fill {
    from {
      stroke-dasharray: 0 200;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      animation: none;
    }
  }
  .amounts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 1em;
  }
  select {
    min-block-size: 2.75em;
    padding-inline: 0.5em;
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  /* A shadow at the right edge while columns are hidden there (a phone shows two): the table's end, scrolled in, covers it. */
  .scroll {
    position: relative;
    overflow-x: auto;
    background:
      linear-gradient(to left, var(--_surface) 30%, #0000) right / 2em 100% no-repeat local,
      radial-gradient(farthest-side at 100% 50%, #0004, #0000) right / 0.75em 100% no-repeat scroll;
    /* The shadow in the text's colour, seen on a dark ground too (color-mix: Safari 16.2, Chrome 111, Firefox 113; before, black as above). */
    background-image:
      linear-gradient(to left, var(--_surface) 30%, #0000),
      radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--_text) 27%, #0000), #0000);
  }
  table {
    border-collapse: collapse;
    min-inline-size: 100%;
  }
  .table-title {
    padding-block: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  /* The amounts' headings over their right-aligned figures; the first column on the gauge's edge. */
  thead th + th {
    text-align: end;
  }
  th:first-child {
    padding-inline-start: 0;
  }
  th,
  td {
    border-block-end: 1px solid var(--_border);
  }
  tbody th {
    min-inline-size: 10em;
  }
  td {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .basis,
  .over {
    display: block;
  }
  /* Paper does not scroll: the table takes the page's width, an overrun's words wrapping in their cell. */
  @media print {
    .scroll {
      overflow: visible;
      background: none;
    }
    .over {
      white-space: normal;
    }
  }
  /* The comma between a line's label and its basis, for a screen reader (the basis goes on a line of its own). Kept in
     the text's flow: Chromium names an out-of-flow one with a space before it ("Budget eau , 1 % eau"). */
  .sep {
    clip-path: inset(50%);
  }
  .basis {
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    .track {
      stroke: CanvasText;
      stroke-width: 2;
    }
    .fill {
      stroke: Highlight;
    }
    .overrun,
    .notch {
      stroke: CanvasText;
    }
  }
`;
