import type {
  Basis,
  FatalCode,
  PartnerKind,
  PartnerRole,
  ProjectStatus,
  ThemeCode,
} from '../feed/types.js';
import type { CountForms } from './format.js';

/**
 * Every string the widgets show, for one UI language, in named parts so that
 * each widget's own module graph carries only the parts it shows (see
 * `./index.ts`). A new language is one file like `./fr.ts` exporting every
 * part, registered in `./index.ts`.
 * Functions receive values already formatted through `Intl` (see `./format.ts`).
 */

/** What every widget says: its loading and error states. */
export interface CommonMessages {
  /** Polite message while the feed loads. */
  loading: string;
  /** The one sentence a reader sees when the feed cannot be used. */
  error: string;
  /** The reason, after `error`, by fatal code. */
  errorReason: Record<FatalCode, string>;
  /** What a reader sees when the feed loaded but the widget could not show it (a browser without an API it needs). */
  renderError: string;
  /** The reason, after `error`, of a network error while the browser says it is offline: the feed is fetched again once it is back. */
  offline: string;
}

/** The feed's codes in words. */
export type StatusNames = Record<ProjectStatus, string>;
export type ThemeNames = Record<ThemeCode, string>;
export type RoleNames = Record<PartnerRole, string>;
export type PartnerKindNames = Record<PartnerKind, string>;
/** The legal ground of money, e.g. "1 % eau et assainissement (loi Oudin-Santini)". */
export type BasisNames = Record<Basis, string>;

/** The UN Sustainable Development Goals. */
export interface SdgMessages {
  /** Short name of each goal, index 0 = SDG 1. */
  sdgNames: readonly string[];
  /** "ODD 6 : Eau propre et assainissement". */
  sdg: (n: number, name: string) => string;
}

/** Dates of a project. */
export interface DateMessages {
  /** A date range whose ends are both known, when Intl cannot join them (two precisions) or joins two years without spaces. */
  dateRange: (start: string, end: string) => string;
  /** An ongoing project with no end, started; `day` says the date names a day ("depuis le 5 mars", "depuis mars"). */
  since: (start: string, day: boolean) => string;
  /** A start still to come ("à partir de mars", "à partir du 5 mars"). */
  from: (start: string, day: boolean) => string;
  /** A start gone by, for a project completed or suspended ("commencé en mars", "commencé le 5 mars"). */
  started: (start: string, day: boolean) => string;
  /** The start of a cancelled project, which may never have begun ("début : mars 2021"). */
  start: (start: string) => string;
  until: (end: string, day: boolean) => string;
}

export interface CardsText {
  empty: string;
  noMatch: string;
  /** The count of what the filters or search leave, `#` its number. */
  results: CountForms;
  showMore: string;
  details: string;
  /** Before an image's credit, for a screen reader: the credit alone is a name out of context. */
  credit: string;
  filters: string;
  theme: string;
  country: string;
  status: string;
  search: string;
  allThemes: string;
  allCountries: string;
  allStatuses: string;
  /** The authority filter's "all", offered on a feed of several authorities (a network's). */
  allPublishers: string;
  reset: string;
  /** Whose project it is, on the cards of a feed with several authorities (a network's). */
  publisher: string;
  places: string;
  themes: string;
  sdgs: string;
  partners: string;
  links: string;
  funding: string;
  contributionOfTotal: (contribution: string, total: string) => string;
  contribution: (amount: string) => string;
  total: (amount: string) => string;
}

export interface PartnersText {
  empty: string;
  noMatch: string;
  search: string;
  /** The count of what the filters or search leave, `#` its number. */
  results: CountForms;
  projects: string;
  /** The website link's text; the host name follows it. */
  website: (name: string) => string;
  /** A `mailto:`/`tel:` link's text; the address follows it. */
  contact: (name: string) => string;
  /** Opens a long description (the partner's name follows, visually hidden). */
  more: string;
  less: string;
  /**
   * Opens the rest of a long project list, `count` of them, written as the language does
   * (the partner's name follows, visually hidden). Always two or more: a list one longer
   * than the first ones is shown whole.
   */
  moreProjects: (count: string) => string;
  fewerProjects: string;
}

