import { html, nothing, type PropertyValues } from 'lit';
import { AncrageElement, type Declarations } from '../../base/ancrage-element.js';
import { byText, idAttribute, numeric } from '../../base/converters.js';
import { partnersMessages, type PartnersMessages } from '../../i18n/index.js';
import { feedImage } from '../../base/feed-image.js';
import { heading } from '../../base/heading.js';
import { focusedItem, refocus, type KeptFocus } from '../../base/kept-focus.js';
import { paragraphs } from '../../feed/text.js';
import { PARTNER_KINDS, type Feed, type Image, type PartnerKind, type PartnerRole } from '../../feed/types.js';
import { compareText, fold, formatCount, formatCountry, formatList, formatNumber, searchTerms } from '../../i18n/format.js';
import { partnerListStyles } from './partner-list.styles.js';
import {
  destination,
  memo,
  parseKinds,
  preview,
  scopePartners,
  type ScopedPartner,
} from './partners.js';

/** A partner as this reader sees it: texts resolved in their language. */
interface Row extends ScopedPartner {
  name: string;
  place: string;
  /** Name, city, country and description, folded for search. */
  haystack: string;
}

type Group = [kind: PartnerKind | undefined, rows: Row[]];

/** Descriptions longer than this, or of several paragraphs, open on demand. */
const LONG = 240;
/** Projects shown per partner before "Show N more projects": a partner in 200 projects stays readable (and cheap). */
const FIRST_PROJECTS = 5;

/**
 * The organisations a local authority works with: associations, migrant-led
 * associations (OSIM), partner authorities abroad, agencies, networks, schools.
 *
 * Which partners: with `publisher`, those taking part in that publisher's
 * projects; without it, every partner in the feed, even those no project names
 * yet (a town lists its associations too). `project` narrows to one project.
 *
 * Partners are grouped by kind, local actors first (the order of
 * `PARTNER_KINDS`), each group under a heading with its count, and sorted by
 * name in the reader's collation. Each shows its name, kind (visually hidden
 * inside its kind's group), city and country, description (a preview when
 * long, with a disclosure button), a link to its website that says where it
 * leads, its logo (decorative beside the name; hidden if it fails to load),
 * and the projects it takes part in with its roles (the first five; a longer
 * list opens on demand, so a partner in 200 projects stays readable).
 *
 * Search matches name, city, country and description, ignoring case and
 * accents; the result count is announced politely once typing pauses.
 *
 * Headings: group headings at `heading-level`, partner names one level below
 * (at `heading-level` itself with `group="none"`).
 *
 * @tagname ancrage-partner-list
 * @summary The partners of a local authority's solidarity projects, grouped by kind.
 *
 * @csspart partner - One partner (a list item).
 * @csspart name - A partner's name (a heading; in `logos-only`, the text shown when a partner has no logo).
 * @csspart logo - A partner's logo.
 * @csspart group - One kind's group: its heading and its list.
 * @csspart heading - A group's heading.
 * @csspart search - The search field.
 *
 * @cssproperty [--ancrage-loading-height=35em] - Height kept for the widget while its feed loads, so that the page's text below does not jump when it shows (`0` for none).
 * @cssproperty [--ancrage-partner-logo-size=3em] - Height of the logos (`4em` in `logos-only`).
 */
export class AncragePartnerList extends AncrageElement<PartnersMessages> {
  static override styles = [...AncrageElement.styles, partnerListStyles];

  protected readonly messages = partnersMessages;

  static override properties: Declarations = {
    project: { converter: idAttribute },
    kind: { hasChanged: byText, words: PARTNER_KINDS, list: true },
    group: { words: ['kind', 'none'] },
    search: { type: Boolean },
    layout: { reflect: true, words: ['list', 'grid'] },
    headingLevel: { attribute: 'heading-level', converter: numeric },
    logosOnly: { attribute: 'logos-only', type: Boolean, reflect: true },
    query: { state: true, attribute: false },
    announced: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    projectsOpen: { state: true, attribute: false },
    failedLogos: { state: true, attribute: false },
  };

  /** A project id: only that project's partners, each with its role in it. */
  project?: string;

  /**
   * Partner kinds to show, separated by spaces or commas (`association osim`, in any case), or an
   * array: association, osim, collectivite, ngo, public, network, education, company, other.
   * Unknown kinds are ignored; none known shows all.
   */
  kind?: string | readonly string[];

