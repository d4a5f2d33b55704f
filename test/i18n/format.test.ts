import { expect } from '@open-wc/testing';
import { fold } from '../../src/i18n/format.js';

describe('i18n/format', () => {
  it('fold drops accents and case, and keeps letters that are not accented forms', () => {
    expect(fold('Élan Ça ÎLE Đà')).to.equal('elan ca ile đa');
    expect(fold('Électricité')).to.equal('electricite');
  });
});
