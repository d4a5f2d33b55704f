import { expect } from '@open-wc/testing';
import {
  destination,
  memo,
  parseKinds,
  preview,
  scopePartners,
} from '../../../src/components/partner-list/partners.js';
import type { Partner, Project } from '../../../src/feed/types.js';

const partner = (id: string, kind: Partner['kind'] = 'association'): Partner => ({ id, kind, name: { fr: id } });
const project = (id: string, partners: Project['partners']): Project => ({
  id,
  publisher: 'a',
  title: { fr: id },
  status: 'ongoing',
  partners,
  themes: [],
  sdgs: [],
  dac: [],
  places: [],
  links: [],
});

describe('partner-list helpers', () => {
  it('scopePartners merges a partner’s roles per project and keeps feed order', () => {
    const p1 = project('p1', [
      { ref: 'b', role: 'lead' },
      { ref: 'b', role: 'funding' },
      { ref: 'b', role: 'lead' },
    ]);
    const p2 = project('p2', [{ ref: 'a', role: 'technical' }, { ref: 'b', role: 'technical' }]);
    const partners = [partner('a'), partner('b', 'osim'), partner('c')];
    const scoped = scopePartners(partners, [p1, p2], false, new Set());
    expect(scoped.map((s) => s.partner.id)).to.deep.equal(['a', 'b']);
    expect(scoped[1].links).to.deep.equal([
      { project: p1, roles: ['lead', 'funding'] },
      { project: p2, roles: ['technical'] },
    ]);
    expect(scopePartners(partners, [p1], true, new Set()).map((s) => s.partner.id)).to.deep.equal(['a', 'b', 'c']);
    expect(scopePartners(partners, [], true, new Set(['osim'])).map((s) => s.partner.id)).to.deep.equal(['b']);
  });

  it('parseKinds keeps known kinds only', () => {
    expect([...parseKinds(' osim  licorne association ')]).to.deep.equal(['osim', 'association']);
    expect([...parseKinds('OSIM, Association')], 'in any case').to.deep.equal(['osim', 'association']);
    expect(parseKinds(undefined).size, 'no attribute').to.equal(0);
  });

  it('preview cuts at a word with an ellipsis, and leaves short text alone', () => {
    expect(preview('un deux trois', 9)).to.equal('un deux…');
    expect(preview('x'.repeat(20), 10)).to.equal(`${'x'.repeat(10)}…`);
    expect(preview('court', 10)).to.equal('court');
    // Never inside an emoji sequence: a family is one character to a reader.
    expect(preview('ab👩🏽‍🌾👩🏽‍🌾', 6)).to.equal('ab…');
    expect(preview('ab👩🏽‍🌾👩🏽‍🌾', 9)).to.equal('ab👩🏽‍🌾…');
  });

  it('destination says where a link leads', () => {
    expect(destination('https://www.exemple.org/a/b?c')).to.equal('exemple.org');
    expect(destination('mailto:contact@exemple.org?subject=x')).to.equal('contact@exemple.org');
    expect(destination('tel:+33123456789')).to.equal('+33123456789');
  });

  it('memo recomputes only when a dependency changes', () => {
    const cached = memo<number>();
    let calls = 0;
    const compute = () => ++calls;
    const a = {};
    expect(cached([a, 1], compute)).to.equal(1);
    expect(cached([a, 1], compute)).to.equal(1);
    expect(cached([{}, 1], compute)).to.equal(2);
    expect(cached([{}, 2], compute)).to.equal(3);
  });
});
