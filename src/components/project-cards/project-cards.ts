import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { AncrageElement, type Declarations } from '../../base/ancrage-element.js';
import { byText, idAttribute, numeric, trimmed } from '../../base/converters.js';
import { listWords } from '../../base/list-words.js';
import { cardsMessages, type CardsMessages } from '../../i18n/index.js';
import { emit } from '../../base/events.js';
import { feedImage } from '../../base/feed-image.js';
import { heading } from '../../base/heading.js';
import { focusedItem, refocus, type KeptFocus } from '../../base/kept-focus.js';
import { textItems } from '../../base/text-items.js';
import { paragraphs } from '../../feed/text.js';
import {
  PROJECT_STATUSES,
  THEME_CODES,
  type Feed,
  type FeedDate,
  type Partner,
  type PartnerRole,
  type Project,
  type ProjectStatus,
  type Text,
  type ThemeCode,
} from '../../feed/types.js';
import {
  compareText,
  fold,
  formatCount,
  formatCountry,
  formatDate,
  formatDateRange,
  formatList,
  formatMoney,
  searchTerms,
} from '../../i18n/format.js';
import { styles } from './project-cards.styles.js';

export type ProjectSort = 'recent' | 'title' | 'budget';

/** A project with what sorting and searching need, resolved once per feed and language. */
interface Entry {
  project: Project;
  title: string;
  /** What the sort compares before the title, descending (see `sortKey`). */
  order: string | number | undefined;
  /** Folded title, summary, places and partner names, computed on the first search only. */
  search?: string;
  /** The card's texts, computed on its first render: a toggle or a keystroke re-renders every shown card. */
  texts?: CardTexts;
}

/** Names joined in the reader's language, and the `lang` of a name alone. */
type Names = [text: string, lang: string | typeof nothing];

/** What a card says, in the language its entry was built for. */
interface CardTexts {
  /** The `lang` of the title and summary when not the widget's language. */
  titleLang: string | typeof nothing;
  /** The authority the project belongs to, when the cards mix several; else ''. */
  publisher: string;
  publisherLang: string | typeof nothing;
  dates: string;
  summary: string;
  summaryLang: string | typeof nothing;
  places: string;
  themes: string[];
  sdgs: string[];
  amounts: string;
  basis: string;
  /** The partners in a role, and the `lang` of a name alone (several are joined by the reader's "and"). */
  lead: Names;
  local: Names;
  /** Whether the card has any of the facts above: else no empty list for a screen reader to announce. */
  hasFacts: boolean;
  hasDetails: boolean;
}

type Criterion = 'q' | 'theme' | 'country' | 'status' | 'authority';
type Choice = Exclude<Criterion, 'q'>;
type Options = Record<Choice, Array<[value: string, label: string]>>;

const NO_CRITERIA: Readonly<Record<Criterion, string>> = { q: '', theme: '', country: '', status: '', authority: '' };

/**
 * A list attribute's words, in the case of its codes; `null` when it names nothing (no restriction).
 * An array a framework set keeps its own case (a string is lowered in `willUpdate`): it is read in any.
 */
const words = (value: unknown, letters?: 'lower' | 'upper') => {
  const list = listWords(value, letters);
  return list.length ? list : null;
};

/** Larger first, missing last (dates as `YYYY[-MM[-DD]]` compare as strings). */
const descending = <T extends string | number>(a?: T, b?: T) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? 1 : -1);

const amount = ({ funding }: Project) => funding?.total ?? funding?.contribution;

/**
 * Whether a feed date is after today, compared at the date's own precision ("2026" has begun
 * all year). The reader's own day: in Guadeloupe or Tahiti the date changes hours after UTC's.
 * The local date as ISO writes it, a key to compare, never shown (`toLocaleDateString` took
 * 95 ms for 1,000 cards): UTC's clock moved by the time zone's offset.
 */
function isFuture(date: FeedDate): boolean {
  const now = new Date();
  return date > new Date(now.getTime() - now.getTimezoneOffset() * 6e4).toISOString().slice(0, date.length);
}

