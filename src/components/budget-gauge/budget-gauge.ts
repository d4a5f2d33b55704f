import { html, nothing, svg, type TemplateResult } from 'lit';
import { AncrageElement, type Declarations } from '../../base/ancrage-element.js';
import { emit } from '../../base/events.js';
import { gaugeMessages, type GaugeMessages } from '../../i18n/index.js';
import { unwrapped } from '../../feed/text.js';
import { CAPPED_BASES, type Budget, type Feed } from '../../feed/types.js';
import { formatList, formatMoney, formatPercent, pluralForm, roundMoney, type CountForms } from '../../i18n/format.js';
import { gaugeStyles } from './budget-gauge.styles.js';
import {
  askedYear,
  gaugeView,
  lineRows,
  percentDigits,
  pickBudget,
  type BudgetPick,
  type GaugeBasis,
  type GaugeView,
  type LineRow,
  type Measure,
} from './budget-math.js';

export type GaugeVariant = 'arc' | 'bar';

const GAUGE_BASES: readonly string[] = ['general', ...CAPPED_BASES];

/** One path per variant, measured with `pathLength="100"`: the fill is a dash as long as the percentage. */
const SHAPES: Record<GaugeVariant, { box: string; d: string }> = {
  arc: { box: '0 0 120 64', d: 'M10 60A50 50 0 0 1 110 60' },
  bar: { box: '0 0 100 14', d: 'M0 7H100' },
};

/**
 * A publisher's international solidarity budget for one year: the amount
 * committed (or spent) against the envelope voted, or, for one 1 % mechanism,
 * against its legal ceiling (`base × rate` of that service's budget, never of
 * the general budget). Drawn as an SVG arc or bar inside a `role="meter"`, and
 * said in a visible sentence that is also the meter's `aria-valuetext`.
 *
 * Which budget: the `publisher` attribute, else the first publisher (in feed
 * order) that has budgets; the `year` attribute, else that publisher's latest.
 *
 * Going over the envelope or the ceiling is never clamped: the scale stretches
 * to the amount, a notch marks the limit, the part past it is drawn thinner
 * and the sentence states the overrun. `aria-valuemax` is then the amount
 * itself (ARIA wants `aria-valuenow` within range); the valuetext carries the
 * overrun. Without a measured amount, or with a reference of 0, there is no
 * meter: the amounts are listed instead.
 *
 * `breakdown` adds a table of every line (share = the line's allocation over
 * the envelope). `years` adds a native `<select>` of the publisher's years
 * (when there are two or more): it sets the `year` property, keeps focus and
 * the new figures are said in a polite live region.
 *
 * Percentages: one fraction digit (`33,3 %`), two below 1 % (`0,24 %`).
 *
 * @fires {AncrageEvent<'ancrage-year-change'>} ancrage-year-change - The reader chose another year in the year switcher, now shown. `detail: { year }`.
 *
 * @tagname ancrage-budget-gauge
 * @summary The solidarity budget as a gauge and a sentence, by legal basis.
 *
 * @csspart caption - What is measured, the year and the publisher; the meter's name.
 * @csspart gauge - The `role="meter"` element wrapping the drawing and the value.
 * @csspart track - The SVG path of the empty scale.
 * @csspart fill - The SVG path of the measured amount.
 * @csspart overrun - The SVG path of the amount past the limit (over 100 % only).
 * @csspart notch - The SVG mark of the limit (over 100 % only).
 * @csspart value - The percentage, in large type.
 * @csspart amounts - Without a gauge (nothing measured, or a reference of 0), the amounts listed in its place.
 * @csspart sentence - Each sentence: the amounts and the overrun, if any; each line over its own ceiling; the share of the authority's budget.
 * @csspart breakdown - The scrollable wrapper of the breakdown table.
 *
 * @cssproperty [--ancrage-gauge-size=18em] - Largest width of the arc.
 * @cssproperty [--ancrage-loading-height=18em] - Height kept for the widget while its feed loads, so that the page's text below does not jump when it shows (`0` for none).
 * @cssproperty --ancrage-gauge-overrun - Colour of the part past the limit, and of the limit's notch (default: the text colour).
 */
