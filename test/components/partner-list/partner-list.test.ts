import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../../src/components/partner-list/define.js';
import type { AncragePartnerList } from '../../../src/components/partner-list/partner-list.js';
import { feed, partner, project, publisher } from '../../fixtures/feed-builder.js';
import { $, $$, consoleWarnings, mountWidget, type Attributes } from '../../fixtures/widget-dom.js';

const LONG_TEXT = `${'Une association qui accompagne les familles. '.repeat(8)}FIN-DU-TEXTE`;

/** Two publishers; `solo` is in no project; `autre` only in ville-b's project. */
const FEED = feed({
  publishers: [publisher('ville-a'), publisher('ville-b')],
  partners: [
    partner('fanfare', { name: 'Fanfare', kind: 'osim', city: 'Montreuil', country: 'FR' }),
    partner('delta', { name: 'Delta', city: 'Lyon', country: 'FR', website: 'https://www.delta.example/asso' }),
    partner('elan', { name: 'Élan', country: 'SN', description: LONG_TEXT }),
    partner('kayes', { name: 'Commune de Kayes', kind: 'collectivite', country: 'ML' }),
    partner('afd', { name: 'Agence française de développement', kind: 'public', website: 'mailto:contact@afd.example' }),
    partner('autre', { name: 'Autre ONG', kind: 'ngo' }),
    partner('solo', { name: 'Amis du monde', description: 'Premier paragraphe.\n\nSecond paragraphe.' }),
  ],
  projects: [
    project('eau', {
      publisher: 'ville-a',
      title: 'Eau potable à Kayes',
      partners: [
        { ref: 'delta', role: 'lead' },
        { ref: 'kayes', role: 'local-partner' },
        { ref: 'afd', role: 'funding' },
        { ref: 'elan', role: 'implementing' },
      ],
    }),
    project('ecole', {
      publisher: 'ville-a',
      title: 'École de Bamako',
      partners: [
        { ref: 'delta', role: 'funding' },
        { ref: 'delta', role: 'technical' },
        { ref: 'fanfare', role: 'implementing' },
      ],
    }),
    project('sante', {
      publisher: 'ville-b',
      title: 'Santé à Dakar',
      partners: [
        { ref: 'autre', role: 'lead' },
        { ref: 'delta', role: 'funding' },
      ],
    }),
  ],
});

/** `data: null` mounts without a feed. */
const mount = (attrs: Attributes = {}, data: unknown = FEED) => mountWidget<AncragePartnerList>('ancrage-partner-list', data ?? undefined, attrs);

// Every space collapsed, no-break ones too: the partner tests compare words.
const textOf = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
const texts = (el: Element, selector: string) => $$(el, selector).map(textOf);
/** What the reader sees (and a screen reader gets): a search hides the partners it leaves out. */
const shown = (el: Element, selector: string) => $$(el, selector).filter((node) => node.checkVisibility());
const names = (el: Element) => shown(el, '[part~="name"]').map(textOf);
const visibleText = (el: Element) => textOf(el.shadowRoot!);
const partnerNamed = (el: Element, name: string) =>
  $$(el, '[part~="partner"]').find((li) => textOf(li.querySelector('[part~="name"]')!) === name)!;

/** The accessible name a screen reader gets, computed by axe over the flattened (shadow-including) tree. */
function accessibleName(node: Element): string {
  const { axe } = window as unknown as { axe: AxeInternals };
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(node)).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

interface AxeInternals {
  setup(root: Node): void;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
}

const namesOf = (el: Element, selector: string) => $$(el, selector).map(accessibleName);

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

