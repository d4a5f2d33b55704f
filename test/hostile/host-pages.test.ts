// Hostile host pages (issue 7): the built bundle (/dist/ancrage.js, `npm run build`) in
// town-hall pages served by test/server/hostile-routes.mjs with real HTTP headers, each in
// an iframe of this page. The page's harness (test/hostile/host/harness.js) posts what went
// wrong: CSP and Trusted Types violations, uncaught errors, and the Trusted Types policies
// the bundle created. Layout is read directly in the (same-origin) frame.
//
// Widths are the iframe's: the frame *is* the host page's viewport. 200 % browser zoom of a
// 1280 px window lays a page out in 640 CSS px (that is what zoom does: CSS px get bigger),
// so a 640 px frame is that zoom, media queries included; Chromium's deviceScaleFactor
// only changes how many device pixels a CSS px has, not the layout, so it is not zoom.
import { expect } from '@open-wc/testing';
import { deep, overflowing } from './overflow.js';
import { charBox } from '../fixtures/widget-dom.js';

interface Report {
  type: 'ancrage-host-report';
  page: string;
  violations: string[];
  errors: string[];
  policies: string[];
  states: string[];
}

interface Host {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  report: Report;
  widgets: HTMLElement[];
}

const WIDGETS = 'ancrage-project-cards, ancrage-partner-list, ancrage-budget-gauge';
const ALL_READY = ['ancrage-project-cards:ready', 'ancrage-partner-list:ready', 'ancrage-budget-gauge:ready'];
const frames: HTMLIFrameElement[] = [];

