import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { feed, partner, project, publisher } from '../../fixtures/feed-builder.js';
import { $, $$, count, mount, shown, shownText, textOf } from './helpers.js';

const NNBSP = '\u202f';

/** One project with every field the card shows. */
function fullFeed() {
  return feed({
    partners: [
      partner('kayes', { name: 'Ville de Kayes', kind: 'collectivite', country: 'ML' }),
      partner('tinkare', { name: 'Association Tinkaré' }),
      partner('agence', { name: { fr: 'Agence de l’eau', en: 'Water agency' }, kind: 'public' }),
    ],
    projects: [
      project('eau', {
        title: { fr: 'Eau potable à Kayes', en: 'Drinking water in Kayes' },
        summary: { fr: 'Des forages pour trois villages.', en: 'Boreholes for three villages.' },
        description: {
          fr: 'Premier paragraphe.\nLigne suivante.\n\nSecond paragraphe.',
          en: 'First paragraph.\nNext line.\n\nSecond paragraph.',
        },
        status: 'ongoing',
        start: '2024',
        end: '2026',
        themes: ['water-sanitation', 'health'],
        sdgs: [6, 3],
        places: [{ country: 'ML', name: 'Kayes' }, { country: 'SN' }],
        partners: [
          { ref: 'kayes', role: 'lead' },
          { ref: 'tinkare', role: 'local-partner' },
          { ref: 'agence', role: 'funding' },
        ],
        funding: { contribution: 62000, total: 186000, basis: 'water' },
        image: { src: '/node_modules/lit/logo.svg', alt: { fr: 'Un forage', en: 'A borehole' }, credit: 'Photo : Ville' },
        links: [{ href: 'https://example.org/kayes', label: { fr: 'Le projet', en: 'The project' } }],
      }),
    ],
  });
}

/** The dates a one-project card shows, in `lang`. */
async function dates(lang: string, extra: Record<string, unknown>) {
  const el = await mount(feed({ projects: [project('p', extra)] }), { lang });
  return textOf($(el, '.meta span + span'));
}

