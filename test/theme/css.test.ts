// The widgets' `css` tag, which leaves out Lit's run-time check: the same style text as Lit's.
import { expect } from '@open-wc/testing';
import { css as litCss, unsafeCSS } from 'lit';
import { css } from '../../src/theme/css.js';

describe('css', () => {
  it('writes the text Lit’s css writes: the strings as read (escapes too), each value’s CSS between them', () => {
    const inner = css`--x: 1;`;
    const ours = css`:host{${inner} color: ${unsafeCSS('#fff')}; z-index: ${2}}.a::after{content: '\\201c\`'}`;
    const lits = litCss`:host{${inner} color: ${unsafeCSS('#fff')}; z-index: ${2}}.a::after{content: '\\201c\`'}`;
    expect(ours.cssText).to.equal(lits.cssText);
    expect(ours.cssText).to.equal(":host{--x: 1; color: #fff; z-index: 2}.a::after{content: '\\201c`'}");
    expect(css`p{margin:0}`.cssText).to.equal('p{margin:0}');
  });

  it('makes a style sheet a shadow root adopts', () => {
    const sheet = css`p{margin:0}`.styleSheet;
    expect(sheet).to.be.instanceOf(CSSStyleSheet);
    expect([...sheet!.cssRules].map((rule) => rule.cssText)).to.deep.equal(['p { margin: 0px; }']);
  });
});
