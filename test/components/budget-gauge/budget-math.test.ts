import { expect } from '@open-wc/testing';
import {
  gaugeView,
  lineRows,
  percentDigits,
  pickBudget,
  ratio,
} from '../../../src/components/budget-gauge/budget-math.js';
import type { Budget, BudgetLine, Feed, Publisher } from '../../../src/feed/types.js';

const budget = (extra: Partial<Budget> = {}): Budget => ({
  publisher: 'a',
  year: 2025,
  currency: 'EUR',
  allocated: 250000,
  lines: [],
  ...extra,
});
const pub = (id: string): Publisher => ({ id, name: { fr: id }, kind: 'commune' });
const feedOf = (publishers: string[], budgets: Budget[]): Pick<Feed, 'publishers' | 'budgets'> => ({
  publishers: publishers.map(pub),
  budgets,
});

describe('budget-math', () => {
  describe('ratio', () => {
    it('divides, and refuses unknown parts and a whole of 0', () => {
      expect(ratio(180_000, 250_000, 'EUR')).to.equal(0.72);
      expect(ratio(undefined, 250_000, 'EUR')).to.equal(undefined);
      expect(ratio(5, undefined, 'EUR')).to.equal(undefined);
      expect(ratio(5, 0, 'EUR')).to.equal(undefined);
      expect(ratio(0, 5, 'EUR')).to.equal(0);
      // To the cent, as the amounts show: under a cent over is no overrun, and not "100,00004 %".
      expect(ratio(10_000.004, 10_000, 'EUR')).to.equal(1);
      expect(ratio(5, 0.004, 'EUR')).to.equal(undefined);
    });

    it('rounds amounts as Intl shows them in their currency: half cents up, millimes, whole CFA francs', () => {
      // 1.005 is "1,01 €": 7,74 € of it is 766 %, not 774 % (Math.round(1.005 * 100) gave 100).
      expect(ratio(7.74, 1.005, 'EUR')).to.equal(7.74 / 1.01);
      // Three decimals in Tunisian dinars, none in CFA francs.
      expect(ratio(0.015, 538, 'TND')).to.equal(0.015 / 538);
      expect(ratio(10.004, 10.001, 'BHD')).to.equal(10.004 / 10.001);
      expect(ratio(1_000.4, 1_000, 'XOF')).to.equal(1);
    });
  });

  describe('percentDigits', () => {
    it('gives two digits below 1 %, one otherwise', () => {
      expect(percentDigits(0.0024)).to.equal(2);
      expect(percentDigits(0.333)).to.equal(1);
      expect(percentDigits(0)).to.equal(1);
      expect(percentDigits(1.19)).to.equal(1);
      // Below 0,01 %: down to the first significant digit, never a false "0 %".
      expect(percentDigits(60_000 / 1_480_000_000)).to.equal(3);
      expect(percentDigits(0.0001)).to.equal(2);
      // Just past 100 %: never a false "100 %" for an overrun.
      expect(percentDigits(10_004 / 10_000)).to.equal(2);
      expect(percentDigits(1.00004)).to.equal(3);
      expect(percentDigits(1.0006)).to.equal(1);
      // Just under: a few euros short of the envelope is not "100 %" either.
      expect(percentDigits(9_996 / 10_000)).to.equal(2);
      expect(percentDigits(1)).to.equal(1);
    });
  });

  describe('pickBudget', () => {
    const budgets = [
      budget({ publisher: 'b', year: 2023 }),
      budget({ publisher: 'b', year: 2025 }),
      budget({ publisher: 'b', year: 2024 }),
      budget({ publisher: 'c', year: 2026 }),
    ];
    it('takes the asked publisher and its latest year', () => {
      const pick = pickBudget(feedOf(['a', 'b', 'c'], budgets), 'c');
      expect(pick).to.include({ publisher: 'c', year: 2026 });
      expect(pick.budget).to.equal(budgets[3]);
    });
    it('without a publisher, takes the first one in feed order that has budgets', () => {
      const pick = pickBudget(feedOf(['a', 'b', 'c'], budgets));
      expect(pick.publisher).to.equal('b');
      expect(pick.years).to.deep.equal([2025, 2024, 2023]);
      expect(pick.year).to.equal(2025);
      expect(pick.budget).to.equal(budgets[1]);
    });
    it('takes the asked year, and no budget for a year without one', () => {
      expect(pickBudget(feedOf(['b'], budgets), 'b', 2024).budget).to.equal(budgets[2]);
      const none = pickBudget(feedOf(['b'], budgets), 'b', 2019);
      expect(none.year).to.equal(2019);
      expect(none.budget).to.equal(undefined);
    });
    it('has no year for a publisher without budgets', () => {
      const pick = pickBudget(feedOf(['a'], []));
      expect(pick).to.include({ publisher: 'a', year: undefined, budget: undefined });
      expect(pick.years).to.deep.equal([]);
    });
  });

  describe('gaugeView', () => {
    it('measures committed against the envelope, with its share of the total budget', () => {
      const view = gaugeView(budget({ committed: 180_000, spent: 90_000, totalBudget: 104_166_667 }));
      expect(view).to.include({ value: 180_000, reference: 250_000, against: 'envelope', ratio: 0.72, excess: undefined });
      expect(view!.share).to.be.closeTo(0.0024, 1e-6);
    });
    it('states an overrun the amounts shown make, in the budget currency\'s minor unit', () => {
      // "1 089,74 € engagés sur 1 089,73 €" is over by 0,01 €, not "100 %" with no overrun.
      expect(gaugeView(budget({ allocated: 1089.73, committed: 1089.735 }))).to.include({ excess: 0.01 });
      expect(gaugeView(budget({ currency: 'BHD', allocated: 10.001, committed: 10.004 }))).to.include({ excess: 0.003 });
      expect(gaugeView(budget({ allocated: 1.005, committed: 7.74 }))).to.include({ ratio: 7.74 / 1.01, excess: 6.73 });
      expect(gaugeView(budget({ currency: 'XOF', allocated: 1_000, committed: 1_000.4 }))).to.include({ ratio: 1, excess: undefined });
      // Lines summed as shown: 10,01 € and 10,00 € are 20,01 €, past a ceiling of 20 €.
      const lines: BudgetLine[] = [10.005, 9.995].map((committed) => ({ basis: 'water', committed, base: 1000 }));
      expect(gaugeView(budget({ lines }), 'committed', 'water')).to.include({ value: 20.01, reference: 20, excess: 0.01 });
    });
    it('measures spent when asked', () => {
      expect(gaugeView(budget({ committed: 180_000, spent: 90_000 }), 'spent')).to.include({ value: 90_000, ratio: 0.36 });
    });
    it('has no share without a total budget, or with a total of 0', () => {
      expect(gaugeView(budget({ committed: 1 }))!.share).to.equal(undefined);
      expect(gaugeView(budget({ committed: 1, totalBudget: 0 }))!.share).to.equal(undefined);
    });
    it('flags committed above allocated as over, unclamped', () => {
      expect(gaugeView(budget({ allocated: 100, committed: 112 }))).to.include({ ratio: 1.12, excess: 12 });
      // To the cent: 0.3 past 0.1 + 0.2 of float arithmetic is not 0,09999999999999998 €.
      expect(gaugeView(budget({ allocated: 0.3, committed: 0.4 }))).to.include({ excess: 0.1 });
      // Less than a cent over shows as "0 €": not over.
      expect(gaugeView(budget({ allocated: 100_000, committed: 100_000.004 }))).to.include({ excess: undefined });
    });
    it('has no ratio when committed is missing or allocated is 0', () => {
      expect(gaugeView(budget({}))).to.include({ value: undefined, ratio: undefined, excess: undefined });
      expect(gaugeView(budget({ allocated: 0, committed: 5 }))).to.include({ value: 5, reference: 0, ratio: undefined });
    });
    it('sums the lines when the whole budget does not report the amount and its lines share out the envelope', () => {
      const lines: BudgetLine[] = [
        { basis: 'general', allocated: 200_000, committed: 150_000 },
        { basis: 'water', allocated: 50_000, committed: 30_000 },
      ];
      expect(gaugeView(budget({ lines }))).to.include({ value: 180_000, ratio: 0.72 });
      // Lines that cover only part of the envelope would understate it: not reported.
      expect(gaugeView(budget({ lines: lines.slice(1) }))).to.include({ value: undefined });
      // A line without the amount: not reported either.
      expect(gaugeView(budget({ lines: [lines[0], { basis: 'water', allocated: 50_000 }] }))).to.include({ value: undefined });
    });

    for (const basis of ['water', 'energy', 'waste', 'mobility'] as const) {
      it(`measures a ${basis} line against its legal ceiling, over it at 119 %`, () => {
        const lines: BudgetLine[] = [
          { basis: 'general', allocated: 200_000, committed: 150_000 },
          { basis, allocated: 12_000, committed: 11_900, base: 1_000_000 },
        ];
        const view = gaugeView(budget({ lines }), 'committed', basis);
        expect(view).to.include({ value: 11_900, reference: 10_000, against: 'ceiling', base: 1_000_000, rate: 0.01, excess: 1_900 });
        expect(view!.ratio).to.be.closeTo(1.19, 1e-9);
      });
    }

    it('uses a custom rate and stays under the ceiling', () => {
      const lines: BudgetLine[] = [{ basis: 'water', committed: 40_000, base: 10_000_000, rate: 0.005 }];
      expect(gaugeView(budget({ lines }), 'committed', 'water')).to.include({ reference: 50_000, rate: 0.005, ratio: 0.8, excess: undefined });
    });
    it('sums the lines of one basis, ceilings included; the rate only when shared', () => {
      const lines: BudgetLine[] = [
        { basis: 'water', committed: 6_000, spent: 1_000, base: 1_000_000 },
        { basis: 'water', committed: 4_000, spent: 2_000, base: 2_000_000, rate: 0.005 },
      ];
      const view = gaugeView(budget({ lines }), 'committed', 'water');
      expect(view).to.include({ value: 10_000, reference: 20_000, base: 3_000_000, rate: undefined, ratio: 0.5 });
      expect(gaugeView(budget({ lines }), 'spent', 'water')).to.include({ value: 3_000 });
    });
    it('reports no sum when a line lacks the amount', () => {
      const lines: BudgetLine[] = [
        { basis: 'water', committed: 6_000, base: 1_000_000 },
        { basis: 'water', base: 1_000_000 },
      ];
      expect(gaugeView(budget({ lines }), 'committed', 'water')).to.include({ value: undefined, reference: 20_000 });
    });
    it('falls back to the allocation when a capped line has no base', () => {
      const lines: BudgetLine[] = [{ basis: 'energy', allocated: 8_000, committed: 2_000 }];
      expect(gaugeView(budget({ lines }), 'committed', 'energy')).to.include({ against: 'allocated', reference: 8_000, ratio: 0.25 });
    });
    it('measures the general lines against their allocation', () => {
      const lines: BudgetLine[] = [
        { basis: 'general', allocated: 100_000, committed: 30_000 },
        { basis: 'general', allocated: 100_000, committed: 20_000 },
        { basis: 'water', allocated: 50_000, committed: 50_000, base: 1 },
      ];
      expect(gaugeView(budget({ lines }), 'committed', 'general')).to.include({
        value: 50_000,
        reference: 200_000,
        against: 'allocated',
        ratio: 0.25,
      });
      expect(gaugeView(budget({ lines, totalBudget: 1e8 }), 'committed', 'general')!.share).to.equal(undefined);
    });
    it('takes a budget without lines as all general budget', () => {
      expect(gaugeView(budget({ committed: 125_000, totalBudget: 1e8 }), 'committed', 'general')).to.include({
        value: 125_000,
        reference: 250_000,
        ratio: 0.5,
      });
      expect(gaugeView(budget({ totalBudget: 1e8 }), 'committed', 'general')!.share).to.equal(undefined);
    });
    it('is undefined when the budget has no line of that basis', () => {
      expect(gaugeView(budget({ lines: [{ basis: 'general', allocated: 1 }] }), 'committed', 'water')).to.equal(undefined);
    });
    it('rounds sums to the cent', () => {
      const lines: BudgetLine[] = [
        { basis: 'general', allocated: 0.1, committed: 0.1 },
        { basis: 'general', allocated: 0.2, committed: 0.2 },
      ];
      expect(gaugeView(budget({ lines }), 'committed', 'general')).to.include({ value: 0.3, reference: 0.3 });
    });
  });

  describe('lineRows', () => {
    it('gives each line its measured amount, share, ceiling and overrun', () => {
      const lines: BudgetLine[] = [
        { basis: 'general', allocated: 200_000, committed: 150_000, spent: 10 },
        { basis: 'water', allocated: 50_000, committed: 11_900, base: 1_000_000 },
        { basis: 'waste', committed: 1_000, base: 1_000_000 },
      ];
      const [general, water, waste] = lineRows(budget({ lines }));
      expect(general).to.include({ value: 150_000, share: 0.8, ceiling: undefined, excess: undefined });
      expect(water).to.include({ value: 11_900, share: 0.2, ceiling: 10_000 });
      expect(water).to.include({ excess: 1_900, overRatio: 1.19 });
      expect(waste).to.include({ share: undefined, ceiling: 10_000, excess: undefined });
      expect(lineRows(budget({ lines }), 'spent')[0].value).to.equal(10);
      // Showing what was spent, a line whose committed amount passes its ceiling is still flagged.
      expect(lineRows(budget({ lines }), 'spent')[1]).to.include({ value: undefined, excess: 1_900, overRatio: 1.19 });
      // Against a ceiling of 0 € there is an excess but no ratio.
      const [free] = lineRows(budget({ lines: [{ basis: 'water', committed: 100, base: 0 }] }));
      expect(free).to.include({ excess: 100, overRatio: undefined });
    });
  });
});