/** Projects with one of the themes, in one of the countries, with one of the statuses; `null` lists let all through. */
const matching =
  (themes: string[] | null, countries: string[] | null, statuses: string[] | null) =>
  ({ themes: own, places, status }: Project) =>
    (!themes || own.some((theme) => themes.includes(theme))) &&
    (!countries || places.some((place) => countries.includes(place.country))) &&
    (!statuses || statuses.includes(status));

const prevent = (event: Event) => event.preventDefault();

/** A globe: the decorative stand-in for a missing or broken image. */
const PLACEHOLDER = html`<div class="placeholder" part="image"
  ><svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.2"
    ><circle cx="12" cy="12" r="9" /><path d="M3 12h18M12 3c3.5 3.5 3.5 14.5 0 18M12 3c-3.5 3.5-3.5 14.5 0 18" /></svg
></div>`;

/** A definition (label, value) of a card, left out when the value is empty. */
const fact = (label: string, value: unknown) =>
  value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : nothing;

/** Texts as a list (partners, links: themes and SDGs go through `textItems`); empty string when there are none. */
const list = (items: unknown[]) =>
  items.length ? html`<ul class="tags" role="list">${items.map((item) => html`<li>${item}</li>`)}</ul>` : '';

/**
 * The projects of a local authority as a grid of cards: title, status, dates,
 * places, themes, SDGs, money and partners, each card opening its
 * description, partners and links in place. Filters (theme, country, status,
 * free text), sorting and paging choose what to show.
 *
 * Cards are `<li>`s of a `<ul role="list">`, each an `<article>` named by its
 * heading. The status is text; its colour dot is only a second signal.
 * Everything derived from the feed (scope, presets, sort order, filter
 * options) is computed once per feed, attribute or language change; a filter
 * change is one linear pass; only `page-size` cards are rendered at a time,
 * so a 10,000-project feed renders its first page like a 12-project one.
 *
 * The result count is a polite live region, filled only once a reader
 * changes a filter, and for the search box once typing pauses. Presets (`themes`, `country`, `status`) restrict the feed;
 * the filter controls offer and choose among what remains.
 *
 * @tagname ancrage-project-cards
 * @summary A town's international solidarity projects as accessible, filterable cards.
 *
 * @fires {AncrageEvent<'ancrage-project-toggle'>} ancrage-project-toggle - A card's details opened or closed. `detail: { id, expanded }`.
 *
 * @cssproperty [--ancrage-cards-min-width=18em] - Narrowest card before the grid drops a column.
 * @cssproperty [--ancrage-loading-height=40em] - Height kept for the widget while its feed loads, so that the page's text below does not jump when it shows (`0` for none).
 * @cssproperty [--ancrage-cards-image-ratio=16 / 9] - Aspect ratio of card images and placeholders.
 *
 * @csspart card - Each project's `<article>`.
 * @csspart title - Each card's heading.
 * @csspart status - The status badge (text, with a colour dot).
 * @csspart image - The project image, or its placeholder when missing or broken.
 * @csspart filters - The filter `<form>` (with the `filters` attribute).
 * @csspart more - The "Show more" button.
 */
export class AncrageProjectCards extends AncrageElement<CardsMessages> {
  static override styles = [...AncrageElement.styles, styles];

  protected readonly messages = cardsMessages;

  static override properties: Declarations = {
    headingLevel: { converter: numeric, attribute: 'heading-level' },
    filters: { type: Boolean },
    themes: { hasChanged: byText, words: THEME_CODES, list: true },
    country: { hasChanged: byText, converter: trimmed },
    status: { hasChanged: byText, words: PROJECT_STATUSES, list: true },
    project: { converter: idAttribute },
    sort: { words: ['recent', 'title', 'budget'] },
    pageSize: { converter: numeric, attribute: 'page-size' },
    criteria: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    shown: { state: true, attribute: false },
  };

  /** Level of each card's heading, 1–6 (default 3; anything else falls back to 3). */
  headingLevel = 3;

  /** Shows the filter controls: theme, country, status (each when the projects give it a choice) and a text search. */
  filters = false;

