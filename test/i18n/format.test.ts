import { expect } from '@open-wc/testing';
import { fold, formatDate, formatDateRange, formatMoney } from '../../src/i18n/format.js';

describe('i18n/format', () => {
  it('fold drops accents and case, and keeps letters that are not accented forms', () => {
    expect(fold('Élan Ça ÎLE Đà')).to.equal('elan ca ile đa');
    expect(fold('Électricité')).to.equal('electricite');
  });

  it('fold reads the typographic apostrophe as the typed one, and œ, æ as oe, ae', () => {
    expect(fold('Accès à l’eau')).to.equal(fold("acces a l'eau"));
    expect(fold('L‘ÉCOLE d\u02bcabord')).to.equal("l'ecole d'abord");
    expect(fold('Œuvre du cœur, Lætitia')).to.equal('oeuvre du coeur, laetitia');
  });

  it('writes the first of the month "1er" in French, as French typography does', () => {
    const join = (a: string, b: string) => `${a} – ${b}`;
    expect(formatDate('fr', '2027-01-01')).to.equal('1er janvier 2027');
    expect(formatDate('fr-BE', '2027-03-01')).to.equal('1er mars 2027');
    expect(formatDate('fr', '2027-01-11')).to.equal('11 janvier 2027');
    expect(formatDateRange('fr', '2021-01-01', '2021-12-31', join)).to.equal('1er janvier – 31 décembre 2021');
    expect(formatDate('en-GB', '2027-01-01')).to.equal('1 January 2027');
  });

  it('writes a bare "en" date as en-GB does, the interface\'s English being British; its money and numbers are the same', () => {
    expect(formatDate('en', '2022-02-15')).to.equal('15 February 2022');
    expect(formatDate('EN', '2022-02')).to.equal('February 2022');
    expect(formatDate('en-US', '2022-02-15')).to.equal('February 15, 2022');
    expect([formatMoney('en', 62000, 'EUR'), formatMoney('en-GB', 62000, 'EUR')]).to.deep.equal(['€62,000', '€62,000']);
    expect(formatMoney('en', 1500.5, 'EUR')).to.equal('€1,500.50');
  });

  it('shows cents only when an amount has some and its currency has them', () => {
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(formatMoney('fr', 12500, 'EUR'))).to.equal('12 500 €');
    expect(plain(formatMoney('fr', 12500.5, 'EUR'))).to.equal('12 500,50 €');
    // The CFA franc has no cents: a feed's 0,50 is rounded, not shown.
    expect(plain(formatMoney('fr', 1250000.5, 'XOF'))).to.equal('1 250 001 F CFA');
  });
});