  /** `kind` (default): grouped by kind. `none`: one list sorted by name. */
  group: 'kind' | 'none' = 'kind';

  /** Shows a search field filtering on name, city, country and description. */
  search = false;

  /** `list` (default): one partner per row. `grid`: cards in as many columns as fit. */
  layout: 'list' | 'grid' = 'list';

  /** Level of the group headings, 1 to 5 (default 3, also for anything else); partner names are one level below. */
  headingLevel = 3;

  /**
   * A wall of logos: each partner shown by its logo alone (alt text: the
   * logo's, else the partner's name), linked to its website; a partner
   * without a logo shows its name.
   */
  logosOnly = false;

  private query = '';
  /** Partners in scope, before the search. */
  private scopedCount = 0;
  private searchTimer?: ReturnType<typeof setTimeout>;
  /** How many partners the search found, announced (in the reader's current language) once typing pauses. */
  private announced?: number;
  /** Partner ids whose long description is open. */
  private expanded = new Set<string>();
  /** Partner ids whose long project list is open. */
  private projectsOpen = new Set<string>();
  /** Logo URLs that failed to load: not shown again. */
  private failedLogos = new Set<string>();

  /** Where the focus was before an update. */
  private focused?: KeptFocus;
  /** The partners in scope, by group. */
  private groups: Group[] = [];
  /** Those the search finds; `undefined` without a search: all. */
  private hits?: Set<Row>;
  private found = 0;
  private readonly scoped = memo<ScopedPartner[]>();
  private readonly rows = memo<Row[]>();
  private readonly view = memo<Group[]>();
  private readonly matching = memo<Set<Row> | undefined>();

  protected override isEmpty(feed: Feed): boolean {
    return !this.scope(feed).length;
  }

  protected override emptyMessage(): string {
    return this.t.partners.empty;
  }

