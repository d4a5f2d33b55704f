/**
 * The contract's money rules for budget lines (feed-v1: "1 %" mechanisms), shared by the gauge
 * and by the advice for data stewards.
 */
import { roundMoney } from '../i18n/format.js';
import { CAPPED_BASES, type BudgetLine } from './types.js';

/**
 * The legal ceiling of a 1 % line: `base × rate` (rate 1 % by default), rounded as it is shown in
 * `currency`; undefined for other bases or without a base.
 */
export function ceiling(line: BudgetLine, currency: string): number | undefined {
  return (CAPPED_BASES as readonly string[]).includes(line.basis) && line.base !== undefined
    ? roundMoney(line.base * (line.rate ?? 0.01), currency)
    : undefined;
}

/**
 * How much `value` passes `limit` by, both rounded as they are shown in `currency`; undefined when
 * it does not: less than a cent (in euros) over shows as "0 €", so it is not over. A limit of 0 is
 * passed by any amount (a 1 % line whose service reported no resources), though no ratio can be
 * drawn against it.
 */
export function excess(value: number | undefined, limit: number | undefined, currency: string): number | undefined {
  if (value === undefined || limit === undefined) return undefined;
  const over = roundMoney(roundMoney(value, currency) - roundMoney(limit, currency), currency);
  return over > 0 ? over : undefined;
}