/** The names of the page's nodes of a role, as Chromium gives them to a screen reader (axe computes its own). */
async function axNames(role: string): Promise<string[]> {
  const names: string[] = [];
  const walk = (node: AxNode) => {
    if (node.role === role) names.push(node.name);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return names;
}

/** The accessible name of what has the keyboard focus in the widget, `null` when it is not in the widget (the page's body). */
const focused = (el: Element) => {
  const active = el.shadowRoot!.activeElement;
  return active && accessibleName(active);
};

async function type(el: AncragePartnerList, text: string) {
  const input = $(el, 'input')! as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await el.updateComplete;
}

describe('ancrage-partner-list', () => {
  describe('scope', () => {
    it('with publisher, lists only the partners of that publisher’s projects', async () => {
      const el = await mount({ publisher: 'ville-a' });
      expect(el.state).to.equal('ready');
      expect(names(el)).to.have.members(['Delta', 'Élan', 'Fanfare', 'Commune de Kayes', 'Agence française de développement']);
      const b = await mount({ publisher: 'ville-b' });
      expect(names(b)).to.have.members(['Autre ONG', 'Delta']);
    });

    it('without publisher, lists every partner, even those no project names', async () => {
      const el = await mount();
      expect(names(el)).to.include.members(['Autre ONG', 'Amis du monde']);
      expect(names(el)).to.have.length(7);
    });

    it('shows the empty state when no partner is in scope', async () => {
      const el = await mount({ publisher: 'ville-inconnue' });
      expect(el.state).to.equal('empty');
      expect(textOf($(el, '[part="state"]')!)).to.equal('Aucun partenaire à afficher pour le moment.');
      expect($$(el, '[part~="partner"]')).to.have.length(0);
    });
  });

  describe('grouping', () => {
    it('groups by kind, local actors first, with headings and counts', async () => {
      const el = await mount();
      const headings = $$(el, '[part~="heading"]');
      expect(headings.map((h) => h.tagName)).to.deep.equal(['H3', 'H3', 'H3', 'H3', 'H3']);
      expect(texts(el, '.count')).to.deep.equal(['3', '1', '1', '1', '1']);
      expect(namesOf(el, '[part~="heading"]')).to.deep.equal([
        'Associations, 3 partenaires',
        'Organisations de solidarité internationale issues des migrations (OSIM), 1 partenaire',
        'Collectivités partenaires, 1 partenaire',
        'ONG, 1 partenaire',
        'Organismes publics, 1 partenaire',
      ]);
      // Chromium read "Associations , 3 partenaires" when the hidden count followed the visible name.
      expect((await axNames('heading')).filter((name) => name.includes(' partenaire')).slice(0, 2)).to.deep.equal([
        'Associations, 3 partenaires',
        'Organisations de solidarité internationale issues des migrations (OSIM), 1 partenaire',
      ]);
      // Within a group: sorted by name.
      const associations = $$(el, '[part~="group"]')[0];
      expect([...associations.querySelectorAll('[part~="name"]')].map((n) => n.textContent)).to.deep.equal([
        'Amis du monde',
        'Delta',
        'Élan',
      ]);
      expect($$(el, '[part~="name"]')[0].tagName).to.equal('H4');
      for (const list of $$(el, 'ul.partners')) expect(list.getAttribute('role')).to.equal('list');
    });

    it('takes its heading level from heading-level, and falls back to 3 on a bad value', async () => {
      const el = await mount({ 'heading-level': '2' });
      expect($(el, '[part~="heading"]')!.tagName).to.equal('H2');
      expect($(el, '[part~="name"]')!.tagName).to.equal('H3');
      const quoted = await mount({ 'heading-level': '“4”' });
      expect($(quoted, '[part~="heading"]')!.tagName).to.equal('H4');
      // Not a whole number written in digits: the default, as on the cards, not a level read from it.
      for (const value of ['9', '2.5', '4.9', '0x2', '4e0', '+4']) {
        const bad = await mount({ 'heading-level': value });
        expect($(bad, '[part~="heading"]')!.tagName, value).to.equal('H3');
      }
      // The property set as text, as React and Vue may set it.
      (el as unknown as { headingLevel: string }).headingLevel = '4';
      await el.updateComplete;
      expect($(el, '[part~="heading"]')!.tagName).to.equal('H4');
    });

    it('group="none" gives one list sorted in the locale’s collation, kinds shown', async () => {
      const el = await mount({ group: 'none' });
      expect($$(el, '[part~="group"]')).to.have.length(0);
      expect($$(el, 'ul.partners')).to.have.length(1);
      // A code-point sort would put "Élan" after "Fanfare".
      expect(names(el)).to.deep.equal([
        'Agence française de développement',
        'Amis du monde',
        'Autre ONG',
        'Commune de Kayes',
        'Delta',
        'Élan',
        'Fanfare',
      ]);
      expect($(el, '[part~="name"]')!.tagName).to.equal('H3');
      expect(texts(el, '.kind')).to.include('Organisation de solidarité internationale issue des migrations (OSIM)');
    });

    it('keeps the kind available to screen readers inside groups', async () => {
      const el = await mount();
      const kind = $(el, '[part~="partner"] .visually-hidden')!;
      expect(kind.textContent).to.equal('Association');
    });

    it('kind= shows only the named kinds, ignoring unknown ones', async () => {
      const el = await mount({ kind: 'osim  association licorne' });
      expect($$(el, '[part~="group"]')).to.have.length(2);
      expect(names(el)).to.have.members(['Fanfare', 'Amis du monde', 'Delta', 'Élan']);
      let unknown!: Awaited<ReturnType<typeof mount>>;
      const warnings = await consoleWarnings(async () => (unknown = await mount({ kind: 'licorne' })));
      expect(names(unknown)).to.have.length(7);
      expect(warnings).to.deep.equal([
        'Ancrage: <ancrage-partner-list> kind="licorne": licorne unknown (known: association, osim, collectivite, ngo, public, network, education, company, other)',
      ]);
      // Commas, and an array set by a framework.
      expect(names(await mount({ kind: 'osim, association' }))).to.have.length(4);
      Object.assign(unknown, { kind: ['osim'] });
      await unknown.updateComplete;
      expect(names(unknown)).to.deep.equal(['Fanfare']);
    });
  });

  describe('projects and roles', () => {
    it('lists each partner’s projects with its roles, within the publisher scope', async () => {
      const el = await mount({ publisher: 'ville-a' });
      const delta = partnerNamed(el, 'Delta');
      const items = [...delta.querySelectorAll('.projects li')].map(textOf);
      expect(items).to.deep.equal(['Eau potable à Kayes — Chef de file', 'École de Bamako — Financeur et Partenaire technique']);
      expect(textOf(delta)).to.include('Projets');
      expect(textOf(delta)).not.to.include('Santé à Dakar');
    });

    it('without publisher, lists projects of every publisher', async () => {
      const el = await mount();
      const delta = partnerNamed(el, 'Delta');
      expect(delta.querySelectorAll('.projects li')).to.have.length(3);
      // Whose project each is: two towns may have one of the same name with this partner.
      expect([...delta.querySelectorAll('.projects li')].map(textOf)).to.include('Santé à Dakar (Ville ville-b) — Financeur');
      const solo = partnerNamed(el, 'Amis du monde');
      expect(solo.querySelector('.projects')).to.equal(null);
    });

    it('shows five projects of a long list, the others behind a disclosure button', async () => {
      const projects = Array.from({ length: 8 }, (_, i) =>
        project(`p${i}`, { publisher: 'ville-a', title: `Projet ${i + 1}`, partners: [{ ref: 'delta', role: 'lead' }] }),
      );
      const el = await mount({}, feed({ publishers: [publisher('ville-a')], partners: [partner('delta', { name: 'Delta' })], projects }));
      const delta = partnerNamed(el, 'Delta');
      const titles = () => [...delta.querySelectorAll('.projects li')].map((li) => textOf(li).split(' — ')[0]);
      expect(titles()).to.deep.equal(['Projet 1', 'Projet 2', 'Projet 3', 'Projet 4', 'Projet 5']);
      const button = delta.querySelector<HTMLButtonElement>('.projects + button')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(accessibleName(button)).to.equal('Voir les 3 autres projets (Delta)');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(titles()).to.have.length(8);
      expect(titles()[7]).to.equal('Projet 8');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(accessibleName(button)).to.equal('Voir moins de projets (Delta)');
      // The projects shown open above the button: the reader is taken to the first of them, the button next in the tab order.
      expect(el.shadowRoot!.activeElement).to.equal(delta.querySelectorAll('.projects li')[5]);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await expect(el).to.be.accessible();
      el.lang = 'en';
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(accessibleName(button)).to.equal('Show 3 more projects (Delta)');
    });

    it('shows a list one longer than five whole, without a button', async () => {
      const projects = Array.from({ length: 6 }, (_, i) =>
        project(`p${i}`, { publisher: 'ville-a', partners: [{ ref: 'delta', role: 'lead' }] }),
      );
      const el = await mount({}, feed({ publishers: [publisher('ville-a')], partners: [partner('delta', { name: 'Delta' })], projects }));
      const delta = partnerNamed(el, 'Delta');
      expect(delta.querySelectorAll('.projects li')).to.have.length(6);
      expect(delta.querySelector('button')).to.equal(null);
    });

    it('project= lists only that project’s partners, each with its role in it', async () => {
      const el = await mount({ project: 'ecole' });
      expect(names(el)).to.have.members(['Delta', 'Fanfare']);
      expect(texts(el, '.role')).to.have.members(['Financeur et Partenaire technique', 'Opérateur']);
      expect($$(el, '.projects')).to.have.length(0);
    });

    it('project= with an unknown id shows the empty state, and tells the console which ids there are', async () => {
      let el!: AncragePartnerList;
      const warnings = await consoleWarnings(async () => (el = await mount({ project: 'inconnu' })));
      expect(el.state).to.equal('empty');
      expect(warnings).to.deep.equal(['Ancrage: <ancrage-partner-list> project="inconnu" is not in the feed (eau, ecole, sante)']);
    });

    it('project= of another publisher is empty under publisher=', async () => {
      const el = await mount({ project: 'sante', publisher: 'ville-a' });
      expect(el.state).to.equal('empty');
    });
  });

  describe('search', () => {
    it('is absent unless asked for, and labelled when present', async () => {
      expect($(await mount(), 'input')).to.equal(null);
      const el = await mount({ search: true });
      const input = $(el, 'input') as HTMLInputElement;
      expect(input.type).to.equal('search');
      expect(input.labels![0].textContent).to.equal('Rechercher un partenaire');
    });

    it('filters on name, ignoring accents and case, and announces the count once typing pauses', async () => {
      const el = await mount({ search: true });
      const status = $(el, '[role="status"].found')!;
      expect(status.textContent).to.equal('');
      // Empty, still rendered: a live region that appears already filled is often not read out.
      expect(getComputedStyle(status).display).not.to.equal('none');
      await type(el, 'ELAN');
      expect(names(el)).to.deep.equal(['Élan']);
      expect(status.textContent).to.equal('');
      await aTimeout(600);
      await el.updateComplete;
      expect(status.textContent).to.equal('1 partenaire');
      // Focus stays in the box while the list changes.
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'input'));
      // Another search, the same count: said again (cleared, then set), not silence.
      const said: string[] = [];
      new MutationObserver(() => said.push(status.textContent!)).observe(status, { childList: true, subtree: true, characterData: true });
      await type(el, 'ELA');
      await waitUntil(() => said.at(-1) === '1 partenaire', 'the count said again');
      expect(said.slice(0, 1)).to.deep.equal(['']);
    });

    it('searches a list of hundreds once typing pauses, so that each key is not held up by the whole list', async () => {
      const many = feed({ partners: Array.from({ length: 400 }, (_, i) => partner(`p${i}`, { name: `Partenaire ${i}` })) });
      const el = await mountWidget<AncragePartnerList>('ancrage-partner-list', many, { search: true });
      const last = partnerNamed(el, 'Partenaire 399');
      await type(el, 'Partenaire 399');
      expect(names(el), 'not yet: the reader may still be typing').to.have.length(400);
      await waitUntil(() => names(el).length === 1, 'searched once typing paused');
      expect(names(el)).to.deep.equal(['Partenaire 399']);
      // The others hidden, not the list rebuilt: a second's work for a cheap phone at each search.
      expect(shown(el, '[part~="partner"]')).to.deep.equal([last]);
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'input'));
      await aTimeout(600);
      expect($(el, '.found')!.textContent).to.equal('1 partenaire');
    });

    it('applies a waiting search when Tab leaves the field, so that the focus lands on a partner it finds', async () => {
      const many = feed({
        partners: Array.from({ length: 400 }, (_, i) =>
          partner(`p${i}`, { name: `${i === 350 ? 'Zeta Diéma' : 'Association'} ${i}`, website: `https://p${i}.example/` }),
        ),
      });
      const el = await mountWidget<AncragePartnerList>('ancrage-partner-list', many, { search: true });
      $(el, 'input')!.focus();
      await sendKeys({ type: 'diema' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('Site web : Zeta Diéma 350 (p350.example)');
      expect(names(el)).to.deep.equal(['Zeta Diéma 350']);
      // Not moved once the pause is over (it fell to the page's body from a partner the search then hid).
      await aTimeout(600);
      expect(focused(el)).to.equal('Site web : Zeta Diéma 350 (p350.example)');
      expect($(el, '.found')!.textContent).to.equal('1 partenaire');
    });

    it('keeps the count it said in step with the partners when they change under the search', async () => {
      const el = await mount({ search: true });
      await type(el, 'a');
      await aTimeout(600);
      await el.updateComplete;
      const all = shown(el, '[part~="partner"]').length;
      expect($(el, '.found')!.textContent).to.equal(`${all} partenaires`);
      el.kind = 'association';
      await el.updateComplete;
      const associations = shown(el, '[part~="partner"]').length;
      expect(associations).to.be.within(2, all - 1);
      expect($(el, '.found')!.textContent).to.equal(`${associations} partenaires`);
    });

    it('says the count once when the partners change under a search before typing pauses', async () => {
      const el = await mount({ search: true });
      await type(el, 'a');
      await aTimeout(600);
      const region = $(el, '.found')!;
      const said: string[] = [];
      new MutationObserver(() => said.push(region.textContent!)).observe(region, { childList: true, subtree: true, characterData: true });
      await type(el, 'an');
      await type(el, 'a');
      el.kind = 'association';
      await aTimeout(800);
      expect(said.filter(Boolean)).to.deep.equal([`${shown(el, '[part~="partner"]').length} partenaires`]);
    });

    it('says the count of a waiting search when new data comes before it applies (over 300 partners)', async () => {
      const many = (extra: number) =>
        feed({ partners: Array.from({ length: 400 + extra }, (_, i) => partner(`p${i}`, { name: `${i === 7 ? 'Zeta' : 'Association'} ${i}` })) });
      const el = await mountWidget<AncragePartnerList>('ancrage-partner-list', many(0), { search: true });
      await type(el, 'asso');
      await aTimeout(800);
      expect($(el, '.found')!.textContent).to.equal('399 partenaires');
      await type(el, 'zeta');
      // New data while the search for "zeta" waits.
      el.data = many(1);
      await el.updateComplete;
      await aTimeout(800);
      expect(names(el)).to.deep.equal(['Zeta 7']);
      expect($(el, '.found')!.textContent).to.equal('1 partenaire');
    });

    it('matches city, country name and description', async () => {
      const el = await mount({ search: true });
      await type(el, 'montreuil');
      expect(names(el)).to.deep.equal(['Fanfare']);
      await type(el, 'senegal');
      expect(names(el)).to.deep.equal(['Élan']);
      await type(el, 'mali');
      expect(names(el)).to.deep.equal(['Commune de Kayes']);
      await type(el, 'second paragraphe');
      expect(names(el)).to.deep.equal(['Amis du monde']);
      await type(el, 'france lyon');
      expect(names(el)).to.deep.equal(['Delta']);
    });

    it('updates group counts and says when nothing matches', async () => {
      const el = await mount({ search: true });
      expect($(el, '.count')!.textContent).to.equal('3');
      // Of the three associations, only Delta is in Lyon.
      await type(el, 'lyon');
      const associations = $(el, '.count')!.textContent;
      await type(el, 'zzz');
      expect(shown(el, '[part~="partner"]')).to.have.length(0);
      expect(shown(el, '[part~="group"]')).to.have.length(0);
      await aTimeout(600);
      await el.updateComplete;
      expect($(el, '.found')!.textContent).to.equal('Aucun partenaire ne correspond à cette recherche.');
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'input'));
      await type(el, '');
      await aTimeout(600);
      await el.updateComplete;
      expect($(el, '.found')!.textContent).to.equal('7 partenaires');
      expect(associations).to.equal('1');
    });
  });

  describe('layout', () => {
    it('gives a screen reader every partner, on screen or not (Chromium leaves a `content-visibility: auto` one out of its tree)', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><p style="height: 3000px">Haut de page</p><ancrage-partner-list .data=${FEED}></ancrage-partner-list></div>`);
      const el = page.querySelector<HTMLElement & { state: string }>('ancrage-partner-list')!;
      await waitUntil(() => el.state === 'ready');
      const names = (await axNames('heading')).filter((name) => FEED.partners.some((p) => p.name === name));
      expect(names).to.have.members(FEED.partners.map((p) => p.name as string));
    });

    /** How many columns the partners stand in, as a reader sees them. */
    const columns = (el: HTMLElement) => new Set($$(el, 'ul.partners > li').map((li) => Math.round(li.getBoundingClientRect().left))).size;

    it('defaults to list, reflected, and grid lays partners in columns', async () => {
      const list = await mount();
      expect(list.getAttribute('layout')).to.equal('list');
      expect(columns(list), 'one partner a line').to.equal(1);
      const [first] = $$(list, 'ul.partners > li');
      expect(first.getBoundingClientRect().width, 'the whole width').to.be.closeTo($(list, 'ul.partners')!.getBoundingClientRect().width, 1);
      expect(columns(await mount({ layout: 'grid' }))).to.be.greaterThan(1);
    });

    it('reads layout and group in any case, without the blanks a CMS leaves, and tells the console of a word it does not know', async () => {
      let words!: Array<Awaited<ReturnType<typeof mount>>>;
      const warnings = await consoleWarnings(async () => {
        words = [await mount({ layout: 'GRID ', group: ' None' }), await mount({ layout: 'grille', group: 'aucun' })];
      });
      expect(columns(words[0]), 'grid').to.be.greaterThan(1);
      expect(columns(words[1]), 'the default list').to.equal(1);
      expect($$(words[0], '[part~="group"]'), 'one list').to.have.length(0);
      expect($$(words[1], '[part~="group"]').length, 'grouped by kind').to.be.greaterThan(1);
      expect(warnings).to.have.members([
        'Ancrage: <ancrage-partner-list> group="aucun": aucun unknown (known: kind, none)',
        'Ancrage: <ancrage-partner-list> layout="grille": grille unknown (known: list, grid)',
      ]);
    });
  });

  describe('logos', () => {
    const LOGOS = feed({
      partners: [
        partner('a', { name: 'Alpha', logo: { src: '/node_modules/lit/logo.svg?a', alt: 'Logo d’Alpha' } }),
        partner('b', { name: 'Bravo', logo: { src: '/node_modules/lit/logo.svg?b', alt: '' } }),
        partner('c', { name: 'Charlie', logo: { src: '/node_modules/lit/logo.svg?c', alt: 'c.png' } }),
        partner('d', { name: 'Delta', website: 'https://delta.example' }),
      ],
    });

    it('beside the name, logos are decorative and lazy', async () => {
      const el = await mount({}, LOGOS);
      const images = $$(el, 'img[part~="logo"]') as HTMLImageElement[];
      expect(images).to.have.length(3);
      for (const img of images) {
        expect(img.getAttribute('alt')).to.equal('');
        expect(img.loading).to.equal('lazy');
        expect(img.referrerPolicy).to.equal('no-referrer');
      }
    });

    it('keeps a logo’s room before it loads, so the name beside it does not move when it comes (a logo 0 px wide pushed it 144 px)', async () => {
      // A lazy logo is not loaded while the test page is a background tab: these are the boxes before it loads.
      const el = await mount({}, LOGOS);
      const fontSize = parseFloat(getComputedStyle(el).fontSize);
      const img = $(el, 'img')!;
      expect(img.getBoundingClientRect().height).to.be.closeTo(3 * fontSize, 0.5);
      expect(img.getBoundingClientRect().width).to.be.closeTo(6 * fontSize, 0.5);
      // The name starts past the logo's room, its gap after it.
      const name = $(el, '[part~="name"]')!;
      expect(name.getBoundingClientRect().left).to.be.at.least(img.getBoundingClientRect().right + fontSize - 0.5);
      // A wall of logos: each as wide as it may be drawn, within its cell; a linked one too (its
      // link shrunk to the logo, it was 0 px wide until the logo came).
      const linked = feed({ partners: [partner('e', { name: 'Echo', website: 'https://echo.example', logo: { src: '/node_modules/lit/logo.svg?e', alt: '' } })] });
      for (const wall of [await mount({ 'logos-only': true }, LOGOS), await mount({ 'logos-only': true }, linked)]) {
        const logo = $<HTMLImageElement>(wall, 'img')!;
        const cell = logo.closest('li')!;
        const box = getComputedStyle(cell);
        const room = cell.clientWidth - parseFloat(box.paddingLeft) - parseFloat(box.paddingRight);
        expect(logo.complete, 'not loaded yet').to.equal(false);
        expect(logo.getBoundingClientRect().width).to.be.closeTo(Math.min(room, 12 * fontSize), 0.5);
      }
    });

    it('logos-only: the logo’s alt text, else the name, never a file name', async () => {
      const el = await mount({ 'logos-only': true }, LOGOS);
      const alts = ($$(el, 'img[part~="logo"]') as HTMLImageElement[]).map((img) => img.alt);
      expect(alts).to.deep.equal(['Logo d’Alpha', 'Bravo', 'Charlie']);
      expect($$(el, 'h3, h4')).to.have.length(1); // the group heading only
      // Without a logo, the name is the content.
      expect(texts(el, '[part~="name"]')).to.deep.equal(['Delta']);
      expect(namesOf(el, 'a')).to.deep.equal(['Delta (delta.example)']);
    });

    it('hides a logo that fails to load', async () => {
      const el = await mount({}, feed({ partners: [partner('x', { name: 'X', logo: { src: '/nope/missing.png', alt: '' } })] }));
      // Dispatched, not awaited: a lazy image never loads while the test page is a background tab.
      $(el, 'img')!.dispatchEvent(new Event('error'));
      await el.updateComplete;
      expect($(el, 'img')).to.equal(null);
      expect(names(el)).to.deep.equal(['X']);
      // New data (a reload, back online) tries it again: a phone offline for a moment does not lose it for good.
      el.data = feed({ partners: [partner('x', { name: 'X', logo: { src: '/nope/missing.png', alt: '' } })] });
      await el.updateComplete;
      expect($(el, 'img')?.getAttribute('src')).to.equal(new URL('/nope/missing.png', location.href).href);
    });
  });

  describe('website', () => {
    it('links only to safe URLs, saying where the link goes', async () => {
      const el = await mount(
        {},
        feed({
          partners: [
            partner('ok', { name: 'Delta', website: 'https://www.delta.example/asso' }),
            partner('bad', { name: 'Mauvais', website: 'javascript:alert(1)' }),
            partner('mail', { name: 'AFD', website: 'mailto:contact@afd.example' }),
          ],
        }),
      );
      const links = $$(el, 'a') as HTMLAnchorElement[];
      expect(links.map((a) => a.href)).to.deep.equal(['mailto:contact@afd.example', 'https://www.delta.example/asso']);
      expect(namesOf(el, 'a')).to.deep.equal(['Contact : AFD (contact@afd.example)', 'Site web : Delta (delta.example)']);
      expect(visibleText(el)).not.to.match(/click|cliquez/i);
    });
  });

  describe('description', () => {
    it('collapses a long description behind a disclosure button', async () => {
      const el = await mount({ publisher: 'ville-a' });
      const elan = partnerNamed(el, 'Élan');
      const button = elan.querySelector('button')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(textOf(elan)).not.to.include('FIN-DU-TEXTE');
      expect(textOf(elan)).to.include('…');
      expect(accessibleName(button)).to.equal('Lire la suite (Élan)');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(textOf(elan)).to.include('FIN-DU-TEXTE');
      expect(accessibleName(button)).to.equal('Réduire (Élan)');
      // The text opens above its button: the reader is taken to its start, the button next in the tab order to close it.
      const start = el.shadowRoot!.activeElement as HTMLElement;
      expect(start.tagName).to.equal('P');
      expect(start.textContent).to.match(/^Une association.*FIN-DU-TEXTE$/);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(textOf(elan)).not.to.include('FIN-DU-TEXTE');
      expect(el.shadowRoot!.activeElement, 'closing keeps the focus on the button').to.equal(button);
    });

    it('splits paragraphs on blank lines; several paragraphs open on demand', async () => {
      const el = await mount({ group: 'none' });
      const solo = partnerNamed(el, 'Amis du monde');
      expect([...solo.querySelectorAll('.body > p:not([class])')].map((p) => p.textContent)).to.deep.equal([
        'Premier paragraphe.',
      ]);
      solo.querySelector('button')!.click();
      await el.updateComplete;
      expect([...solo.querySelectorAll('.body > p:not([class])')].map((p) => p.textContent)).to.deep.equal([
        'Premier paragraphe.',
        'Second paragraphe.',
      ]);
    });

    it('shows a short description whole, without a button', async () => {
      const el = await mount({}, feed({ partners: [partner('x', { description: 'Court.' })] }));
      expect($(el, 'button')).to.equal(null);
      expect(visibleText(el)).to.include('Court.');
    });
  });

  describe('focus', () => {
    const described = (id: string, name: unknown) => partner(id, { name, description: LONG_TEXT, website: `https://${id}.example/` });
    /** Partners with long descriptions; Charlie in seven projects ("Voir les 2 autres projets"). */
    const withPartners = (...partners: ReturnType<typeof partner>[]) =>
      feed({
        partners,
        projects: Array.from({ length: 7 }, (_, i) =>
          project(`p${i}`, { partners: partners.filter((p) => i === 0 || p.id === 'charlie').map((p) => ({ ref: p.id, role: 'funding' })) }),
        ),
      });
    const [bravo, charlie, delta] = ['bravo', 'charlie', 'delta'].map((id) => described(id, id[0].toUpperCase() + id.slice(1)));
    const control = (el: AncragePartnerList, name: string) => $$(el, 'a, button').find((node) => accessibleName(node) === name)!;

    it('stays on its partner’s control when a reload adds a partner before it', async () => {
      const el = await mount({}, withPartners(bravo, charlie, delta));
      for (const name of ['Lire la suite (Charlie)', 'Voir les 2 autres projets (Charlie)', 'Site web : Charlie (charlie.example)']) {
        control(el, name).focus();
        // Rows are kept in place: Charlie's now shows Bravo.
        el.data = withPartners(described('alpha', 'Alpha'), bravo, charlie, delta);
        await el.updateComplete;
        expect(names(el)).to.deep.equal(['Alpha', 'Bravo', 'Charlie', 'Delta']);
        expect(focused(el), name).to.equal(name);
        el.data = withPartners(bravo, charlie, delta);
        await el.updateComplete;
        expect(focused(el), name).to.equal(name);
      }
      // Enter opens Charlie's description, not another partner's.
      control(el, 'Lire la suite (Charlie)').focus();
      el.data = withPartners(described('alpha', 'Alpha'), bravo, charlie, delta);
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(partnerNamed(el, 'Charlie').querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
      expect(partnerNamed(el, 'Bravo').querySelector('button')!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('stays on its partner’s control when another language sorts the list otherwise', async () => {
      const el = await mount(
        { group: 'none' },
        withPartners(described('agir', { fr: 'Agir ensemble', en: 'Together' }), described('medecins', { fr: 'Médecins du monde', en: 'Doctors of the World' })),
      );
      control(el, 'Lire la suite (Agir ensemble)').focus();
      el.lang = 'en';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Doctors of the World', 'Together']);
      expect(focused(el)).to.equal('Read more (Together)');
    });

    it('goes to the partner in its place when its partner is gone, to the search field when none is left', async () => {
      const el = await mount({ search: true }, withPartners(bravo, charlie, delta));
      control(el, 'Lire la suite (Charlie)').focus();
      el.data = withPartners(bravo, delta);
      await el.updateComplete;
      // Read out by its name: Enter on its button would open what the reader did not choose.
      expect(focused(el)).to.equal('Delta');
      // A search that finds nothing in the new data.
      await type(el, 'delta');
      control(el, 'Lire la suite (Delta)').focus();
      el.data = withPartners(bravo, charlie);
      await el.updateComplete;
      expect(focused(el)).to.equal('Rechercher un partenaire');
    });

    it('goes to the partner in its place when a search hides its partner in new data', async () => {
      const el = await mount({ search: true, group: 'none' }, withPartners(described('zeta-a', 'Zeta A'), described('zeta-b', 'Zeta B')));
      await type(el, 'zeta');
      control(el, 'Lire la suite (Zeta A)').focus();
      // Renamed, it keeps its row, which the search now hides, with the focus still in it for a moment.
      el.data = withPartners(described('zeta-a', 'Alpha'), described('zeta-b', 'Zeta B'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Zeta B']);
      await aTimeout(300);
      expect(focused(el)).to.equal('Zeta B');
    });
  });

  describe('languages', () => {
    it('speaks English', async () => {
      const el = await mount({ lang: 'en', publisher: 'ville-a', search: true });
      const text = visibleText(el);
      expect(texts(el, '[part~="heading"]')[1]).to.include('Migrant-led organisations (OSIM)');
      expect(text).to.include('Search partners');
      expect(text).to.include('Projects');
      expect(text).to.include('Eau potable à Kayes — Lead partner');
      expect(text).to.include('Senegal');
      expect(text).to.include('Read more');
      expect(namesOf(el, 'a')).to.deep.equal(['Delta website (delta.example)', 'Contact Agence française de développement (contact@afd.example)']);
      expect(namesOf(el, '[part~="heading"]')[0]).to.equal('Associations, 2 partners');
    });

    it('marks French-only names, descriptions and project titles on an English page with their language', async () => {
      const el = await mount({ lang: 'en', publisher: 'ville-a' });
      const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang') ?? null;
      const delta = $$(el, '[part~="name"]').find((name) => name.textContent === 'Delta')!;
      expect(langOf(delta)).to.equal('fr');
      const title = $$(el, '.projects li span').find((span) => span.textContent === 'Eau potable à Kayes')!;
      expect(langOf(title)).to.equal('fr');
      // The role after it is the widget's own word, in English.
      expect(langOf(title.nextElementSibling!)).to.equal(null);
      const description = $$(el, '.body > p').filter((p) => p.textContent!.startsWith('Une association'));
      expect(description.map((p) => p.getAttribute('lang'))).to.deep.equal(['fr']);
      const french = await mount({ lang: 'fr', publisher: 'ville-a' });
      expect($$(french, '[lang]')).to.deep.equal([]);
    });

    it('follows a change of the page language', async () => {
      const el = await mount();
      el.removeAttribute('lang');
      el.parentElement!.lang = 'fr';
      await el.updateComplete;
      expect(visibleText(el)).to.include('Sénégal');
      el.parentElement!.lang = 'en';
      await aTimeout(0);
      await el.updateComplete;
      expect(visibleText(el)).to.include('Senegal');
      expect(visibleText(el)).to.include('Partner local authorities');
    });

    it('says the search result again in the new language', async () => {
      const el = await mount({ search: true });
      await type(el, 'delta');
      await waitUntil(() => $(el, '.found')!.textContent === '1 partenaire', 'the count, in French');
      el.lang = 'en';
      await el.updateComplete;
      expect($(el, '.found')!.textContent).to.equal('1 partner');
    });
  });

  describe('states', () => {
    it('is accessible while loading, on error, when empty and when ready', async () => {
      const loading = await mount({}, null);
      expect(loading.state).to.equal('loading');
      await expect(loading).to.be.accessible();
      const error = await mount({}, { version: '9' });
      expect(error.state).to.equal('error');
      await expect(error).to.be.accessible();
      const empty = await mount({ kind: 'company' });
      expect(empty.state).to.equal('empty');
      await expect(empty).to.be.accessible();
      await expect(await mount()).to.be.accessible();
    });

    it('is accessible with search, in a grid, as logos, grouped or not, in English', async () => {
      const searching = await mount({ search: true, layout: 'grid' });
      await type(searching, 'zzz');
      await aTimeout(600);
      await expect(searching).to.be.accessible();
      await type(searching, 'e');
      await expect(searching).to.be.accessible();
      await expect(await mount({ layout: 'grid', group: 'none', lang: 'en' })).to.be.accessible();
      await expect(await mount({ 'logos-only': true })).to.be.accessible();
      await expect(await mount({ project: 'eau', 'heading-level': '2' })).to.be.accessible();
    });

    it('keeps its contrast in dark mode on a light page', async () => {
      document.body.style.background = '#fff';
      try {
        await expect(await mount({ 'color-scheme': 'dark', search: true })).to.be.accessible();
      } finally {
        document.body.style.background = '';
      }
    });

    it('never shows undefined, NaN or [object Object]', async () => {
      const sparse = feed({ partners: [partner('x'), partner('y', { kind: 'other', city: 'Ville' })] });
      for (const el of [
        await mount(),
        await mount({ group: 'none', lang: 'en' }),
        await mount({ project: 'eau' }),
        await mount({ 'logos-only': true }),
        await mount({}, sparse),
        await mount({}, { version: '9' }),
      ]) {
        expect(visibleText(el)).not.to.match(/undefined|NaN|\[object Object\]/);
      }
    });
  });

  describe('small screens', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    it('never scrolls sideways at 320 px, even with a 300-character word', async () => {
      await setViewport({ width: 320, height: 640 });
      expect(window.innerWidth).to.equal(320);
      const word = 'x'.repeat(300);
      const data = feed({
        partners: [
          partner('w', {
            name: word,
            city: word,
            description: word,
            website: `https://${'a'.repeat(60)}.example/${word}`,
            logo: { src: '/node_modules/lit/logo.svg?w', alt: '' },
          }),
          partner('v', { name: word, kind: 'osim' }),
        ],
        projects: [project('p', { title: word, partners: [{ ref: 'w', role: 'lead' }] })],
      });
      for (const attrs of [{}, { layout: 'grid', search: true }, { group: 'none' }, { 'logos-only': true }]) {
        const el = await mount(attrs as Record<string, string | true>, data);
        const label = JSON.stringify(attrs);
        expect(document.documentElement.scrollWidth, label).to.be.at.most(320);
        expect(el.scrollWidth, label).to.be.at.most(el.clientWidth);
        const right = el.getBoundingClientRect().right;
        for (const node of $$(el, '*')) {
          const box = node.getBoundingClientRect();
          const what = `${label} ${node.tagName}.${node.className}`;
          if (box.width) expect(box.right, what).to.be.at.most(right + 0.5);
          // Nor cut off: no box narrower than what it holds, whose overflow a page rule could hide.
          if (node.clientWidth && !node.matches('.visually-hidden')) {
            expect(node.scrollWidth, what).to.be.at.most(node.clientWidth);
          }
        }
        expect($$(el, '[part~="name"]').length, label).to.be.greaterThan(0);
      }
    });
  });
});