export class AncrageBudgetGauge extends AncrageElement<GaugeMessages> {
  static override styles = [...AncrageElement.styles, gaugeStyles];

  protected readonly messages = gaugeMessages;

  static override properties: Declarations = {
    year: {},
    variant: { reflect: true, words: ['arc', 'bar'] },
    measure: { words: ['committed', 'spent'] },
    basis: { words: GAUGE_BASES },
    breakdown: { type: Boolean },
    years: { type: Boolean },
    yearChanged: { state: true, attribute: false },
  };

  /**
   * The budget year (1000 to 9999, as a number or its four digits); defaults to the publisher's
   * latest, as does anything else (`year=""`, 0; other text is told in the console). The year
   * switcher sets this property (the attribute keeps the page's initial choice).
   */
  year?: number | string;

  /** `arc` (a semicircle, default) or `bar`. */
  variant: GaugeVariant = 'arc';

  /** `committed` (default) or `spent`: the amount measured. */
  measure: Measure = 'committed';

  /**
   * `water`, `energy`, `waste` or `mobility`: that 1 % mechanism's lines
   * against their ceiling, `base × rate` (against their allocation when a line has no
   * `base`). `general`: the general-budget lines against their allocation (a
   * budget without lines counts as general budget). Unset or unknown: the
   * whole envelope.
   */
  basis?: GaugeBasis;

  /** Adds a table of the budget's lines: label, allocated, measured, share of the envelope, ceiling. */
  breakdown = false;

  /** Adds a year switcher when the publisher has budgets for several years. */
  years = false;

  /** After the year switcher changed: the live region then says the new figures. */
  private yearChanged = false;

  private pick?: BudgetPick;
  private view?: GaugeView;
  private rows: LineRow[] = [];
  /**
   * Without the breakdown, the 1 % lines past their own ceiling where the gauge does not say it:
   * it shows the whole envelope, sums several lines, or shows the spent amounts.
   */
  private linesOver: LineRow[] = [];
  /** Watches the breakdown's table: its scroller is a keyboard stop only while the table is wider than it. */
  private overflowObserver?: ResizeObserver;

  protected override derive(feed: Feed): void {
    // `year=""` or 0 is no year, so the latest is shown, as without the attribute; "2O24" or
    // "2024-2025" too, and the page's developer is told.
    const year = askedYear(this.year);
    this.pick = pickBudget(feed, this.publisher || undefined, year);
    if (year === undefined && +unwrapped(String(this.year ?? '')) !== 0) this.warnUnknown('year', this.year, this.pick.years.map(String));
    const { budget } = this.pick;
    // A network's feed: the gauge shows one authority, the first with budgets, unless told which.
    const authorities = this.publisher ? 1 : new Set(feed.budgets.map((b) => b.publisher)).size;
    if (authorities > 1) this.tell(`<${this.localName}> shows ${this.pick.publisher}'s budget, of ${authorities} authorities with budgets in the feed: choose one with publisher`);
    const basis = this.shownBasis;
    const rows = budget ? lineRows(budget, this.shownMeasure) : [];
    this.view = budget && gaugeView(budget, this.shownMeasure, basis);
    this.rows = this.breakdown ? rows : [];
    // One line's overrun can hide in the envelope, in the sum of several, and a committed one behind
    // the spent amounts shown (feed-v1: a line whose committed amount passes its ceiling is flagged).
    const shown = basis ? rows.filter((row) => row.line.basis === basis) : rows;
    this.linesOver = this.breakdown ? [] : shown.filter((row) => row.excess && (!basis || shown.length > 1 || row.committedOver));
  }

  protected override isEmpty(): boolean {
    return !this.pick?.budget;
  }

  /** A year asked for without a budget, other years to choose: the switcher stays, beside the empty state's message. */
  protected override rendersWhenEmpty(): boolean {
    return (this.yearsToChoose()?.length ?? 0) > 1;
  }

  /** With `years`, the publisher's budget years, the one asked for among them even without a budget (so the reader can leave it). */
  private yearsToChoose(): number[] | undefined {
    const { years = [], year } = this.pick ?? {};
    if (!this.years || !years.length || year === undefined) return undefined;
    return years.includes(year) ? years : [...years, year].sort((a, b) => b - a);
  }

