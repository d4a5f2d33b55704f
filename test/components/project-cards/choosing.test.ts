import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { feed, partner, project, publisher } from '../../fixtures/feed-builder.js';
import { consoleWarnings } from '../../fixtures/widget-dom.js';
import type { AncrageProjectCards } from '../../../src/components/project-cards/project-cards.js';
import { $, $$, choose, count, mount, textOf, titles } from './helpers.js';

const FORAGES = 'Forages au Mali';
const ECOLE = 'École de Dakar';
const SANTE = 'Santé à Bamako';
const SOLAIRE = 'Électrification solaire';

/** Four projects whose themes, places, statuses, dates and money all differ. */
const projects = () =>
  feed({
    projects: [
      project('a', {
        title: FORAGES,
        summary: 'De l’eau potable pour trois villages.',
        status: 'ongoing',
        start: '2023-05',
        themes: ['water-sanitation'],
        places: [{ country: 'ML' }],
        funding: { contribution: 20000 },
      }),
      project('b', {
        title: ECOLE,
        description: 'Une école rénovée.',
        status: 'completed',
        start: '2020',
        end: '2022',
        themes: ['education'],
        places: [{ country: 'SN', name: 'Dakar' }],
        funding: { total: 90000, contribution: 10000 },
      }),
      project('c', {
        title: SANTE,
        status: 'planned',
        start: '2025',
        themes: ['health', 'water-sanitation'],
        places: [{ country: 'ML' }],
      }),
      project('d', {
        title: SOLAIRE,
        summary: 'Énergie pour un centre de santé au Burkina.',
        status: 'ongoing',
        start: '2024-01',
        themes: ['energy'],
        places: [{ country: 'BF' }],
        funding: { total: 50000 },
      }),
    ],
  });

const optionTexts = (el: HTMLElement, name: string) => $$(el, `select[name="${name}"] option`).map(textOf);
const status = (el: HTMLElement) => textOf($(el, '.count'));

