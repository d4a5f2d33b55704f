import { expect } from '@open-wc/testing';
import { paragraphs, pickTag, pickText } from '../../src/feed/text.js';

describe('feed/text', () => {
  it('paragraphs split on blank lines only', () => {
    expect(paragraphs('a\nb\n\n  \n c ')).to.deep.equal(['a\nb', 'c']);
    expect(paragraphs('')).to.deep.equal([]);
  });

  it('pickTag: the reader’s tag, in any case, then its base language, then another of that base, then the feed’s, then the first', () => {
    const text = { 'fr-FR': 'Eau', EN: 'Water', de: 'Wasser' };
    expect(pickTag(text, 'de', 'fr')).to.equal('de');
    expect(pickTag(text, 'en', 'fr')).to.equal('EN');
    expect(pickTag(text, 'fr-fr', 'en')).to.equal('fr-FR');
    expect(pickTag(text, 'de-AT', 'fr')).to.equal('de');
    expect(pickTag(text, 'it', 'de')).to.equal('de');
    expect(pickTag(text, 'it', 'es')).to.equal('fr-FR');
    // A region's tag for the reader's language, as CMS exports write them: French, not the first entry.
    expect(pickTag({ en: 'Water', 'fr-FR': 'Eau' }, 'fr', 'fr')).to.equal('fr-FR');
    expect(pickTag({ en: 'Water', 'FR-fr': 'Eau' }, 'fr-BE', 'en')).to.equal('FR-fr');
    // The base language itself before another region of it.
    expect(pickTag({ 'fr-CA': 'Eau', fr: 'Eau', en: 'Water' }, 'fr-BE', 'en')).to.equal('fr');
    // The feed's language matches by its base too.
    expect(pickTag({ en: 'Water', 'fr-FR': 'Eau' }, 'de', 'fr')).to.equal('fr-FR');
    expect(pickTag({ en: 'Water', fr: 'Eau' }, 'de', 'fr-FR')).to.equal('fr');
    expect(pickTag({}, 'fr', 'fr')).to.equal(undefined);
    expect(pickTag(undefined, 'fr', 'fr')).to.equal(undefined);
    // A system's locale (`LANG=fr_FR.UTF-8`), as the widgets read it.
    expect(pickTag({ es: 'Agua', 'fr-FR': 'Eau' }, 'fr_FR', 'es')).to.equal('fr-FR');
    expect(pickTag({ es: 'Agua', fr: 'Eau' }, 'fr_FR.UTF-8', 'es')).to.equal('fr');
    // Its shorter forms before another of its base: the reader's script, not the first one written.
    expect(pickTag({ 'zh-Hans': '饮用水', 'zh-Hant': '飲用水' }, 'zh-Hant-TW', 'fr')).to.equal('zh-Hant');
    expect(pickTag({ 'sr-Cyrl': 'Вода', 'sr-Latn': 'Voda' }, 'sr-Latn-RS', 'fr')).to.equal('sr-Latn');
    expect(pickTag({ 'pt-PT': 'Água', 'pt-BR': 'Água' }, 'pt_BR', 'fr')).to.equal('pt-BR');
    // No language from a script: the feed's, never an exception.
    expect(pickTag({ es: 'Agua', fr: 'Eau' }, undefined as unknown as string, 'fr')).to.equal('fr');
  });

  it('pickText: the string of the tag pickTag chooses, or nothing', () => {
    expect(pickText({ fr: 'Eau', en: 'Water' }, 'en-GB', 'fr')).to.equal('Water');
    expect(pickText({ fr: 'Eau' }, 'en', 'fr')).to.equal('Eau');
    expect(pickText({}, 'fr', 'fr')).to.equal('');
    expect(pickText(undefined, 'fr', 'fr')).to.equal('');
  });
});
