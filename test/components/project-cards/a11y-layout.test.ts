import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { feed, partner, project } from '../../fixtures/feed-builder.js';
import { $, $$, choose, count, mount } from './helpers.js';

const WORD = 'Solidarité'.repeat(30);

const rich = () =>
  feed({
    partners: [partner('p1', { name: `Association ${WORD}` }), partner('p2', { name: 'Commune de Kayes' })],
    projects: [
      project('long', {
        title: `Projet ${WORD} au long cours`,
        summary: `Résumé ${WORD}`,
        description: `Un paragraphe ${WORD}.\n\nUn autre.`,
        status: 'ongoing',
        start: '2024-03',
        themes: ['citizenship-education', 'water-sanitation'],
        sdgs: [6, 16, 17],
        places: [{ country: 'ML', name: WORD, region: 'Kayes' }],
        partners: [
          { ref: 'p1', role: 'lead' },
          { ref: 'p2', role: 'local-partner' },
        ],
        funding: { contribution: 62000, total: 186000, basis: 'water' },
        image: { src: '/missing.png', alt: 'Un forage', credit: `Crédit ${WORD}` },
        links: [{ href: `https://example.org/${WORD}`, label: WORD }],
      }),
      ...['planned', 'completed', 'suspended', 'cancelled'].map((status, i) =>
        project(`p${i}`, { status, themes: ['health'], places: [{ country: 'SN' }] }),
      ),
    ],
  });

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

/** Every node of the page's accessibility tree as a screen reader gets it (Chromium's, through the DevTools protocol). */
async function axNodes(): Promise<AxNode[]> {
  const all: AxNode[] = [];
  const walk = (node: AxNode) => (all.push(node), node.children?.forEach(walk));
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return all;
}

