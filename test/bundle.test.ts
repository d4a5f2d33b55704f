// The built file a town hall links (`npm test` builds it first).
import { aTimeout, expect, nextFrame, waitUntil } from '@open-wc/testing';

const TAGS = ['ancrage-project-cards', 'ancrage-partner-list', 'ancrage-budget-gauge'];

describe('dist/ancrage.js', () => {
  it('registers every widget and loads twice in one page without an error', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    await import('/dist/ancrage.js' as string);
    // A second copy: another module instance, as when a theme and a content block both paste the snippet.
    await import('/dist/ancrage.js?second-copy' as string);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders the example feed from the built bundle', async () => {
    await import('/dist/ancrage.js' as string);
    document.body.insertAdjacentHTML(
      'beforeend',
      TAGS.map((tag) => `<${tag} feed="/stories/demo/example-feed.json" publisher="belleval"></${tag}>`).join(''),
    );
    const widgets = TAGS.map((tag) => document.querySelector(tag) as HTMLElement & { state: string });
    try {
      await waitUntil(() => widgets.every((el) => el.state === 'ready'), 'every widget ready', { timeout: 5000 });
      const [cards, partners, gauge] = widgets.map((el) => el.shadowRoot!);
      expect(cards.querySelectorAll('article [part~="title"]')).to.have.length.greaterThan(1);
      expect(partners.querySelectorAll('[part~="name"]')).to.have.length.greaterThan(1);
      expect(gauge.querySelector('[role="meter"]')?.getAttribute('aria-valuetext')).to.match(/\d.*€/);
    } finally {
      widgets.forEach((el) => el.remove());
    }
  });

  it('exports parseFeed, so a page can check a feed with the file it links', async () => {
    const { parseFeed } = await import('/dist/ancrage.js' as string);
    const result = parseFeed({ version: '1.0', publishers: [{ id: 'belleval', name: 'Belleval', kind: 'commune' }], projects: 3 });
    expect(result.ok).to.be.true;
    expect(result.warnings).to.deep.equal([{ path: 'projects', message: 'not a list 3' }]);
    expect(parseFeed([]).ok).to.be.false;
  });
});

/** An element tree as a string: tags, sorted attributes and non-blank text, whitespace collapsed; comments (Lit's markers) left out. */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.replace(/\s+/g, ' ').trim();
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const children = [...node.childNodes].map(shape).filter(Boolean).join('|');
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return children;
  const el = node as Element;
  const attributes = [...el.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(' ');
  return `<${el.localName} ${attributes}>${children}</${el.localName}>`;
}

describe('dist/ancrage.js against the sources', () => {
  it('renders the same elements, attributes and text, and after the same reader actions (the build minifies templates and renames private names only)', async () => {
    await import('/dist/ancrage.js' as string);
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr"><body><script type="module">import '/src/ancrage.ts';</script></body></html>`;
    document.body.append(frame);
    await waitUntil(() => frame.contentWindow?.customElements?.get('ancrage-budget-gauge'), 'the sources registered', { timeout: 10000 });
    // What a reader does, the same in both documents: it runs the renamed members of the bundle (toggles, search, filters, years).
    const openFirst = (root: ShadowRoot) => root.querySelector<HTMLElement>('button[aria-expanded]')!.click();
    const pickLast = (root: ShadowRoot, selector: string) => {
      const select = root.querySelector<HTMLSelectElement>(selector)!;
      select.selectedIndex = select.options.length - 1;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const search = (root: ShadowRoot, words: string) => {
      const field = root.querySelector<HTMLInputElement>('input[type="search"]')!;
      field.value = words;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    type Step = (root: ShadowRoot) => void;
    const cases: Array<[string, Record<string, string>, Step[]?]> = [
      ['ancrage-project-cards', { publisher: 'belleval', filters: '' }],
      ['ancrage-project-cards', { publisher: 'belleval', filters: '', 'page-size': '1' }, [
        openFirst,
        (root) => root.querySelector<HTMLElement>('[part~="more"]')!.click(),
        (root) => pickLast(root, 'select[name="status"]'),
        (root) => search(root, 'eau'),
      ]],
      ['ancrage-project-cards', { project: 'diema-eau-potable' }],
      ['ancrage-partner-list', { publisher: 'belleval', search: '' }],
      ['ancrage-partner-list', { publisher: 'belleval', search: '', group: 'kind' }, [(root) => search(root, 'a'), openFirst]],
      ['ancrage-budget-gauge', { publisher: 'belleval', breakdown: '', years: '' }, [(root) => pickLast(root, 'select#year')]],
      ['ancrage-budget-gauge', { publisher: 'belleval', variant: 'bar', basis: 'water' }],
    ];
    for (const [tag, attrs, steps = []] of cases) {
      /** What the widget shows once drawn, then after each step. */
      const render = async (doc: Document) => {
        const el = doc.createElement(tag) as HTMLElement & { state: string; updateComplete: Promise<unknown> };
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        // By its address, so that the feed's relative image paths resolve to files that exist: an image
        // that fails turns into the placeholder whenever its error arrives, which two renders would not share.
        el.setAttribute('feed', '/stories/demo/example-feed.json');
        // The language declared alike in both documents (this test page declares none).
        el.setAttribute('lang', 'fr');
        // As wide in the page as in the smaller frame: the gauge's breakdown is a Tab stop only where its table does not fit.
        el.style.width = '40em';
        doc.body.append(el);
        await waitUntil(() => el.state === 'ready', `${tag} ready`);
        await el.updateComplete;
        // Once laid out: the breakdown's scroller learns whether its table fits (a ResizeObserver).
        await nextFrame();
        await nextFrame();
        const shapes = [shape(el.shadowRoot!)];
        for (const step of steps) {
          step(el.shadowRoot!);
          // Well past the counts said once typing pauses (0.5 s, then 0.1 s).
          await aTimeout(1000);
          await el.updateComplete;
          shapes.push(shape(el.shadowRoot!));
        }
        el.remove();
        return shapes;
      };
      const built = await render(document);
      const source = await render(frame.contentDocument!);
      const name = `${tag} ${JSON.stringify(attrs)}`;
      expect(built[0].length, name).to.be.greaterThan(200);
      built.forEach((shown, i) => {
        // Each step shows something new: one that did nothing in both builds would compare nothing.
        if (i) expect(shown, `${name}, step ${i}`).not.to.equal(built[i - 1]);
        expect(shown, `${name}, step ${i}`).to.equal(source[i]);
      });
    }
    frame.remove();
  });
});
