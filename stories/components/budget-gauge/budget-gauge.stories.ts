import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/components/budget-gauge/define.js';
import type { GaugeVariant } from '../../../src/components/budget-gauge/budget-gauge.js';
import type { GaugeBasis, Measure } from '../../../src/components/budget-gauge/budget-math.js';
import {
  ALLOCATED_ZERO,
  LONG_TEXTS,
  MANY_LINES,
  MISSING_COMMITTED,
  OVERRUN,
  READY,
  THIRD,
} from './budget-gauge.data.js';
import { baseArgTypes, errorArgs, loadingArgs, widgetIn, type BaseArgs } from '../common.js';
import { emptyFeed } from '../feeds.js';

interface Args extends BaseArgs {
  year?: number;
  variant?: GaugeVariant;
  measure?: Measure;
  basis?: GaugeBasis;
  breakdown?: boolean;
  years?: boolean;
}

type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'Widgets/Budget Gauge',
  component: 'ancrage-budget-gauge',
  render: (args) =>
    html`<ancrage-budget-gauge
      .data=${args.data}
      feed=${ifDefined(args.feed)}
      publisher=${ifDefined(args.publisher)}
      lang=${ifDefined(args.lang)}
      color-scheme=${ifDefined(args['color-scheme'])}
      year=${ifDefined(args.year)}
      variant=${ifDefined(args.variant)}
      measure=${ifDefined(args.measure)}
      basis=${ifDefined(args.basis)}
      ?breakdown=${args.breakdown}
      ?years=${args.years}
    ></ancrage-budget-gauge>`,
  argTypes: {
    ...baseArgTypes('The publisher whose budget is shown (else the first with budgets).'),
    year: { control: { type: 'number', min: 2000, max: 2100 }, description: 'Budget year (default: the latest).' },
    variant: { control: 'inline-radio', options: ['arc', 'bar'], description: 'A semicircle (default) or a bar.' },
    measure: { control: 'inline-radio', options: ['committed', 'spent'], description: 'The amount measured.' },
    basis: {
      control: 'select',
      options: [undefined, 'general', 'water', 'energy', 'waste', 'mobility'],
      description: 'One legal basis: a 1 % mechanism against its ceiling (base × rate), or the general budget.',
    },
    breakdown: { control: 'boolean', description: "Adds the table of the budget's lines." },
    years: { control: 'boolean', description: 'Adds a year switcher when there are several years.' },
  },
  args: { data: READY },
};

export default meta;

/** 180 000 € committed out of 250 000 € voted, and the envelope's share of the town's budget. */
export const Ready: Story = {};

/** With neither `feed` nor `data`: the polite "loading" message. */
export const Loading: Story = { args: loadingArgs };

/** A feed address that answers 404: a translated sentence says so. */
export const Error: Story = { args: errorArgs };

/** The publisher has no budget for the year asked: the empty state names it. */
export const Empty: Story = { args: { year: 2019 } };

/** The publisher has published no budget at all. */
export const NoBudget: Story = { args: { data: emptyFeed } };

export const Bar: Story = { args: { variant: 'bar' } };

export const Spent: Story = { args: { measure: 'spent' } };

export const English: Story = { args: { lang: 'en', breakdown: true, years: true } };

export const Dark: Story = { args: { 'color-scheme': 'dark', basis: 'waste', breakdown: true } };

/** The 1 % water line against its legal ceiling (1 % of the water service's resources), over it: drawn and stated. */
export const WaterOverCeiling: Story = { args: { basis: 'water' } };

export const WaterOverCeilingBar: Story = { args: { basis: 'water', variant: 'bar' } };

/** A custom rate (0.5 %), under the ceiling. */
export const Energy: Story = { args: { basis: 'energy' } };

/** 11 900 € against a 10 000 € ceiling: 119 %. */
export const Waste: Story = { args: { basis: 'waste' } };

/** The line reports no committed amount: said, not shown as 0 %. */
export const Mobility: Story = { args: { basis: 'mobility' } };

/** The general-budget line against its own allocation. */
export const General: Story = { args: { basis: 'general' } };

/** A basis the budget has no line for. */
export const NoLineForBasis: Story = { args: { year: 2024, basis: 'water', years: true } };

export const Breakdown: Story = { args: { breakdown: true } };

/** Three years: the switcher re-renders in place and announces the new figures. */
export const YearSwitcher: Story = { args: { years: true } };

/** The switcher after a reader chose 2023, a year over its envelope. */
export const YearSwitched: Story = {
  args: { years: true },
  play: async ({ canvasElement }) => {
    const el = await widgetIn(canvasElement, 'ancrage-budget-gauge');
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = '2023';
    select.dispatchEvent(new Event('change'));
  },
};

/** Committed above allocated: the overrun is drawn past a notch and stated. */
export const OverAllocated: Story = { args: { data: OVERRUN } };

export const MissingCommitted: Story = { args: { data: MISSING_COMMITTED } };

/** An envelope of 0: no gauge, the amounts only. */
export const AllocatedZero: Story = { args: { data: ALLOCATED_ZERO } };

/** 33,3 % in French, 33.3% in English. */
export const Rounding: Story = { args: { data: THIRD, variant: 'bar' } };

/**
 * The fill animates once; with the system's "reduce motion" setting it does
 * not (emulate it in the browser's rendering tools).
 */
export const Motion: Story = {};

/** With forced colours (Windows contrast themes, or emulated in the rendering tools) the track becomes a thin line under a system-colour fill. */
export const ForcedColors: Story = { args: { basis: 'water', breakdown: true } };

/** A 300-character word in the publisher's name, the label and a line: no sideways scroll at 320 px. */
export const LongTexts: Story = { args: { data: LONG_TEXTS, basis: 'water', breakdown: true, years: true } };

/** 200 lines in the breakdown; the table scrolls inside its own focusable wrapper. */
export const ManyItems: Story = { args: { data: MANY_LINES, breakdown: true } };