  protected override emptyMessage(): string {
    const { year, publisher } = this.pick ?? {};
    // A network's feed: whose budget is missing, not a network without any.
    const { publishers } = this.feedData!;
    const name = publishers.length > 1 ? this.text(publishers.find(({ id }) => id === publisher)?.name) : '';
    return year === undefined ? this.t.gauge.noBudget(name) : this.t.gauge.empty(String(year));
  }

  private get shownMeasure(): Measure {
    return this.measure === 'spent' ? 'spent' : 'committed';
  }

  private get shownBasis(): GaugeBasis | undefined {
    return GAUGE_BASES.includes(this.basis as string) ? this.basis : undefined;
  }

  private money(amount: number): string {
    return formatMoney(this.locale, amount, this.pick!.budget!.currency);
  }

  private percent(ratio: number): string {
    return formatPercent(this.locale, ratio, percentDigits(ratio));
  }

  protected override renderContent(feed: Feed) {
    const { pick } = this;
    const choice = this.yearsToChoose();
    // One template whatever the year shows, so that the switcher and the live region stay the same
    // elements: rebuilt, the switcher would drop the keyboard focus on the page's body. A year
    // without a budget is the empty state, whose own live region says so.
    const [shown, said] = pick?.budget ? this.renderBudget(feed, pick.budget) : [nothing, ''];
    return html`${choice && choice.length > 1 ? this.renderYears(choice, pick!.year!) : nothing}${shown}
      <p class="visually-hidden" role="status">${this.yearChanged ? said : ''}</p>`;
  }

  /** The budget's gauge, sentences and breakdown, and what the live region says after a year change. */
  private renderBudget(feed: Feed, budget: Budget): [TemplateResult, unknown] {
    const { t, view } = this;
    const year = String(budget.year);
    const basis = this.shownBasis;
    const publisher = feed.publishers.find((p) => p.id === budget.publisher);
    const label = basis ? '' : this.text(budget.label);
    const title = label || (basis ? t.bases[basis] : t.gauge.title);
    // The feed's words carry their own language; a feed's label often names the year already.
    const caption = html`${label ? this.textSpan(budget.label) : title}${title.includes(year) ? nothing : ` — ${year}`}${publisher
      ? html` — ${this.textSpan(publisher.name)}`
      : nothing}`;
    const [sentence, overrun] = view ? this.sentences(view) : [t.gauge.noLine(t.bases[basis!], year)];
    const said = overrun ? `${sentence} — ${overrun}` : sentence;
    // Against 0 € no meter says the amounts: the live region says them before the sentence.
    const amounts = view?.ratio === undefined && view ? this.amounts(view) : [];
    // A feed's label isolated (U+2068…U+2069): an Arabic one took the percentage after it into its right-to-left run.
    const lineLabel = (row: LineRow) => this.text(row.line.label).replace(/.+/s, '\u2068$&\u2069') || t.bases[row.line.basis];
    const byLine = this.linesOver.length
      ? t.gauge.linesOver(formatList(this.locale, this.linesOver.map((row) => `${lineLabel(row)} — ${this.lineOver(row)}`)))
      : '';
    // A line over its own ceiling is heard with the gauge: the sum of several, within theirs, would hide it.
    const spoken = [said, byLine].filter(Boolean).join('. ');

    const shown = html`<div class="gauge ${this.variant === 'bar' ? 'bar' : 'arc'}">
        <p id="caption" class="caption" part="caption">${caption}</p>
        ${amounts.length
          ? html`<dl class="amounts" part="amounts">${amounts.map(([term, value]) => html` <dt>${term}</dt> <dd>${value}</dd>`)}</dl>`
          : view
            ? this.renderMeter(view, spoken)
            : nothing}
        ${sentence
          ? html`<p class="sentence" part="sentence">${sentence}${overrun ? html` — <strong>${overrun}</strong>` : nothing}</p>`
          : nothing}
        ${byLine ? html`<p class="lines-over" part="sentence">${byLine}</p>` : nothing}
        ${view?.share === undefined ? nothing : html`<p class="share" part="sentence">${t.gauge.shareOfTotal(this.percent(view.share))}</p>`}
      </div>
      ${this.rows.length ? this.renderBreakdown() : nothing}`;
    return [shown, html`${caption}. ${amounts.map((pair) => `${pair.join(' ')}. `)}${spoken}`];
  }