  protected override derive(feed: Feed, changed: PropertyValues): void {
    if (changed.has('feedData') || changed.has('project')) this.warnUnknown('project', this.project, feed.projects.map(({ id }) => id));
    // New data (a reload, the feed corrected, back online) tries every logo again.
    if (changed.has('feedData')) this.failedLogos.clear();
    const scoped = this.scope(feed);
    const compare = compareText(this.locale);
    const rows = this.rows([scoped, this.readerLang], () =>
      scoped
        .map((item) => {
          const { city, country, description } = item.partner;
          const name = this.text(item.partner.name);
          const place = [this.text(city), country && formatCountry(this.locale, country)].filter(Boolean).join(', ');
          return { ...item, name, place, haystack: fold(`${name} ${place} ${this.text(description)}`) };
        })
        .sort((a, b) => compare(a.name, b.name)),
    );
    this.scopedCount = rows.length;
    // Every partner in scope stays in the page, those the search leaves out hidden: a search
    // then changes one attribute per partner, where rebuilding the list took a second on a cheap
    // phone for 500 partners (and held up the next key).
    this.groups = this.view([rows, this.group], () =>
      this.group === 'none'
        ? [[undefined, rows]]
        : PARTNER_KINDS.map((kind): Group => [kind, rows.filter((row) => row.partner.kind === kind)]).filter(([, list]) => list.length),
    );
    const words = searchTerms(this.search ? this.query : '');
    this.hits = this.matching([rows, words.join(' ')], () =>
      words.length ? new Set(rows.filter((row) => words.every((word) => row.haystack.includes(word)))) : undefined,
    );
    this.found = this.hits?.size ?? rows.length;
    // A count already said follows the partners that change under it (another kind, a reload);
    // while the reader types, it waits for the pause. Said now, it is not said again at the pause.
    // Not while a search waits to apply (over 300 partners): its count is said at the pause.
    if (this.announced !== undefined && !changed.has('query') && !this.searchTimer && this.announced !== this.found) {
      clearTimeout(this.typingTimer);
      this.announced = this.found;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.focused = focusedItem(this.renderRoot as ShadowRoot);
  }

  /** The focus goes with its partner: rows keep their place and take another partner's content. */
  protected override updated(): void {
    refocus(this.renderRoot as ShadowRoot, this.focused);
  }

  protected override renderContent(): unknown {
    const { t, headingLevel } = this;
    // A framework may set the property as text ('4'), as the cards take it.
    const asked = Number(headingLevel);
    const level = Number.isInteger(asked) && asked >= 1 && asked <= 5 ? asked : 3;
    return html`${this.search
        ? html`<div class="search">
              <label for="search">${t.partners.search}</label>
              <input
                id="search"
                part="search"
                type="search"
                autocomplete="off"
                .value=${this.query}
                @input=${this.onInput}
                @keydown=${this.onKeydown}
              />
            </div>
            <p class="found" role="status">${this.announced === undefined ? '' : this.announced ? this.count(this.announced) : t.partners.noMatch}</p>`
        : nothing}
      ${this.groups.map(([kind, rows]) => {
        const found = this.hits ? rows.filter((row) => this.hits!.has(row)).length : rows.length;
        const title = kind && t.partnerKindGroups[kind];
        return kind
          ? html`<div part="group" class="group" ?hidden=${!found}>
              ${heading(
                level,
                'heading',
                // Heard "Associations, 3 partenaires": brackets after a name ending "(OSIM)" would be two sets.
                // Said whole by the hidden text: a hidden part after the name read "Associations , 3" (Chromium).
                html`<span aria-hidden="true">${title} <span class="count">${formatNumber(this.locale, found)}</span></span
                  ><span class="visually-hidden">${title}, ${this.count(found)}</span>`,
              )}
              ${this.renderList(rows, level + 1)}
            </div>`
          : this.renderList(rows, level);
      })}`;
  }

  private scope(feed: Feed): ScopedPartner[] {
    const { publisher, project, kind } = this;
    return this.scoped([feed, publisher, project, kind], () =>
      scopePartners(
        feed.partners,
        feed.projects.filter((item) => this.inScope(item) && (!project || item.id === project)),
        !publisher && !project,
        parseKinds(kind),
      ),
    );
  }

  private count(n: number): string {
    return formatCount(this.locale, this.t.partners.results, n);
  }

  private renderList(rows: Row[], level: number) {
    return html`<ul role="list" class="partners">
      ${rows.map(
        (row) =>
          // Focusable, for the focus to land on when the partner whose control had it is gone (`refocus`).
          html`<li
            part="partner"
            class="partner"
            data-key=${row.partner.id}
            tabindex="-1"
            aria-labelledby=${this.logosOnly ? nothing : `n-${row.partner.id}`}
            ?hidden=${this.hits && !this.hits.has(row)}
          >
            ${this.logosOnly ? this.renderLogo(row) : this.renderPartner(row, level)}
          </li>`,
      )}
    </ul>`;
  }

  private renderLogo({ partner, name }: Row) {
    const { logo, website } = partner;
    const nameLang = this.langOf(partner.name);
    const alt = logo && this.text(logo.alt);
    // A decorative logo (alt "") stands alone here: the partner's name describes it.
    const content =
      this.image(logo, alt || name, alt ? this.langOf(logo.alt) : nameLang) ??
      html`<span part="name" lang=${nameLang}>${name}</span>`;
    return website ? html`<a href=${website}>${content}<span class="visually-hidden"> (${destination(website)})</span></a>` : content;
  }

  private renderPartner({ partner, name, place, links }: Row, level: number) {
    const { t } = this;
    const { id, kind, website } = partner;
    const roles = (list: PartnerRole[]) => formatList(this.locale, list.map((role) => t.roles[role]));
    const text = paragraphs(this.text(partner.description));
    const textLang = this.langOf(partner.description);
    const nameLang = this.langOf(partner.name);
    const long = text.length > 1 || text.join('').length > LONG;
    const open = this.expanded.has(id);
    // A list one longer than the first ones is shown whole: a button for one project saves nothing.
    const hidden = links.length > FIRST_PROJECTS + 1 ? links.length - FIRST_PROJECTS : 0;
    const allProjects = !hidden || this.projectsOpen.has(id);
    return html`${this.image(partner.logo, '') ?? nothing}
      <div class="body">
        ${heading(level, 'name', name, `n-${id}`, nameLang)}
        <p class=${this.group === 'none' ? 'kind' : 'visually-hidden'}>${t.partnerKinds[kind]}</p>
        ${place ? html`<p class="place">${place}</p>` : nothing}
        ${this.project && links[0] ? html`<p class="role">${roles(links[0].roles)}</p>` : nothing}
        ${(long && !open ? [preview(text[0], LONG)] : text).map(
          (paragraph, i) => html`<p lang=${textLang} tabindex=${long && open && !i ? -1 : nothing}>${paragraph}</p>`,
        )}
        ${long
          ? html`<button type="button" class="more" aria-expanded=${open} @click=${(e: Event) => this.toggle('expanded', id, e, 'p[tabindex]')}>
              ${open ? t.partners.less : t.partners.more}<span class="visually-hidden" lang=${nameLang}> (${name})</span>
            </button>`
          : nothing}
        ${website ? html`<p><a href=${website}>${this.linkText(website, name)}</a></p>` : nothing}
        ${!this.project && links.length
          ? html`<p class="label">${t.partners.projects}</p>
              <ul class="projects">
                ${(allProjects ? links : links.slice(0, FIRST_PROJECTS)).map(
                  (link, i) => {
                    // A network's feed: two towns may each have a project of that name with this partner.
                    const owner = this.ownerOf(link.project);
                    return html`<li tabindex=${hidden && i === FIRST_PROJECTS ? -1 : nothing}
                      >${this.textSpan(link.project.title)}${owner ? html` (${this.textSpan(owner)})` : nothing}
                      <span class="role">— ${roles(link.roles)}</span></li
                    >`;
                  },
                )}
              </ul>
              ${hidden
                ? html`<button type="button" class="more" aria-expanded=${allProjects} @click=${(e: Event) => this.toggle('projectsOpen', id, e, 'li[tabindex]')}>
                    ${allProjects ? t.partners.fewerProjects : t.partners.moreProjects(formatNumber(this.locale, hidden))}<span
                      class="visually-hidden"
                      lang=${nameLang}
                    > (${name})</span>
                  </button>`
                : nothing}`
          : nothing}
      </div>`;
  }

  /** Says where the link leads: "Site web : X (exemple.org)", "Contact : X (contact@exemple.org)". */
  private linkText(website: string, name: string): string {
    const { partners } = this.t;
    return `${(/^https?:/.test(website) ? partners.website : partners.contact)(name)} (${destination(website)})`;
  }

  /** The logo, unless there is none or it failed to load. */
  private image(logo: Image | undefined, alt: string, lang: string | typeof nothing = nothing) {
    return logo && !this.failedLogos.has(logo.src)
      ? feedImage('logo', logo.src, alt, () => (this.failedLogos = new Set(this.failedLogos).add(logo.src)), lang)
      : undefined;
  }

  /**
   * Opens or closes a partner's full description or project list. What opens comes before its
   * button: the reader is taken to its start (`revealed`, in the partner), as "show more" cards do.
   */
  private async toggle(which: 'expanded' | 'projectsOpen', id: string, event: Event, revealed: string): Promise<void> {
    const ids = new Set(this[which]);
    const opened = !ids.delete(id);
    if (opened) ids.add(id);
    this[which] = ids;
    const partner = (event.currentTarget as Element).closest('.body');
    if (!opened || !partner) return;
    await this.updateComplete;
    // A mouse click keeps the page where it is; the keyboard's reader is scrolled to the start.
    partner.querySelector<HTMLElement>(revealed)?.focus({ preventScroll: (event as MouseEvent).detail > 0 });
  }

  private onInput(event: Event): void {
    const query = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    // Hundreds of partners take a tenth of a second or more to lay out again, all of them (no
    // content-visibility, which hid those off screen from screen readers): searched once typing
    // pauses, not at each key, which the list would hold up.
    // Not cleared when the widget leaves the page: one moved by a framework keeps what its field shows.
    if (this.scopedCount > 300) this.searchTimer = setTimeout(() => ((this.searchTimer = undefined), (this.query = query)), 200);
    else this.query = query;
    this.whenTypingPauses(() => this.announce(this.found, this.announced, (found) => (this.announced = found)));
  }

  /**
   * Tab out of the field before a waiting search applies: applied now, so that the focus lands on
   * a partner it finds, not on one it then hides (the focus fell to the page).
   */
  private onKeydown({ key, target }: KeyboardEvent): void {
    if (key != 'Tab') return;
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
    this.query = (target as HTMLInputElement).value;
    // Now, before the browser moves the focus (nothing waits: no update when the query is the same).
    this.performUpdate();
  }
}

// Typed for `document.createElement` and `querySelector` wherever the class's types are imported;
// `./define.js` registers the tag.
declare global {
  interface HTMLElementTagNameMap {
    'ancrage-partner-list': AncragePartnerList;
  }
}