describe('ancrage-project-cards: accessibility', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('prints each card on one sheet, its title with it, and the filters that say what is shown', async () => {
    const el = await mount(rich(), { filters: '' });
    expect(getComputedStyle($(el, 'article')!).breakInside).to.equal('auto');
    try {
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, 'form')!).display).not.to.equal('none');
      expect(getComputedStyle($(el, 'article')!).breakInside).to.equal('avoid');
      expect(getComputedStyle($(el, '[part~="title"]')!).breakAfter).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('is axe-clean when ready', async () => {
    const el = await mount(rich());
    expect(el.state).to.equal('ready');
    await expect(el).to.be.accessible();
  });

  it('is axe-clean with filters open and used, and a card expanded', async () => {
    const el = await mount(rich(), { filters: '' });
    await choose(el, 'theme', 'health');
    await choose(el, 'theme', '');
    $<HTMLButtonElement>(el, '.toggle')!.click();
    await el.updateComplete;
    expect($(el, '.toggle')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('is axe-clean when nothing matches the filters', async () => {
    const el = await mount(rich(), { filters: '' });
    await choose(el, 'q', 'introuvable');
    expect(count(el, 'article')).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('is axe-clean in dark mode, set or followed', async () => {
    const el = await mount(rich(), { 'color-scheme': 'dark', filters: '' });
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await mount(rich(), { 'color-scheme': 'auto', filters: '' });
    expect(getComputedStyle($(auto, 'article')!).backgroundColor).to.equal('rgb(22, 22, 22)');
    await expect(auto).to.be.accessible();
  });

  it('is axe-clean when empty, loading and in error', async () => {
    const empty = await mount(feed());
    expect(empty.state).to.equal('empty');
    await expect(empty).to.be.accessible();

    const loading = await mount(undefined);
    expect(loading.state).to.equal('loading');
    await expect(loading).to.be.accessible();

    const error = await fixture<HTMLElement & { state: string }>(
      html`<ancrage-project-cards lang="fr" feed="/__feed/status/404"></ancrage-project-cards>`,
    );
    await waitUntil(() => error.state === 'error', 'error state', { timeout: 10000 });
    await expect(error).to.be.accessible();
  });

  it('gives each card a name, a native heading and a named disclosure', async () => {
    const el = await mount(rich(), { 'heading-level': '2' });
    const list = $(el, 'ul.grid')!;
    expect(list.getAttribute('role')).to.equal('list');
    for (const article of $$(el, 'article')) {
      const heading = el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!)!;
      expect(heading.tagName).to.equal('H2');
      expect(article.parentElement!.tagName).to.equal('LI');
    }
    const toggle = $(el, '.toggle')!;
    expect(toggle.tagName).to.equal('BUTTON');
    expect(toggle.getAttribute('aria-controls')).to.equal('d-long');
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Détails du projet Projet ${WORD} au long cours`);
    // The title completes the name for screen readers without repeating it on screen.
    expect(toggle.querySelector('span')!.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('writes each status, colour being only a second signal', async () => {
    const el = await mount(rich());
    expect($$(el, '[part="status"]').map((s) => s.textContent)).to.deep.equal([
      'En cours',
      'En projet',
      'Terminé',
      'Suspendu',
      'Annulé',
    ]);
  });

  it('draws the status dot in the system text colour in forced colours', async () => {
    // Through the DevTools protocol (test/server/commands.mjs): emulateMedia cannot.
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const el = await mount(rich());
      const status = $(el, '[part="status"]')!;
      const dot = getComputedStyle(status, '::before');
      expect(dot.backgroundColor).to.equal(getComputedStyle(status).color);
      expect(dot.backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});

describe('ancrage-project-cards: layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const fontSize of ['16px', '24px']) {
    it(`never scrolls sideways at 320 px, even with a 300-character word (text at ${fontSize})`, async () => {
      await setViewport({ width: 320, height: 640 });
      document.body.style.fontSize = fontSize;
      try {
        const el = await mount(rich(), { filters: '' });
        $<HTMLButtonElement>(el, '.toggle')!.click();
        await el.updateComplete;
        await waitUntil(() => $(el, '.placeholder'), 'the broken image gives way to the placeholder', { timeout: 5000 });
        const boxes = [el, ...$$(el, 'form, fieldset, label, article, .details, dl, select, [part="more"]')];
        for (const box of boxes) {
          expect(box.scrollWidth, `${box.tagName}.${box.className}`).to.be.at.most(box.clientWidth);
        }
        expect(el.getBoundingClientRect().right).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        document.body.style.fontSize = '';
      }
    });
  }

  it('keeps every line of a long image credit on a phone at 200 % text: the image grows, never hides them', async () => {
    await setViewport({ width: 360, height: 640 });
    document.body.style.fontSize = '32px';
    try {
      const credit = 'Photo : Comité de jumelage Belleval–Diéma, Association des Maliens de Belleval, 2024, tous droits réservés';
      const el = await mount(feed({ projects: [project('p', { image: { src: '/node_modules/lit/logo.svg', alt: 'Un forage', credit } })] }));
      const [media, image, band] = ['.media', 'img', '.credit'].map((selector) => $(el, selector)!.getBoundingClientRect());
      expect(band.height, 'several lines').to.be.above(100);
      expect(band.top).to.be.at.least(media.top);
      expect(band.bottom).to.be.at.most(media.bottom + 0.5);
      // Still on the image, which grew under it.
      expect([band.top, band.bottom]).to.deep.equal([image.top, image.bottom]);
    } finally {
      document.body.style.fontSize = '';
    }
  });

  it('shows an image at its own proportions, and the placeholder, when a page sets an invalid image ratio', async () => {
    const el = await mount(feed({ projects: [project('a', { image: { src: '/node_modules/lit/logo.svg', alt: 'Un forage' } }), project('b')] }));
    el.style.setProperty('--ancrage-cards-image-ratio', '16:9');
    const image = $<HTMLImageElement>(el, 'img')!;
    await waitUntil(() => image.complete && image.naturalWidth, 'the image loads');
    const { width, height } = image.getBoundingClientRect();
    expect(height).to.be.closeTo((width * image.naturalHeight) / image.naturalWidth, 1);
    expect($(el, '.placeholder')!.getBoundingClientRect().height).to.be.above(30);
  });

  it('lays cards out in several columns on wide screens, one at 320 px', async () => {
    const columns = (el: HTMLElement) => getComputedStyle($(el, 'ul.grid')!).gridTemplateColumns.split(' ').length;
    await setViewport({ width: 1280, height: 800 });
    const wide = await mount(rich());
    expect(columns(wide)).to.be.at.least(3);
    await setViewport({ width: 320, height: 640 });
    const narrow = await mount(rich());
    expect(columns(narrow)).to.equal(1);
  });

  it('keeps the other cards of a row at their own height when one opens its details', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount(rich());
    const cards = $$(el, 'ul.grid > li');
    const closed = cards.map((li) => li.getBoundingClientRect().height);
    cards[0].querySelector<HTMLButtonElement>('button.toggle')!.click();
    await el.updateComplete;
    const [open, next] = cards.map((li) => li.getBoundingClientRect());
    expect(open.top).to.equal(next.top, 'the same row');
    expect(open.height).to.be.above(closed[0] + 100, 'the details shown');
    // The next card is like the last one (a short project), alone in its row: its own height.
    expect(next.height, 'not stretched to the open card').to.equal(closed.at(-1));
    expect(next.height).to.be.below(closed[0]);
  });

  it('gives a screen reader every card, on screen or not (Chromium leaves a `content-visibility: auto` one out of its tree)', async () => {
    await setViewport({ width: 360, height: 640 });
    const data = feed({ projects: Array.from({ length: 8 }, (_, i) => project(`p${i}`, { title: `Projet ${i}`, summary: 'Un résumé.' })) });
    const el = await fixture<HTMLElement & { state: string }>(html`<div><p style="height: 3000px">Haut de page</p><ancrage-project-cards .data=${data}></ancrage-project-cards></div>`);
    await waitUntil(() => el.querySelector<HTMLElement & { state: string }>('ancrage-project-cards')!.state === 'ready');
    const headings = (await axNodes()).filter((node) => node.role === 'heading' && /^Projet \d$/.test(node.name));
    expect(headings.map((node) => node.name)).to.have.members(data.projects.map((p) => p.title as string));
  });
});