export interface GaugeText {
  /** The empty state: the publisher has no budget for that year. */
  empty: (year: string) => string;
  /** The empty state: the publisher has no budget at all; `name` its name on a feed of several (a network's), else "". */
  noBudget: (name: string) => string;
  /** The budget has no line of the basis asked for. */
  noLine: (basis: string, year: string) => string;
  /** Caption of the whole envelope, when the budget has no label. */
  title: string;
  year: string;
  committed: string;
  spent: string;
  allocated: string;
  share: string;
  ceiling: string;
  line: string;
  breakdown: string;
  /** An amount the feed does not give (after an em dash in the table). */
  notReported: string;
  /** A line's share of the envelope, when the amounts to compute it are missing. */
  noShare: string;
  /** A ceiling for a line that has none (not a 1 % mechanism). */
  notApplicable: string;
  /** The measured amount is missing: "Montant engagé non communiqué". */
  missing: Record<'committed' | 'spent', string>;
  /** The measure after an amount, agreeing with it: "0 € engagé", "12 000 € engagés", "committed". */
  verb: Record<'committed' | 'spent', CountForms>;
  /** The word after the voted amount, agreeing with it: "1 € voté", "250 000 € votés", "allocated". */
  voted: CountForms;
  /** "180 000 € engagés sur 250 000 € votés, soit 72 %"; `voted` as `verb`, `percent` "" when an overrun follows, which says it. */
  ofAllocated: (value: string, verb: string, allocated: string, voted: string, percent: string) => string;
  /** "… engagés sur un plafond de 10 000 € (1 % des …), soit 72 %"; `rule` is `ceilingRule(…)` or "", `percent` as in `ofAllocated`. */
  ofCeiling: (value: string, verb: string, ceiling: string, rule: string, percent: string) => string;
  /** How the ceiling is computed: rate and the service budget's resources, for `mobility` less the versement mobilité (CGCT L1115-3). */
  ceilingRule: (rate: string, base: string, mobility: boolean) => string;
  /**
   * Past the amount voted: "dépassement de l'enveloppe : …" for the `envelope`, "dépassement du montant
   * voté : …" for lines; `excess` being `beyond(…)`, or the amount alone against 0 €.
   */
  overAllocated: (excess: string, envelope: boolean) => string;
  /** Past the ceiling, issue 5's "dépassement du plafond : 119 %": as `overAllocated`. */
  overCeiling: (excess: string) => string;
  /** How far past: "119 % (1 900 € au-delà)"; `amount` may carry its verb ("15 000 € engagés"). */
  beyond: (percent: string, amount: string) => string;
  /** The lines over their own ceiling the gauge does not show, each as "label — `beyond(…)`": "Dépassement du plafond par ligne : Budget eau — 175 % (…)." */
  linesOver: (lines: string) => string;
  /** "0,24 % du budget de la collectivité", issue 5's words. */
  shareOfTotal: (percent: string) => string;
}

/** What the project cards show. */
export interface CardsMessages extends CommonMessages, DateMessages, SdgMessages {
  status: StatusNames;
  themes: ThemeNames;
  roles: RoleNames;
  bases: BasisNames;
  cards: CardsText;
}

/** What the partner list shows. */
export interface PartnersMessages extends CommonMessages {
  roles: RoleNames;
  partnerKinds: PartnerKindNames;
  /** Group headings of the partner list (plural). */
  partnerKindGroups: PartnerKindNames;
  partners: PartnersText;
}

/** What the budget gauge shows. */
export interface GaugeMessages extends CommonMessages {
  bases: BasisNames;
  gauge: GaugeText;
}

/** Every string of a UI language. */
export type Messages = CardsMessages & PartnersMessages & GaugeMessages;