  protected override updated(): void {
    this.overflowObserver?.disconnect();
    const table = this.renderRoot.querySelector('table');
    // A Tab stop where the table fits (a wide screen) would scroll nothing: the arrow keys need it on a phone only.
    // The table, as wide as its scroller or wider, changes width whenever it comes to fit or stops fitting.
    if (table)
      (this.overflowObserver ??= new ResizeObserver(([{ target }]) => {
        const box = target.parentElement!;
        box.scrollWidth > box.clientWidth ? box.setAttribute('tabindex', '0') : box.removeAttribute('tabindex');
      })).observe(table);
  }

  /** The sentence, and the overrun statement when the amount passes its reference. */
  private sentences(view: GaugeView): [string, string?] {
    const { gauge } = this.t;
    const measure = this.shownMeasure;
    const { value, reference, ratio } = view;
    if (value === undefined) return [gauge.missing[measure]];
    const excess = view.excess && this.beyond(view.excess, ratio);
    const over = !excess ? '' : view.against === 'ceiling' ? gauge.overCeiling(excess) : gauge.overAllocated(excess, view.against === 'envelope');
    // Against 0 there is no ratio: the amounts are shown as they are, and the overrun said on its own, as a sentence.
    if (ratio === undefined || reference === undefined) return [over && over[0].toUpperCase() + over.slice(1)];
    // Over the limit, the overrun says the percentage.
    const percent = over ? '' : this.percent(ratio);
    const [amount, limit, verb] = [this.money(value), this.money(reference), this.agreeing(gauge.verb[measure], value)];
    const sentence =
      view.against === 'ceiling'
        ? gauge.ofCeiling(
            amount,
            verb,
            limit,
            view.base === undefined || view.rate === undefined
              ? ''
              : gauge.ceilingRule(this.percent(view.rate), this.money(view.base), this.shownBasis === 'mobility'),
            percent,
          )
        : gauge.ofAllocated(amount, verb, limit, this.agreeing(gauge.voted, reference), percent);
    return over ? [sentence, over] : [sentence];
  }

  private renderMeter(view: GaugeView, said: string) {
    // As shown: 1e-7 € is 0 €, and no exponent in `aria-valuenow`.
    const [value, reference] = [view.value!, view.reference!].map((amount) => roundMoney(amount, this.pick!.budget!.currency));
    const ratio = view.ratio!;
    const bar = this.variant === 'bar';
    const { box, d } = SHAPES[bar ? 'bar' : 'arc'];
    // Over 100 %, the scale stretches to the amount: the limit sits at `limit` % of the path.
    const limit = 100 / Math.max(ratio, 1);
    const path = (name: string, dash?: string) =>
      svg`<path class=${name} part=${name} d=${d} pathLength="100" stroke-dasharray=${dash ?? nothing}></path>`;
    return html`<div class="meter" part="gauge" role="meter" aria-labelledby="caption" aria-valuemin="0"
      aria-valuemax=${Math.max(reference, value)} aria-valuenow=${value} aria-valuetext=${said}>
      <svg viewBox=${box} aria-hidden="true" preserveAspectRatio=${bar ? 'none' : nothing}>
        ${path('track')}${path('fill', `${Math.min(ratio, 1) * limit} 200`)}
        ${view.excess ? [path('overrun', `0 ${limit} 200`), path('notch', `0 ${limit - 0.6} 1.2 200`)] : nothing}
      </svg>
      <span class="value" part="value">${this.percent(ratio)}</span>
    </div>`;
  }

  /** No meter (nothing measured, or a reference of 0): the amounts as they are, the reference and the measured one when given. */
  private amounts(view: GaugeView): Array<[string, string]> {
    const { gauge } = this.t;
    const pairs: Array<[string, string]> = [
      [view.against === 'ceiling' ? gauge.ceiling : gauge.allocated, view.reference === undefined ? gauge.notReported : this.money(view.reference)],
    ];
    if (view.value !== undefined) pairs.push([gauge[this.shownMeasure], this.money(view.value)]);
    return pairs;
  }

