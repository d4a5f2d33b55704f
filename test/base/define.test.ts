import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/base/define.js';
import { AncragePartnerList } from '../../src/components/partner-list/partner-list.js';
import { AncrageProjectCards } from '../../src/components/project-cards/project-cards.js';
import { consoleWarnings } from '../fixtures/widget-dom.js';

describe('defineElement', () => {
  it('defines a tag once, and another copy of Ancrage on the page changes nothing and says nothing', async () => {
    // Another copy: another class with the same API (here another widget's, as classes of a second bundle are).
    const told = await consoleWarnings(async () => {
      defineElement('ancrage-define-test-a', AncrageProjectCards);
      defineElement('ancrage-define-test-a', AncragePartnerList);
    });
    expect(customElements.get('ancrage-define-test-a')).to.equal(AncrageProjectCards);
    expect(told).to.deep.equal([]);
  });

  it('tells the web editor when another script took the tag, and keeps that script\'s element', async () => {
    class Other extends HTMLElement {}
    customElements.define('ancrage-define-test-b', Other);
    const told = await consoleWarnings(async () => defineElement('ancrage-define-test-b', AncrageProjectCards));
    expect(customElements.get('ancrage-define-test-b')).to.equal(Other);
    expect(told).to.deep.equal(['Ancrage: <ancrage-define-test-b> is already defined by another script.']);
  });
});
