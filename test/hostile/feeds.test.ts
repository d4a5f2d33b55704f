// Hostile feeds (issue 7): every case of test/hostile/cases.mjs, through all three widgets.
//
// For each case, in a 320 px wide page with its own content and styles:
// - no injected script runs (payloads set window.__pwned; links are clicked, details opened);
// - no uncaught error, no unhandled rejection, no console.error;
// - each widget ends in the expected state: `ready`/`empty` with the expected warnings, or
//   `error` showing the translated reason;
// - the page's own content, styles and globals are untouched (no prototype pollution);
// - what the widgets render has no "undefined", "NaN", "Invalid Date", "[object Object]",
//   "Infinity" or "∞", no lone surrogate or NUL, no element or event handler from the feed,
//   only allow-listed URLs, only validated theme values; and it fits 320 px.
//
// Served cases need test/server/hostile-routes.mjs in the dev server's middleware.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/budget-gauge/define.js';
import '../../src/components/partner-list/define.js';
import '../../src/components/project-cards/define.js';
import type { FatalCode, FeedIssue } from '../../src/feed/types.js';
import { messagesFor } from '../../src/i18n/index.js';
import { CASES, DEFAULT_STATES } from './cases.mjs';
import { overflowing } from './overflow.js';

type Key = 'cards' | 'partners' | 'gauge';
type Widget = HTMLElement & { state: string; data?: unknown; updateComplete: Promise<boolean> };
interface Case {
  name: string;
  about: string;
  serve: { file?: string; raw?: string; url?: string; data?: () => unknown };
  expect: { error?: FatalCode; warnings?: string[]; exact?: boolean; states?: Record<Key, string> };
  attrs?: Partial<Record<Key, Record<string, string>>>;
  present?: string[];
  absent?: string[];
  bidi?: string[];
  theme?: Record<string, string>;
  slow?: boolean;
}

const TAGS: Record<Key, string> = { cards: 'ancrage-project-cards', partners: 'ancrage-partner-list', gauge: 'ancrage-budget-gauge' };
// Every optional surface on, so that every feed text has a place to show.
const SURFACES: Record<Key, Record<string, string>> = { cards: { filters: '' }, partners: { search: '' }, gauge: { breakdown: '', years: '' } };
const LANG = 'fr';
const t = messagesFor(LANG);

const GARBAGE = /\bundefined\b|\bNaN\b|Invalid Date|\[object Object\]|Infinity|∞/;
const FOREIGN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'math', 'frame', 'frameset', 'template']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'background', 'ping']);
const SAFE_LINK = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (s: string) => !LONE_SURROGATE.test(s);
const THEME_VALUE = /^#[0-9a-f]{6}$|^(?:0|\d+(?:\.\d+)?(?:px|r?em))$/;

// ---- What the page records -----------------------------------------------------------

