/**
 * The contract's money rules for budget lines (feed-v1: "1 %" mechanisms), shared by the gauge
 * and by the advice for data stewards.
 */
import { CAPPED_BASES, type BudgetLine } from './types.js';

/** Amounts are money: sums and products are rounded to the cent, so `0.1 + 0.2` never shows as `0,30000000000000004 €`. */
export const cents = (amount: number): number => Math.round(amount * 100) / 100;

/** The legal ceiling of a 1 % line: `base × rate` (rate 1 % by default); undefined for other bases or without a base. */
export function ceiling(line: BudgetLine): number | undefined {
  return (CAPPED_BASES as readonly string[]).includes(line.basis) && line.base !== undefined
    ? cents(line.base * (line.rate ?? 0.01))
    : undefined;
}

/**
 * How much `value` passes `limit` by, to the cent; undefined when it does not: less than a cent
 * over shows as "0 €", so it is not over. A limit of 0 is passed by any amount (a 1 % line whose
 * service reported no resources), though no ratio can be drawn against it.
 */
export function excess(value: number | undefined, limit: number | undefined): number | undefined {
  const over = value === undefined || limit === undefined ? 0 : cents(value - limit);
  return over > 0 ? over : undefined;
}
