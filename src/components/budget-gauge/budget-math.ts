/**
 * The budget gauge's numbers, with no DOM: which budget to show, what is
 * measured against what, and whether it goes over. The component only formats
 * and draws what these functions return.
 */
import { ceiling, excess } from '../../feed/ceiling.js';
import { unwrapped } from '../../feed/text.js';
import type { Budget, BudgetLine, CappedBasis, Feed } from '../../feed/types.js';
import { roundMoney } from '../../i18n/format.js';

export type Measure = 'committed' | 'spent';
/** The bases a gauge can show on its own: the general budget and the four 1 % mechanisms. */
export type GaugeBasis = 'general' | CappedBasis;

export interface BudgetPick {
  /** The publisher shown (its id), if the feed has any. */
  publisher?: string;
  /** That publisher's budget years, latest first. */
  years: number[];
  /** The year shown: the one asked for, else the latest; undefined when the publisher has no budget. */
  year?: number;
  budget?: Budget;
}

/**
 * The year a `year` attribute or property asks for: four digits, as a number or its text (a
 * framework may set it so, a CMS quote it); anything else is no year. `Number()` took "0x7e6" for 2022.
 */
export function askedYear(value: unknown): number | undefined {
  const text = unwrapped(String(value ?? ''));
  return /^[1-9]\d{3}$/.test(text) ? +text : undefined;
}

/**
 * The publisher and year to show. Publisher: the one asked for, else the
 * first publisher (in feed order) that has budgets, else the first publisher.
 * Year: the one asked for, else that publisher's latest.
 */
export function pickBudget(feed: Pick<Feed, 'publishers' | 'budgets'>, publisher?: string, year?: number): BudgetPick {
  const { budgets } = feed;
  const id =
    publisher ?? (feed.publishers.find((p) => budgets.some((b) => b.publisher === p.id)) ?? feed.publishers[0])?.id;
  const own = budgets.filter((b) => b.publisher === id);
  const years = [...new Set(own.map((b) => b.year))].sort((a, b) => b - a);
  const shown = year ?? years[0];
  return { publisher: id, years, year: shown, budget: own.find((b) => b.year === shown) };
}

/** The sum of an amount over lines; undefined when any line does not report it (a partial sum would mislead). */
function sum(lines: readonly BudgetLine[], amount: (line: BudgetLine) => number | undefined, currency: string): number | undefined {
  let total = 0;
  for (const line of lines) {
    const value = amount(line);
    if (value === undefined) return undefined;
    // Each as shown: lines of 10,005 € and 9,995 € show 10,01 € and 10,00 €, so 20,01 €.
    total += roundMoney(value, currency);
  }
  return lines.length ? roundMoney(total, currency) : undefined;
}

/**
 * `part / whole`, the amounts of `currency` rounded as they are shown (10 000,004 € of 10 000 € is
 * "100 %", as it is no overrun); undefined when either is unknown or the whole is 0.
 */
export function ratio(part: number | undefined, whole: number | undefined, currency: string): number | undefined {
  if (part === undefined || !whole) return undefined;
  // A vanishing envelope (5e-324, or under a cent) would make the share infinite: no share, rather than "∞ %".
  const share = roundMoney(part, currency) / roundMoney(whole, currency);
  return Number.isFinite(share) ? share : undefined;
}

export interface GaugeView {
  /** The measured amount (committed or spent); undefined when not reported. */
  value?: number;
  /** What the value is measured against; undefined when not reported. 0 or undefined: no gauge, amounts only. */
  reference?: number;
  /** Whether the reference is the whole budget's voted envelope, the lines' voted allocation, or a legal ceiling. */
  against: 'envelope' | 'allocated' | 'ceiling';
  /** `value / reference`, when both are known and the reference is not 0. */
  ratio?: number;
  /** How much the value passes the reference by, to the cent ("… (1 900 € au-delà)"); undefined when it does not. */
  excess?: number;
  /** For a ceiling: the service budget's resources it is computed from, and the rate when all lines share one. */
  base?: number;
  rate?: number;
  /** The envelope's share of the authority's whole budget (default view, when `totalBudget` is known). */
  share?: number;
}