/** Opens /__hostile/host/<name>.html in a `width` px frame and waits for its report. */
async function open(name: string, width = 800, height = 1500): Promise<Host> {
  const frame = document.createElement('iframe');
  frame.title = name;
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  frames.push(frame);
  const report = new Promise<Report>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no report within 15 s (is /dist/ancrage.js built?)`)), 15000);
    addEventListener('message', function onMessage(e: MessageEvent) {
      if (e.source !== frame.contentWindow || e.data?.type !== 'ancrage-host-report') return;
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      resolve(e.data);
    });
  });
  frame.src = `/__hostile/host/${name}.html`;
  document.body.append(frame);
  const r = await report;
  const doc = frame.contentDocument!;
  return { frame, doc, win: frame.contentWindow as Window & typeof globalThis, report: r, widgets: [...doc.querySelectorAll<HTMLElement>(WIDGETS)] };
}

afterEach(() => frames.splice(0).forEach((f) => f.remove()));

function clean(report: Report): void {
  expect(report.violations, 'CSP / Trusted Types violations').to.deep.equal([]);
  expect(report.errors, 'uncaught errors').to.deep.equal([]);
  expect(report.states).to.deep.equal(ALL_READY);
}

function noHorizontalOverflow(host: Host): void {
  const { doc } = host;
  const page = doc.scrollingElement!;
  expect(page.scrollWidth, `the page scrolls sideways in ${host.report.page}: ${overflowing(doc, page.clientWidth)}`).to.be.at.most(page.clientWidth);
  for (const w of host.widgets) {
    expect(w.scrollWidth, `${w.localName} overflows: ${overflowing(w.shadowRoot!, w.getBoundingClientRect().right)}`).to.be.at.most(w.clientWidth + 1);
  }
}

describe('hostile host pages', function () {
  this.timeout(30000);

  describe('security policies', () => {
    it(`under a strict CSP (default-src 'self'; style-src 'self', no 'unsafe-inline'): no violation, every widget ready`, async () => {
      const host = await open('csp');
      clean(host.report);
      // The policy is really enforced: a style attribute set now is refused and reported.
      const seen: string[] = [];
      host.doc.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
      const probe = host.doc.createElement('p');
      probe.setAttribute('style', 'color: rgb(255, 0, 0)');
      host.doc.body.append(probe);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(host.win.getComputedStyle(probe).color).not.to.equal('rgb(255, 0, 0)');
      expect(seen).to.include('style-src-attr');
    });

    it(`under Trusted Types (require-trusted-types-for 'script'; trusted-types lit-html): no violation, one policy, "lit-html"`, async () => {
      const host = await open('trusted-types');
      clean(host.report);
      expect(host.report.policies).to.deep.equal(['lit-html']);
      // Enforced: a string into innerHTML is refused.
      expect(() => (host.doc.createElement('div').innerHTML = '<b>x</b>')).to.throw();
    });

    it('under both at once', async () => {
      const host = await open('csp-and-trusted-types');
      clean(host.report);
      expect(host.report.policies).to.deep.equal(['lit-html']);
    });
  });

  describe('two copies of the bundle', () => {
    it('register each tag once, fetch the feed once, and throw nothing', async () => {
      const host = await open('two-copies');
      clean(host.report);
      // Both copies ran (each asked Chromium's always-present trustedTypes for its policy).
      expect(host.report.policies).to.deep.equal(['lit-html', 'lit-html']);
      const fetches = host.win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/example-feed.json'));
      expect(fetches.length, 'the feed is fetched once for both copies').to.equal(1);
    });

    it(`under Trusted Types, need 'allow-duplicates': with it, no violation`, async () => {
      const host = await open('two-copies-trusted-types');
      clean(host.report);
      expect(host.report.policies).to.deep.equal(['lit-html', 'lit-html']);
    });

    it(`under Trusted Types without 'allow-duplicates', the second copy fails to load (the first still serves every widget)`, async () => {
      // Pins what the README tells hosts: Lit creates its policy at load, once per copy.
      const host = await open('two-copies-trusted-types-no-duplicates');
      expect(host.report.violations.join('\n')).to.contain('trusted-types');
      expect(host.report.errors.join('\n')).to.match(/lit-html/);
      expect(host.report.states).to.deep.equal(ALL_READY);
    });
  });

  describe('an old library that extends the built-in prototypes', () => {
    it('every widget ready, with the same text as on a plain page, and nothing thrown', async () => {
      const [plain, old] = [await open('clean'), await open('old-library')];
      clean(old.report);
      expect(({} as Record<string, unknown>).fr, 'the library ran first').to.equal(undefined);
      expect((old.win as unknown as { Object: ObjectConstructor }).Object.prototype).to.have.property('fr', 'inherited');
      old.widgets.forEach((w, i) => expect(w.shadowRoot!.textContent, w.localName).to.equal(plain.widgets[i].shadowRoot!.textContent));
    });
  });

  describe("a page whose own script polluted Object.prototype with a feed's field names and Intl's option names", () => {
    it('every widget shows what it shows on a plain page: no link, image, amount or theme read from the prototype', async () => {
      const [plain, polluted] = [await open('clean'), await open('polluted-prototype')];
      clean(polluted.report);
      expect((polluted.win as unknown as { Object: ObjectConstructor }).Object.prototype).to.have.property('committed', 900000);
      polluted.widgets.forEach((w, i) => {
        expect(w.shadowRoot!.textContent, w.localName).to.equal(plain.widgets[i].shadowRoot!.textContent);
        expect(w.getAttribute('style'), `${w.localName}: no feed theme`).to.equal(plain.widgets[i].getAttribute('style'));
        const addresses = [...deep(w.shadowRoot!)].flatMap((el) => [el.getAttribute('href'), el.getAttribute('src')]).filter(Boolean);
        expect(addresses.filter((a) => /javascript:|evil/.test(a!)), w.localName).to.deep.equal([]);
      });
    });
  });

  describe('hostile CSS', () => {
    let plain: Host;
    let hostile: Host;

    /** Width of every element of a widget's shadow tree that draws something, in tree order. */
    const widths = (w: HTMLElement) =>
      [...deep(w.shadowRoot!)]
        .filter((el) => ['article', 'button', 'img', 'table', 'select', 'input', 'h2', 'h3', 'h4', 'svg'].includes(el.localName))
        .map((el) => `${el.localName} ${Math.round(el.getBoundingClientRect().width)}`);

    before(async () => {
      // Tall frames: everything on screen, so lazy images load.
      plain = await open('clean', 800, 6000);
      frames.length = 0; // kept open for the whole block
      hostile = await open('hostile-css', 800, 6000);
      frames.length = 0;
    });

    after(() => {
      plain.frame.remove();
      hostile.frame.remove();
    });

    it('change nothing in how the widgets load', () => {
      clean(plain.report);
      clean(hostile.report);
    });

    it(`leave the host page's own styles alone (its buttons stay unset, its text its own)`, () => {
      const button = hostile.doc.getElementById('host-button')!;
      expect(hostile.win.getComputedStyle(button).display).to.equal('inline');
      expect(hostile.win.getComputedStyle(hostile.doc.getElementById('sentinel')!).color).to.equal('rgb(12, 34, 56)');
    });

    it('keep every box the same width as on a plain page (box-sizing, img width, flex, all: unset)', () => {
      for (let i = 0; i < 3; i++) expect(widths(hostile.widgets[i]), hostile.widgets[i].localName).to.deep.equal(widths(plain.widgets[i]));
    });

    it('keep their text as written, wrapped, unindented, aligned to its start and in its colour (not the body’s nowrap, uppercase, indent, centring, text fill)', () => {
      for (let i = 0; i < 3; i++) {
        const heading = hostile.widgets[i].shadowRoot!.querySelector<HTMLElement>('h2, h3, [part="caption"]')!;
        const style = hostile.win.getComputedStyle(heading);
        expect([style.textTransform, style.whiteSpace, style.textIndent, style.textAlign], hostile.widgets[i].localName).to.deep.equal(['none', 'normal', '0px', 'start']);
        // Painted in its own colour, not the body's fill (white on the widget's white ground).
        expect(style.webkitTextFillColor, hostile.widgets[i].localName).to.equal(style.color);
      }
    });

    it('keep em sizes on the body font, not the 62.5 % root', () => {
      for (const w of hostile.widgets) expect(hostile.win.getComputedStyle(w.shadowRoot!.querySelector('h2, h3, p')!).fontSize).to.not.equal('10px');
    });

    it('keep their own line height (not the page’s `* { line-height: 3 }`)', () => {
      const ratio = (host: Host, w: HTMLElement) => {
        const p = w.shadowRoot!.querySelector('p:not(:empty)') ?? w.shadowRoot!.querySelector('p')!;
        const cs = host.win.getComputedStyle(p);
        return Math.round((parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)) * 10) / 10;
      };
      for (let i = 0; i < 3; i++) {
        expect(ratio(hostile, hostile.widgets[i]), hostile.widgets[i].localName).to.equal(ratio(plain, plain.widgets[i]));
      }
    });

    it('keep a real size and a visible focus ring on controls', () => {
      // Read from the widgets' own style sheets, not by focusing: focus inside a frame moves
      // the browser's focus to this test's tab, and stalls the test files running beside it.
      const ring = (host: Host, i: number) => {
        const root = host.widgets[i].shadowRoot!;
        const control = root.querySelector<HTMLElement>('button, select, input, a[href], [tabindex="0"]')!;
        const rules = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).filter((r): r is CSSStyleRule => r instanceof host.win.CSSStyleRule);
        const focusRule = rules.find(
          (r) =>
            r.style.outline &&
            r.selectorText.split(',').some((sel) => sel.includes(':focus-visible') && control.matches(sel.replace(/:focus-visible/g, '').trim() || '*')),
        );
        const { width, height } = control.getBoundingClientRect();
        return { control: control.localName, area: Math.round(width * height), outline: focusRule?.style.outline ?? 'none' };
      };
      for (let i = 0; i < 3; i++) {
        const before = ring(plain, i);
        const after = ring(hostile, i);
        const name = `${after.control} in ${hostile.widgets[i].localName}`;
        expect(after.area, `${name} has a size`).to.be.greaterThan(100);
        expect(after.outline, `${name} focus ring`).to.equal(before.outline);
        expect(after.outline, `${name} focus ring`).not.to.match(/^(?:none|0(?:px|em)?(?:\s|$))/);
      }
    });

    it('do not let the page’s `img { width: 100% }` stretch logos or pictures past their box', () => {
      const imgWidths = (w: HTMLElement) => [...w.shadowRoot!.querySelectorAll('img')].map((img) => Math.round(img.getBoundingClientRect().width));
      for (let i = 0; i < 3; i++) {
        const w = hostile.widgets[i];
        for (const img of w.shadowRoot!.querySelectorAll('img')) {
          const box = img.parentElement!.getBoundingClientRect();
          expect(img.getBoundingClientRect().width, `${w.localName} img`).to.be.at.most(box.width + 1);
        }
        // And as wide as on a plain page: the page's rule reaches no image inside.
        expect(imgWidths(w), `${w.localName} images`).to.deep.equal(imgWidths(plain.widgets[i]));
      }
    });

    it('do not overflow', () => noHorizontalOverflow(hostile));
  });

  describe('an RTL Arabic page', () => {
    /** How far a heading's (or the gauge caption's) text sits from its box's edges, when narrower than its box. */
    const gaps = (host: Host) =>
      host.widgets.flatMap((w) =>
        [...w.shadowRoot!.querySelectorAll('h2, h3, h4, [part="caption"]')].flatMap((h) => {
          const range = host.doc.createRange();
          range.selectNodeContents(h);
          const text = range.getBoundingClientRect();
          const box = h.getBoundingClientRect();
          return text.width && box.width - text.width > 20 ? [{ widget: w.localName, left: text.left - box.left, right: box.right - text.right }] : [];
        }),
      );

    it('keeps its French left to right on the page: headings start on the left, "72 %" stays so, nothing overflows', async () => {
      const host = await open('rtl');
      clean(host.report);
      for (const w of host.widgets) {
        expect(host.win.getComputedStyle(w).direction, 'the page around is right to left').to.equal('rtl');
        expect(host.win.getComputedStyle(w.shadowRoot!.firstElementChild!).direction).to.equal('ltr');
      }
      const measured = gaps(host);
      expect(new Set(measured.map((g) => g.widget)).size, 'short headings or captions in every widget').to.equal(3);
      for (const g of measured) expect(g.left, `${g.widget}: a heading hugs the left edge`).to.be.below(g.right);
      // The gauge's percentage: its sign drawn after the number, as a French reader reads it.
      const value = host.doc.querySelector('ancrage-budget-gauge')!.shadowRoot!.querySelector('[part="value"]')!;
      expect(value.textContent).to.match(/^\d.*%$/);
      expect(charBox(value, -1).left, '% after the digits').to.be.at.least(charBox(value, 0).right);
      noHorizontalOverflow(host);
    });

    it('(and the same headings start on the left on a French page)', async () => {
      const host = await open('clean');
      clean(host.report);
      const measured = gaps(host);
      expect(new Set(measured.map((g) => g.widget)).size, 'short headings or captions in every widget').to.equal(3);
      for (const g of measured) expect(g.left, `${g.widget}: a heading hugs the left edge`).to.be.below(g.right);
    });
  });

  describe('small screens and zoom', () => {
    it('320 px: no horizontal scroll', async () => {
      const host = await open('clean', 320);
      clean(host.report);
      noHorizontalOverflow(host);
    });

    it('320 px with 300-character words everywhere: no horizontal scroll', async () => {
      const host = await open('long-words', 320);
      clean(host.report);
      noHorizontalOverflow(host);
    });

    it('200 % zoom (a 1280 px window zoomed: 640 CSS px): no horizontal scroll', async () => {
      const host = await open('clean', 640);
      clean(host.report);
      noHorizontalOverflow(host);
    });

    it('200 % text size (the page’s root font doubled at 1280 px): no horizontal scroll, text twice as big', async () => {
      const host = await open('clean', 1280);
      const size = () => parseFloat(host.win.getComputedStyle(host.widgets[0].shadowRoot!.querySelector('h2, h3, p')!).fontSize);
      const before = size();
      host.doc.documentElement.style.fontSize = '200%';
      await Promise.all(host.widgets.map((w) => (w as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      expect(size()).to.equal(before * 2);
      noHorizontalOverflow(host);
    });
  });
});
