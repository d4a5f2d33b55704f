import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/base/define.js';
import { AncragePartnerList } from '../../src/components/partner-list/partner-list.js';
import { AncrageProjectCards } from '../../src/components/project-cards/project-cards.js';

/** What `console.warn` is given while `run` runs. */
function warnings(run: () => void): string[] {
  const told: string[] = [];
  const { warn } = console;
  console.warn = (...args: unknown[]) => told.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = warn;
  }
  return told;
}

describe('defineElement', () => {
  it('defines a tag once, and another copy of Ancrage on the page changes nothing and says nothing', () => {
    // Another copy: another class with the same API (here another widget's, as classes of a second bundle are).
    const told = warnings(() => {
      defineElement('ancrage-define-test-a', AncrageProjectCards);
      defineElement('ancrage-define-test-a', AncragePartnerList);
    });
    expect(customElements.get('ancrage-define-test-a')).to.equal(AncrageProjectCards);
    expect(told).to.deep.equal([]);
  });

  it('tells the web editor when another script took the tag, and keeps that script\'s element', () => {
    class Other extends HTMLElement {}
    customElements.define('ancrage-define-test-b', Other);
    const told = warnings(() => defineElement('ancrage-define-test-b', AncrageProjectCards));
    expect(customElements.get('ancrage-define-test-b')).to.equal(Other);
    expect(told).to.deep.equal(['Ancrage: <ancrage-define-test-b> is already defined by another script.']);
  });
});