  /** Preset: only projects with one of these theme codes (separated by spaces or commas, or an array), e.g. `water-sanitation`. */
  themes?: string | readonly string[];

  /** Preset: only projects in one of these countries (ISO 3166-1 alpha-2 codes, separated as `themes`). */
  country?: string | readonly string[];

  /** Preset: only projects with one of these statuses (separated as `themes`), e.g. `ongoing planned`. */
  status?: string | readonly string[];

  /** One project's id: shows that card alone, expanded, without filters (a project's own page). */
  project?: string;

  /**
   * `recent` (default: ongoing first, then newest start, undated last), `title` (the reader's collation),
   * or `budget` (largest total, else contribution, first; amounts compare as numbers, whatever the currency).
   * Ties go by title.
   */
  sort: ProjectSort = 'recent';

  /** Cards shown at first and added by each "Show more" (default 12; as an attribute, also for anything but a whole number from 1 in digits). */
  pageSize = 12;

  private criteria: Record<Criterion, string> = NO_CRITERIA;
  private shown = 0;
  /** Ids of expanded cards and of images that failed to load (mutated, then `requestUpdate`). */
  private expanded = new Set<string>();
  private brokenImages = new Set<string>();
  /** Where the focus was before an update. */
  private focused?: KeptFocus;
  /** The live region's text: the result count, once a reader changes a filter (not on first render). */
  private announcement?: string;
  /** A filter other than the search box changed: say the count at this update. */
  private announceNow = false;
  /** Index of the card to focus after "Show more". */
  private focusIndex = -1;

  // Set by `derive`, which runs before any render or `isEmpty`, and indexes at its first run.
  private entries!: Entry[];
  private results!: Entry[];
  private options!: Options;
  private partnersById!: Map<string, Partner>;
  private entriesLang = '';

  protected override isEmpty(): boolean {
    return !this.entries.length;
  }

  protected override emptyMessage(): string {
    return this.t.cards.empty;
  }

  protected override derive(feed: Feed, changed: PropertyValues<this>): void {
    const has = (...keys: string[]) => keys.some((key) => changed.has(key as keyof AncrageProjectCards));
    const { readerLang } = this;
    const reindex =
      this.entriesLang !== readerLang ||
      has('feedData', 'publisher', 'themes', 'country', 'status', 'project', 'sort', 'filters');
    if (has('feedData', 'project')) this.warnUnknown('project', this.project, feed.projects.map(({ id }) => id));
    if (has('feedData', 'country')) {
      // A country code is checked against the feed's: `country="Mali"`, or a country it has no project in.
      const countries = [...new Set(feed.projects.flatMap(({ places }) => places.map(({ country }) => country)))].sort();
      this.warnUnknown('country', this.country, countries, listWords(this.country, 'upper'));
    }
    // New data (a reload, the feed corrected, back online) tries every image again.
    if (has('feedData')) this.brokenImages.clear();
    if (reindex) {
      this.entriesLang = readerLang;
      this.partnersById = new Map(feed.partners.map((partner) => [partner.id, partner]));
      const sortKey = this.sortKey();
      this.entries = feed.projects
        .filter(this.presetFilter())
        .map((project) => ({ project, title: this.text(project.title), order: sortKey(project) }))
        .sort(this.comparator());
      if (this.filters) {
        const options = (this.options = this.collectOptions());
        // A reader's choice that the new scope or feed no longer offers is dropped: its select shows
        // "all", and so do the cards (in place: only a chosen value is written, never into `NO_CRITERIA`).
        const { criteria } = this;
        // Own keys: a page's old library may have added enumerable members to Object.prototype.
        for (const name of Object.keys(options) as Choice[]) {
          const chosen = criteria[name];
          if (chosen && !options[name].some(([value]) => value === chosen)) criteria[name] = '';
        }
      }
      // Another `project`, or none (a single-page app back on its list): the cards come back closed.
      if (has('project')) this.expanded.clear();
      // The project's card opens when `project` changes or a feed first shows: a reload or another
      // language keeps it as the reader left it.
      if (this.project && (has('project') || !this.shown)) this.expanded.add(this.project);
    }
    if (reindex || has('criteria', 'pageSize')) {
      this.results = this.filterEntries();
      // A new scope, sort, filter or page size starts again from the first page; a new
      // language or a reloaded feed keeps the reader's place.
      const restart = !this.shown || has('publisher', 'themes', 'country', 'status', 'project', 'sort', 'filters', 'criteria', 'pageSize');
      if (restart) this.shown = this.pageLength;
    }
    // A language change says the same count in the new language, then not again once typing pauses.
    if (this.announceNow) this.sayCount();
    else if (reindex && this.announcement) {
      const text = this.countText();
      if (text !== this.announcement) clearTimeout(this.typingTimer);
      this.announcement = text;
    }
    this.announceNow = false;
  }

