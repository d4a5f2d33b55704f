import { expect } from '@open-wc/testing';
import { ceiling } from '../../src/feed/ceiling.js';

describe('ceiling', () => {
  it('is 1 % of the base by default, for every capped basis', () => {
    for (const basis of ['water', 'energy', 'waste', 'mobility'] as const) {
      expect(ceiling({ basis, base: 1_000_000 }, 'EUR')).to.equal(10_000);
    }
  });
  it('uses a custom rate', () => {
    expect(ceiling({ basis: 'water', base: 18_000_000, rate: 0.008 }, 'EUR')).to.equal(144_000);
    expect(ceiling({ basis: 'waste', base: 333, rate: 0.005 }, 'EUR')).to.equal(1.67);
  });
  it('is undefined without a base, and for uncapped bases', () => {
    expect(ceiling({ basis: 'water' }, 'EUR')).to.equal(undefined);
    expect(ceiling({ basis: 'general', base: 1_000_000 }, 'EUR')).to.equal(undefined);
    expect(ceiling({ basis: 'other', base: 1_000_000 }, 'EUR')).to.equal(undefined);
  });
});
