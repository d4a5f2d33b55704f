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