  /** Says the result count in the live region, again if it is the same. */
  private sayCount(): void {
    // Written when said, a moment later: in the language of that moment.
    this.announce(this.countText(), this.announcement, (text) => (this.announcement = text && this.countText()));
  }

  private countText(): string {
    const count = this.results.length;
    return count ? formatCount(this.locale, this.t.cards.results, count) : this.t.cards.noMatch;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.focused = focusedItem(this.renderRoot as ShadowRoot);
    // No feed (another address loading, data taken away): the next one opens at its first page, its cards closed.
    if (!this.feedData) {
      this.shown = 0;
      this.expanded.clear();
    }
  }

  protected override updated(): void {
    // The focus goes with its project; after "Show more", to the first new card.
    refocus(this.renderRoot as ShadowRoot, this.focused);
    if (this.focusIndex < 0) return;
    this.renderRoot.querySelectorAll('article')[this.focusIndex]?.focus();
    this.focusIndex = -1;
  }

  protected override renderContent(): TemplateResult {
    const { results, shown } = this;
    return html`${this.filters && !this.project ? this.renderFilters() : nothing}${results.length
        ? html`<ul class="grid" role="list">${results.slice(0, shown).map((entry) => this.renderCard(entry))}</ul>`
        : nothing}${shown < results.length
        ? html`<button class="more" part="more" @click=${this.showMore}>${this.t.cards.showMore}</button>`
        : nothing}`;
  }

  /**
   * Scope, then `project` or else the presets, as one predicate built once per pass over the feed.
   * A project page shows its project whatever presets a copied snippet kept (`themes="…"`).
   */
  private presetFilter(): (project: Project) => boolean {
    const presets = matching(words(this.themes, 'lower'), words(this.country, 'upper'), words(this.status, 'lower'));
    return (p) => this.inScope(p) && (this.project ? p.id === this.project : presets(p));
  }

  /**
   * What the sort compares first, computed once per project rather than in each of the
   * 130,000 comparisons of 10,000 projects. `recent`: ongoing ("1") before the others, then
   * the newest start; an undated project's key is the shortest of its group, so it comes last.
   */
  private sortKey(): (project: Project) => Entry['order'] {
    if (this.sort === 'budget') return amount;
    if (this.sort === 'title') return () => undefined;
    return ({ status, start }) => (status === 'ongoing' ? '1' : '0') + (start ?? '');
  }

  /** Descending on the sort key, then the titles in the reader's collation. */
  private comparator(): (a: Entry, b: Entry) => number {
    const compare = compareText(this.locale);
    return (a, b) => descending(a.order, b.order) || compare(a.title, b.title);
  }

