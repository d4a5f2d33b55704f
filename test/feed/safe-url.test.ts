// safeUrl: the one gate every URL of a feed goes through before it reaches an `href` or a `src`.
import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/feed/safe-url.js';

const BASE = 'https://example.org/feeds/feed.json';

describe('safeUrl', () => {
  it('keeps https, http, mailto and tel links, as absolute hrefs', () => {
    expect(safeUrl('https://example.org/a b', BASE, 'link')).to.equal('https://example.org/a%20b');
    expect(safeUrl('HTTP://Example.org', BASE, 'link')).to.equal('http://example.org/');
    expect(safeUrl('mailto:contact@belleval.example', BASE, 'link')).to.equal('mailto:contact@belleval.example');
    expect(safeUrl('tel:+33123456789', BASE, 'link')).to.equal('tel:+33123456789');
    expect(safeUrl('  https://padded.example/  ', BASE, 'link')).to.equal('https://padded.example/');
  });

  it('resolves relative URLs against the feed URL', () => {
    expect(safeUrl('rapport.pdf', BASE, 'link')).to.equal('https://example.org/feeds/rapport.pdf');
    expect(safeUrl('../img/a.png', BASE, 'image')).to.equal('https://example.org/img/a.png');
    expect(safeUrl('/a', BASE, 'link')).to.equal('https://example.org/a');
    expect(safeUrl('//cdn.example.net/x.png', BASE, 'image')).to.equal('https://cdn.example.net/x.png');
    // A scheme without its `//` is relative to a base of that scheme, as the URL standard reads it.
    expect(safeUrl('https:rapport.pdf', BASE, 'link')).to.equal('https://example.org/feeds/rapport.pdf');
    expect(safeUrl('http:\\\\cdn.example.net\\a b', BASE, 'link')).to.equal('http://cdn.example.net/a%20b');
  });

  it('refuses script and data schemes however they are spelled', () => {
    for (const raw of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\njavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'jav\rascript:alert(1)',
      '\u0001javascript:alert(1)',
      // C1 controls: the URL parser would percent-encode them, but no feed needs them.
      'https://example.org/\u0085javascript:alert(1)',
      'https://example.org/a\u009b',
      '\u0000javascript:alert(1)',
      'javascript\u0000:alert(1)',
      'javascript&colon;alert(1)'.replace('&colon;', ':'),
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml,<svg/onload=alert(1)>',
      'vbscript:msgbox(1)',
      'blob:https://example.org/1',
      'file:///etc/passwd',
      'ftp://example.org/',
    ]) {
      expect(safeUrl(raw, BASE, 'link'), JSON.stringify(raw)).to.equal(undefined);
      expect(safeUrl(raw, BASE, 'image'), JSON.stringify(raw)).to.equal(undefined);
    }
  });

  it('refuses blanks, non-strings and what does not parse', () => {
    for (const raw of ['', '   ', 'https://', 'http://[::1', 'https://example.org:99999/', null, 5, {}, ['https://x.org/']]) {
      expect(safeUrl(raw, BASE, 'link'), JSON.stringify(raw)).to.equal(undefined);
    }
  });

  it('refuses a scheme with no address, and a bare ? or #: the feed’s own address, an e-mail to nobody', () => {
    for (const raw of ['https:', 'http:', 'HTTPS:/', 'mailto:', 'tel:', ' tel: ', '?', '#']) {
      expect(safeUrl(raw, BASE, 'link'), JSON.stringify(raw)).to.equal(undefined);
    }
  });

  it('allows images over https, or over http from the feed’s own origin only', () => {
    expect(safeUrl('https://cdn.example.org/a.png', BASE, 'image')).to.equal('https://cdn.example.org/a.png');
    expect(safeUrl('http://cdn.example.org/a.png', BASE, 'image')).to.equal(undefined);
    expect(safeUrl('mailto:a@b.example', BASE, 'image')).to.equal(undefined);
    const local = 'http://localhost:8000/feeds/feed.json';
    expect(safeUrl('img/a.png', local, 'image')).to.equal('http://localhost:8000/feeds/img/a.png');
    // What the relative path resolved to passes again when the output is parsed again.
    expect(safeUrl('http://localhost:8000/feeds/img/a.png', local, 'image')).to.equal('http://localhost:8000/feeds/img/a.png');
    expect(safeUrl('http://localhost:9000/a.png', local, 'image')).to.equal(undefined);
    expect(safeUrl('//other.example/a.png', local, 'image')).to.equal(undefined);
  });

  it('without a usable base, keeps absolute URLs only', () => {
    expect(safeUrl('img/a.png', undefined, 'image')).to.equal(undefined);
    expect(safeUrl('https://example.org/a', undefined, 'link')).to.equal('https://example.org/a');
    expect(safeUrl('img/a.png', 'not a url', 'image')).to.equal(undefined);
    expect(safeUrl('https://example.org/a', 'not a url', 'link')).to.equal('https://example.org/a');
    // A file: base resolves relative links to file:, which is not allowed.
    expect(safeUrl('a.html', 'file:///feeds/feed.json', 'link')).to.equal(undefined);
  });
});