function view(currency: string, value: number | undefined, reference: number | undefined, extra: Partial<GaugeView> = {}): GaugeView {
  return { value, reference, against: 'allocated', ratio: ratio(value, reference, currency), excess: excess(value, reference, currency), ...extra };
}

/**
 * What the gauge shows for one budget.
 *
 * - No basis: the envelope (`allocated`) and the measured amount of the whole budget.
 * - A 1 % basis: the lines of that basis against their legal ceiling; without a
 *   `base` on every such line, against their allocation instead.
 * - `general`: the general-budget lines against their allocation. A budget
 *   without lines is taken as all general budget (CGCT L1115-1, the common legal ground).
 *
 * Several lines of one basis (separate water and sanitation budgets, say) are
 * summed: amounts and ceilings alike. Returns undefined when the budget has no
 * line of the basis asked for.
 */
export function gaugeView(budget: Budget, measure: Measure = 'committed', basis?: GaugeBasis): GaugeView | undefined {
  const { lines, currency } = budget;
  if (!basis || (basis === 'general' && !lines.length)) {
    // Not reported for the whole budget, but on every line, and the lines share out the whole
    // envelope: their sum, rather than "not reported". Lines that cover part of it would understate it.
    const covered = sum(lines, (line) => line.allocated, currency) === roundMoney(budget.allocated, currency);
    const value = budget[measure] ?? (covered ? sum(lines, (line) => line[measure], currency) : undefined);
    return view(currency, value, budget.allocated, { against: 'envelope', ...(basis ? {} : { share: ratio(budget.allocated, budget.totalBudget, currency) }) });
  }
  const shown = lines.filter((line) => line.basis === basis);
  if (!shown.length) return undefined;
  const value = sum(shown, (line) => line[measure], currency);
  const limit = sum(shown, (line) => ceiling(line, currency), currency);
  if (limit === undefined) return view(currency, value, sum(shown, (line) => line.allocated, currency));
  const rates = new Set(shown.map((line) => line.rate ?? 0.01));
  return view(currency, value, limit, {
    against: 'ceiling',
    base: sum(shown, (line) => line.base, currency),
    rate: rates.size === 1 ? [...rates][0] : undefined,
  });
}

export interface LineRow {
  line: BudgetLine;
  /** The measured amount (committed or spent). */
  value?: number;
  /** The line's share of the budget's envelope. */
  share?: number;
  ceiling?: number;
  /** How much the line passes its ceiling by, to the cent; undefined when it does not. */
  excess?: number;
  /** The amount said in an overrun (the committed one when it passes, else the measured one) as a share of the ceiling (1.19); undefined against a ceiling of 0. */
  overRatio?: number;
  /** Whether `excess` is the committed amount's while the spent one is shown (the contract flags what is committed). */
  committedOver?: boolean;
}

/** The breakdown table's rows, in feed order. */
export function lineRows(budget: Budget, measure: Measure = 'committed'): LineRow[] {
  const { currency } = budget;
  return budget.lines.map((line) => {
    const limit = ceiling(line, currency);
    const value = line[measure];
    // The contract flags a line whose committed amount passes its ceiling, whichever amount is shown.
    const committed = excess(line.committed, limit, currency);
    const over = committed === undefined ? value : line.committed;
    return {
      line,
      value,
      share: ratio(line.allocated, budget.allocated, currency),
      ceiling: limit,
      excess: committed ?? excess(value, limit, currency),
      overRatio: ratio(over, limit, currency),
      committedOver: measure === 'spent' && committed !== undefined,
    };
  });
}

/**
 * Fraction digits for a percentage: one (`33,3 %`, `72 %`), two below 1 % (`0,24 %`), and
 * below 0,01 % as many as its first significant digit needs (`0,004 %`): a département's
 * envelope in a 1.5 billion budget is not "0 %". Likewise around 100 %, as many as tell it
 * apart (`100,04 %`, `99,96 %`): 4 € over or under 10 000 € is not "100 %".
 */
export function percentDigits(value: number): number {
  const near = Math.abs(value - 1);
  const small = near && near < 0.0005 ? near : value < 0.01 ? value : 0;
  return small > 0 ? Math.min(10, Math.max(2, Math.ceil(-Math.log10(small * 100)))) : 1;
}
