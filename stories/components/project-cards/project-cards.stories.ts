import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/components/project-cards/define.js';
import type { ProjectSort } from '../../../src/components/project-cards/project-cards.js';
import { longFeed, manyFeed, networkFeed, townFeed } from './project-cards.data.js';
import { baseArgTypes, errorArgs, loadingArgs, widgetIn, type BaseArgs } from '../common.js';
import { emptyFeed } from '../feeds.js';

interface Args extends BaseArgs {
  'heading-level'?: number;
  filters?: boolean;
  themes?: string;
  country?: string;
  status?: string;
  project?: string;
  sort?: ProjectSort;
  'page-size'?: number;
}

type Story = StoryObj<Args>;

const cards = (canvasElement: HTMLElement) => widgetIn(canvasElement, 'ancrage-project-cards');

const meta: Meta<Args> = {
  title: 'Widgets/Project Cards',
  component: 'ancrage-project-cards',
  render: (args) =>
    html`<ancrage-project-cards
      .data=${args.data}
      feed=${ifDefined(args.feed)}
      publisher=${ifDefined(args.publisher)}
      lang=${ifDefined(args.lang)}
      color-scheme=${ifDefined(args['color-scheme'])}
      heading-level=${ifDefined(args['heading-level'])}
      ?filters=${args.filters}
      themes=${ifDefined(args.themes)}
      country=${ifDefined(args.country)}
      status=${ifDefined(args.status)}
      project=${ifDefined(args.project)}
      sort=${ifDefined(args.sort)}
      page-size=${ifDefined(args['page-size'])}
    ></ancrage-project-cards>`,
  argTypes: {
    ...baseArgTypes("Only this publisher's projects, in a multi-publisher feed."),
    'heading-level': { control: { type: 'number', min: 1, max: 6 }, description: "Level of each card's heading (default 3)." },
    filters: { control: 'boolean', description: 'Shows the theme, country, status and search filters.' },
    themes: { control: 'text', description: 'Preset: theme codes, space-separated (e.g. `water-sanitation`).' },
    country: { control: 'text', description: 'Preset: ISO country codes, space-separated (e.g. `ML SN`).' },
    status: { control: 'text', description: 'Preset: statuses, space-separated (e.g. `ongoing planned`).' },
    project: { control: 'text', description: "One project's id: that card alone, expanded." },
    sort: { control: 'inline-radio', options: ['recent', 'title', 'budget'] },
    'page-size': { control: { type: 'number', min: 1 }, description: 'Cards per page (default 12).' },
  },
  args: { data: townFeed },
};

export default meta;

export const Ready: Story = {};

/** With neither `feed` nor `data`: the polite "loading" message. */
export const Loading: Story = { args: loadingArgs };

/** A feed address that answers 404: a translated sentence says so. */
export const Error: Story = { args: errorArgs };

export const Empty: Story = { args: { data: emptyFeed } };

export const WithFilters: Story = { args: { filters: true } };

/** A reader typed a search that matches nothing: the count says so, politely. */
export const NoMatch: Story = {
  args: { filters: true },
  play: async ({ canvasElement }) => {
    const el = await cards(canvasElement);
    const search = el.shadowRoot!.querySelector('input')!;
    search.value = 'introuvable';
    search.dispatchEvent(new Event('input', { bubbles: true }));
  },
};

/** A page about water: `themes="water-sanitation"` restricts the feed, the filters choose within it. */
export const PresetWaterOnly: Story = { args: { themes: 'water-sanitation health', filters: true } };

/** `status="ongoing"` and `country="TG"`. */
export const PresetOngoingInTogo: Story = { args: { status: 'ongoing', country: 'TG' } };

/** A card's details open in place. */
export const Expanded: Story = {
  play: async ({ canvasElement }) => {
    const el = await cards(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
  },
};

/** A project's own page: `project="eau-diema"`, that card alone, expanded. */
export const ProjectPage: Story = { args: { project: 'eau-diema', 'heading-level': 2 } };

/** A network's feed shown for one of its publishers. */
export const Publisher: Story = { args: { data: networkFeed, publisher: 'haute-sarre' } };

export const SortByTitle: Story = { args: { sort: 'title' } };

export const SortByBudget: Story = { args: { sort: 'budget' } };

export const English: Story = { args: { lang: 'en', filters: true } };

/**
 * A page in a language the interface does not have (German): the widget's own words fall
 * back to French and are marked `lang="fr"`, so a screen reader reads them with a French
 * voice; feed texts keep the language they are written in.
 */
export const PageInAnotherLanguage: Story = {
  args: { lang: 'de', filters: true },
  play: async ({ canvasElement }) => {
    const el = await cards(canvasElement);
    if (el.shadowRoot!.querySelector('[role="status"]')!.closest('[lang]')?.getAttribute('lang') !== 'fr') {
      // `globalThis.`: this module's own `Error` is the story above.
      throw new globalThis.Error('the French interface is not marked lang="fr"');
    }
  },
};

export const Dark: Story = { args: { 'color-scheme': 'dark', filters: true } };

/** Images that fail to load give way to the placeholder. */
export const BrokenImages: Story = {
  args: {
    data: {
      ...townFeed,
      projects: townFeed.projects.map((p) => (p.image ? { ...p, image: { ...p.image, src: 'missing.png' } } : p)),
    },
  },
};

/** A 300-character word and very long titles: no sideways scroll at 320 px. */
export const LongTexts: Story = { args: { data: longFeed, filters: true } };

/** 200 projects, 6 per page: "Voir plus" moves focus to the first new card. */
export const ManyItems: Story = { args: { data: manyFeed(200), filters: true, 'page-size': 6 } };