  /** The filter choices: the values present among the preset projects, labelled in the reader's language. */
  private collectOptions(): Options {
    const { t, locale } = this;
    const themes = new Set<ThemeCode>();
    const countries = new Set<string>();
    const statuses = new Set<ProjectStatus>();
    const authorities = new Set<string>();
    for (const { project } of this.entries) {
      project.themes.forEach((theme) => themes.add(theme));
      project.places.forEach((place) => countries.add(place.country));
      statuses.add(project.status);
      authorities.add(project.publisher);
    }
    const compare = compareText(locale);
    const sorted = <T extends string>(values: Set<T>, label: (value: T) => string) =>
      [...values]
        .map((value): [string, string] => [value, label(value)])
        .sort((a, b) => compare(a[1], b[1]));
    return {
      theme: sorted(themes, (theme) => t.themes[theme]),
      country: sorted(countries, (code) => formatCountry(locale, code)),
      // Statuses keep their life-cycle order, which reads better than the alphabet.
      status: PROJECT_STATUSES.filter((s) => statuses.has(s)).map((s) => [s, t.status[s]]),
      // Offered when the cards show several (a network's site): one is a town's own page.
      authority: authorities.size > 1 ? sorted(authorities, (publisher) => this.text(this.ownerOf({ publisher }))) : [],
    };
  }

  private filterEntries(): Entry[] {
    const { q, theme, country, status, authority } = this.filters && !this.project ? this.criteria : NO_CRITERIA;
    const terms = searchTerms(q);
    if (!terms.length && !theme && !country && !status && !authority) return this.entries;
    const chosen = matching(words(theme), words(country), words(status));
    return this.entries.filter(
      (entry) =>
        chosen(entry.project) &&
        (!authority || entry.project.publisher === authority) &&
        terms.every((term) => (entry.search ??= this.searchText(entry)).includes(term)),
    );
  }

  /** What a search looks through: the words a card shows that a reader may look for, folded. */
  private searchText({ title, project: p }: Entry): string {
    const places = p.places.map((place) => this.placeName(place));
    const partners = p.partners.map((link) => this.partnerName(link.ref));
    return fold([title, this.text(p.summary), ...places, ...partners, this.text(this.ownerOf(p))].join(' '));
  }

  private renderFilters() {
    const { t, criteria } = this;
    // A filter with nothing to choose (no project has a theme, a country) is not offered.
    const select = (name: Choice, label: string, all: string) =>
      !this.options[name].length
        ? nothing
        : html`<label
        >${label} <select name=${name}
          ><option value="">${all}</option
          >${this.options[name].map(
            ([value, text]) => html`<option value=${value} .selected=${criteria[name] === value}>${text}</option>`,
          )}</select
        ></label
      >`;
    // `><`: no whitespace between the grid's and the flex labels' items, where it shows nothing.
    return html`<form class="filters" part="filters" @submit=${prevent} @input=${this.onInput} @reset=${this.onReset}
      ><fieldset
        ><legend>${t.cards.filters}</legend
        ><label>${t.cards.search} <input type="search" name="q" .value=${criteria.q} /></label
        >${select('theme', t.cards.theme, t.cards.allThemes)}${select('country', t.cards.country, t.cards.allCountries)}${select(
          'status',
          t.cards.status,
          t.cards.allStatuses,
        )}${select('authority', t.cards.publisher, t.cards.allPublishers)}<button type="reset"
          >${t.cards.reset}</button
        ></fieldset
      ><p class="count" role="status">${this.announcement}</p></form
    >`;
  }

  /** A card's texts in the reader's language: dates, places, money, partners by role. */
  private cardTexts(p: Project): CardTexts {
    const { t, locale } = this;
    const { funding } = p;
    const money = (value?: number) => (funding && value !== undefined ? formatMoney(locale, value, funding.currency) : '');
    const contribution = money(funding?.contribution);
    const total = money(funding?.total);
    const amounts =
      contribution && total
        ? t.cards.contributionOfTotal(contribution, total)
        : contribution
          ? t.cards.contribution(contribution)
          : total && t.cards.total(total);
    const basis = funding?.basis && funding.basis !== 'general' ? t.bases[funding.basis] : '';
    const names = (role: PartnerRole): Names => {
      const named = p.partners.flatMap((link): Text[] => {
        const name = this.partnersById.get(link.ref)?.name;
        return link.role === role && this.text(name) ? [name!] : [];
      });
      return [formatList(locale, named.map((name) => this.text(name))), named.length == 1 ? this.langOf(named[0]) : nothing];
    };
    const dates =
      p.start && p.end
        ? formatDateRange(locale, p.start, p.end, t.dateRange)
        : p.start
          ? this.openStart(p.start, p.status)
          : p.end
            ? t.until(formatDate(locale, p.end), p.end.length > 7)
            : '';
    const summary = this.text(p.summary);
    // A network's feed: whose project it is, unless the widget shows one authority's only.
    const owner = this.ownerOf(p);
    const places = formatList(locale, p.places.map((place) => this.placeName(place)));
    const themes = p.themes.map((theme) => t.themes[theme]);
    const sdgs = p.sdgs.map((n) => t.sdg(n, t.sdgNames[n - 1]));
    const lead = names('lead');
    const local = names('local-partner');
    const hasDetails = !!(this.text(p.description).trim() || p.partners.length || p.links.length);
    const titleLang = this.langOf(p.title);
    const summaryLang = this.langOf(p.summary);
    const publisher = this.text(owner);
    return {
      titleLang,
      publisher,
      publisherLang: this.langOf(owner),
      dates,
      summary,
      summaryLang,
      places,
      themes,
      sdgs,
      amounts,
      basis,
      lead,
      local,
      hasFacts: !!(publisher || places || themes.length || sdgs.length || amounts || basis || lead[0] || local[0]),
      hasDetails,
    };
  }

