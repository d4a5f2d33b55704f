/**
 * The Ancrage feed, version 1 (`shared/feed-v1.md`), as `parseFeed` returns it.
 *
 * These are the *normalised* shapes: every optional list is present (possibly
 * empty), every Text is an object of language tag to string, every URL is
 * absolute and safe, defaults (`language`, `currency`, a project's or budget's
 * `publisher` in a one-publisher feed) are filled in. The normalised feed is
 * itself a valid feed-v1 document, so parsing it again changes nothing.
 */

/** BCP 47 language tag → plain text. Never HTML. At least one entry. */
export type Text = Readonly<Record<string, string>>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type FeedDate = string;

export interface Image {
  src: string;
  /** `""` in every language marks a decorative image. */
  alt: Text;
  credit?: Text;
}

export const PUBLISHER_KINDS = [
  'commune',
  'intercommunalite',
  'departement',
  'region',
  'syndicat',
  'other',
] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

export interface Theme {
  primary?: string;
  onPrimary?: string;
  accent?: string;
  surface?: string;
  text?: string;
  radius?: string;
}

export interface Publisher {
  id: string;
  name: Text;
  kind: PublisherKind;
  code?: string;
  website?: string;
  logo?: Image;
  theme?: Theme;
}

/** In the order a partner list groups them: local actors first. */
export const PARTNER_KINDS = [
  'association',
  'osim',
  'collectivite',
  'ngo',
  'public',
  'network',
  'education',
  'company',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface Partner {
  id: string;
  name: Text;
  kind: PartnerKind;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  city?: Text;
  description?: Text;
  website?: string;
  logo?: Image;
  siret?: string;
  rna?: string;
}

export const PROJECT_STATUSES = ['planned', 'ongoing', 'completed', 'suspended', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const THEME_CODES = [
  'water-sanitation',
  'health',
  'education',
  'food-agriculture',
  'economic-development',
  'environment-climate',
  'energy',
  'waste',
  'mobility',
  'culture-heritage',
  'youth-sport',
  'gender-equality',
  'local-governance',
  'humanitarian',
  'migration-codevelopment',
  'urban-planning',
  'digital',
  'citizenship-education',
  'other',
] as const;
export type ThemeCode = (typeof THEME_CODES)[number];

export const PARTNER_ROLES = ['lead', 'funding', 'implementing', 'local-partner', 'technical'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** The legal ground of the money (CGCT L1115-1 and the 1 % mechanisms). */
export const BASES = ['general', 'water', 'energy', 'waste', 'mobility', 'other'] as const;
export type Basis = (typeof BASES)[number];

/** The bases capped at a share (1 % by default) of one service budget. */
export const CAPPED_BASES = ['water', 'energy', 'waste', 'mobility'] as const;
export type CappedBasis = (typeof CAPPED_BASES)[number];

export interface Place {
  country: string;
  name?: Text;
  region?: Text;
  lat?: number;
  lon?: number;
}

export interface ProjectPartner {
  ref: string;
  role: PartnerRole;
}

export interface Funding {
  total?: number;
  contribution?: number;
  /** Always filled: the funding's own, else the feed's. */
  currency: string;
  basis?: Basis;
}

export interface Link {
  href: string;
  label: Text;
}

export interface Project {
  id: string;
  /** Always filled: a one-publisher feed's projects belong to that publisher. */
  publisher: string;
  title: Text;
  summary?: Text;
  description?: Text;
  status: ProjectStatus;
  start?: FeedDate;
  end?: FeedDate;
  themes: ThemeCode[];
  sdgs: number[];
  dac: string[];
  places: Place[];
  partners: ProjectPartner[];
  funding?: Funding;
  image?: Image;
  links: Link[];
  updated?: FeedDate;
}

export interface BudgetLine {
  basis: Basis;
  label?: Text;
  allocated?: number;
  committed?: number;
  spent?: number;
  /** For a capped basis: the resources of that service's budget; for `mobility`, excluding the versement mobilité (the mobility levy, CGCT L1115-3). */
  base?: number;
  /** 0 < rate ≤ 0.01; the ceiling is `base × (rate ?? 0.01)`. */
  rate?: number;
}

export interface Budget {
  publisher: string;
  year: number;
  label?: Text;
  /** Always filled: the budget's own, else the feed's. */
  currency: string;
  allocated: number;
  committed?: number;
  spent?: number;
  totalBudget?: number;
  lines: BudgetLine[];
}

export interface Feed {
  version: string;
  language: string;
  currency: string;
  updated?: string;
  publishers: Publisher[];
  partners: Partner[];
  projects: Project[];
  budgets: Budget[];
}

/** A warning or a fatal error, with the JSON path it concerns (`projects[3].status`, or `""` for the whole feed). */
export interface FeedIssue {
  path: string;
  message: string;
  /** On fatal errors only: what went wrong, for a translated message. */
  code?: FatalCode;
}

export type FatalCode =
  | 'not-json'
  | 'not-object'
  | 'version'
  | 'no-publisher'
  | 'too-large'
  | 'html'
  | 'http'
  | 'network'
  | 'timeout'
  | 'not-found';

export type FeedResult =
  | { ok: true; feed: Feed; warnings: FeedIssue[] }
  | { ok: false; error: FeedIssue; warnings: FeedIssue[] };

export interface ParseOptions {
  /** The feed's own URL: relative URLs in the feed resolve against it. */
  baseUrl?: string;
  /**
   * Hints for the people who fix feeds, added to the warnings: `stewardAdvice` (`./advice.ts`),
   * which `ancrage-check` and the embed generator use. The widgets load without it.
   */
  advisor?: FeedAdvisor;
}

/** What `parseFeed` asks an advisor; each answer is added to a warning, or is a warning of its own. */
export interface FeedAdvisor {
  /** The warning for an optional field left `null` (an SQL export's empty cell), said so rather than of the wrong type. */
  nulled: string;
  /**
   * An ending for the warning about an unknown code, or an unknown publisher's or partner's id
   * (`ids`): the one meant (`; did you mean "osim"?`), or the ones there are, or `''`.
   */
  code(value: unknown, known: readonly string[], ids?: boolean): string;
  /** An ending for the warning about a value that is not the number expected from `min` to `max`, an integer with `int` (`"12 500"`), or `''`. */
  number(value: unknown, min: number, max: number, int?: boolean): string;
  /**
   * An ending for the warning about a date not written `YYYY[-MM[-DD]]` ("15/03/2024", "mars 2025"), or `''`;
   * with `day`, only a whole date or a date-time (`updated`: "2025-10-15 14:30" as "2025-10-15T14:30").
   */
  date(value: unknown, day?: 1): string;
  /** An ending for the warning about a value `pattern` refuses that is right once written as text, without spaces or in other capitals (a SIRET as a number, `"w751234567"`), or `''`. */
  written?(value: unknown, pattern: RegExp): string;
  /** An ending for the warning about a country not written as its code ("Mali", "ml ", "BFA", "RDC"), or `''`. */
  country(value: unknown): string;
  /** Warnings about a text kept as typed (HTML markup…): their messages. */
  text(value: string): string[];
  /**
   * Warnings about an object as the feed writes it, whose known fields are `known`: its fields not
   * among them, and amounts valid but past a limit the widgets show (a 1 % line past its legal
   * ceiling, a budget past its envelope or paid past its committed amount, a contribution past the
   * total) that its steward should know of, rounded as the gauge shows them in `currency` (the budget's
   * or the funding's). `[key, message]`, or `[undefined, message]` for the object.
   */
  object(value: object, known: readonly string[], currency: string): Array<[string | undefined, string]>;
  /**
   * An ending for the warning about a value not a list or not an object as `key` wants (`"sdgs": "4,11"`,
   * projects as an object keyed by id, an entry of a list that is a list itself: `key` a number), or `''`.
   * `path`: where the value is, for a list (empty for the feed's own: its `partners` are not a project's); read during the call only.
   */
  shape?(value: unknown, key: string | number, path?: readonly (string | number)[]): string;
  /** An ending for the warning about an address refused (an image on `http:`, a path on a computer), or `''`. */
  url?(value: unknown, kind: 'link' | 'image'): string;
  /** Warnings about the JSON text, before it is parsed, for what `JSON.parse` loses without a word (a key written twice). */
  json?(text: string): FeedIssue[];
}
