import { expect } from '@open-wc/testing';
import { paragraphs } from '../../src/feed/text.js';

describe('feed/text', () => {
  it('paragraphs split on blank lines only', () => {
    expect(paragraphs('a\nb\n\n  \n c ')).to.deep.equal(['a\nb', 'c']);
    expect(paragraphs('')).to.deep.equal([]);
  });
});