  private renderCard(entry: Entry) {
    const { project: p, title } = entry;
    const { t } = this;
    const { id, image } = p;
    const open = this.expanded.has(id);
    const texts = (entry.texts ??= this.cardTexts(p));
    const { titleLang, publisher, publisherLang, dates, summary, summaryLang, places, themes, sdgs, amounts, basis, lead, local, hasFacts, hasDetails } = texts;
    // One template per card, its optional parts `hidden` rather than templates of their own, and
    // text set through `.textContent` (no marker): with hundreds of cards, each template clone counts.
    // `><` keeps the template's line breaks out of the DOM. The funding's basis is a `dd` of its own,
    // which a screen reader reads apart from the amounts.
    return html`<li
      ><article class="card" part="card" aria-labelledby="t-${id}" data-key=${id} tabindex="-1"
        >${heading(this.headingLevel, 'title', title, `t-${id}`, titleLang)}<p class="meta"
          ><span class="status ${p.status}" part="status" .textContent=${t.status[p.status]}></span
          ><span ?hidden=${!dates} .textContent=${dates}></span></p
        ><p ?hidden=${!summary} lang=${summaryLang} .textContent=${summary}></p
        ><dl class="facts" ?hidden=${!hasFacts}
          ><div ?hidden=${!publisher}
            ><dt .textContent=${publisher && t.cards.publisher}></dt><dd lang=${publisherLang} .textContent=${publisher}></dd></div
          ><div ?hidden=${!places}><dt .textContent=${t.cards.places}></dt><dd .textContent=${places}></dd></div
          ><div ?hidden=${!themes.length}
            ><dt .textContent=${t.cards.themes}></dt><dd><ul class="tags" role="list" ${textItems(themes)}></ul></dd></div
          ><div ?hidden=${!sdgs.length}
            ><dt .textContent=${t.cards.sdgs}></dt><dd><ul class="tags" role="list" ${textItems(sdgs)}></ul></dd></div
          ><div ?hidden=${!amounts && !basis}
            ><dt .textContent=${t.cards.funding}></dt
            ><dd ?hidden=${!amounts} .textContent=${amounts}></dd
            ><dd class="basis" ?hidden=${!basis} .textContent=${basis}></dd></div
          ><div ?hidden=${!lead[0]}><dt .textContent=${t.roles.lead}></dt><dd lang=${lead[1]} .textContent=${lead[0]}></dd></div
          ><div ?hidden=${!local[0]}><dt .textContent=${t.roles['local-partner']}></dt><dd lang=${local[1]} .textContent=${local[0]}></dd></div
        ></dl
        ><button
          class="toggle"
          ?hidden=${!hasDetails}
          aria-expanded=${open}
          aria-controls="d-${id}"
          @click=${() => void this.toggle(id)}
          >${t.cards.details} <span class="visually-hidden" lang=${titleLang} .textContent=${title}></span></button
        ><div class="details" id="d-${id}" ?hidden=${!(open && hasDetails)}>${open && hasDetails ? this.renderDetails(p) : nothing}</div
        ><div class="media"
          >${image && !this.brokenImages.has(id)
            ? html`${feedImage('image', image.src, this.text(image.alt), () => this.imageFailed(id), this.langOf(image.alt))}${image.credit
                ? html`<small class="credit"><span class="visually-hidden">${t.cards.credit} </span>${this.textSpan(image.credit)}</small>`
                : nothing}`
            : PLACEHOLDER}</div
        ></article
      ></li
    >`;
  }

