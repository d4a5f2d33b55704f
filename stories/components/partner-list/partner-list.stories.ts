import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/components/partner-list/define.js';
import { busyFeed, longFeed, manyFeed, networkFeed, townFeed } from './partner-list.data.js';
import { baseArgTypes, errorArgs, loadingArgs, widgetIn, type BaseArgs } from '../common.js';
import { emptyFeed } from '../feeds.js';

interface Args extends BaseArgs {
  'heading-level'?: number;
  project?: string;
  kind?: string;
  group?: 'kind' | 'none';
  search?: boolean;
  layout?: 'list' | 'grid';
  'logos-only'?: boolean;
}

type Story = StoryObj<Args>;

const partnerList = (canvasElement: HTMLElement) => widgetIn(canvasElement, 'ancrage-partner-list');

/** Types in the search box as a reader would. */
function searchFor(query: string): Story['play'] {
  return async ({ canvasElement }) => {
    const input = (await partnerList(canvasElement)).shadowRoot!.querySelector('input')!;
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
}

const meta: Meta<Args> = {
  title: 'Widgets/Partner List',
  component: 'ancrage-partner-list',
  render: (args) =>
    html`<ancrage-partner-list
      .data=${args.data}
      feed=${ifDefined(args.feed)}
      publisher=${ifDefined(args.publisher)}
      lang=${ifDefined(args.lang)}
      color-scheme=${ifDefined(args['color-scheme'])}
      heading-level=${ifDefined(args['heading-level'])}
      project=${ifDefined(args.project)}
      kind=${ifDefined(args.kind)}
      group=${ifDefined(args.group)}
      ?search=${args.search}
      layout=${ifDefined(args.layout)}
      ?logos-only=${args['logos-only']}
    ></ancrage-partner-list>`,
  argTypes: {
    ...baseArgTypes("Only the partners of this publisher's projects."),
    'heading-level': {
      control: { type: 'number', min: 1, max: 5 },
      description: 'Level of the group headings (default 3); partner names one below.',
    },
    project: { control: 'text', description: "One project's id: its partners only, with their role in it." },
    kind: { control: 'text', description: 'Partner kinds, space-separated (e.g. `association osim`).' },
    group: { control: 'inline-radio', options: ['kind', 'none'], description: '`none`: one list sorted by name.' },
    search: { control: 'boolean', description: 'Shows a search box.' },
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    'logos-only': { control: 'boolean', description: "A wall of logos, each linked to its partner's website." },
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

/** A network's feed shown for one publisher: only the partners of its projects. */
export const Publisher: Story = { args: { data: networkFeed, publisher: 'haute-sarre' } };

/** Without `publisher`: every partner of the network's feed, even those in no project yet. */
export const WholeNetwork: Story = { args: { data: networkFeed } };

/** One list, sorted by name in the reader's collation ("Élan" among the E). */
export const Ungrouped: Story = { args: { group: 'none' } };

/** `kind="association osim"`: the town's associations, migrant-led ones included. */
export const AssociationsOnly: Story = { args: { kind: 'association osim' } };

/** A project's page: `project="eau-diema"`, each partner with its role in it. */
export const ProjectPartners: Story = { args: { project: 'eau-diema', 'heading-level': 2 } };

export const Search: Story = { args: { search: true } };

/** A reader searched "diema" without its accent. */
export const SearchResults: Story = { args: { search: true }, play: searchFor('diema') };

/** Nothing matches: the count region says so, politely. */
export const NoMatch: Story = { args: { search: true }, play: searchFor('introuvable') };

export const Grid: Story = { args: { layout: 'grid', search: true } };

/** Logos alone: each image's alt is its own text, else the partner's name. */
export const LogosOnly: Story = { args: { 'logos-only': true } };

/** A long description opened. */
export const Expanded: Story = {
  play: async ({ canvasElement }) => {
    const el = await partnerList(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
  },
};

/** A partner in twelve projects: the first five, then "Voir les 7 autres projets". */
export const ManyProjects: Story = { args: { data: busyFeed } };

/** The same, opened. */
export const ManyProjectsOpen: Story = {
  args: { data: busyFeed },
  play: async ({ canvasElement }) => {
    const el = await partnerList(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.projects + button')!.click();
  },
};

/** Logos that fail to load are hidden; the names stay. */
export const BrokenLogos: Story = {
  args: {
    data: {
      ...townFeed,
      partners: townFeed.partners.map((p) => (p.logo ? { ...p, logo: { ...p.logo, src: 'missing.png' } } : p)),
    },
  },
};

export const English: Story = { args: { lang: 'en', search: true } };

export const Dark: Story = { args: { 'color-scheme': 'dark', layout: 'grid' } };

/** A 300-character word and very long names: no sideways scroll at 320 px. */
export const LongTexts: Story = { args: { data: longFeed, search: true } };

/** 200 partners: off-screen ones cost no layout. */
export const ManyItems: Story = { args: { data: manyFeed(200), search: true, layout: 'grid' } };