  private renderYears(years: number[], year: number) {
    return html`<p class="years">
      <label for="year">${this.t.gauge.year}</label>
      <select id="year" @change=${this.onYearChange}>
        ${years.map((y) => html`<option .selected=${y === year}>${y}</option>`)}
      </select>
    </p>`;
  }

  private async onYearChange(event: Event): Promise<void> {
    const year = (this.year = Number((event.target as HTMLSelectElement).value));
    this.yearChanged = true;
    // Said once the gauge shows that year, as the feed events are: an application keeps its URL or heading in step.
    await this.updateComplete;
    // Not for a year another change replaced meanwhile, nor from a widget taken out of the page.
    if (this.year === year && this.isConnected) emit(this, 'ancrage-year-change', { year });
  }

  /** How far past its limit an amount goes: the percentage and the amount, or the amount alone against 0 €. */
  private beyond(excess: number, ratio: number | undefined, verb?: string): string {
    const amount = verb ? `${this.money(excess)} ${verb}` : this.money(excess);
    return ratio === undefined ? amount : this.t.gauge.beyond(this.percent(ratio), amount);
  }

  /** How far a line goes past its ceiling; beside the spent amounts, said to be the committed one's ("… (15 000 € engagés au-delà)"). */
  private lineOver({ excess, overRatio, committedOver }: Pick<LineRow, 'excess' | 'overRatio' | 'committedOver'>): string {
    return this.beyond(excess!, overRatio, committedOver ? this.agreeing(this.t.gauge.verb.committed, excess!) : undefined);
  }

  /** The word after an amount of the budget ("engagés", "voté"), agreeing with it as it is shown. */
  private agreeing(forms: CountForms, amount: number): string {
    return pluralForm(this.locale, forms, amount, this.pick!.budget!.currency);
  }

  private renderBreakdown() {
    const { gauge, bases } = this.t;
    const measure = this.shownMeasure;
    // An em dash for the eye, words for a screen reader.
    const none = (words: string) =>
      html`<span aria-hidden="true">—</span><span class="visually-hidden">${words}</span>`;
    const amount = (value: number | undefined) => (value === undefined ? none(gauge.notReported) : this.money(value));
    // Named by the table, the gauge and the measure: two gauges of one budget, committed and spent, are two regions.
    // Its title outside the scroller, not a <caption>: that is as wide as the table, and scrolled out of sight on a phone.
    return html`<p id="breakdown" class="table-title">${gauge.breakdown}</p>
      <div class="scroll" part="breakdown" role="region" aria-labelledby="breakdown caption measure">
      <table aria-labelledby="breakdown">
        <thead>
          <tr>
            ${[gauge.line, gauge.allocated, gauge[measure], gauge.share, gauge.ceiling].map(
              (heading, i) => html`<th scope="col" id=${i == 2 ? 'measure' : nothing}>${heading}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${this.rows.map(
            ({ line, value, share, ceiling, ...over }) => html`<tr>
              <th scope="row">
                ${line.label
                  ? html`${this.textSpan(line.label)}<span class="sep">,</span>
                      <span class="basis">${bases[line.basis]}</span>`
                  : bases[line.basis]}
              </th>
              <td>${amount(line.allocated)}</td>
              <td>${amount(value)}</td>
              <td>${share === undefined ? none(gauge.noShare) : this.percent(share)}</td>
              <td>
                ${ceiling !== undefined
                  ? this.money(ceiling)
                  : none((CAPPED_BASES as readonly string[]).includes(line.basis) ? gauge.notReported : gauge.notApplicable)}
                ${over.excess ? html`<strong class="over">${gauge.overCeiling(this.lineOver(over))}</strong>` : nothing}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

// Typed for `document.createElement` and `querySelector` wherever the class's types are imported;
// `./define.js` registers the tag.
declare global {
  interface HTMLElementTagNameMap {
    'ancrage-budget-gauge': AncrageBudgetGauge;
  }
}