  private renderDetails(p: Project) {
    const { t } = this;
    const lang = this.langOf(p.description);
    // A partner in two roles is named once, with both ("ADK (Chef de file et Financeur)"), as the partner list names it.
    const roles = new Map<string, string[]>();
    for (const { ref, role } of p.partners) roles.set(ref, [...(roles.get(ref) ?? []), t.roles[role]]);
    return html`${paragraphs(this.text(p.description)).map((paragraph) => html`<p lang=${lang}>${paragraph}</p>`)}
      <dl class="facts">${fact(
        t.cards.partners,
        list(
          [...roles].flatMap(([ref, names]) => {
            const partner = this.partnersById.get(ref);
            return partner ? [html`${this.textSpan(partner.name)} (${formatList(this.locale, names)})`] : [];
          }),
        ),
      )}${fact(
        t.cards.links,
        list(p.links.map((link) => html`<a href=${link.href} lang=${this.langOf(link.label)}>${this.text(link.label) || link.href}</a>`)),
      )}</dl>`;
  }

  /**
   * A start without an end: cancelled, perhaps before it began, whenever it was ("début :"),
   * planned or still to come ("à partir de"), under way ("depuis"), else gone by ("commencé
   * en"). A planned project has not started, whatever its date says.
   */
  private openStart(start: FeedDate, status: ProjectStatus): string {
    const { t } = this;
    const words =
      status === 'cancelled' ? t.start : status === 'planned' || isFuture(start) ? t.from : status === 'ongoing' ? t.since : t.started;
    return words(formatDate(this.locale, start), start.length > 7);
  }

  /** "Kayes, Région de Kayes (Mali)", or the country alone. */
  private placeName({ country, name, region }: Project['places'][number]): string {
    const local = [this.text(name), this.text(region)].filter(Boolean).join(', ');
    const land = formatCountry(this.locale, country);
    return local ? `${local} (${land})` : land;
  }

  private partnerName(ref: string): string {
    return this.text(this.partnersById.get(ref)?.name);
  }

  private onInput(event: Event): void {
    const { name, value } = event.target as HTMLInputElement;
    this.criteria = { ...this.criteria, [name]: value };
    if (name === 'q') this.whenTypingPauses(() => this.sayCount());
    else this.announceNow = true;
  }

  private onReset(): void {
    // The form resets its own controls; the criteria follow.
    this.criteria = NO_CRITERIA;
    this.announceNow = true;
  }

  private showMore(): void {
    this.focusIndex = this.shown;
    this.shown += this.pageLength;
  }

  private get pageLength(): number {
    return this.pageSize >= 1 ? Math.floor(this.pageSize) : 12;
  }

  /** Opens or closes a card's details; the event fires once the card shows it. */
  private async toggle(id: string): Promise<void> {
    const expanded = !this.expanded.has(id);
    this.expanded[expanded ? 'add' : 'delete'](id);
    this.requestUpdate();
    await this.updateComplete;
    // Clicked again before the card showed the first click: only what it shows is reported.
    if (this.expanded.has(id) === expanded) emit(this, 'ancrage-project-toggle', { id, expanded });
  }

  private imageFailed(id: string): void {
    this.brokenImages.add(id);
    this.requestUpdate();
  }
}

// Typed for `document.createElement` and `querySelector` wherever the class's types are imported;
// `./define.js` registers the tag.
declare global {
  interface HTMLElementTagNameMap {
    'ancrage-project-cards': AncrageProjectCards;
  }
}