describe('ancrage-project-cards: each field', () => {
  it('shows every field of a full project, in French', async () => {
    const el = await mount(fullFeed());
    expect(el.state).to.equal('ready');
    const card = $(el, 'article')!;
    const text = textOf(card);
    expect(textOf($(el, 'h3'))).to.equal('Eau potable à Kayes');
    expect(textOf($(el, '[part="status"]'))).to.equal('En cours');
    expect(text).to.contain('Des forages pour trois villages.');
    expect(text).to.contain('2024 – 2026');
    expect(text).to.contain('Kayes (Mali) et Sénégal');
    expect(text).to.contain('Eau et assainissement');
    expect(text).to.contain('Santé');
    expect(text).to.contain('ODD 6\u00a0: Eau propre et assainissement');
    expect(text).to.contain('ODD 3\u00a0: Bonne santé et bien-être');
    expect(text).to.contain(`Contribution\u00a0: 62${NNBSP}000${'\u00a0'}€ sur 186${NNBSP}000${'\u00a0'}€`);
    expect(text).to.contain('1\u202f% eau et assainissement');
    const facts = Object.fromEntries($$(el, '.card > .facts > div').map((d) => [textOf(d.firstElementChild), textOf(d.lastElementChild)]));
    expect(facts['Chef de file']).to.equal('Ville de Kayes');
    expect(facts['Partenaire local']).to.equal('Association Tinkaré');
    // The funder is in the details only.
    expect(text).not.to.contain('Agence de l’eau');
    const img = $<HTMLImageElement>(el, 'img')!;
    expect(img.alt).to.equal('Un forage');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(img.getAttribute('part')).to.equal('image');
    // Named a credit for a screen reader, which reads it apart from the image.
    expect(textOf($(el, '.credit'))).to.equal('Crédit photo\u00a0: Photo : Ville');
    expect(textOf($(el, '.credit .visually-hidden'))).to.equal('Crédit photo\u00a0:');
    expect(count(el, '.placeholder')).to.equal(0);
  });

  it('shows the same project in English', async () => {
    const el = await mount(fullFeed(), { lang: 'en' });
    const text = textOf($(el, 'article'));
    expect(textOf($(el, 'h3'))).to.equal('Drinking water in Kayes');
    expect(textOf($(el, '[part="status"]'))).to.equal('Ongoing');
    expect(text).to.contain('Kayes (Mali) and Senegal');
    expect(text).to.contain('Water and sanitation');
    expect(text).to.contain('SDG 6: Clean water and sanitation');
    expect(text).to.contain('Contribution: €62,000 out of €186,000');
    expect(text).to.contain('1% for water and sanitation');
    const lead = $$(el, 'dt').find((dt) => dt.textContent === 'Lead partner')!;
    expect(textOf(lead.nextElementSibling)).to.equal('Ville de Kayes');
    expect($<HTMLImageElement>(el, 'img')!.alt).to.equal('A borehole');
    expect(textOf($(el, '.toggle'))).to.equal('Project details Drinking water in Kayes');
  });

  it('marks the feed texts that are not in the reader’s language with theirs', async () => {
    const data = feed({
      partners: [partner('c', { name: 'Comité de jumelage' }), partner('d', { name: { fr: 'Mairie', en: 'Town hall' } }), partner('e', { name: 'Maison des associations' })],
      projects: [
        project('p', {
          title: 'Eau potable à Kayes',
          summary: { fr: 'Des forages.', en: 'Boreholes.' },
          description: { fr: 'Premier paragraphe.\n\nSecond paragraphe.' },
          image: { src: '/node_modules/lit/logo.svg', alt: { fr: 'Un forage' }, credit: { en: 'Photo: Town' } },
          links: [{ href: 'https://example.org/kayes', label: { fr: 'Le projet' } }],
          partners: [
            { ref: 'c', role: 'lead' },
            { ref: 'd', role: 'local-partner' },
            { ref: 'e', role: 'local-partner' },
          ],
        }),
      ],
    });
    const langOf = (el: HTMLElement, selector: string) => $(el, selector)!.closest('[lang]')?.getAttribute('lang') ?? null;
    const english = await mount(data, { lang: 'en' });
    // One partner's name carries its language; two are joined by the reader's "and", in the reader's.
    const roles = $$(english, '.card dl dd').slice(-2);
    expect(roles.map((dd) => [dd.textContent, dd.getAttribute('lang')])).to.deep.equal([
      ['Comité de jumelage', 'fr'],
      ['Town hall and Maison des associations', null],
    ]);
    $(english, '.toggle')!.click();
    await english.updateComplete;
    // French-only texts on an English page: read with a French voice.
    expect(langOf(english, 'h3')).to.equal('fr');
    expect(langOf(english, 'img')).to.equal('fr');
    expect($$(english, '.details p').map((p) => p.getAttribute('lang'))).to.deep.equal(['fr', 'fr']);
    expect(langOf(english, '.details a')).to.equal('fr');
    // Texts in the reader's language, and the widget's own words, carry no mark.
    expect(textOf($(english, '.card > p:not(.meta)'))).to.equal('Boreholes.');
    expect(langOf(english, '.card > p:not(.meta)')).to.equal(null);
    expect(langOf(english, '.credit > :last-child')).to.equal(null);
    expect(langOf(english, '.toggle')).to.equal(null);
    const french = await mount(data, { lang: 'fr' });
    expect(langOf(french, 'h3')).to.equal(null);
    expect(langOf(french, '.credit > :last-child')).to.equal('en');
    expect(langOf(french, '.credit > .visually-hidden'), 'the widget’s own word').to.equal(null);
    await expect(english).to.be.accessible();
    // A tag no language answers to is not worth a mark: axe would call it invalid.
    const made = await mount(feed({ language: 'zz', projects: [project('p', { title: 'Titre' }), project('q', { title: { wo: 'Ndox' } })] }), {
      lang: 'fr',
    });
    expect($$(made, 'h3').map((h) => [h.textContent, h.getAttribute('lang')])).to.have.deep.members([
      ['Titre', null],
      ['Ndox', 'wo'],
    ]);
    await expect(made).to.be.accessible();
  });

  it("reads a text tagged with a region of the reader's language (fr-FR, as CMS exports write), not the first entry", async () => {
    const data = feed({
      projects: [project('p', { title: { en: 'Drinking water in Kayes', 'fr-FR': 'Eau potable à Kayes' }, summary: { en: 'Boreholes.', fr_FR: 'x', fr: 'Des forages.' } })],
    });
    const el = await mount(data, { lang: 'fr' });
    expect(textOf($(el, 'h3'))).to.equal('Eau potable à Kayes');
    // French read in French: no mark on a French page.
    expect($(el, 'h3')!.closest('[lang]')?.getAttribute('lang') ?? null).to.equal(null);
    expect(textOf($(el, '.card > p:not(.meta)'))).to.equal('Des forages.');
    const english = await mount(data, { lang: 'en-GB' });
    expect(textOf($(english, 'h3'))).to.equal('Drinking water in Kayes');
  });

  it('reads a malformed page language (fr-FR.UTF-8, en-, fr_FR) by its first subtag, rather than never rendering', async () => {
    for (const [lang, status] of [
      ['fr-FR.UTF-8', 'En cours'],
      ['fr_FR', 'En cours'],
      ['en-', 'Ongoing'],
      ['x-!', 'En cours'],
    ]) {
      const el = await mount(fullFeed(), { lang });
      expect(el.state, lang).to.equal('ready');
      expect(textOf($(el, '.status')), lang).to.equal(status);
    }
    // `pt_BR` (a system's locale) is Brazilian Portuguese, not any Portuguese.
    const brazil = await mount(feed({ projects: [project('p', { title: { fr: 'Eau', 'pt-PT': 'Água (PT)', 'pt-BR': 'Água (BR)' } })] }), { lang: 'pt_BR' });
    expect(textOf($(brazil, 'h3'))).to.equal('Água (BR)');
  });

  it('on a page in a language the interface lacks, marks its French words and the texts in any other language', async () => {
    const data = feed({
      projects: [
        project('p', {
          title: { de: 'Trinkwasser', fr: 'Eau potable', en: 'Drinking water' },
          summary: { fr: 'Des forages.', en: 'Boreholes.' },
          description: { en: 'Only in English.' },
        }),
      ],
    });
    const el = await mount(data, { lang: 'de' });
    $(el, '.toggle')!.click();
    await el.updateComplete;
    const langOf = (selector: string) => $(el, selector)!.closest('[lang]')?.getAttribute('lang') ?? null;
    expect(langOf('.toggle')).to.equal('fr');
    expect(textOf($(el, 'h3'))).to.equal('Trinkwasser');
    expect(langOf('h3')).to.equal('de');
    expect(langOf('.toggle .visually-hidden')).to.equal('de');
    expect(langOf('.card > p:not(.meta)')).to.equal('fr');
    expect(langOf('.details p')).to.equal('en');
    // Back to a shipped language: no mark left over from the German page.
    el.lang = 'fr';
    await el.updateComplete;
    expect(textOf($(el, 'h3'))).to.equal('Eau potable');
    expect($$(el, '[lang]').map((node) => node.getAttribute('lang'))).to.deep.equal(['en']);
  });

  it('follows a language change on an ancestor', async () => {
    const el = await mount(fullFeed());
    el.removeAttribute('lang');
    const parent = el.parentElement!;
    const tags = () => $$(el, '.tags li').map(textOf);
    parent.setAttribute('lang', 'en');
    await waitUntil(() => textOf($(el, 'h3')) === 'Drinking water in Kayes');
    expect(tags()).to.deep.equal(['Water and sanitation', 'Health', 'SDG 6: Clean water and sanitation', 'SDG 3: Good health and well-being']);
    parent.setAttribute('lang', 'fr');
    await waitUntil(() => textOf($(el, 'h3')) === 'Eau potable à Kayes');
    expect(tags()).to.deep.equal(['Eau et assainissement', 'Santé', 'ODD 6\u00a0: Eau propre et assainissement', 'ODD 3\u00a0: Bonne santé et bien-être']);
  });

  it('leaves out every optional field that is absent', async () => {
    const el = await mount(feed({ projects: [project('nu', { title: 'Projet nu', status: 'planned' })] }));
    const card = $(el, 'article')!;
    expect(shownText(card)).to.equal('Projet nu En projet');
    expect(shown(el, 'dt')).to.equal(0);
    // No list of nothing for a screen reader to announce.
    expect(shown(el, 'dl')).to.equal(0);
    expect(shown(el, '.meta span + span')).to.equal(0);
    expect(count(el, 'img')).to.equal(0);
    expect(shown(el, '.toggle')).to.equal(0);
    expect(count(el, '.credit')).to.equal(0);
    const placeholder = $(el, '.placeholder')!;
    expect(placeholder.getAttribute('part')).to.equal('image');
    expect(placeholder.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('writes open-ended dates in words', async () => {
    expect(await dates('fr', { start: '2024-03' })).to.equal('depuis mars 2024');
    expect(await dates('en', { start: '2024-03' })).to.equal('since March 2024');
    expect(await dates('fr', { end: '2026' })).to.equal("jusqu'en 2026");
    expect(await dates('fr', { start: '2024-03-05' })).to.equal('depuis le 5 mars 2024');
    expect(await dates('fr', { end: '2026-06-30' })).to.equal("jusqu'au 30 juin 2026");
    expect(await dates('en', { end: '2026-06-30' })).to.equal('until 30 June 2026');
    expect(await dates('fr', { start: '2024-03', end: '2025-06' })).to.equal('mars 2024 – juin 2025');
    expect(await dates('fr', { start: '2024', end: '2025-06' })).to.equal('2024 – juin 2025');
    // Two years as issue 3 writes them, in both languages; one year once.
    expect(await dates('fr', { start: '2024', end: '2026' })).to.equal('2024 – 2026');
    expect(await dates('en', { start: '2024', end: '2026' })).to.equal('2024 – 2026');
    expect(await dates('fr', { start: '2025', end: '2025' })).to.equal('2025');
  });

  it('names the authority on each card of a feed with several (a network’s), not under publisher= nor with one', async () => {
    const network = feed({
      publishers: [publisher('ville-a', { name: 'Ville A' }), publisher('ville-b', { name: { fr: 'Ville B', en: 'Town B' } })],
      projects: [project('a', { publisher: 'ville-a', title: 'Puits' }), project('b', { publisher: 'ville-b', title: 'École' })],
    });
    // The first fact of a card, when shown.
    const owners = (el: HTMLElement) =>
      $$(el, 'article').map((card) => {
        const row = card.querySelector('.facts > div')!;
        return row.hasAttribute('hidden') ? null : `${textOf(row.firstElementChild)}: ${textOf(row.lastElementChild)}`;
      });
    const cards = await mount(network);
    expect(owners(cards).sort()).to.deep.equal(['Collectivité: Ville A', 'Collectivité: Ville B']);
    cards.setAttribute('lang', 'en');
    await cards.updateComplete;
    expect(owners(cards).sort()).to.deep.equal(['Local authority: Town B', 'Local authority: Ville A']);
    expect(owners(await mount(network, { publisher: 'ville-a' }))).to.deep.equal([null]);
    expect(owners(await mount(feed({ projects: [project('a')] })))).to.deep.equal([null]);
  });

  it('says a planned or future start as "from", and a past start of a project not ongoing as "started"', async () => {
    // Far from today either way, so that the test holds whatever the day it runs.
    const planned = { status: 'planned' };
    expect(await dates('fr', { ...planned, start: '2999' })).to.equal('à partir de 2999');
    expect(await dates('fr', { ...planned, start: '2999-03' })).to.equal('à partir de mars 2999');
    expect(await dates('fr', { ...planned, start: '2999-03-05' })).to.equal('à partir du 5 mars 2999');
    expect(await dates('fr', { ...planned, start: '2999-04' })).to.equal("à partir d'avril 2999");
    expect(await dates('fr', { ...planned, start: '2999-08' })).to.equal("à partir d'août 2999");
    expect(await dates('en', { ...planned, start: '2999' })).to.equal('from 2999');
    expect(await dates('en', { ...planned, start: '2999-03' })).to.equal('from March 2999');
    expect(await dates('en-GB', { ...planned, start: '2999-03-05' })).to.equal('from 5 March 2999');
    // Whatever the status, a start to come is "from".
    expect(await dates('fr', { status: 'ongoing', start: '2999' })).to.equal('à partir de 2999');
    // A start gone by: "started", unless the project is ongoing, or cancelled (perhaps before it began).
    expect(await dates('fr', { status: 'cancelled', start: '2001' })).to.equal('début\u00a0: 2001');
    expect(await dates('fr', { status: 'completed', start: '2001-03' })).to.equal('commencé en mars 2001');
    expect(await dates('fr', { status: 'suspended', start: '2001-03-05' })).to.equal('commencé le 5 mars 2001');
    expect(await dates('en', { status: 'cancelled', start: '2001-03' })).to.equal('start: March 2001');
    expect(await dates('fr', { status: 'cancelled', start: '2999-04' }), 'cancelled before it could begin').to.equal('début\u00a0: avril 2999');
    expect(await dates('en', { status: 'completed', start: '2001-03' })).to.equal('started in March 2001');
    expect(await dates('en-GB', { status: 'suspended', start: '2001-03-05' })).to.equal('started on 5 March 2001');
    // A planned project has not started, whatever its date: this month's, or one gone by.
    const thisMonth = new Date().toLocaleDateString('sv-SE').slice(0, 7);
    const shown = new Intl.DateTimeFormat('fr', { month: 'long', year: 'numeric' }).format(new Date(`${thisMonth}-15`));
    expect(await dates('fr', { ...planned, start: thisMonth })).to.match(new RegExp(`^à partir d(?:e |')${shown}$`));
    expect(await dates('fr', { ...planned, start: '2001' })).to.equal('à partir de 2001');
    // An ongoing project that has started keeps "since".
    expect(await dates('fr', { status: 'ongoing', start: '2001' })).to.equal('depuis 2001');
    expect(await dates('en', { status: 'ongoing', start: '2001-03' })).to.equal('since March 2001');
  });

  it('writes a bare "en" date the British way, as its words are; another region its own', async () => {
    const suspended = { status: 'suspended', start: '2022-02-15' };
    expect(await dates('en', suspended)).to.equal('started on 15 February 2022');
    expect(await dates('en-US', suspended)).to.equal('started on February 15, 2022');
    expect(await dates('en', { start: '2022-02-15', end: '2022-03-20' })).to.equal('15 February – 20 March 2022');
  });

  it('says whose money the contribution is beside the total, and reads the basis apart from them', async () => {
    const funding = async (lang: string) => {
      const el = await mount(feed({ projects: [project('p', { funding: { contribution: 85000, total: 340000, basis: 'energy' } })] }), { lang });
      // Each `dd` is read on its own: the basis is not run into the amounts.
      const fact = $$(el, '.facts > div').find((div) => textOf(div.firstElementChild) === (lang == 'fr' ? 'Financement' : 'Funding'))!;
      return [...fact.querySelectorAll('dd')].map((dd) => shownText(dd));
    };
    expect(await funding('fr')).to.deep.equal([
      `Contribution\u00a0: 85${NNBSP}000\u00a0€ sur 340${NNBSP}000\u00a0€`,
      '1\u202f% énergie',
    ]);
    expect(await funding('en')).to.deep.equal(['Contribution: €85,000 out of €340,000', '1% for energy']);
  });

  it('shows a contribution or a total alone, and no basis for the general budget', async () => {
    const funding = async (lang: string, value: Record<string, unknown>) => {
      const el = await mount(feed({ projects: [project('p', { funding: value })] }), { lang });
      return shownText($$(el, '.facts dd').find((dd) => !dd.closest('[hidden]')));
    };
    expect(await funding('fr', { contribution: 5000, basis: 'general' })).to.equal(`Contribution\u00a0: 5${NNBSP}000\u00a0€`);
    expect(await funding('en', { total: 1500.5 })).to.equal('Total budget: €1,500.50');
    expect(await funding('fr', { basis: 'energy' })).to.equal('1\u202f% énergie');
    const el = await mount(feed({ projects: [project('p', { funding: { basis: 'general' } })] }));
    expect(shown(el, 'dt')).to.equal(0);
  });

  it('names a decorative image with an empty alt, and never reads out a file name', async () => {
    const el = await mount(feed({ projects: [project('p', { image: { src: '/node_modules/lit/logo.svg', alt: '' } })] }));
    const img = $<HTMLImageElement>(el, 'img')!;
    expect(img.getAttribute('alt')).to.equal('');
    const named = await mount(feed({ projects: [project('p', { image: { src: '/node_modules/lit/logo.svg', alt: 'IMG_1234.JPG' } })] }));
    expect($<HTMLImageElement>(named, 'img')!.getAttribute('alt')).to.equal('');
    await expect(named).to.be.accessible();
  });

  it('shows the placeholder when the image fails to load', async () => {
    const el = await mount(feed({ projects: [project('p', { image: { src: '/missing-image.png', alt: 'Un puits', credit: 'X' } })] }));
    expect(count(el, 'img')).to.equal(1);
    await waitUntil(() => $(el, '.placeholder'), 'placeholder after the error', { timeout: 5000 });
    expect(count(el, 'img')).to.equal(0);
    expect(count(el, '.credit')).to.equal(0);
    // The feed corrected and reloaded: the image is tried again.
    el.data = feed({ projects: [project('p', { image: { src: '/node_modules/lit/logo.svg', alt: 'Un puits', credit: 'X' } })] });
    await el.updateComplete;
    expect(count(el, 'img')).to.equal(1);
    expect(count(el, '.credit')).to.equal(1);
  });

  it('sets the heading level, and falls back to 3 for anything else', async () => {
    for (const [value, tag] of [
      ['1', 'H1'],
      ['2', 'H2'],
      ['6', 'H6'],
      ['0', 'H3'],
      ['7', 'H3'],
      ['2.5', 'H3'],
      ['deux', 'H3'],
      // Numbers `Number` reads, that no one writes for a level.
      ['0x2', 'H3'],
      ['4e0', 'H3'],
      ['+4', 'H3'],
      // The quotes and blanks a visual editor leaves around a value.
      ['“2”', 'H2'],
      [' 4\u00a0', 'H4'],
    ]) {
      const el = await mount(feed({ projects: [project('p')] }), { 'heading-level': value });
      const heading = $(el, '[part="title"]')!;
      expect(heading.tagName, value).to.equal(tag);
      expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    }
  });

  it('opens the details in place, and fires ancrage-project-toggle', async () => {
    const el = await mount(fullFeed());
    const button = $<HTMLButtonElement>(el, '.toggle')!;
    const region = $(el, `#${button.getAttribute('aria-controls')}`)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.equal(true);
    expect(textOf(region)).to.equal('');

    button.focus();
    // What a listener sees when the event fires: the card already open.
    const seen: string[] = [];
    el.addEventListener('ancrage-project-toggle', () => seen.push(`${button.getAttribute('aria-expanded')} ${region.hidden}`));
    setTimeout(() => button.click());
    const opened = await oneEvent(el, 'ancrage-project-toggle');
    expect(opened.detail).to.deep.equal({ id: 'eau', expanded: true });
    expect(opened.bubbles && opened.composed).to.equal(true);
    expect(seen).to.deep.equal(['true false']);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(region.hidden).to.equal(false);
    const paragraphs = [...region.querySelectorAll('p')];
    expect(paragraphs.map((p) => p.textContent)).to.deep.equal(['Premier paragraphe.\nLigne suivante.', 'Second paragraphe.']);
    // Single newlines show as line breaks, through CSS rather than injected markup.
    expect(getComputedStyle(paragraphs[0]).whiteSpace).to.equal('pre-line');
    expect(paragraphs[0].querySelectorAll('br').length).to.equal(0);
    const details = textOf(region);
    expect(details).to.contain('Ville de Kayes (Chef de file)');
    expect(details).to.contain('Association Tinkaré (Partenaire local)');
    expect(details).to.contain('Agence de l’eau (Financeur)');
    const link = region.querySelector('a')!;
    expect(link.href).to.equal('https://example.org/kayes');
    expect(link.textContent).to.equal('Le projet');
    expect(link.target).to.equal('');
    expect(el.shadowRoot!.activeElement === button, 'focus stays on the button').to.equal(true);

    setTimeout(() => button.click());
    const closed = await oneEvent(el, 'ancrage-project-toggle');
    expect(closed.detail).to.deep.equal({ id: 'eau', expanded: false });
    expect(seen).to.deep.equal(['true false', 'false true']);
    expect(region.hidden).to.equal(true);
  });

  it('states amounts in a currency the feed misspelt without one, not in euros', async () => {
    const el = await mount(feed({ projects: [project('p', { funding: { contribution: 62000, total: 186000, currency: 'F CFA' } })] }), { lang: 'en' });
    expect(textOf(el.shadowRoot!)).to.contain('Contribution: 62,000 out of 186,000');
  });

  it('names a partner in two roles once, with both, in the details', async () => {
    const data = feed({
      partners: [partner('kayes', { name: 'Ville de Kayes' }), partner('agence', { name: 'Agence de l’eau' })],
      projects: [
        project('eau', {
          description: 'Des forages.',
          partners: [
            { ref: 'kayes', role: 'lead' },
            { ref: 'agence', role: 'funding' },
            { ref: 'kayes', role: 'implementing' },
          ],
        }),
      ],
    });
    for (const [lang, expected] of [
      ['fr', ['Ville de Kayes (Chef de file et Opérateur)', 'Agence de l’eau (Financeur)']],
      ['en', ['Ville de Kayes (Lead partner and Implementing partner)', 'Agence de l’eau (Funder)']],
    ] as const) {
      const el = await mount(data, { lang });
      $<HTMLButtonElement>(el, '.toggle')!.click();
      await el.updateComplete;
      expect($$(el, '.details li').map(textOf), lang).to.deep.equal(expected);
    }
  });

  it("keeps the focus on its project's control when new data moves the project to another card", async () => {
    // With a description: a "Details" button to focus.
    const two = ['a', 'b'].map((id, i) => project(id, { title: ['Alpha', 'Bêta'][i], status: 'ongoing', start: `${2023 - i}`, description: 'Texte.' }));
    const el = await mount(feed({ projects: two }));
    const toggle = (id: string) => $<HTMLButtonElement>(el, `.toggle[aria-controls="d-${id}"]`)!;
    toggle('b').focus();
    // A reload brings a newer project, sorted first: every card takes the next one's place.
    el.data = feed({ projects: [project('c', { title: 'Gamma', status: 'ongoing', start: '2025' }), ...two] });
    await el.updateComplete;
    expect($$(el, 'h3').map(textOf)).to.deep.equal(['Gamma', 'Alpha', 'Bêta']);
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-controls')).to.equal('d-b');
    // Its card, when the focus was on the card itself.
    $(el, 'article[aria-labelledby="t-a"]')!.focus();
    el.data = feed({ projects: [...two, project('d', { title: 'Delta', status: 'ongoing', start: '2026', description: 'Texte.' })] });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-labelledby')).to.equal('t-a');
    // Its project sent past the page by a new sort: the card in its place, not that card's button.
    el.setAttribute('page-size', '1');
    el.removeAttribute('sort');
    await el.updateComplete;
    toggle('d').focus();
    el.setAttribute('sort', 'title');
    await el.updateComplete;
    expect($$(el, 'h3').map(textOf)).to.deep.equal(['Alpha']);
    expect(el.shadowRoot!.activeElement?.localName).to.equal('article');
    // The third card's button, shown by "Show more": a new preset (that leaves out none of them)
    // starts again with one card, and the focus goes to it, not to the page's body.
    for (const _ of [1, 2]) {
      $<HTMLButtonElement>(el, 'button.more')!.click();
      await el.updateComplete;
    }
    toggle('d').focus();
    expect($$(el, 'h3').map(textOf)).to.deep.equal(['Alpha', 'Bêta', 'Delta']);
    el.setAttribute('status', 'ongoing');
    await el.updateComplete;
    expect($$(el, 'h3').map(textOf)).to.deep.equal(['Alpha']);
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-labelledby')).to.equal('t-a');
  });

  it('reports only what a card shows when clicked twice at once', async () => {
    const el = await mount(fullFeed());
    const button = $<HTMLButtonElement>(el, '.toggle')!;
    const events: boolean[] = [];
    el.addEventListener('ancrage-project-toggle', (e) => events.push(e.detail.expanded));
    button.click();
    button.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(events).to.deep.equal([false]);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('never nests interactive elements', async () => {
    const el = await mount(fullFeed());
    $<HTMLButtonElement>(el, '.toggle')!.click();
    await el.updateComplete;
    for (const control of $$(el, 'a, button, input, select')) {
      expect(!control.parentElement!.closest('a, button, label:has(a)'), control.outerHTML).to.equal(true);
    }
  });

  it('never shows undefined, NaN or [object Object]', async () => {
    const sparse = feed({
      partners: [partner('x')],
      projects: [
        project('a', { partners: [{ ref: 'x', role: 'technical' }], funding: { currency: 'EUR' }, places: [{ country: 'ZZ' }] }),
        project('b', { sdgs: [17], links: [{ href: 'https://example.org', label: 'Lien' }], description: '\n\n' }),
      ],
    });
    for (const lang of ['fr', 'en']) {
      const el = await mount(sparse, { lang, filters: '' });
      for (const button of $$<HTMLButtonElement>(el, '.toggle')) button.click();
      await el.updateComplete;
      await aTimeout(0);
      const all = textOf(el.shadowRoot);
      expect(all).not.to.match(/undefined|NaN|\[object Object\]|null/);
    }
  });
});