const problems: string[] = [];
addEventListener('error', (e) => problems.push(`uncaught error: ${e.message}`));
addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${e.reason}`));

// A safe link is not followed (the test page stays); anything else is, so a script URL runs.
addEventListener(
  'click',
  (e) => {
    const a = e.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (a && SAFE_LINK.has(new URL(a.href, document.baseURI).protocol)) e.preventDefault();
  },
  true,
);

const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned;

interface PageState {
  sentinel: string;
  style: string;
  head: number;
  sheets: number;
  adopted: number;
  title: string;
  root: string;
  body: string;
}

function pageState(): PageState {
  const sentinel = document.getElementById('sentinel')!;
  const cs = getComputedStyle(sentinel);
  const attrs = (el: Element) => [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
  return {
    sentinel: sentinel.textContent ?? '',
    style: [cs.color, cs.display, cs.fontSize, cs.visibility, cs.lineHeight, cs.fontFamily].join('|'),
    head: document.head.childElementCount,
    sheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
    title: document.title,
    root: attrs(document.documentElement),
    body: attrs(document.body),
  };
}

// ---- What the widgets render ----------------------------------------------------------

interface Rendered {
  texts: string[];
  attributes: Array<[element: string, name: string, value: string]>;
  elements: Element[];
}

/** Every text node, attribute and element under the widgets' shadow roots (nested ones too). */
function rendered(widgets: Element[]): Rendered {
  const out: Rendered = { texts: [], attributes: [], elements: [] };
  const visit = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        out.texts.push(node.data);
        continue;
      }
      const el = node as Element;
      out.elements.push(el);
      for (const { name, value } of el.attributes) out.attributes.push([el.localName, name, value]);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  widgets.forEach((w) => visit(w.shadowRoot!));
  return out;
}

function renderedProblems(r: Rendered): string[] {
  const found: string[] = [];
  const quote = (s: string) => JSON.stringify(s.length > 80 ? s.slice(0, 80) + '…' : s);
  for (const text of r.texts) {
    if (GARBAGE.test(text)) found.push(`text shows ${quote(text)}`);
    if (!wellFormed(text) || text.includes('\0')) found.push(`text has a lone surrogate or NUL: ${quote(text)}`);
  }
  for (const [el, name, value] of r.attributes) {
    if (GARBAGE.test(value)) found.push(`<${el} ${name}> shows ${quote(value)}`);
    if (!wellFormed(value) || value.includes('\0')) found.push(`<${el} ${name}> has a lone surrogate or NUL`);
    if (name.startsWith('on')) found.push(`<${el}> has an event handler attribute ${name}`);
    if (name === 'srcdoc' || (name === 'style' && /url\(|expression/i.test(value))) found.push(`<${el} ${name}=${quote(value)}>`);
    if (URL_ATTRIBUTES.has(name)) {
      const url = new URL(value, document.baseURI);
      const ok =
        el === 'img' || name === 'src'
          ? url.protocol === 'https:' || (url.protocol === 'http:' && url.origin === location.origin)
          : SAFE_LINK.has(url.protocol);
      if (!ok) found.push(`<${el} ${name}=${quote(value)}> is not an allowed URL`);
    }
  }
  for (const el of r.elements) if (FOREIGN_ELEMENTS.has(el.localName)) found.push(`a <${el.localName}> element is rendered`);
  return found;
}

/** Whether each occurrence of `word` (a widget's own text) is laid out left to right, as French reads. */
function readsLeftToRight(widgets: Element[], word: string): { measured: number; reversed: string[] } {
  let measured = 0;
  const reversed: string[] = [];
  for (const text of widgets.flatMap((w) => textNodes(w.shadowRoot!))) {
    for (let i = text.data.indexOf(word); i >= 0; i = text.data.indexOf(word, i + 1)) {
      const rect = (at: number) => {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        return range.getBoundingClientRect();
      };
      const first = rect(i);
      const last = rect(i + word.length - 1);
      // Not rendered, or clipped to a pixel (visually hidden): nothing to read.
      if (!first.width || !last.width || text.parentElement!.getBoundingClientRect().width <= 1) continue;
      measured++;
      if (first.left >= last.left) reversed.push(JSON.stringify(text.data));
    }
  }
  return { measured, reversed };
}

function textNodes(root: ShadowRoot): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

/** The `--_feed-*` properties set on a widget, and anything else its inline style holds. */
function inlineStyle(el: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < el.style.length; i++) out[el.style[i]] = el.style.getPropertyValue(el.style[i]).trim();
  return out;
}

// ---- Mounting a case ------------------------------------------------------------------

interface Mounted {
  widgets: Record<Key, Widget>;
  loads: FeedIssue[][];
  errors: string[];
}

function source(c: Case): string | undefined {
  const { file, raw, url } = c.serve;
  return file ? `/test/fixtures/hostile/${file}` : raw ? `/__hostile/raw/${raw}` : url;
}

/** The three widgets on a case's feed, in the 320 px page; `early` ones are not a fixture (they outlive one test). */
async function mount(c: Case, early = false): Promise<Mounted> {
  const box = document.createElement('div');
  box.lang = LANG;
  const mounted: Mounted = { widgets: {} as Record<Key, Widget>, loads: [], errors: [] };
  box.addEventListener('ancrage-feed-load', (e) => mounted.loads.push(e.detail.warnings));
  box.addEventListener('ancrage-feed-error', (e) => mounted.errors.push(e.detail.message));
  const data = c.serve.data?.();
  for (const key of Object.keys(TAGS) as Key[]) {
    const el = document.createElement(TAGS[key]) as Widget;
    for (const [name, value] of Object.entries({ ...SURFACES[key], ...c.attrs?.[key] })) el.setAttribute(name, value);
    if (c.serve.data) el.data = data;
    else el.setAttribute('feed', source(c)!);
    box.append(el);
    mounted.widgets[key] = el;
  }
  if (early) document.body.append(box);
  else await fixture(html`${box}`);
  const widgets = Object.values(mounted.widgets);
  const deadline = performance.now() + (c.slow ? 15000 : c.serve.data ? 3000 : 8000);
  while (widgets.some((w) => w.state === 'loading')) {
    if (performance.now() > deadline) {
      throw new Error(`still loading: ${widgets.map((w) => `${w.localName}=${w.state}`).join(', ')}; ${problems.join('; ')}`);
    }
    await aTimeout(25);
  }
  await Promise.all(widgets.map((w) => w.updateComplete));
  return mounted;
}

/** Opens everything that opens (card details, long descriptions), then follows every link. */
async function exercise(widgets: Widget[]): Promise<number> {
  for (const w of widgets) w.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]').forEach((b) => b.click());
  await Promise.all(widgets.map((w) => w.updateComplete));
  const links = widgets.flatMap((w) => [...w.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')]);
  links.forEach((a) => a.click());
  // javascript: navigations and failed <img onerror> run as tasks: give them time.
  await aTimeout(150);
  return links.length;
}

// ---- The tests ------------------------------------------------------------------------

describe('hostile feeds', function () {
  this.timeout(25000);
  let baseline: PageState;
  const quiet = { warn: console.warn, groupCollapsed: console.groupCollapsed, groupEnd: console.groupEnd, error: console.error };
  let consoleErrors: string[] = [];

  // Slow cases (a 10 s timeout) load while the others run; their test waits for them.
  const early = new Map<Case, Promise<Mounted>>();

  before(async () => {
    await setViewport({ width: 320, height: 640 });
    for (const c of (CASES as Case[]).filter((c) => c.slow)) {
      const mounting = mount(c, true);
      mounting.catch(() => {}); // reported by the case's own test
      early.set(c, mounting);
    }
    const style = document.createElement('style');
    style.textContent = '#sentinel { color: rgb(12, 34, 56); font-size: 18px; line-height: 27px; font-family: serif; }';
    const sentinel = document.createElement('p');
    sentinel.id = 'sentinel';
    sentinel.textContent = 'La mairie est ouverte du lundi au vendredi.';
    document.head.append(style);
    document.body.prepend(sentinel);
    baseline = pageState();
  });

  beforeEach(() => {
    problems.length = 0;
    consoleErrors = [];
    delete (window as unknown as { __pwned?: unknown }).__pwned;
    // The loader reports a feed's warnings with console.warn: expected here, and noisy.
    console.warn = console.groupCollapsed = console.groupEnd = () => {};
    console.error = (...args: unknown[]) => void consoleErrors.push(args.join(' '));
  });

  afterEach(() => Object.assign(console, quiet));

  after(async () => {
    for (const mounting of early.values()) (await mounting.catch(() => undefined))?.widgets.cards.parentElement!.remove();
  });

  describe('the detectors can fail', () => {
    it('a clicked javascript: link runs, and is seen', async () => {
      const a = document.createElement('a');
      a.href = "javascript:void(window.__pwned='control')";
      a.textContent = 'control';
      document.body.append(a);
      a.click();
      await aTimeout(150);
      a.remove();
      expect(pwned()).to.equal('control');
    });

    it('markup parsed as HTML runs its handler, and is seen', async () => {
      const div = document.createElement('div');
      div.innerHTML = `<img src=x onerror="window.__pwned='control'">`;
      document.body.append(div);
      await aTimeout(300);
      div.remove();
      expect(pwned()).to.equal('control');
    });

    it('garbage, handlers, foreign elements and script URLs in a shadow root are reported', () => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<p title="NaN">undefined</p><a href="javascript:void 0">x</a><span onclick="x"></span><style></style>';
      root.querySelector('span')!.append('\ud800');
      const found = renderedProblems(rendered([host])).join('\n');
      for (const what of ['text shows "undefined"', '<p title> shows "NaN"', 'not an allowed URL', 'event handler attribute onclick', 'lone surrogate', 'a <style> element']) {
        expect(found).to.contain(what);
      }
    });
  });

  for (const c of CASES as Case[]) {
    it(`${c.name}: ${c.about}`, async () => {
      const m = await (early.get(c) ?? mount(c));
      const widgets = Object.values(m.widgets);
      // What shows at first (shortened texts, closed cards), then once everything is open.
      const faults = new Set(renderedProblems(rendered(widgets)));
      const links = await exercise(widgets);

      // No script from the feed ran; nothing broke.
      expect(pwned(), 'an injected script ran').to.equal(undefined);
      expect(problems, 'uncaught errors').to.deep.equal([]);
      expect(consoleErrors, 'console.error').to.deep.equal([]);
      expect(({} as Record<string, unknown>).polluted ?? ({} as Record<string, unknown>).isAdmin, 'Object.prototype polluted').to.equal(undefined);

      // The outcome.
      const states = Object.fromEntries(Object.entries(m.widgets).map(([k, w]) => [k, w.state]));
      if (c.expect.error) {
        expect(states).to.deep.equal({ cards: 'error', partners: 'error', gauge: 'error' });
        const message = `${t.error} ${t.errorReason[c.expect.error]}`;
        for (const w of widgets) expect(w.shadowRoot!.querySelector('[part="state"]')!.textContent!.trim()).to.equal(message);
        expect(m.errors.length, 'one ancrage-feed-error per widget').to.equal(3);
        m.errors.forEach((e) => expect(e).to.equal(message));
      } else {
        expect(states).to.deep.equal(c.expect.states ?? DEFAULT_STATES);
        expect(m.loads.length, 'one ancrage-feed-load per widget').to.equal(3);
        const paths = m.loads[0].map((w) => w.path);
        expect(paths, JSON.stringify(m.loads[0], null, 1)).to.include.members(c.expect.warnings ?? []);
        if (c.expect.exact) expect(paths.length, JSON.stringify(m.loads[0], null, 1)).to.equal(c.expect.warnings!.length);
        m.loads[0].forEach((w) => expect(w.message).to.be.a('string').and.not.equal(''));
      }

      // The page is untouched.
      expect(pageState()).to.deep.equal(baseline);

      // What the widgets show.
      const r = rendered(widgets);
      renderedProblems(r).forEach((p) => faults.add(p));
      const shown = [...r.texts, ...r.attributes.map(([, , value]) => value)];
      for (const s of c.present ?? []) if (!shown.some((text) => text.includes(s))) faults.add(`does not show ${JSON.stringify(s)} literally`);
      for (const s of c.absent ?? []) for (const text of shown.filter((x) => x.includes(s))) faults.add(`shows ${JSON.stringify(s)} in ${JSON.stringify(text)}`);
      for (const word of c.bidi ?? []) {
        const { measured, reversed } = readsLeftToRight(widgets, word);
        if (!measured) faults.add(`"${word}" is not shown`);
        reversed.forEach((text) => faults.add(`"${word}" reversed by a bidi control from the feed in ${text}`));
      }
      expect([...faults]).to.deep.equal([]);
      if (c.name === 'dangerous-urls') expect(links, 'the safe links are there to click').to.be.greaterThan(4);

      // Theme values: only validated ones, only as custom properties.
      for (const w of widgets) {
        const style = inlineStyle(w);
        for (const [name, value] of Object.entries(style)) {
          expect(name, 'only --_feed-* properties inline').to.match(/^--_feed-/);
          expect(value, name).to.match(THEME_VALUE);
        }
        if (c.theme) expect(style).to.deep.equal(c.theme);
      }

      // 320 px wide, whatever the feed: no horizontal overflow, of the widgets or of the page.
      const page = document.scrollingElement!;
      expect(page.scrollWidth, `the page scrolls sideways: ${overflowing(document, page.clientWidth)}`).to.be.at.most(page.clientWidth);
      for (const w of widgets) expect(w.scrollWidth, `${w.localName} overflows 320 px: ${overflowing(w.shadowRoot!, w.getBoundingClientRect().right)}`).to.be.at.most(w.clientWidth + 1);
    });
  }
});