describe('ancrage-project-cards: filters', () => {
  it('shows no filters without the attribute', async () => {
    const el = await mount(projects());
    expect(count(el, 'form, [part="filters"], .count')).to.equal(0);
  });

  it('offers native, labelled controls built from the feed, in the reader’s order', async () => {
    const el = await mount(projects(), { filters: '' });
    const form = $(el, 'form')!;
    expect(form.getAttribute('part')).to.equal('filters');
    expect(textOf(form.querySelector('legend'))).to.equal('Filtrer les projets');
    const labels = $$<HTMLInputElement | HTMLSelectElement>(el, 'input, select').map((control) =>
      textOf(control.labels![0]).replace(textOf(control), '').trim(),
    );
    expect(labels).to.deep.equal(['Rechercher un projet', 'Thème', 'Pays', 'Statut']);
    expect($<HTMLInputElement>(el, 'input')!.type).to.equal('search');
    // Collation, not code points: "É" sorts with "E".
    expect(optionTexts(el, 'theme')).to.deep.equal([
      'Tous les thèmes',
      'Eau et assainissement',
      'Éducation',
      'Énergie',
      'Santé',
    ]);
    expect(optionTexts(el, 'country')).to.deep.equal(['Tous les pays', 'Burkina Faso', 'Mali', 'Sénégal']);
    // Statuses in their life-cycle order, only those present.
    expect(optionTexts(el, 'status')).to.deep.equal(['Tous les statuts', 'En projet', 'En cours', 'Terminé']);
    expect($$<HTMLOptionElement>(el, 'select[name="status"] option').map((o) => o.value)).to.deep.equal([
      '',
      'planned',
      'ongoing',
      'completed',
    ]);
    // Nothing announced before a reader acts.
    expect($(el, '.count')!.getAttribute('role')).to.equal('status');
    expect(status(el)).to.equal('');
    // …and it takes no room until then.
    const count = $(el, '.count')!;
    expect(count.getBoundingClientRect().height + parseFloat(getComputedStyle(count).marginTop)).to.equal(0);
  });

  it('offers no filter with nothing to choose: a small town’s projects without themes or places', async () => {
    const el = await mount(feed({ projects: [project('a', { title: FORAGES }), project('b', { title: ECOLE, status: 'completed' })] }), { filters: '' });
    const labels = $$<HTMLInputElement | HTMLSelectElement>(el, 'input, select').map((control) => control.name);
    expect(labels).to.deep.equal(['q', 'status']);
    await expect(el).to.be.accessible();
  });

  it('filters by theme alone', async () => {
    const el = await mount(projects(), { filters: '' });
    await choose(el, 'theme', 'water-sanitation');
    expect(titles(el)).to.deep.equal([FORAGES, SANTE]);
    expect(status(el)).to.equal('2 projets');
  });

  it("offers a network's cards a filter by authority, and finds an authority's projects by its name", async () => {
    const network = feed({
      publishers: [publisher('dijon', { name: 'Dijon Métropole' }), publisher('auxerre', { name: 'Auxerre' })],
      projects: [
        project('a1', { publisher: 'auxerre', title: 'A1' }),
        project('d1', { publisher: 'dijon', title: 'D1' }),
        project('d2', { publisher: 'dijon', title: 'D2' }),
      ],
    });
    const el = await mount(network, { filters: '' });
    expect(optionTexts(el, 'authority')).to.deep.equal(['Toutes les collectivités', 'Auxerre', 'Dijon Métropole']);
    expect(textOf($(el, 'select[name="authority"]')!.closest('label'))).to.match(/^Collectivité/);
    await choose(el, 'authority', 'dijon');
    expect(titles(el)).to.deep.equal(['D1', 'D2']);
    expect(status(el)).to.equal('2 projets');
    await choose(el, 'authority', '');
    await choose(el, 'q', 'dijon');
    expect(titles(el)).to.deep.equal(['D1', 'D2']);
    await expect(el).to.be.accessible();
    // One authority's page, or a feed of one: no such filter.
    expect($(await mount(network, { filters: '', publisher: 'dijon' }), 'select[name="authority"]')).to.equal(null);
    expect($(await mount(projects(), { filters: '' }), 'select[name="authority"]')).to.equal(null);
  });

  it('says the count again when another choice finds as many projects', async () => {
    const el = await mount(projects(), { filters: '' });
    await choose(el, 'theme', 'water-sanitation');
    expect(status(el)).to.equal('2 projets');
    const region = $(el, '.count')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(textOf(region))).observe(region, { childList: true, subtree: true, characterData: true });
    await choose(el, 'country', 'ML');
    expect(titles(el)).to.deep.equal([FORAGES, SANTE]);
    await waitUntil(() => said.at(-1) === '2 projets', 'the count said again');
    expect(said[0]).to.equal('');
    // A newer count while the same one waits to be said again: the newer one stays.
    const fresh = await mount(projects(), { filters: '' });
    await choose(fresh, 'theme', 'education');
    await choose(fresh, 'theme', 'energy');
    await choose(fresh, 'theme', 'water-sanitation');
    await aTimeout(300);
    expect(status(fresh)).to.equal('2 projets');
    // The language changing while the same count waits to be said again: said in the new one.
    await choose(fresh, 'country', 'ML');
    fresh.setAttribute('lang', 'en');
    await aTimeout(300);
    expect(status(fresh)).to.equal('2 projects');
  });

  it('says the count once when a filter, the reset or another language follows a search before typing pauses', async () => {
    const cases: Array<[string, (el: AncrageProjectCards) => unknown, string]> = [
      ['a filter', (el) => choose(el, 'theme', 'water-sanitation'), '1 projet'],
      ['the reset', (el) => $<HTMLButtonElement>(el, 'button[type="reset"]')!.click(), '4 projets'],
      ['another language', (el) => el.setAttribute('lang', 'en'), '1 project'],
    ];
    for (const [action, act, once] of cases) {
      const el = await mount(projects(), { filters: '' });
      await choose(el, 'status', 'ongoing');
      const region = $(el, '.count')!;
      const said: string[] = [];
      new MutationObserver(() => said.push(textOf(region))).observe(region, { childList: true, subtree: true, characterData: true });
      await choose(el, 'q', 'mali');
      await act(el);
      await aTimeout(800);
      expect(said.filter(Boolean), action).to.deep.equal([once]);
    }
  });

  it('keeps its page when a framework sets an equal new array or URL', async () => {
    const el = await mount(projects(), { 'page-size': '1' });
    await el.updateComplete;
    ($(el, '[part="more"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(2);
    Object.assign(el, { themes: ['water-sanitation', 'education', 'energy', 'health'] });
    await el.updateComplete;
    Object.assign(el, { themes: ['water-sanitation', 'education', 'energy', 'health'] });
    await el.updateComplete;
    expect(titles(el)).to.have.length(1, 'a new preset starts from the first page');
    ($(el, '[part="more"]') as HTMLButtonElement).click();
    await el.updateComplete;
    Object.assign(el, { themes: ['water-sanitation', 'education', 'energy', 'health'] });
    await el.updateComplete;
    expect(titles(el)).to.have.length(2, 'the same preset again keeps the page');
  });

  it('filters by country alone', async () => {
    const el = await mount(projects(), { filters: '' });
    await choose(el, 'country', 'SN');
    expect(titles(el)).to.deep.equal([ECOLE]);
    expect(status(el)).to.equal('1 projet');
  });

  it('filters by status alone', async () => {
    const el = await mount(projects(), { filters: '' });
    await choose(el, 'status', 'ongoing');
    expect(titles(el)).to.deep.equal([SOLAIRE, FORAGES]);
  });

  it('searches title and summary, ignoring case and accents, every word', async () => {
    const el = await mount(projects(), { filters: '' });
    await choose(el, 'q', 'ENERGIE');
    expect(titles(el)).to.deep.equal([SOLAIRE]);
    await choose(el, 'q', 'electrification');
    expect(titles(el)).to.deep.equal([SOLAIRE]);
    await choose(el, 'q', 'sante');
    expect(titles(el)).to.deep.equal([SOLAIRE, SANTE]);
    await choose(el, 'q', '  villages   eau ');
    expect(titles(el)).to.deep.equal([FORAGES]);
    // The feed's "l’eau" as a desktop keyboard types it, and as a phone does.
    await choose(el, 'q', "l'eau");
    expect(titles(el)).to.deep.equal([FORAGES]);
    await choose(el, 'q', 'l’eau');
    expect(titles(el)).to.deep.equal([FORAGES]);
    // The description is not searched.
    await choose(el, 'q', 'rénovée');
    expect(titles(el)).to.deep.equal([]);
    await choose(el, 'q', '');
    expect(titles(el)).to.have.length(4);
  });

  it('searches the places and partners a card shows, countries named in the reader’s language', async () => {
    const el = await mount(
      feed({
        partners: [
          partner('tinkare', { name: 'Association Tinkaré' }),
          partner('agence', { name: { fr: 'Agence de l’eau', en: 'Water agency' }, kind: 'public' }),
        ],
        projects: [
          project('puits', {
            title: 'Puits villageois',
            places: [{ country: 'SN', name: 'Matam' }],
            partners: [{ ref: 'tinkare', role: 'local-partner' }],
          }),
          project('cantine', {
            title: 'Cantine scolaire',
            places: [{ country: 'CM', region: 'Littoral' }],
            // A funder is named in the card's details only: still on the card.
            partners: [{ ref: 'agence', role: 'funding' }],
          }),
          project('forages', { title: 'Forages', places: [{ country: 'ML', name: 'Kayes' }] }),
        ],
      }),
      { filters: '', lang: 'fr' },
    );
    const searches = async (cases: Array<[query: string, found: string[]]>) => {
      for (const [query, found] of cases) {
        await choose(el, 'q', query);
        expect(titles(el), query).to.deep.equal(found);
      }
    };
    await searches([
      ['Sénégal', ['Puits villageois']],
      ['senegal matam', ['Puits villageois']],
      ['KAYES', ['Forages']],
      ['littoral', ['Cantine scolaire']],
      ['tinkare', ['Puits villageois']],
      ['agence de l’eau', ['Cantine scolaire']],
      ['Tombouctou', []],
      ['Cameroun', ['Cantine scolaire']],
    ]);
    // In English the same search looks for the English words only.
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([]);
    await searches([
      ['Cameroon', ['Cantine scolaire']],
      ['water agency', ['Cantine scolaire']],
      ['Senegal', ['Puits villageois']],
      ['Tombouctou', []],
    ]);
  });

  it('combines filters, and says when nothing matches', async () => {
    const el = await mount(projects(), { filters: '' });
    await choose(el, 'theme', 'water-sanitation');
    await choose(el, 'status', 'ongoing');
    expect(titles(el)).to.deep.equal([FORAGES]);
    expect(status(el)).to.equal('1 projet');
    await choose(el, 'q', 'bamako');
    expect(count(el, 'ul.grid')).to.equal(0);
    // Typing is not announced at every key: the count is said once typing pauses.
    expect(status(el)).to.equal('1 projet');
    await aTimeout(600);
    await el.updateComplete;
    expect(status(el)).to.equal('Aucun projet ne correspond à ces critères.');
    await choose(el, 'status', '');
    expect(titles(el)).to.deep.equal([SANTE]);
  });

  it('keeps focus on the control a reader changes, without re-creating it', async () => {
    const el = await mount(projects(), { filters: '' });
    const select = $<HTMLSelectElement>(el, 'select[name="country"]')!;
    await choose(el, 'country', 'ML');
    await choose(el, 'country', 'XX'); // not an option: the select shows nothing chosen
    await choose(el, 'country', 'ML');
    expect($(el, 'select[name="country"]') === select).to.equal(true);
    expect(el.shadowRoot!.activeElement === select).to.equal(true);
    const search = $<HTMLInputElement>(el, 'input')!;
    await choose(el, 'q', 'zzz');
    expect(el.shadowRoot!.activeElement === search).to.equal(true);
    expect(search.value).to.equal('zzz');
  });

  it('clears every filter with the reset button', async () => {
    const el = await mount(projects(), { filters: '' });
    await choose(el, 'theme', 'energy');
    await choose(el, 'q', 'solaire');
    expect(titles(el)).to.deep.equal([SOLAIRE]);
    $<HTMLButtonElement>(el, 'button[type="reset"]')!.click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(4);
    expect($<HTMLSelectElement>(el, 'select[name="theme"]')!.value).to.equal('');
    expect($<HTMLInputElement>(el, 'input')!.value).to.equal('');
    expect(status(el)).to.equal('4 projets');
  });

  it('shows the search it still applies when the filters come back', async () => {
    const el = await mount(projects(), { filters: '' });
    await choose(el, 'q', 'solaire');
    await choose(el, 'theme', 'energy');
    el.filters = false;
    await el.updateComplete;
    expect(titles(el)).to.have.length(4);
    el.filters = true;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([SOLAIRE]);
    expect($<HTMLInputElement>(el, 'input')!.value).to.equal('solaire');
    expect($<HTMLSelectElement>(el, 'select[name="theme"]')!.value).to.equal('energy');
  });

  it('never submits the form (Enter in the search box)', async () => {
    const el = await mount(projects(), { filters: '' });
    const submit = new SubmitEvent('submit', { cancelable: true });
    $(el, 'form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).to.equal(true);
  });

  it('keeps the chosen option when the language changes', async () => {
    const el = await mount(projects(), { filters: '' });
    await choose(el, 'theme', 'health');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, 'select[name="theme"]')!;
    expect(optionTexts(el, 'theme')).to.deep.equal(['All themes', 'Education', 'Energy', 'Health', 'Water and sanitation']);
    expect(select.value).to.equal('health');
    expect(titles(el)).to.deep.equal([SANTE]);
    await choose(el, 'theme', '');
    expect(status(el)).to.equal('4 projects');
    await choose(el, 'country', 'SN');
    expect(status(el)).to.equal('1 project');
  });
});

describe('ancrage-project-cards: presets', () => {
  it('restricts to the `themes` listed', async () => {
    expect(titles(await mount(projects(), { themes: 'water-sanitation' }))).to.deep.equal([FORAGES, SANTE]);
    expect(titles(await mount(projects(), { themes: ' education  energy ' }))).to.deep.equal([SOLAIRE, ECOLE]);
  });

  it('restricts to the `country` listed, in any case, without the quotes a visual editor writes', async () => {
    expect(titles(await mount(projects(), { country: 'sn' }))).to.deep.equal([ECOLE]);
    expect(titles(await mount(projects(), { country: '“SN”' }))).to.deep.equal([ECOLE]);
    expect(titles(await mount(projects(), { country: 'BF ML' }))).to.deep.equal([SOLAIRE, FORAGES, SANTE]);
  });

  it('restricts to the `status` listed', async () => {
    expect(titles(await mount(projects(), { status: 'planned completed' }))).to.deep.equal([SANTE, ECOLE]);
  });

  it('reads lists separated by commas, and arrays set as properties by a framework', async () => {
    expect(titles(await mount(projects(), { themes: 'education, energy', country: 'bf,sn' }))).to.deep.equal([SOLAIRE, ECOLE]);
    const el = await mount(projects());
    Object.assign(el, { themes: ['education', 'energy'], country: ['SN'] });
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(titles(el)).to.deep.equal([ECOLE]);
  });

  it('reads presets, sort and project in any case, without the blanks a CMS leaves', async () => {
    const warnings = await consoleWarnings(async () => {
      expect(titles(await mount(projects(), { themes: 'Water-Sanitation\u00a0', status: ' PLANNED ' }))).to.deep.equal([SANTE]);
      expect(titles(await mount(projects(), { sort: 'Title ', status: 'ongoing' }))).to.deep.equal([SOLAIRE, FORAGES]);
      expect(titles(await mount(projects(), { project: ' b\u00a0' }))).to.deep.equal([ECOLE]);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('tells the console of a code it does not know, and of a country the feed has no project in, with those there are', async () => {
    let el!: HTMLElement & { state: string };
    let none!: HTMLElement & { state: string };
    const warnings = await consoleWarnings(async () => {
      el = await mount(projects(), { themes: 'eau water-sanitation', sort: 'date' });
      none = await mount(projects(), { status: 'en-cours' });
      await mount(projects(), { country: 'Mali BR ml' });
    });
    // The known theme, in the default order; no project has a status that is none.
    expect(titles(el)).to.deep.equal([FORAGES, SANTE]);
    expect(none.state).to.equal('empty');
    expect(warnings).to.deep.equal([
      'Ancrage: <ancrage-project-cards> themes="eau water-sanitation": eau unknown (known: water-sanitation, health, education, food-agriculture, economic-development, environment-climate, energy, waste, mobility, culture-heritage, youth-sport, gender-equality, local-governance, humanitarian, migration-codevelopment, urban-planning, digital, citizenship-education, other)',
      'Ancrage: <ancrage-project-cards> sort="date": date unknown (known: recent, title, budget)',
      'Ancrage: <ancrage-project-cards> status="en-cours": en-cours unknown (known: planned, ongoing, completed, suspended, cancelled)',
      'Ancrage: <ancrage-project-cards> country="Mali BR ml": MALI, BR unknown (known: BF, ML, SN)',
    ]);
  });

  it('ignores an empty preset', async () => {
    expect(titles(await mount(projects(), { themes: ' ', status: '' }))).to.have.length(4);
  });

  it('combines presets, and the filters choose within them', async () => {
    const el = await mount(projects(), { themes: 'water-sanitation health', country: 'ML', filters: '' });
    expect(titles(el)).to.deep.equal([FORAGES, SANTE]);
    expect(optionTexts(el, 'theme')).to.deep.equal(['Tous les thèmes', 'Eau et assainissement', 'Santé']);
    expect(optionTexts(el, 'country')).to.deep.equal(['Tous les pays', 'Mali']);
    expect(optionTexts(el, 'status')).to.deep.equal(['Tous les statuts', 'En projet', 'En cours']);
    await choose(el, 'status', 'planned');
    expect(titles(el)).to.deep.equal([SANTE]);
  });

  it('shows the empty state when a preset leaves nothing', async () => {
    const el = await mount(projects(), { themes: 'digital' });
    expect(el.state).to.equal('empty');
    expect(textOf($(el, '[part="state"]'))).to.equal('Aucun projet à afficher pour le moment.');
    expect(count(el, 'article')).to.equal(0);
  });

  it('follows preset changes after the first render', async () => {
    const el = await mount(projects());
    el.setAttribute('status', 'completed');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([ECOLE]);
    el.removeAttribute('status');
    await el.updateComplete;
    expect(titles(el)).to.have.length(4);
  });
});

describe('ancrage-project-cards: project and publisher', () => {
  it('shows one project, expanded, without filters', async () => {
    const el = await mount(projects(), { project: 'b', filters: '' });
    expect(titles(el)).to.deep.equal([ECOLE]);
    expect(count(el, 'form')).to.equal(0);
    expect($(el, '.toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf($(el, '.details'))).to.equal('Une école rénovée.');
    // Presets kept from the list's snippet do not hide it.
    expect(titles(await mount(projects(), { project: 'b', themes: 'water-sanitation', status: 'ongoing' }))).to.deep.equal([ECOLE]);
  });

  it('closes the cards project pages opened once `project` is cleared (a single-page app back on its list)', async () => {
    const el = await mount(projects(), { project: 'b' });
    // From one project's page to another, then back to the list.
    el.setAttribute('project', 'a');
    await el.updateComplete;
    el.removeAttribute('project');
    await el.updateComplete;
    expect(titles(el)).to.have.length(4);
    expect($$(el, '.toggle[aria-expanded="true"]')).to.have.length(0);
  });

  it("keeps the project's card as the reader left it through a reload and a language change", async () => {
    const el = await mount(projects(), { project: 'b' });
    ($(el, '.toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '.toggle')!.getAttribute('aria-expanded')).to.equal('false');
    await (el as HTMLElement & { reload(): Promise<void> }).reload();
    await el.updateComplete;
    expect($(el, '.toggle')!.getAttribute('aria-expanded'), 'after a reload').to.equal('false');
    el.lang = 'en';
    await el.updateComplete;
    expect($(el, '.toggle')!.getAttribute('aria-expanded'), 'in another language').to.equal('false');
    // Another project's page opens its card.
    el.setAttribute('project', 'a');
    await el.updateComplete;
    expect($(el, '.toggle')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('shows the empty state for an unknown project, and tells the console which ids there are', async () => {
    let el!: HTMLElement & { state: string };
    const warnings = await consoleWarnings(async () => (el = await mount(projects(), { project: 'nope' })));
    expect(el.state).to.equal('empty');
    expect(count(el, 'article')).to.equal(0);
    expect(warnings).to.deep.equal(['Ancrage: <ancrage-project-cards> project="nope" is not in the feed (a, b, c, d)']);
  });

  it('shows only the publisher’s projects', async () => {
    const data = feed({
      publishers: [publisher('ville-a'), publisher('ville-b')],
      projects: [
        project('a1', { publisher: 'ville-a', title: 'A1' }),
        project('b1', { publisher: 'ville-b', title: 'B1' }),
        project('b2', { publisher: 'ville-b', title: 'B2' }),
      ],
    });
    expect(titles(await mount(data))).to.deep.equal(['A1', 'B1', 'B2']);
    expect(titles(await mount(data, { publisher: 'ville-b' }))).to.deep.equal(['B1', 'B2']);
    expect((await mount(data, { publisher: 'ville-z' })).state).to.equal('empty');
    // A project page stays within the publisher.
    expect((await mount(data, { publisher: 'ville-b', project: 'a1' })).state).to.equal('empty');
    expect(titles(await mount(data, { publisher: 'ville-a', project: 'a1' }))).to.deep.equal(['A1']);
  });
});

describe('ancrage-project-cards: sort', () => {
  it('puts ongoing projects first, then the newest start, by default', async () => {
    expect(titles(await mount(projects()))).to.deep.equal([SOLAIRE, FORAGES, SANTE, ECOLE]);
    expect(titles(await mount(projects(), { sort: 'nonsense' }))).to.deep.equal([SOLAIRE, FORAGES, SANTE, ECOLE]);
  });

  it('puts projects without a start last, ties by title', async () => {
    const data = feed({
      projects: [
        project('x', { title: 'Zèbre', status: 'completed' }),
        project('y', { title: 'Abeille', status: 'completed' }),
        project('z', { title: 'Étoile', status: 'completed', start: '2001' }),
        project('w', { title: 'Baobab', status: 'completed', start: '2001' }),
      ],
    });
    expect(titles(await mount(data))).to.deep.equal(['Baobab', 'Étoile', 'Abeille', 'Zèbre']);
  });

  it('puts an undated ongoing project before a dated finished one, a month before its year', async () => {
    const el = await mount(
      feed({
        projects: [
          project('a', { title: 'Acacia', status: 'completed', start: '2024', funding: { total: 100 } }),
          project('b', { title: 'Mangue', status: 'completed', start: '2024-05', funding: { total: 300 } }),
          project('c', { title: 'Baobab' }),
          project('d', { title: 'Zinc', start: '2019', funding: { total: 200 } }),
        ],
      }),
    );
    expect(titles(el)).to.deep.equal(['Zinc', 'Baobab', 'Mangue', 'Acacia']);
    // Another sort orders the same entries anew, and back.
    el.sort = 'title';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Acacia', 'Baobab', 'Mangue', 'Zinc']);
    el.sort = 'budget';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Mangue', 'Zinc', 'Acacia', 'Baobab']);
    el.sort = 'recent';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Zinc', 'Baobab', 'Mangue', 'Acacia']);
  });

  it('sorts by title with the reader’s collation', async () => {
    const el = await mount(
      feed({
        projects: [
          project('a', { title: 'Projet 10' }),
          project('b', { title: 'Projet 9' }),
          project('c', { title: 'étang' }),
          project('d', { title: 'Eau' }),
          project('e', { title: 'Fleuve' }),
        ],
      }),
      { sort: 'title' },
    );
    expect(titles(el)).to.deep.equal(['Eau', 'étang', 'Fleuve', 'Projet 9', 'Projet 10']);
  });

  it('sorts by budget: the total, else the contribution, largest first, none last', async () => {
    expect(titles(await mount(projects(), { sort: 'budget' }))).to.deep.equal([ECOLE, SOLAIRE, FORAGES, SANTE]);
  });
});

describe('ancrage-project-cards: paging', () => {
  const many = (n: number) =>
    feed({
      projects: Array.from({ length: n }, (_, i) =>
        project(`p${i}`, { title: `Projet ${i + 1}`, themes: [i % 2 ? 'health' : 'education'], start: '2020' }),
      ),
    });

  it('shows 12 cards, then 12 more, moving focus to the first new card', async () => {
    const el = await mount(many(30));
    expect(count(el, 'article')).to.equal(12);
    const more = $<HTMLButtonElement>(el, '[part="more"]')!;
    expect(textOf(more)).to.equal('Voir plus');
    more.focus();
    more.click();
    await el.updateComplete;
    const articles = $$(el, 'article');
    expect(articles).to.have.length(24);
    expect(el.shadowRoot!.activeElement === articles[12]).to.equal(true);
    expect(textOf(articles[12].querySelector('[part="title"]'))).to.equal('Projet 13');
    expect(articles[12].getAttribute('tabindex')).to.equal('-1');
    $<HTMLButtonElement>(el, '[part="more"]')!.click();
    await el.updateComplete;
    expect(count(el, 'article')).to.equal(30);
    expect(el.shadowRoot!.activeElement === $$(el, 'article')[24]).to.equal(true);
    expect(count(el, '[part="more"]')).to.equal(0);
  });

  it('follows `page-size`, falling back to 12 when invalid', async () => {
    expect(count(await mount(many(30), { 'page-size': '5' }), 'article')).to.equal(5);
    expect(count(await mount(many(30), { 'page-size': '0' }), 'article')).to.equal(12);
    expect(count(await mount(many(30), { 'page-size': 'beaucoup' }), 'article')).to.equal(12);
    expect(count(await mount(many(30), { 'page-size': '0x10' }), 'article'), 'hexadecimal').to.equal(12);
    expect(count(await mount(many(30), { 'page-size': '”6”' }), 'article'), 'in typographic quotes').to.equal(6);
    expect(count(await mount(many(5), { 'page-size': '5' }), '[part="more"]')).to.equal(0);
  });

  it('starts again from the first page when a filter changes', async () => {
    const el = await mount(many(30), { filters: '', 'page-size': '4' });
    $<HTMLButtonElement>(el, '[part="more"]')!.click();
    await el.updateComplete;
    expect(count(el, 'article')).to.equal(8);
    await choose(el, 'theme', 'health');
    expect(count(el, 'article')).to.equal(4);
    expect(status(el)).to.equal('15 projets');
  });

  it('keeps the cards shown so far when the page’s language changes', async () => {
    const el = await mount(many(30));
    $<HTMLButtonElement>(el, '[part="more"]')!.click();
    await el.updateComplete;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(textOf($(el, '[part="more"]'))).to.equal('Show more');
    expect(count(el, 'article')).to.equal(24);
  });

  it('renders only the first page of 10,000 projects, as fast as a page of 12', async () => {
    const big = await mount(many(10000), { filters: '' });
    const small = await mount(many(12), { filters: '' });
    expect(count(big, 'article')).to.equal(12);
    expect(count(small, 'article')).to.equal(12);
    // A re-render that keeps the feed: the cost must not grow with it.
    const rerender = async (el: typeof big) => {
      const start = performance.now();
      for (let i = 0; i < 10; i++) {
        el.headingLevel = 2 + (i % 2);
        await el.updateComplete;
      }
      return performance.now() - start;
    };
    await rerender(small);
    const bigTime = await rerender(big);
    const smallTime = await rerender(small);
    expect(bigTime, `${bigTime} ms vs ${smallTime} ms`).to.be.below(smallTime * 3 + 30);
    // A filter change is one pass over the feed, not a re-sort.
    const start = performance.now();
    await choose(big, 'theme', 'health');
    expect(performance.now() - start).to.be.below(150);
    expect(count(big, 'article')).to.equal(12);
    expect(status(big)).to.equal(`5${'\u202f'}000 projets`);
  });
});

describe('ancrage-project-cards: a choice the projects in scope no longer offer', () => {
  /** Two authorities: the town's projects in Mali and Senegal, the department's in Togo. */
  const network = () =>
    feed({
      publishers: [publisher('ville', { name: 'Ville de Testville' }), publisher('d', { name: 'D', kind: 'departement' })],
      projects: [
        project('a', { publisher: 'ville', title: 'Ville Mali', themes: ['health'], places: [{ country: 'ML' }] }),
        project('b', { publisher: 'ville', title: 'Ville Sénégal', status: 'planned', themes: ['health'], places: [{ country: 'SN' }] }),
        project('c', { publisher: 'd', title: 'Dept Togo', themes: ['education'], places: [{ country: 'TG' }] }),
      ],
    });
  const value = (el: HTMLElement, name: string) => $<HTMLSelectElement>(el, `select[name="${name}"]`)!.value;

  it('drops the country the reader chose when another publisher’s projects are shown', async () => {
    const el = await mount(network(), { filters: '', publisher: 'ville' });
    await choose(el, 'country', 'ML');
    expect(titles(el)).to.deep.equal(['Ville Mali']);
    el.setAttribute('publisher', 'd');
    await el.updateComplete;
    expect(optionTexts(el, 'country')).to.deep.equal(['Tous les pays', 'Togo']);
    expect(value(el, 'country')).to.equal('');
    expect(titles(el)).to.deep.equal(['Dept Togo']);
    expect(status(el)).to.equal('1 projet');
    // Back to the town: the dropped choice stays dropped.
    el.setAttribute('publisher', 'ville');
    await el.updateComplete;
    expect(value(el, 'country')).to.equal('');
    expect(titles(el)).to.have.length(2);
    expect(status(el)).to.equal('2 projets');
  });

  it('drops the theme the reader chose when a preset leaves no project with it, and keeps the search', async () => {
    const el = await mount(network(), { filters: '' });
    await choose(el, 'theme', 'health');
    await choose(el, 'q', 'ville');
    await choose(el, 'status', 'planned');
    expect(titles(el)).to.deep.equal(['Ville Sénégal']);
    el.setAttribute('country', 'TG');
    await el.updateComplete;
    expect(value(el, 'theme')).to.equal('');
    expect(value(el, 'status')).to.equal('');
    expect($<HTMLInputElement>(el, 'input')!.value).to.equal('ville');
    // The search still applies: nothing in Togo says "ville".
    expect(titles(el)).to.deep.equal([]);
    expect(status(el)).to.equal('Aucun projet ne correspond à ces critères.');
    await choose(el, 'q', '');
    expect(titles(el)).to.deep.equal(['Dept Togo']);
  });

  it('keeps a choice the new preset still offers', async () => {
    const el = await mount(network(), { filters: '' });
    await choose(el, 'theme', 'health');
    el.setAttribute('country', 'ML SN');
    await el.updateComplete;
    expect(value(el, 'theme')).to.equal('health');
    expect(titles(el)).to.deep.equal(['Ville Mali', 'Ville Sénégal']);
  });

  it('drops a status the reloaded feed no longer has, and keeps the chosen theme in another language', async () => {
    const el = await mount(network(), { filters: '' });
    await choose(el, 'theme', 'health');
    await choose(el, 'status', 'planned');
    expect(titles(el)).to.deep.equal(['Ville Sénégal']);
    expect(status(el)).to.equal('1 projet');
    const next = network() as { projects: Array<{ status?: string }> };
    next.projects[1].status = 'ongoing';
    el.data = next;
    await el.updateComplete;
    expect(optionTexts(el, 'status')).to.deep.equal(['Tous les statuts', 'En cours']);
    expect(value(el, 'status')).to.equal('');
    expect(value(el, 'theme')).to.equal('health');
    expect(titles(el)).to.deep.equal(['Ville Mali', 'Ville Sénégal']);
    expect(status(el)).to.equal('2 projets');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(value(el, 'theme')).to.equal('health');
    expect(status(el)).to.equal('2 projects');
  });

  it('opens the feed at another address at its first page, its cards closed; a reload keeps the reader\'s place', async () => {
    const many = (prefix: string) =>
      feed({ projects: Array.from({ length: 5 }, (_, i) => project(`${prefix}${i}`, { title: `${prefix} ${i}`, description: 'Texte.' })) });
    const scripts = [many('a'), many('b')].map((data, i) => {
      const script = Object.assign(document.createElement('script'), { type: 'application/json', id: `paged-feed-${i}` });
      script.textContent = JSON.stringify(data);
      return document.body.appendChild(script);
    });
    try {
      const el = await mount(undefined, { 'page-size': '2', feed: '#paged-feed-0' });
      await waitUntil(() => el.state === 'ready');
      $<HTMLButtonElement>(el, '.more')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.toggle')!.click();
      await el.updateComplete;
      expect([count(el, 'article'), count(el, '.toggle[aria-expanded="true"]')]).to.deep.equal([4, 1]);
      await el.reload();
      expect([count(el, 'article'), count(el, '.toggle[aria-expanded="true"]')], 'a reload keeps them').to.deep.equal([4, 1]);
      el.setAttribute('feed', '#paged-feed-1');
      await waitUntil(() => el.state === 'ready' && titles(el)[0].startsWith('b'));
      expect([count(el, 'article'), count(el, '.toggle[aria-expanded="true"]')], 'another feed starts afresh').to.deep.equal([2, 0]);
    } finally {
      scripts.forEach((script) => script.remove());
    }
  });

  it('drops a country the feed at another address does not have', async () => {
    const scripts = [network(), feed({ projects: [project('x', { title: 'Forages à Kayes', places: [{ country: 'ML' }] })] })].map(
      (data, i) => {
        const script = Object.assign(document.createElement('script'), { type: 'application/json', id: `cards-feed-${i}` });
        script.textContent = JSON.stringify(data);
        return document.body.appendChild(script);
      },
    );
    try {
      const el = await mount(undefined, { filters: '', feed: '#cards-feed-0' });
      await waitUntil(() => el.state === 'ready');
      await choose(el, 'country', 'SN');
      expect(titles(el)).to.deep.equal(['Ville Sénégal']);
      el.setAttribute('feed', '#cards-feed-1');
      await el.updateComplete;
      await waitUntil(() => el.state === 'ready');
      expect(value(el, 'country')).to.equal('');
      expect(titles(el)).to.deep.equal(['Forages à Kayes']);
      expect(status(el)).to.equal('1 projet');
    } finally {
      scripts.forEach((script) => script.remove());
    }
  });
});
