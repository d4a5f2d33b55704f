/** Feeds for the budget gauge's stories: raw feed-v1 documents, as a town would publish them. */

import { TOWN } from '../feeds.js';

const LINES = [
  {
    basis: 'general',
    label: { fr: 'Coopération décentralisée avec Kayes', en: 'Decentralised cooperation with Kayes' },
    allocated: 180000,
    committed: 140000,
    spent: 90000,
  },
  { basis: 'water', allocated: 40000, committed: 35700, spent: 20000, base: 3000000 },
  { basis: 'energy', allocated: 10000, committed: 4000, base: 1200000, rate: 0.005 },
  { basis: 'waste', allocated: 12000, committed: 11900, base: 1000000 },
  { basis: 'mobility', allocated: 8000, base: 900000 },
];

/** Belleval: three years, a breakdown with every basis, water and waste each over its ceiling (119 %). */
export const READY = {
  version: '1',
  publishers: [TOWN],
  budgets: [
    { year: 2025, allocated: 250000, committed: 180000, spent: 110000, totalBudget: 104166667, lines: LINES },
    { year: 2024, allocated: 230000, committed: 229000, spent: 201000, totalBudget: 98000000 },
    { year: 2023, allocated: 200000, committed: 224000, spent: 224000 },
  ],
};

const one = (budget: Record<string, unknown>) => ({ version: '1', publishers: [TOWN], budgets: [budget] });

export const OVERRUN = one({ year: 2025, allocated: 100000, committed: 112000 });
export const MISSING_COMMITTED = one({ year: 2025, allocated: 250000 });
export const ALLOCATED_ZERO = one({ year: 2025, allocated: 0, committed: 5000 });
export const THIRD = one({ year: 2025, allocated: 300000, committed: 100000 });

const WORD = 'Intercommunalitédelavalléedelarivièreetdesescoteaux'.repeat(6);

export const LONG_TEXTS = {
  version: '1',
  publishers: [{ ...TOWN, name: `Communauté de communes ${WORD}` }],
  budgets: [
    {
      year: 2025,
      label: `Budget ${WORD}`,
      allocated: 123456789.5,
      committed: 98765432.1,
      lines: [{ basis: 'water', label: WORD, allocated: 123456789, committed: 98765432, base: 9876543210 }],
    },
    { year: 2024, allocated: 1, committed: 1 },
  ],
};

/** 200 lines in the breakdown, across every basis; some over their ceiling, some not reported. */
export const MANY_LINES = one({
  year: 2025,
  allocated: 2000000,
  committed: 1500000,
  lines: Array.from({ length: 200 }, (_, i) => {
    const basis = ['general', 'water', 'energy', 'waste', 'mobility', 'other'][i % 6];
    return {
      basis,
      label: `Ligne ${i + 1}`,
      allocated: 10000,
      ...(i % 7 ? { committed: 5000 + ((i * 137) % 8000) } : {}),
      ...(basis !== 'general' && basis !== 'other' ? { base: 600000 + i * 1000 } : {}),
    };
  }),
});
