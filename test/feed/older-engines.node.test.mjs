// What the built files need from a browser older than this machine's: Safari before 16.4
// refuses a whole script over one regex lookbehind, and has no String.prototype.toWellFormed;
// Firefox before 125 (ESR 115) has no Intl.Segmenter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('the linked bundle holds no regex lookbehind', () => {
  const code = readFileSync(new URL('../../dist/ancrage.js', import.meta.url), 'utf8');
  assert.doesNotMatch(code, /\(\?<[=!]/);
});

test('without toWellFormed, parseFeed still replaces lone surrogates and keeps pairs', async () => {
  const native = String.prototype.toWellFormed;
  delete String.prototype.toWellFormed;
  try {
    // A fresh instance of the module, evaluated without the method.
    const { parseFeed } = await import(`../../dist/feed/parse.js?older-engine`);
    const result = parseFeed({ version: '1', publishers: [{ id: 'a', name: 'x\uD800y \uDC00 😀 z\uD83D', kind: 'commune' }] });
    assert.equal(result.feed.publishers[0].name.fr, 'x\uFFFDy \uFFFD 😀 z\uFFFD');
  } finally {
    String.prototype.toWellFormed = native;
  }
});

test('without Intl.Segmenter (Firefox before 125, ESR 115), a partner description is cut between whole characters', async () => {
  const segmenter = Intl.Segmenter;
  delete Intl.Segmenter;
  try {
    const { preview } = await import('../../dist/components/partner-list/partners.js');
    // A decomposed "é" keeps its accent, an emoji its two halves.
    assert.equal(preview('e\u0301te\u0301 x', 2), 'e\u0301…');
    assert.equal(preview('a😀b', 2), 'a…');
    assert.equal(preview('un deux trois', 9), 'un deux…');
  } finally {
    Intl.Segmenter = segmenter;
  }
});
