import type {
  Basis,
  FatalCode,
  PartnerKind,
  PartnerRole,
  ProjectStatus,
  ThemeCode,
} from '../feed/types.js';

/**
 * Every string the widgets show, for one UI language. A new language is one
 * file exporting a `Messages` object, registered in `./index.ts`.
 * Functions receive values already formatted through `Intl` (see `./format.ts`).
 */
export interface Messages {
  /** Polite message while the feed loads. */
  loading: string;
  /** The one sentence a reader sees when the feed cannot be used. */
  error: string;
  /** The reason, after `error`, by fatal code. */
  errorReason: Record<FatalCode, string>;
  /** A date range whose ends are both known, when Intl cannot join them. */
  dateRange: (start: string, end: string) => string;
  since: (start: string) => string;
  until: (end: string) => string;

  status: Record<ProjectStatus, string>;
  themes: Record<ThemeCode, string>;
  roles: Record<PartnerRole, string>;
  partnerKinds: Record<PartnerKind, string>;
  /** Group headings of the partner list (plural). */
  partnerKindGroups: Record<PartnerKind, string>;
  /** The legal ground of money, e.g. "1 % eau et assainissement (loi Oudin-Santini)". */
  bases: Record<Basis, string>;
  /** Short name of each UN Sustainable Development Goal, index 0 = SDG 1. */
  sdgNames: readonly string[];
  /** "ODD 6 : Eau propre et assainissement". */
  sdg: (n: number, name: string) => string;

  cards: {
    empty: string;
    noMatch: string;
    results: (count: number, formatted: string) => string;
    showMore: string;
    details: string;
    filters: string;
    theme: string;
    country: string;
    status: string;
    search: string;
    allThemes: string;
    allCountries: string;
    allStatuses: string;
    reset: string;
    places: string;
    themes: string;
    sdgs: string;
    partners: string;
    links: string;
    funding: string;
    contributionOfTotal: (contribution: string, total: string) => string;
    contribution: (amount: string) => string;
    total: (amount: string) => string;
  };

  partners: {
    empty: string;
    noMatch: string;
    search: string;
    results: (count: number, formatted: string) => string;
    projects: string;
    /** The website link's text; the host name follows it. */
    website: (name: string) => string;
    /** A `mailto:`/`tel:` link's text; the address follows it. */
    contact: (name: string) => string;
    /** Opens a long description (the partner's name follows, visually hidden). */
    more: string;
    less: string;
    /** Opens the rest of a long project list (the partner's name follows, visually hidden). */
    moreProjects: (count: number, formatted: string) => string;
    fewerProjects: string;
  };

  gauge: {
    /** The empty state: the publisher has no budget for that year. */
    empty: (year: string) => string;
    /** The empty state: the publisher has no budget at all. */
    noBudget: string;
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
    /** A ceiling for a line that has none (not a 1 % mechanism). */
    notApplicable: string;
    /** The measured amount is missing: "Montant engagé non communiqué". */
    missing: Record<'committed' | 'spent', string>;
    /** The measure after an amount, agreeing with it: "engagés", "committed". */
    verb: Record<'committed' | 'spent', string>;
    /** "180 000 € engagés sur 250 000 € votés, soit 72 %". */
    ofAllocated: (value: string, verb: string, allocated: string, percent: string) => string;
    /** "… engagés sur un plafond légal de 10 000 € (1 % de …), soit 119 %"; `rule` is `ceilingRule(…)` or "". */
    ofCeiling: (value: string, verb: string, ceiling: string, rule: string, percent: string) => string;
    /** How the ceiling is computed: rate and the service budget's resources. */
    ceilingRule: (rate: string, base: string) => string;
    /** "dépassement de l'enveloppe : 112 %". */
    overAllocated: (percent: string) => string;
    /** "dépassement du plafond : 119 %". */
    overCeiling: (percent: string) => string;
    /** "0,24 % du budget de la collectivité". */
    shareOfTotal: (percent: string) => string;
  };
}
