// The contrast check a feed's theme must pass, and the library's own palette against it.
import { expect } from '@open-wc/testing';
import { contrastRatio, DEFAULT_THEME, parseHexColour } from '../../src/theme/contrast.js';

describe('contrast', () => {
  it('parseHexColour accepts #rgb and #rrggbb only, as lower-case #rrggbb', () => {
    expect(parseHexColour('#FFF')).to.equal('#ffffff');
    expect(parseHexColour('#1F3a93')).to.equal('#1f3a93');
    expect(parseHexColour('#0a0')).to.equal('#00aa00');
    for (const bad of ['fff', '#ffff', '#12345g', '#1234567', 'red', 'rgb(0,0,0)', ' #fff', '#fff ', '', 0xffffff, null]) {
      expect(parseHexColour(bad), String(bad)).to.equal(undefined);
    }
  });

  it('contrastRatio follows WCAG 2.x', () => {
    expect(contrastRatio('#000', '#fff')).to.equal(21);
    expect(contrastRatio('#fff', '#000')).to.equal(21);
    expect(contrastRatio('#1e1e1e', '#1E1E1E')).to.equal(1);
    // Known values: #777 on white is the classic just-below-AA grey, #767676 the just-above one.
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.005);
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.005);
    expect(contrastRatio('red', '#fff')).to.be.NaN;
  });

  it('the default palette passes the checks a feed theme must pass', () => {
    const t = DEFAULT_THEME;
    expect(contrastRatio(t.text, t.surface)).to.be.at.least(4.5);
    expect(contrastRatio(t.onPrimary, t.primary)).to.be.at.least(4.5);
    expect(contrastRatio(t.primary, t.surface)).to.be.at.least(4.5);
    expect(contrastRatio(t.accent, t.surface)).to.be.at.least(3);
  });
});
