// The embed-code generator (stories/demo/embed.html) end to end, as a web editor
// drives it, over the built library (`npm test` builds dist/ first).
// Feeds come from the test server's routes (test/server/fixture-routes.mjs) or are pasted.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { messagesFor } from '../../src/i18n/index.js';

interface Attribute {
  name: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
}

const fr = messagesFor('fr');
const en = messagesFor('en');

/** A small feed every widget has something to show from. */
const FEED = {
  version: '1',
  publishers: [{ id: 'ville-a', name: 'Ville A', kind: 'commune' }],
  partners: [
    { id: 'asso', name: 'Association Eau Vive', kind: 'association' },
    { id: 'osim', name: 'Association des Maliens de Ville A', kind: 'osim' },
  ],
  projects: [
    {
      id: 'eau',
      title: 'Eau potable',
      status: 'ongoing',
      partners: [
        { ref: 'asso', role: 'lead' },
        { ref: 'osim', role: 'implementing' },
      ],
    },
  ],
  budgets: [{ year: 2025, allocated: 100000, committed: 40000 }],
};

let frame: HTMLIFrameElement;
let doc: Document;
let serial = 0;

const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => doc.getElementById(id) as T;
const text = (id: string) => $(id).textContent ?? '';
const snippet = () => $<HTMLTextAreaElement>('snippet').value;
/** The snippet's room for the cards before its script runs. */
const RESERVE = 'ancrage-project-cards:not(:defined) {\n    display: block;\n    min-block-size: var(--ancrage-loading-height, 40em);\n  }';
/** The class the snippet's colours are scoped to. */
const classOf = () => snippet().match(/class="(ancrage-\w+)"/)![1];
const preview = () => $('preview').firstElementChild as (HTMLElement & { state?: string }) | null;
/** A fresh URL per test: the page's feed cache and the server's per-key state never leak. */
const feedRoute = (path: string, params = '') => `/__feed/${path}?key=embed-${Date.now().toString(36)}-${++serial}${params}`;

async function openPage(width = 1024) {
  frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = '/stories/demo/embed.html';
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.body?.dataset.ready !== undefined, 'the page is ready', { timeout: 15000 });
  doc = frame.contentDocument!;
}

/** Types a value the way a person does: input events, then change when leaving the field. */
function fill(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function previewState(state: string) {
  await waitUntil(() => preview()?.getAttribute('state') === state, `the preview is ${state}`, { timeout: 10000 });
}

async function checkUrl(url: string) {
  fill($('feed-url'), url);
  await waitUntil(() => !/Vérification|Checking/.test(text('feed-status')) && text('feed-status'), 'the feed is checked', {
    timeout: 10000,
  });
}

function paste(json: string) {
  ($('paste') as unknown as HTMLDetailsElement).open = true;
  $<HTMLTextAreaElement>('feed-text').value = json;
  $('check-text').click();
}

/** Holds the page's requests until `release()`: a feed check that takes as long as a test needs. */
function holdFetch() {
  const win = frame.contentWindow as unknown as typeof globalThis;
  const real = win.fetch;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  win.fetch = async (...args: Parameters<typeof fetch>) => {
    await held;
    return real(...args);
  };
  return () => {
    win.fetch = real;
    release();
  };
}

/** How many times each of these live regions is written from now on (each write is spoken again); read by the function returned. */
function writes(...ids: string[]) {
  const win = frame.contentWindow as unknown as typeof globalThis;
  const counts: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  const observers = ids.map((id) => {
    const observer = new win.MutationObserver((records) => (counts[id] += records.length));
    observer.observe($(id), { childList: true, characterData: true, subtree: true });
    return observer;
  });
  return () => {
    observers.forEach((observer, i) => (counts[ids[i]] += observer.takeRecords().length));
    return counts;
  };
}

async function sha384(url: string) {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

beforeEach(() => openPage());
afterEach(() => frame.remove());

describe('embed generator: the feed', () => {
  it('starts on the example feed and gives a snippet with the built bundle and its SRI hash', async () => {
    await previewState('ready');
    const bundle = `${location.origin}/dist/ancrage.js`;
    expect($('feed-url').value).to.equal(`${location.origin}/stories/demo/example-feed.json`);
    // Read, with the note on its deliberate envelope overrun (its budget's one line says it for both).
    expect(text('feed-status')).to.match(/^Flux lisible\u00a0: .+\. 1 avertissement, détaillé ci-dessous\.$/);
    expect(snippet()).to.equal(
      `<script type="module" src="${bundle}" integrity="${await sha384(bundle)}" crossorigin="anonymous"></script>\n` +
        `<style>\n  ${RESERVE}\n</style>\n` +
        `<ancrage-project-cards feed="${location.origin}/stories/demo/example-feed.json"></ancrage-project-cards>`,
    );
    // A bundle address typed without https:// would be looked for among the site's own pages.
    fill($('bundle-url'), 'www.belleval.fr/ancrage/ancrage.js');
    // Under its field, which it describes, and spoken.
    expect($('bundle-url').getAttribute('aria-describedby')!.split(' ')).to.include('bundle-url-note');
    expect($('bundle-url-note').getAttribute('role')).to.equal('status');
    expect(text('bundle-url-note')).to.equal(
      'Adresse sans https://\u00a0: votre site la chercherait parmi ses propres pages. Écrivez-la en entier, par exemple https://www.belleval.fr/ancrage/ancrage.js',
    );
    fill($('bundle-url'), '');
    expect(text('bundle-url-note')).to.equal('');
    expect(text('integrity-note')).to.match(/^Empreinte d'intégrité/);
  });

  it('keeps room for each widget before its script runs, as much as the widget keeps while its feed loads (the text below does not jump)', async () => {
    await previewState('ready');
    for (const tag of ['ancrage-project-cards', 'ancrage-partner-list', 'ancrage-budget-gauge']) {
      fill($<HTMLSelectElement>('widget'), tag);
      const [, kept, em] = snippet().match(new RegExp(`\\n {2}${tag}:not\\(:defined\\) \\{\\n {4}display: block;\\n {4}min-block-size: (var\\(--ancrage-loading-height, (\\d+)em\\));\\n {2}\\}\\n`))!;
      // The widget itself, in the generator's page, waiting for its data (`null`: none yet, as a framework says it).
      const loading = doc.createElement(tag) as HTMLElement & { data: unknown; state: string; updateComplete: Promise<boolean> };
      loading.data = null;
      doc.body.append(loading);
      await loading.updateComplete;
      const before = doc.createElement('div');
      before.style.minBlockSize = kept;
      doc.body.append(before);
      const fontSize = parseFloat(getComputedStyle(loading).fontSize);
      expect(loading.state, tag).to.equal('loading');
      expect(loading.getBoundingClientRect().height, tag).to.be.closeTo(Number(em) * fontSize, 0.5);
      expect(before.getBoundingClientRect().height, tag).to.be.closeTo(Number(em) * fontSize, 0.5);
      loading.remove();
      before.remove();
    }
  });

  it('warns about a bundle on http or on a computer, and drops the quotes and blanks pasted around an address', async () => {
    await previewState('ready');
    // A page on https blocks a script on http: the widget would stay empty.
    fill($('bundle-url'), 'http://www.ville.fr/ancrage/ancrage.js');
    expect(text('bundle-url-note')).to.equal(
      "Adresse en http://\u00a0: une page en https (la vôtre) bloque un script en http, et le widget resterait vide. Donnez l'adresse en https:// du fichier.",
    );
    const onComputer = "Un fichier sur votre ordinateur\u00a0: aucune page en ligne ne peut le lire. Mettez-le sur votre site et donnez son adresse en https://.";
    for (const typed of ['C:\\Users\\mairie\\ancrage.js', 'file:///C:/Users/mairie/ancrage.js']) {
      fill($('bundle-url'), typed);
      expect(text('bundle-url-note'), typed).to.equal(onComputer);
    }
    // Typographic quotes and non-breaking spaces around it, as a word processor pastes it.
    fill($('bundle-url'), '\u00a0“https://www.ville.fr/ancrage/ancrage.js”\u00a0');
    expect(snippet().split('\n')[0]).to.match(/^<script type="module" src="https:\/\/www\.ville\.fr\/ancrage\/ancrage\.js" integrity=/);
    expect(text('bundle-url-note')).to.equal('');
    // The feed's address alike: a file on a computer is said to be one, not a CORS fault.
    for (const typed of ['C:\\Users\\mairie\\flux.json', 'file:///C:/flux.json']) {
      await checkUrl(typed);
      expect(text('feed-detail'), typed).to.contain(onComputer);
      expect(text('feed-detail'), typed).not.to.contain('Access-Control-Allow-Origin');
    }
    await checkUrl('«\u00a0/stories/demo/example-feed.json\u00a0»');
    expect(text('feed-status')).to.match(/^Flux lisible\u00a0: /);
    expect(text('feed-detail')).not.to.contain('«');
    expect(snippet()).to.contain('<ancrage-project-cards feed="/stories/demo/example-feed.json"></ancrage-project-cards>');
  });

  it('checks a feed URL and lists its warnings with their JSON paths, in French', async () => {
    const url = feedRoute('valid', '&warn=1');
    await checkUrl(url);
    // "Lisible", not "valide": something was warned about.
    expect(text('feed-status')).to.match(/^Flux lisible\u00a0: .+\. 1 avertissement, détaillé ci-dessous\.$/);
    // The route's feed as written: its first project gets one unknown theme code, last.
    const [project] = (await (await fetch(feedRoute('valid', '&warn=1'))).json()).projects;
    const title = typeof project.title === 'string' ? project.title : (project.title.fr ?? Object.values(project.title)[0]);
    const path = `projects[0].themes[${project.themes.length - 1}]`;
    const issue = $('feed-issues').querySelector('li')!;
    expect(issue.querySelector('code')!.textContent).to.equal(path);
    // The item named from the feed as written, the message in French.
    expect(issue.textContent).to.equal(`${path} (projet «\u00a0${title}\u00a0»)\u00a0: code inconnu "not-a-theme", écarté`);
    expect(text('feed-detail')).to.contain('Adresse relative');
    await previewState('ready');
    expect(preview()!.getAttribute('feed')).to.equal(new URL(url, location.origin).href);
    // The snippet keeps the address as typed, escaped for an attribute.
    expect(snippet()).to.contain(`<ancrage-project-cards feed="${url.replace('&', '&amp;')}"></ancrage-project-cards>`);
  });

  it('forgets the feed checked last when its address is cleared: no stale preview or snippet', async () => {
    await checkUrl('/stories/demo/example-feed.json');
    expect(snippet()).to.contain('example-feed.json');
    await checkUrl('');
    expect(text('feed-status')).to.equal("Indiquez l'adresse du flux, ou utilisez le flux d'exemple.");
    // No tag with feed="", which would say "data not found" on the town's page: no code, and why.
    expect(snippet()).to.equal('');
    expect(text('inline-note')).to.equal("Pas de code à copier\u00a0: indiquez d'abord l'adresse du flux, ou collez-le.");
    expect(preview()!.localName).to.equal('p');
    await checkUrl('/stories/demo/example-feed.json');
    expect(snippet()).to.contain('example-feed.json');
    expect(text('inline-note')).to.equal('');
  });

  it('says an empty file is empty', async () => {
    await checkUrl('/__hostile/raw/empty-body');
    expect(text('feed-status')).to.equal(`Flux inutilisable. ${fr.errorReason['not-json']}`);
    // The line and column said, the engine's English ("Unexpected end of JSON input") is not.
    expect(text('feed-detail')).to.match(/^Erreur de syntaxe JSON, le fichier est vide\u00a0: exportez le flux à nouveau\. Adresse relative/);
  });

  it('names the entries of a Windows-1252 export with their accents, as the loader decodes it', async () => {
    await checkUrl('/__hostile/raw/cp1252-warned');
    const issues = [...$('feed-issues').querySelectorAll('li')].map((li) => li.textContent);
    expect(issues, JSON.stringify(issues)).to.include(
      'partners[0].kind (partenaire «\u00a0Coopération décentralisée – Diéma\u00a0»)\u00a0: code inconnu "asociation"\u00a0; vouliez-vous dire "association"\u00a0?\u00a0; élément partners[0] écarté',
    );
  });

  it('places a syntax error in pasted JSON by line and column, with its likely slip', async () => {
    paste('{"version": "1",\n "publishers": [{"id": "a", "name": "A", "kind": "commune"},]}');
    // Pasted, not a file: the widgets' "Le fichier n'est pas un JSON valide." is kept for a file or an address.
    expect(text('feed-status')).to.equal("Flux inutilisable. Le texte collé n'est pas du JSON valide.");
    expect(text('feed-detail')).to.equal('Erreur de syntaxe JSON, ligne 2, colonne 60\u00a0: une virgule avant ] ou }\u00a0: retirez-la.');
    // No code that the widgets could not read: the editor would paste it as it is.
    expect(snippet()).to.equal('');
    expect(text('inline-note')).to.equal('Pas de code à copier\u00a0: les widgets ne pourraient pas lire ce flux. Corrigez-le (voir ci-dessus), puis vérifiez-le à nouveau.');
    // A position without a likely slip keeps the engine's words, marked English.
    paste('{"version": "1"} x');
    expect(text('feed-detail')).to.match(/^Erreur de syntaxe JSON, ligne 1, colonne 18\. Détail technique\u00a0: pas du JSON\u00a0: \S/);
     // Cut short: the pasted text, not a file, is said to be so.
    paste('{"version": "1",\n "publishers": [');
    expect(text('feed-detail')).to.equal("Erreur de syntaxe JSON, ligne 2, colonne 17\u00a0: le texte collé s'arrête au milieu\u00a0: a-t-il été copié en entier\u00a0?");
  });

  it('says in plain words why a feed cannot be used', async () => {
    // Unusable, with the data steward's hint and the item named, as ancrage-check says it.
    await checkUrl('/test/fixtures/feeds/invalid/publisher-kind-capitalised.json');
    expect(text('feed-status')).to.equal(`Flux inutilisable. ${fr.errorReason['no-publisher']} 1 avertissement, détaillé ci-dessous.`);
    expect($('feed-issues').querySelector('li')!.textContent).to.equal(
      'publishers[0].kind (collectivité «\u00a0Ville de Belleval\u00a0»)\u00a0: code inconnu "Commune"\u00a0; vouliez-vous dire "commune"\u00a0?\u00a0; élément publishers[0] écarté',
    );
    // An address still gets its snippet, warnings or not: the widget says why once the feed is mended.
    expect(snippet()).to.contain('feed="/test/fixtures/feeds/invalid/publisher-kind-capitalised.json"');
    await checkUrl(feedRoute('status/404'));
    expect(text('feed-status')).to.equal(`Flux inutilisable. ${fr.errorReason['not-found']}`);
    // The technical detail ends with its full stop before the next sentence.
    expect(text('feed-detail')).to.equal(
      "Détail technique\u00a0: HTTP 404. Adresse relative\u00a0: l'aperçu la cherche sur ce serveur de démonstration\u00a0; une fois en ligne, elle sera cherchée sur votre propre site.",
    );
    expect($('feed-detail').querySelector('span')!.lang, 'a detail with no French').to.equal('en');
    await checkUrl(feedRoute('html'));
    expect(text('feed-status')).to.equal(`Flux inutilisable. ${fr.errorReason.html}`);
    // The loader's detail in French; what has no French is marked English, for a screen reader's voice.
    expect(text('feed-detail')).to.match(/^Détail technique\u00a0: page web reçue au lieu du JSON\u00a0: vérifiez l'adresse du flux\./);
    expect($('feed-detail').querySelector('span')!.hasAttribute('lang')).to.equal(false);
    await previewState('error');
    // A domain typed without its scheme: a dead path on the town's site, said so, not "relative".
    for (const typed of ['www.belleval.fr/solidarite/flux.json', 'localhost:8080/flux.json']) {
      await checkUrl(typed);
      expect(text('feed-detail'), typed).to.contain(`Adresse sans https://\u00a0: votre site la chercherait parmi ses propres pages. Écrivez-la en entier, par exemple https://${typed}`);
      expect(text('feed-detail'), typed).not.to.contain('Adresse relative');
    }
    // Its scheme mistyped: the address meant.
    await checkUrl('https//www.belleval.fr/flux.json');
    expect(text('feed-detail')).to.contain('Écrivez-la en entier, par exemple https://www.belleval.fr/flux.json');
    // Not a URL at all: said, not thrown.
    await checkUrl('https://');
    expect(text('feed-status')).to.equal(`Flux inutilisable. ${fr.errorReason['not-found']}`);
    expect(text('feed-detail')).to.contain('adresse de flux invalide\u00a0: "https://"');
  });

  it('checks a pasted broken feed, lists its errors by path, and offers the inline snippet once the widgets can read it', async () => {
    paste(JSON.stringify({ publishers: [{ id: 'ville', name: 'Ville', kind: 'commune' }] }));
    expect(text('feed-status')).to.equal(`Flux inutilisable. ${fr.errorReason.version}`);
    expect(text('feed-detail')).to.contain('version du flux absente');
    await previewState('error');

    paste('{"version": "1", publishers: []}');
    expect(text('feed-status')).to.equal("Flux inutilisable. Le texte collé n'est pas du JSON valide.");
    paste('"flux"');
    expect(text('feed-status')).to.equal("Flux inutilisable. Le texte collé n'a pas la forme d'un flux Ancrage.");

    const broken = {
      version: '1',
      publishers: [{ id: 'ville', name: 'Ville de Test', kind: 'commune' }],
      projects: [
        {
          id: 'eau',
          title: 'Eau </script> potable',
          status: 'ongoing',
          links: [{ href: 'javascript:alert(1)', label: 'Site' }],
        },
        { id: 'sans-statut', title: 'Sans statut' },
      ],
    };
    paste(JSON.stringify(broken, null, 2));
    expect(text('feed-status')).to.equal(
      'Flux lisible\u00a0: 1 collectivité, 1 projet (1 écarté), 0 partenaire et 0 budget. 3 avertissements, détaillés ci-dessous.',
    );
    const issues = [...$('feed-issues').querySelectorAll('li')].map((li) => li.textContent);
    expect(issues).to.have.length(3);
    expect(issues[0]).to.match(/^projects\[0\]\.title \(projet «\u00a0Eau <\/script> potable\u00a0»\)\u00a0: balises HTML/);
    expect(issues[1]).to.match(/^projects\[0\]\.links\[0\]\.href \(projet «\u00a0Eau <\/script> potable\u00a0»\)\u00a0: adresse dangereuse/);
    expect(issues[2]).to.equal('projects[1].status (projet «\u00a0Sans statut\u00a0»)\u00a0: champ obligatoire absent\u00a0; élément projects[1] écarté');

    // The preview reads the pasted feed from the page, as the snippet will.
    await previewState('ready');
    expect(preview()!.getAttribute('feed')).to.match(/^#ancrage-flux-\d+$/);
    const code = snippet();
    // The data block's id is drawn from the feed, so that two pasted feeds on one page keep apart.
    const id = code.match(/<script type="application\/json" id="(ancrage-flux-[0-9a-z]+)">\n\{\n {2}"version": "1",/)![1];
    expect(code).to.contain(`<ancrage-project-cards feed="#${id}"></ancrage-project-cards>`);
    // The feed's own "</script>" cannot close the data block early.
    expect(code.match(/<\/script>/g)).to.have.length(2);
    expect(code).to.contain('"Eau \\u003c/script\\u003e potable"');
    const inline = new DOMParser().parseFromString(code, 'text/html').getElementById(id)!;
    expect(JSON.parse(inline.textContent!)).to.deep.equal(broken);
    // Nor `&`, `>` or a no-break space, which Drupal's editor writes as `&amp;`, `&gt;`, `&nbsp;` at each save.
    const french = { ...broken, publishers: [{ id: 'ville', name: 'Eau & assainissement > Ville\u00a0: Test', kind: 'commune' }] };
    paste(JSON.stringify(french, null, 2));
    const block = snippet().match(/<script type="application\/json" id="[^"]+">([^]*?)<\/script>/)![1];
    expect(block).to.contain('"Eau \\u0026 assainissement \\u003e Ville\\u00a0: Test"');
    expect(block).not.to.match(/[&>\u00a0]/);
    expect(JSON.parse(block)).to.deep.equal(french);
    // One data block per page, however many widgets, and an id per block: said beside the snippet.
    expect(text('inline-note')).to.match(/^Plusieurs widgets sur la même page.*Chaque bloc de données d'une page a besoin de son propre id/);
    // Another feed, another id; the same feed, the same one.
    paste(JSON.stringify({ ...broken, projects: [] }, null, 2));
    const other = snippet().match(/id="(ancrage-flux-[0-9a-z]+)"/)![1];
    expect(other).not.to.equal(id);
    expect(snippet()).to.contain(`feed="#${other}"`);
    paste(JSON.stringify(broken, null, 2));
    expect(snippet()).to.contain(`id="${id}"`);
  });

  it("says that a pasted feed's relative addresses will be looked for on the page where the code is pasted", async () => {
    const project = FEED.projects[0];
    const withImage = (src: string) => ({ ...FEED, projects: [{ ...project, image: { src, alt: 'Le forage de Diéma' } }] });
    // Read against this page, the photo shows in the preview; on the town's page, it would be looked for there.
    paste(JSON.stringify(withImage('images/forage.svg')));
    await previewState('ready');
    expect(text('feed-status')).to.match(/^Flux valide/);
    expect(text('feed-detail')).to.equal(
      "Le flux collé contient des adresses relatives, par exemple «\u00a0images/forage.svg\u00a0»\u00a0: l'aperçu les cherche sur ce serveur de démonstration, mais la page où vous collerez le code les cherchera parmi ses propres pages (images absentes, liens morts). Dans un flux collé, écrivez les adresses des images et des liens en entier (https://…).",
    );
    $('lang-switch').click();
    expect(text('feed-detail')).to.equal(
      'The pasted feed holds relative addresses, for example “images/forage.svg”: the preview looks for them on this demo server, but the page where you paste the code will look for them among its own pages (missing images, dead links). In a pasted feed, write the addresses of images and links in full (https://…).',
    );
    $('lang-switch').click();
    // Written in full, or a link's path: the link named as written.
    paste(JSON.stringify(withImage('https://www.ville-a.fr/images/forage.svg')));
    expect(text('feed-detail')).to.equal('');
    paste(JSON.stringify({ ...FEED, projects: [{ ...project, links: [{ href: ' /solidarite/eau ', label: 'Le projet' }, { href: 'mailto:mairie@ville-a.fr', label: 'Écrire' }] }] }));
    expect(text('feed-detail')).to.match(/^Le flux collé contient des adresses relatives, par exemple «\u00a0\/solidarite\/eau\u00a0»\u00a0: /);
    // A feed checked by its address reads them against its own: the town's page will too.
    await checkUrl('/stories/demo/example-feed.json');
    expect(text('feed-detail')).not.to.contain('Le flux collé');
  });

  it('writes a new address into the code at once, keeping the last report until the check ends', async () => {
    await previewState('ready');
    const before = $('feed-issues').children.length;
    expect(before).to.be.above(0);
    // A feed that answers slowly: an editor may copy the code before its check ends.
    const slow = feedRoute('slow', '&head=5000');
    fill($('feed-url'), slow);
    expect(text('feed-status')).to.match(/^Vérification/);
    expect(snippet()).to.contain(` feed="${slow.replace(/&/g, '&amp;')}"`);
    expect(snippet()).not.to.contain('example-feed.json');
    // Emptied, the report would pull the copy button up under the pointer, then down again.
    expect($('feed-issues').children.length).to.equal(before);
    // The field is not described by the previous feed's advice meanwhile.
    expect($('feed-url').getAttribute('aria-describedby')).to.equal('feed-url-help feed-status');
  });

  it('ties the report, advice included, to the field it is about', async () => {
    await previewState('ready');
    const described = (id: string) => $(id).getAttribute('aria-describedby')!.split(' ');
    await checkUrl(feedRoute('status/404'));
    expect(text('feed-detail')).not.to.equal('');
    expect($('feed-detail').getAttribute('role'), 'the advice is spoken').to.equal('status');
    expect(described('feed-url')).to.deep.equal(['feed-url-help', 'feed-status', 'feed-detail']);
    expect(described('feed-text')).to.deep.equal(['feed-text-help']);
    paste('{"version": "1",');
    expect(described('feed-text')).to.deep.equal(['feed-text-help', 'feed-status', 'feed-detail']);
    expect(described('feed-url')).to.deep.equal(['feed-url-help']);
  });

  it('says that pasted text a CMS wrapped in HTML holds HTML, and writes no snippet from it', async () => {
    await previewState('ready');
    const feed = JSON.stringify(FEED, null, 2);
    for (const [pasted, where] of [
      [`<p>${feed.replace(/\n/g, '<br />\n')}</p>`, "ligne 1, colonne 1\u00a0: une balise HTML, <p>, venue d'un CMS ou d'une page web\u00a0: retirez-la."],
      [`<!--\n${feed}\n-->`, "ligne 1, colonne 1\u00a0: un commentaire HTML, <!--, venu d'un CMS ou d'une page web\u00a0: retirez-le, avec son -->."],
      [feed.replace(',\n', ',<br />\n'), "ligne 2, colonne 18\u00a0: une balise HTML, <br />, venue d'un CMS ou d'une page web\u00a0: retirez-la."],
    ]) {
      paste(pasted);
      expect(text('feed-status'), pasted).to.equal(
        "Flux inutilisable. Le texte collé contient du HTML (un <p>, un <br> ou un commentaire ajouté par l'éditeur d'un CMS ou d'une page web), pas seulement le flux.",
      );
      // Not the loader's "check the feed address": it is no address.
      expect(text('feed-detail')).to.equal(`Erreur de syntaxe JSON, ${where}`);
      expect(snippet()).to.equal('');
      expect(text('inline-note')).to.match(/^Pas de code à copier\u00a0: collez le flux sans HTML/);
      expect(preview()!.localName).to.equal('p');
    }
    // The same feed without its HTML makes a snippet again.
    paste(feed);
    expect(snippet()).to.match(/<script type="application\/json" id="ancrage-flux-[0-9a-z]+">/);
  });

  it('says every kind of warning the validator gives in French', async () => {
    const pub = { id: 'ville', name: 'Ville', kind: 'commune' };
    const faulty = {
      version: '1',
      budget: [],
      updated: '2026-02-30T10:00Z',
      publishers: [
        pub,
        { id: 'Ville B', name: 'B', kind: 'commune' },
        { id: 'c', name: { 'x!': 'C', fr: 'C' }, kind: 'commune', code: '1', theme: { primary: '#fff', radius: '9em', accent: 'red' } },
        { id: 'd', name: { fr: 3 }, kind: 'commune' },
        { id: 'e', name: 'Diéma'.replace('é', 'Ã©'), kind: 'Commune' },
      ],
      partners: [
        { id: 'p1', name: 'P1', kind: 'association', country: 'France', siret: '12', rna: 'X1', website: 'javascript:alert(1)', logo: { src: 'data:image/png;base64,AA', alt: '' } },
        { id: 'p1', name: 'Double', kind: 'association' },
        { id: 'p2', name: '', kind: 'association', city: 4 },
        { id: 'p3', name: 'P3 <b>x</b>', kind: 'association', website: 'www.p3.fr' },
        { id: 'p4', name: 'P4', kind: 'OSIM' },
        { id: 'p5', name: 'L&#8217;eau', kind: 'association', website: 'https://p5.example/?a=1&amp;b=2' },
      ],
      projects: [
        {
          id: 'a',
          publisher: 'ville',
          title: 'A',
          status: 'ongoing',
          start: '2024-13',
          end: '2020',
          themes: 'eau',
          sdgs: [0, 6, 6],
          dac: ['1'],
          places: [{ country: 'SN', lat: 100 }, { country: 'ML', lon: 2 }, 'Dakar'],
          partners: [{ ref: 'inconnu', role: 'lead' }, { ref: 'p4', role: 'lead' }],
          funding: { total: -1, contribution: '12 500', currency: 'euro' },
          sumary: 'x',
        },
        { id: 'b', publisher: 'nulle-part', title: 'B', status: 'ongoing' },
        { id: 'b2', publisher: 'ville', title: 'B2', status: 'en cours', summary: ['x'], start: '15 mars 2024 10:00', places: [{ country: 'Burkina' }] },
        { id: 'c2', publisher: 'ville', title: 'C', status: 'ongoing', start: '2024', end: '2023', image: { src: 'c2.jpg', alt: 'IMG_0042.jpg' } },
      ],
      budgets: [
        { publisher: 'ville', year: 2025, allocated: 100, committed: 10, spent: 20, lines: [{ basis: 'water', allocated: 10, base: 1000, rate: 0.5 }] },
        { publisher: 'ville', year: 2025, allocated: 100 },
        { publisher: 'ville', year: 99, allocated: 100 },
      ],
    };
    paste(JSON.stringify(faulty));
    const spans = [...$('feed-issues').querySelectorAll('li > span')];
    expect(spans.length).to.be.greaterThan(30);
    const english = spans.filter((span) => span.getAttribute('lang') === 'en').map((span) => span.textContent);
    expect(english).to.deep.equal([]);
    expect(spans.map((span) => span.textContent).join(' | ')).not.to.match(/left out|\binvalid\b|unknown|\bnot\b|missing|did you|written|without|markup|decoded|entity|as typed/);
    // The advisor's hints, as ancrage-check gives them.
    expect(spans.map((span) => span.textContent)).to.include.members([
      'date impossible "15 mars 2024 10:00" (AAAA, AAAA-MM ou AAAA-MM-JJ), écartée\u00a0; à écrire "2024-03-15"',
      'pays invalide "Burkina" (code ISO 3166-1 alpha-2 en majuscules, comme SN)\u00a0; son code\u00a0: BF\u00a0; élément projects[2].places[0] écarté',
      'montant payé de 20\u00a0€ supérieur au montant engagé de 10\u00a0€\u00a0: vérifiez les montants',
    ]);
  });
});

describe('embed generator: widgets and options', () => {
  it('offers every attribute of every widget in the manifest as a control, explained in French', async () => {
    paste(JSON.stringify(FEED));
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const declarations: Declaration[] = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []);
    const widgets = declarations.filter((d) => d.tagName);
    const select = $<HTMLSelectElement>('widget');
    expect([...select.options].map((o) => o.value)).to.have.members(widgets.map((w) => w.tagName));
    for (const declaration of widgets) {
      fill(select, declaration.tagName!);
      await previewState('ready');
      expect(preview()!.localName).to.equal(declaration.tagName);
      for (const { name, type } of declaration.attributes!) {
        const control = doc.getElementById(`option-${name}`) as HTMLInputElement | HTMLSelectElement | null;
        if (name === 'feed' || name === 'state') {
          expect(control, name).to.equal(null);
          continue;
        }
        expect(control, `${declaration.tagName} ${name}`).to.be.an.instanceof((frame.contentWindow as unknown as typeof globalThis).HTMLElement);
        // Explained, and labelled by its name.
        const [helpId, noteId] = control!.getAttribute('aria-describedby')!.split(' ');
        const help = doc.getElementById(helpId)!;
        // A field naming something in the feed is described by its note too (an id the feed lacks, a choice a new feed dropped).
        if (noteId) expect(doc.getElementById(noteId)?.getAttribute('role'), noteId).to.equal('status');
        expect(help.textContent!.length, `${name} explained`).to.be.greaterThan(10);
        // In the page's French: an attribute added to a widget needs its line in the page's French help.
        expect(help.closest('[lang]')!.getAttribute('lang'), `${declaration.tagName} ${name} explained in French`).to.equal('fr');
        expect(control!.labels![0].textContent).to.equal(name);
        if (type?.text === 'boolean') expect((control as HTMLInputElement).type, name).to.equal('checkbox');
        const literals = type?.text.match(/'[^']+'/g);
        if (literals) {
          expect(control!.localName, name).to.equal('select');
          expect([...(control as HTMLSelectElement).options].slice(1).map((o) => `'${o.value}'`)).to.deep.equal(literals);
        }
      }
    }
  });

  it('updates the preview and the snippet as options change', async () => {
    paste(JSON.stringify(FEED));
    fill($<HTMLSelectElement>('widget'), 'ancrage-partner-list');
    await previewState('ready');
    const search = $('option-search');
    search.click();
    expect(preview()!.hasAttribute('search')).to.equal(true);
    const layout = $<HTMLSelectElement>('option-layout');
    fill(layout, 'grid');
    // An id the feed lacks (a typo) is said under the field: the widget would be empty.
    fill($('option-publisher'), 'ville-b');
    expect(text('option-publisher-note')).to.equal("«\u00a0ville-b\u00a0» n'est pas dans le flux\u00a0: le widget sera vide. Identifiants du flux\u00a0: ville-a.");
    fill($('option-publisher'), 'ville-a');
    expect(text('option-publisher-note')).to.equal('');
    // Suggestions come from the checked feed.
    const suggestions = [...doc.querySelectorAll('#option-publisher-list option')].map((o) => (o as HTMLOptionElement).value);
    expect(suggestions).to.deep.equal(['ville-a']);
    await previewState('ready');
    expect(preview()!.getAttribute('layout')).to.equal('grid');
    expect(preview()!.getAttribute('publisher')).to.equal('ville-a');
    expect(snippet().split('\n').at(-1)).to.match(/^<ancrage-partner-list feed="#ancrage-flux-[0-9a-z]+" search layout="grid" publisher="ville-a"><\/ancrage-partner-list>$/);

    // Back to the default: the attribute leaves the preview and the snippet.
    search.click();
    fill(layout, '');
    expect(preview()!.hasAttribute('search')).to.equal(false);
    expect(snippet()).not.to.contain('layout=');

    // Each widget keeps its own choices.
    fill($<HTMLSelectElement>('widget'), 'ancrage-budget-gauge');
    expect(snippet()).not.to.contain('publisher=');
    fill($<HTMLSelectElement>('widget'), 'ancrage-partner-list');
    expect($('option-publisher').value).to.equal('ville-a');
  });

  it('drops from the snippet the choices a newly checked feed lacks, and says so under their fields', async () => {
    await previewState('ready');
    // Chosen on the example feed, for three widgets.
    fill($('option-publisher'), 'belleval');
    fill($('option-project'), 'diema-eau-potable');
    fill($('option-themes'), 'water-sanitation education culture-heritage');
    fill($('option-country'), 'ml, SN');
    fill($('option-status'), 'ongoing');
    fill($<HTMLSelectElement>('widget'), 'ancrage-partner-list');
    fill($('option-kind'), 'association osim');
    fill($<HTMLSelectElement>('widget'), 'ancrage-budget-gauge');
    fill($('option-publisher'), 'belleval');
    fill($('option-year'), '2024');
    // Another town's feed: one publisher, one project in Senegal, an association, a 2025 budget.
    paste(
      JSON.stringify({
        ...FEED,
        projects: [{ ...FEED.projects[0], themes: ['water-sanitation'], places: [{ country: 'SN' }] }],
        partners: [FEED.partners[0]],
      }),
    );
    await previewState('ready');
    expect(snippet().split('\n').at(-1)).to.match(/^<ancrage-budget-gauge feed="#ancrage-flux-[0-9a-z]+"><\/ancrage-budget-gauge>$/);
    expect(text('option-publisher-note')).to.equal("«\u00a0belleval\u00a0» n'est pas dans ce flux\u00a0: retiré du code. Dans le flux\u00a0: ville-a.");
    expect(text('option-year-note')).to.equal(
      "«\u00a02024\u00a0» retiré du code\u00a0: ce flux n'a pas de budget de «\u00a0ville-a\u00a0» pour cette année. Ses budgets\u00a0: 2025.",
    );
    // A list keeps the codes the feed has, as typed.
    fill($<HTMLSelectElement>('widget'), 'ancrage-partner-list');
    expect(snippet().split('\n').at(-1)).to.match(/ kind="association"><\/ancrage-partner-list>$/);
    expect(text('option-kind-note')).to.equal("«\u00a0osim\u00a0» n'est pas dans ce flux\u00a0: retiré du code. Dans le flux\u00a0: association.");
    fill($<HTMLSelectElement>('widget'), 'ancrage-project-cards');
    expect(snippet().split('\n').at(-1)).to.match(/ themes="water-sanitation" country="SN" status="ongoing"><\/ancrage-project-cards>$/);
    expect($('option-project').value).to.equal('');
    expect(text('option-project-note')).to.equal("«\u00a0diema-eau-potable\u00a0» n'est pas dans ce flux\u00a0: retiré du code. Dans le flux\u00a0: eau.");
    expect(text('option-themes-note')).to.equal(
      "«\u00a0education\u00a0» et «\u00a0culture-heritage\u00a0» ne sont pas dans ce flux\u00a0: retirés du code. Dans le flux\u00a0: water-sanitation.",
    );
    expect(text('option-country-note')).to.equal("«\u00a0ml\u00a0» n'est pas dans ce flux\u00a0: retiré du code. Dans le flux\u00a0: SN.");
    expect(text('option-status-note')).to.equal('');
    $('lang-switch').click();
    expect(text('option-themes-note')).to.equal('“education” and “culture-heritage” are not in this feed: removed from the code. In the feed: water-sanitation.');
    // Chosen again, the field says no more of what was dropped.
    fill($('option-themes'), 'health');
    expect(text('option-themes-note')).to.equal('');
    // A feed checked by its address alike.
    fill($('option-publisher'), 'ville-a');
    await checkUrl('/stories/demo/example-feed.json');
    expect(snippet()).not.to.contain('publisher=');
    expect(snippet()).to.contain(' themes="health"');
    expect(text('option-publisher-note')).to.match(/^“ville-a” is not in this feed: removed from the code\. In the feed: belleval, belleval-agglo, /);
  });

  it('keeps the option typed while a feed is checked, its text, caret and focus, and drops only the choices made for the previous feed', async () => {
    await previewState('ready');
    // Chosen for the example feed: themes the next one lacks.
    fill($('option-themes'), 'education health');
    const release = holdFetch();
    fill($('feed-url'), feedRoute('valid'));
    expect(text('feed-status')).to.match(/^Vérification/);
    // Keyboard only, on to the options while the check runs: half an id, the caret moved back into it.
    $('option-publisher').focus();
    await sendKeys({ type: 'beval' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowLeft' });
    release();
    await waitUntil(() => !/Vérification/.test(text('feed-status')), 'the feed is checked');
    expect(doc.activeElement?.id).to.equal('option-publisher');
    expect($('option-publisher').value).to.equal('beval');
    // Typed for this feed: not dropped as a previous feed's choice, only said to be none of its ids yet.
    expect(text('option-publisher-note')).to.equal("«\u00a0beval\u00a0» n'est pas dans le flux\u00a0: le widget sera vide. Identifiants du flux\u00a0: belleval.");
    expect(text('option-themes-note')).to.match(/^«\u00a0education\u00a0» et «\u00a0health\u00a0» ne sont pas dans ce flux\u00a0: retirés du code\./);
    // The next keys go where the caret was.
    await sendKeys({ type: 'lle' });
    expect($('option-publisher').value).to.equal('belleval');
    expect(text('option-publisher-note')).to.equal('');
    expect(snippet().split('\n').at(-1)).to.match(/ publisher="belleval"><\/ancrage-project-cards>$/);
  });

  it("reads a year chosen before a feed check against the publisher then, not one half-typed during the check", async () => {
    await previewState('ready');
    fill($<HTMLSelectElement>('widget'), 'ancrage-budget-gauge');
    fill($('option-year'), '2025');
    const release = holdFetch();
    fill($('feed-url'), feedRoute('valid'));
    $('option-publisher').focus();
    await sendKeys({ type: 'beval' });
    release();
    await waitUntil(() => !/Vérification/.test(text('feed-status')), 'the feed is checked');
    // The new feed's authority has a 2025 budget: the year stays.
    expect(text('option-year-note')).to.equal('');
    expect(snippet()).to.contain(' year="2025"');
  });

  it('gives number options the bounds the widgets take, and says and leaves out a number out of range', async () => {
    await previewState('ready');
    const level = $('option-heading-level');
    expect([level.type, level.min, level.max]).to.deep.equal(['number', '1', '6']);
    expect(level.getAttribute('aria-describedby')!.split(' ')).to.deep.equal(['option-heading-level-help', 'option-heading-level-note']);
    expect($('option-heading-level-note').getAttribute('role')).to.equal('status');
    fill(level, '9');
    expect(level.getAttribute('aria-invalid')).to.equal('true');
    expect(text('option-heading-level-note')).to.equal('«\u00a09\u00a0» retiré du code\u00a0: un nombre entier de 1 à 6 est attendu.');
    // Neither in the code nor in the preview, which shows what the town's page will.
    expect(snippet()).not.to.contain('heading-level');
    expect(preview()!.hasAttribute('heading-level')).to.equal(false);
    fill(level, '2');
    expect(level.hasAttribute('aria-invalid')).to.equal(false);
    expect(text('option-heading-level-note')).to.equal('');
    expect(snippet()).to.contain(' heading-level="2"');
    expect(preview()!.getAttribute('heading-level')).to.equal('2');
    // From 1, with no upper bound; whole numbers in digits only, as the widget reads them.
    const size = $('option-page-size');
    expect([size.min, size.max]).to.deep.equal(['1', '']);
    for (const typed of ['0', '-2', '2.5']) {
      fill(size, typed);
      expect(text('option-page-size-note'), typed).to.equal(`«\u00a0${typed}\u00a0» retiré du code\u00a0: un nombre entier à partir de 1 est attendu.`);
      expect(size.getAttribute('aria-invalid'), typed).to.equal('true');
      expect(snippet(), typed).not.to.contain('page-size');
    }
    fill(size, '6');
    expect(snippet()).to.contain(' page-size="6"');
    $('lang-switch').click();
    fill($('option-heading-level'), '0');
    expect(text('option-heading-level-note')).to.equal('“0” removed from the code: a whole number from 1 to 6 is expected.');
    expect($('option-heading-level').getAttribute('aria-invalid')).to.equal('true');
    // The partner list's group headings: 1 to 5.
    fill($<HTMLSelectElement>('widget'), 'ancrage-partner-list');
    const groups = $('option-heading-level');
    expect([groups.min, groups.max]).to.deep.equal(['1', '5']);
    fill(groups, '6');
    expect(text('option-heading-level-note')).to.equal('“6” removed from the code: a whole number from 1 to 5 is expected.');
    expect(snippet()).not.to.contain('heading-level');
    // The gauge's year: four digits.
    fill($<HTMLSelectElement>('widget'), 'ancrage-budget-gauge');
    const year = $('option-year');
    expect([year.type, year.min, year.max]).to.deep.equal(['number', '1000', '9999']);
    for (const typed of ['25', '02024']) {
      fill(year, typed);
      expect(text('option-year-note'), typed).to.equal(`“${typed}” removed from the code: a whole number from 1000 to 9999 is expected.`);
      expect(year.getAttribute('aria-invalid'), typed).to.equal('true');
      expect(snippet(), typed).not.to.contain('year=');
    }
    fill(year, '2024');
    expect(text('option-year-note')).to.equal('');
    expect(year.hasAttribute('aria-invalid')).to.equal(false);
    expect(snippet()).to.contain(' year="2024"');
  });

  it("says under the project's field that it is another publisher's project, which leaves the widget empty", async () => {
    await previewState('ready');
    // The example feed, a network's: diema-eau-potable is Belleval's.
    fill($('option-project'), 'diema-eau-potable');
    expect(text('option-project-note')).to.equal('');
    // As a word processor writes it: the quotes the widget drops are no part of the id.
    fill($('option-publisher'), '“haute-sarre”\u200b');
    expect(snippet()).to.contain(' publisher="haute-sarre"');
    expect(text('option-publisher-note')).to.equal('');
    expect(text('option-project-note')).to.equal(
      "«\u00a0diema-eau-potable\u00a0» est un projet de «\u00a0belleval\u00a0», pas de «\u00a0haute-sarre\u00a0» (publisher)\u00a0: le widget sera vide.",
    );
    // What the preview shows, once typing pauses.
    await previewState('empty');
    $('lang-switch').click();
    expect(text('option-project-note')).to.equal('“diema-eau-potable” is a project of “belleval”, not of “haute-sarre” (publisher): the widget will be empty.');
    // The partner list reads its project alike.
    fill($<HTMLSelectElement>('widget'), 'ancrage-partner-list');
    fill($('option-project'), 'diema-eau-potable');
    fill($('option-publisher'), 'sies');
    expect(text('option-project-note')).to.equal('“diema-eau-potable” is a project of “belleval”, not of “sies” (publisher): the widget will be empty.');
    fill($('option-publisher'), 'belleval');
    expect(text('option-project-note')).to.equal('');
    await previewState('ready');
  });

  it("drops the gauge's year and basis that the budget it would show lacks, the publisher's and that year's", async () => {
    await previewState('ready');
    const gauge = () => snippet().split('\n').at(-1);
    fill($<HTMLSelectElement>('widget'), 'ancrage-budget-gauge');
    // The example feed: the gauge shows Belleval's latest budget, which has a water line.
    fill($<HTMLSelectElement>('option-basis'), 'water');
    expect(gauge()).to.match(/ basis="water"><\/ancrage-budget-gauge>$/);
    // Another town's feed: one 2025 budget, without lines (all general budget).
    paste(JSON.stringify(FEED));
    await previewState('ready');
    expect(gauge()).to.match(/^<ancrage-budget-gauge feed="#ancrage-flux-[0-9a-z]+"><\/ancrage-budget-gauge>$/);
    expect($<HTMLSelectElement>('option-basis').value).to.equal('');
    expect(text('option-basis-note')).to.equal(
      "«\u00a0water\u00a0» retiré du code\u00a0: le budget 2025 de «\u00a0ville-a\u00a0» n'a pas de ligne de ce type. Dans ce budget\u00a0: general.",
    );
    expect($('option-basis').getAttribute('aria-describedby')).to.equal('option-basis-help option-basis-note');
    // A steward who counts the levy in the mobility line's `base` gets a legal ceiling too high (CGCT L1115-3).
    expect(text('option-basis-help')).to.contain('pour mobility, hors versement mobilité');
    $('lang-switch').click();
    expect(text('option-basis-help')).to.contain('for mobility, excluding the versement mobilité');
    expect(text('option-basis-note')).to.equal('“water” removed from the code: the 2025 budget for “ville-a” has no line on that basis. In that budget: general.');
    // What the budget has stays; with no budget at all, nothing does.
    fill($('option-year'), '2025');
    fill($<HTMLSelectElement>('option-basis'), 'general');
    paste(JSON.stringify({ ...FEED, projects: [] }));
    expect(gauge()).to.match(/ year="2025" basis="general"><\/ancrage-budget-gauge>$/);
    expect(text('option-basis-note')).to.equal('');
    expect(text('option-year-note')).to.equal('');
    fill($('option-year'), '');
    paste(JSON.stringify({ ...FEED, budgets: [] }));
    await previewState('empty');
    expect(gauge()).not.to.contain('basis=');
    expect(text('option-basis-note')).to.equal('“general” removed from the code: this feed has no budget for “ville-a”.');
    $('lang-switch').click();
    expect(text('option-basis-note')).to.equal("«\u00a0general\u00a0» retiré du code\u00a0: ce flux n'a pas de budget de «\u00a0ville-a\u00a0».");

    // A year another publisher has is not the chosen one's: dropped, then the basis read against the budget left.
    await checkUrl('/stories/demo/example-feed.json');
    fill($('option-publisher'), 'belleval');
    fill($('option-year'), '2024');
    fill($<HTMLSelectElement>('option-basis'), 'water');
    expect(gauge()).to.match(/ year="2024" basis="water" publisher="belleval"><\/ancrage-budget-gauge>$/);
    const publishers = [{ id: 'belleval', name: 'Belleval', kind: 'commune' }, FEED.publishers[0]];
    paste(
      JSON.stringify({
        ...FEED,
        publishers,
        projects: [],
        budgets: [
          { publisher: 'belleval', year: 2025, allocated: 50000, lines: [{ basis: 'general', allocated: 50000 }] },
          { publisher: 'ville-a', year: 2024, allocated: 9000, lines: [{ basis: 'water', allocated: 9000, base: 900000 }] },
        ],
      }),
    );
    await previewState('ready');
    expect(gauge()).to.match(/ publisher="belleval"><\/ancrage-budget-gauge>$/);
    expect(text('option-year-note')).to.equal(
      "«\u00a02024\u00a0» retiré du code\u00a0: ce flux n'a pas de budget de «\u00a0belleval\u00a0» pour cette année. Ses budgets\u00a0: 2025.",
    );
    expect(text('option-basis-note')).to.equal(
      "«\u00a0water\u00a0» retiré du code\u00a0: le budget 2025 de «\u00a0belleval\u00a0» n'a pas de ligne de ce type. Dans ce budget\u00a0: general.",
    );
    $('lang-switch').click();
    expect(text('option-year-note')).to.equal('“2024” removed from the code: this feed has no budget for “belleval” that year. Its budgets: 2025.');
  });

  it('copies the snippet and says so', async () => {
    // The headless frame may refuse the real clipboard: a stand-in records what is written.
    const written: string[] = [];
    Object.defineProperty(frame.contentWindow!.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void written.push(value) },
    });
    $('copy').click();
    await waitUntil(() => text('copy-status'), 'a copy message');
    expect(text('copy-status')).to.equal('Code copié.');
    expect(written).to.deep.equal([snippet()]);
  });

  it('says "Code copié" of the code copied only, and copies nothing when there is no code', async () => {
    const written: string[] = [];
    Object.defineProperty(frame.contentWindow!.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void written.push(value) },
    });
    await previewState('ready');
    const copied = async () => {
      $('copy').click();
      await waitUntil(() => text('copy-status'), 'a copy message');
    };
    await copied();
    // Another code in the box: the clipboard holds the one before.
    fill($('colour-primary'), '#a4161a');
    expect(text('copy-status')).to.equal('');
    await copied();
    $('lang-switch').click();
    expect(text('copy-status'), 'no French left on the English page').to.equal('');
    $('lang-switch').click();
    // No code (pasted HTML): why, and the clipboard left as it was.
    paste(`<p>${JSON.stringify(FEED)}</p>`);
    expect(snippet()).to.equal('');
    await copied();
    expect(text('copy-status')).to.equal(text('inline-note'));
    expect(text('copy-status')).to.match(/^Pas de code à copier/);
    expect(written).to.have.length(2);
    expect(written.every(Boolean)).to.equal(true);
  });

  it('says so when the clipboard is refused, selecting the code for Ctrl+C', async () => {
    Object.defineProperty(frame.contentWindow!.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    frame.contentDocument!.execCommand = () => false;
    $('copy').click();
    await waitUntil(() => text('copy-status'), 'a copy message');
    expect(text('copy-status')).to.match(/^Copie impossible/);
    const area = $<HTMLTextAreaElement>('snippet');
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
  });
});

describe('embed generator: colours', () => {
  it('applies picked colours to the preview and the snippet, and warns about low contrast', async () => {
    await previewState('ready');
    expect(text('contrast-status')).to.equal('Contrastes suffisants (RGAA / WCAG 2.1 AA).');
    fill($('colour-primary'), '#FF0');
    expect($<HTMLInputElement>('colour-primary-picker').value).to.equal('#ffff00');
    expect(text('contrast-status')).to.equal('3 contrastes insuffisants\u00a0:');
    // Which ones, and by how much, heard with every colour's field (the live region says only how many).
    for (const input of doc.querySelectorAll<HTMLInputElement>('#colours input[type="text"]')) {
      expect(input.getAttribute('aria-describedby')!.split(' '), input.id).to.include.members(['contrast-status', 'contrast-issues']);
    }
    const pairs = [...$('contrast-issues').querySelectorAll('li')].map((li) => li.textContent);
    expect(pairs).to.deep.equal([
      'Texte sur la couleur principale (boutons)\u00a0: 1,07:1, il faut au moins 4,5:1.',
      'Couleur principale sur le fond des cartes (titres, liens)\u00a0: 1,07:1, il faut au moins 4,5:1.',
      'Couleur principale sur les fonds discrets et sur la page (liens)\u00a0: 1,02:1, il faut au moins 4,5:1.',
    ]);
    expect(getComputedStyle(preview()!).getPropertyValue('--ancrage-primary').trim()).to.equal('#ffff00');
    // On this widget only, by a class named after its colours: another snippet on the page keeps its own.
    const yellow = /\n<style>\n[^]*\n {2}ancrage-project-cards\[class\*=(ancrage-\w+)\] \{\n {4}--ancrage-primary: #ffff00;\n {2}\}\n<\/style>\n<ancrage-project-cards feed="[^"]+" class="\1"[^>]*><\/ancrage-project-cards>$/;
    expect(snippet()).to.match(yellow);
    // Pasted through a visual editor that curls the class's quotes, the rule still finds its widget.
    // (The generator's page forbids inline styles: its rule is adopted as a constructed sheet.)
    const rule = new (frame.contentWindow as typeof window).CSSStyleSheet();
    rule.replaceSync(snippet().match(/<style>([^]*)<\/style>/)![1]);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, rule];
    const pasted = doc.createElement('div');
    pasted.innerHTML = `<ancrage-project-cards class=“${classOf()}”></ancrage-project-cards>`;
    doc.body.append(pasted);
    expect(getComputedStyle(pasted.firstElementChild!).getPropertyValue('--ancrage-primary').trim()).to.equal('#ffff00');
    pasted.remove();
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== rule);
    // Seven characters always: `[class*=…]` cannot find another hash that starts alike.
    const yellowClass = classOf();
    expect(yellowClass).to.match(/^ancrage-[0-9a-z]{7}$/);
    fill($('colour-primary'), '#a4161a');
    expect(classOf(), 'other colours, another class').not.to.equal(yellowClass);
    fill($('colour-primary'), '#FF0');
    expect(classOf(), 'the same colours, the same class').to.equal(yellowClass);

    // The picker and the text field are one value.
    const picker = $('colour-onPrimary-picker');
    fill(picker, '#000000');
    expect($('colour-onPrimary').value).to.equal('#000000');
    expect(text('contrast-status')).to.equal('2 contrastes insuffisants\u00a0:');

    // Not a colour: said next to the field, and nothing applied.
    fill($('colour-accent'), 'rouge');
    expect(text('colour-accent-error')).to.equal('Une couleur au format #rrggbb, par exemple #a4161a.');
    expect($('colour-accent').getAttribute('aria-invalid')).to.equal('true');
    expect(snippet()).not.to.contain('--ancrage-accent');
    // Switching language keeps what is typed, a fault too (and the picker its colour, not black).
    fill($('colour-accent'), '#a4161a');
    fill($('colour-accent'), 'rouge');
    $('lang-switch').click();
    expect($('colour-accent').value).to.equal('rouge');
    expect($('colour-accent-picker').value, 'the default accent').to.equal('#18753c');
    expect(text('colour-accent-error')).to.equal('A colour as #rrggbb, for example #a4161a.');
    expect($('colour-accent').getAttribute('aria-invalid')).to.equal('true');
    $('lang-switch').click();
    // Typed on its way to a colour: `#a41` parses, `#a416` does not, and then nothing is used, not the `#a41` before it.
    fill($('colour-accent'), '#a41');
    expect(snippet()).to.contain('--ancrage-accent: #aa4411;');
    fill($('colour-accent'), '#a416');
    expect(snippet()).not.to.contain('--ancrage-accent');
    expect(getComputedStyle(preview()!).getPropertyValue('--ancrage-accent')).to.equal('');
    fill($('colour-accent'), '#a4161a');
    expect(snippet()).to.contain('--ancrage-accent: #a4161a;');
    expect($('colour-accent').hasAttribute('aria-invalid')).to.equal(false);
    doc.querySelector<HTMLButtonElement>('[data-clear="accent"]')!.click();

    // Cleared: back to the defaults.
    doc.querySelector<HTMLButtonElement>('[data-clear="primary"]')!.click();
    doc.querySelector<HTMLButtonElement>('[data-clear="onPrimary"]')!.click();
    expect(text('contrast-status')).to.equal('Contrastes suffisants (RGAA / WCAG 2.1 AA).');
    expect(snippet()).not.to.contain('--ancrage-primary');
    expect(getComputedStyle(preview()!).getPropertyValue('--ancrage-primary')).to.equal('');
  });

  it('checks colours against the dark palette in the dark scheme, and keeps them to light grounds in auto', async () => {
    await previewState('ready');
    const scheme = $<HTMLSelectElement>('option-color-scheme');
    fill(scheme, 'dark');
    // Dark body text: fine on white, unreadable on the dark scheme's ground.
    fill($('colour-text'), '#1b1b1b');
    expect(text('contrast-status')).to.match(/^\d+ contrastes insuffisants/);
    expect($('contrast-issues').textContent).to.contain('Texte courant sur le fond des cartes\u00a0: 1,05:1');
    // Light colours read on it.
    fill($('colour-text'), '#f0f0f0');
    fill($('colour-primary'), '#9ecbff');
    expect(text('contrast-status')).to.equal('Contrastes suffisants (RGAA / WCAG 2.1 AA).');
    // Back to light: the same light colours fail there.
    fill(scheme, 'light');
    expect(text('contrast-status')).to.match(/^\d+ contrastes insuffisants/);
    // In auto, the snippet keeps the colours to a light system; the check is the light one.
    fill(scheme, 'auto');
    expect(snippet()).to.contain(
      `\n  @media (prefers-color-scheme: light) {\n    ancrage-project-cards[class*=${classOf()}] {\n      --ancrage-primary: #9ecbff;\n      --ancrage-text: #f0f0f0;\n    }\n  }\n</style>`,
    );
    expect(text('contrast-status')).to.match(/^\d+ contrastes insuffisants/);
    for (const key of ['text', 'primary']) doc.querySelector<HTMLButtonElement>(`[data-clear="${key}"]`)!.click();
    fill(scheme, '');
  });

  it('checks the contrasts again when the publisher or the widget changes the colours in effect', async () => {
    await previewState('ready');
    // Light purple on the default main colour, a dark blue: readable.
    fill($('colour-onPrimary'), '#ce93d8');
    expect(text('contrast-status')).to.equal('Contrastes suffisants (RGAA / WCAG 2.1 AA).');
    // Haute-Sarre's theme in the example feed has a purple main colour, which the widget then takes.
    fill($('option-publisher'), 'haute-sarre');
    expect(text('contrast-status')).to.equal('1 contraste insuffisant\u00a0:');
    expect($('contrast-issues').textContent).to.equal('Texte sur la couleur principale (boutons)\u00a0: 3,93:1, il faut au moins 4,5:1.');
    // Another widget, whose publisher is not chosen: no feed theme (the feed has several publishers).
    fill($<HTMLSelectElement>('widget'), 'ancrage-partner-list');
    expect(text('contrast-status')).to.equal('Contrastes suffisants (RGAA / WCAG 2.1 AA).');
    fill($<HTMLSelectElement>('widget'), 'ancrage-project-cards');
    expect(text('contrast-status')).to.equal('1 contraste insuffisant\u00a0:');
  });

  it('speaks a colour in the wrong format, and does not say the contrasts or the bundle note again when they did not change', async () => {
    await previewState('ready');
    fill($('bundle-url'), 'http://www.ville.fr/ancrage/ancrage.js');
    const error = $('colour-accent-error');
    expect(error.getAttribute('role')).to.equal('status');
    expect($('colour-accent').getAttribute('aria-describedby')!.split(' ')).to.include('colour-accent-error');
    const written = writes('contrast-status', 'bundle-url-note', 'colour-accent-error');
    // Key by key: `#a41` is a colour (#aa4411), `#a4161` is none; the contrasts pass all along.
    $('colour-accent').focus();
    await sendKeys({ type: '#a4161' });
    expect(text('colour-accent-error')).to.equal('Une couleur au format #rrggbb, par exemple #a4161a.');
    expect($('colour-accent').getAttribute('aria-invalid')).to.equal('true');
    await sendKeys({ type: 'a' });
    expect(text('colour-accent-error')).to.equal('');
    expect($('colour-accent').hasAttribute('aria-invalid')).to.equal(false);
    // A feed checked again: its report is said, not the unchanged notes beside it.
    await checkUrl('/stories/demo/example-feed.json');
    expect(text('contrast-status')).to.equal('Contrastes suffisants (RGAA / WCAG 2.1 AA).');
    expect(text('bundle-url-note')).to.match(/^Adresse en http:\/\//);
    // Shown at `#`, cleared at `#a41`, shown at `#a416`, cleared at `#a4161a`: once each.
    expect(written()).to.deep.equal({ 'contrast-status': 0, 'bundle-url-note': 0, 'colour-accent-error': 4 });
    doc.querySelector<HTMLButtonElement>('[data-clear="accent"]')!.click();
  });

  it('checks picked colours against the feed’s own theme, as the preview shows them', async () => {
    const blue = { surface: '#c8d7f0' };
    paste(JSON.stringify({ version: '1', publishers: [{ id: 'bleue', name: 'Ville Bleue', kind: 'commune', theme: blue }] }));
    await previewState('empty');
    expect(text('contrast-status')).to.equal('Contrastes suffisants (RGAA / WCAG 2.1 AA).');
    // This blue: fine on the default white cards and on the page, not on this feed's light-blue cards.
    fill($('colour-primary'), '#4a6fa5');
    expect(text('contrast-status')).to.equal('1 contraste insuffisant\u00a0:');
    expect($('contrast-issues').textContent).to.match(/^Couleur principale sur le fond des cartes \(titres, liens\)\u00a0: 3,51:1/);
  });
});

describe('embed generator: the gauge\'s colours', () => {
  it('says, for the gauge, that its fill is the accent colour and the main colour only its focus outline, as the preview shows', async () => {
    await previewState('ready');
    const note = $('colours-gauge');
    const described = () => $('colour-primary').getAttribute('aria-describedby')!.split(' ');
    expect(note.hidden, 'not for the cards').to.equal(true);
    expect(described()).not.to.include('colours-gauge');
    fill($<HTMLSelectElement>('widget'), 'ancrage-budget-gauge');
    await previewState('ready');
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.equal(
      "La jauge prend la couleur d'accent. La couleur principale n'y dessine que le contour de l'élément actif au clavier (sélecteur d'année, tableau), et le texte sur la couleur principale n'y sert pas.",
    );
    expect(described()).to.include('colours-gauge');
    // What the note says: the town's red as main colour leaves the fill green; as accent, it is red.
    // The same preview, restyled with each colour.
    const fillColour = async () => {
      await previewState('ready');
      await waitUntil(() => preview()!.shadowRoot?.querySelector('.fill'), 'the gauge is drawn');
      return getComputedStyle(preview()!.shadowRoot!.querySelector('.fill')!).stroke;
    };
    fill($('colour-primary'), '#a4161a');
    expect(await fillColour()).to.equal('rgb(24, 117, 60)');
    fill($('colour-accent'), '#a4161a');
    expect(await fillColour()).to.equal('rgb(164, 22, 26)');
    $('lang-switch').click();
    expect(note.textContent).to.equal(
      'The gauge takes the accent colour. The main colour only outlines what has the keyboard focus there (year switcher, table), and the text on the main colour is not used.',
    );
    expect(note.hidden).to.equal(false);
    expect(described()).to.include('colours-gauge');
    fill($<HTMLSelectElement>('widget'), 'ancrage-partner-list');
    expect(note.hidden).to.equal(true);
    expect(described()).not.to.include('colours-gauge');
  });
});

describe('embed generator: the console', () => {
  /** What the page's console is warned from now on, as an editor with DevTools open reads it. */
  function warnings() {
    const console = (frame.contentWindow as unknown as typeof globalThis).console;
    const said: string[] = [];
    console.warn = (...args: unknown[]) => void said.push(args.map(String).join(' '));
    return said;
  }

  it('says a warning once while an option or a colour is typed key by key, and a new feed\'s warnings anew', async () => {
    await previewState('ready');
    const said = warnings();
    // 15 keys, then leaving the field: one widget tells what it finds wrong, not one at each key ("w", "wa", "wat"…).
    $('option-themes').focus();
    await sendKeys({ type: 'water-sanitatio' });
    expect(snippet()).to.contain(' themes="water-sanitatio"');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => preview()?.getAttribute('themes') === 'water-sanitatio', 'the preview has the word typed');
    await previewState('empty');
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^Ancrage: <ancrage-project-cards> themes="water-sanitatio": water-sanitatio unknown \(known: water-sanitation, /);
    // 7 keys in a colour: the same widget, restyled, says nothing again.
    $('colour-primary').focus();
    await sendKeys({ type: '#a4161a' });
    await waitUntil(() => getComputedStyle(preview()!).getPropertyValue('--ancrage-primary').trim() === '#a4161a', 'the colour applied');
    // Typed in the feed's text area, nothing is checked before the button.
    ($('paste') as unknown as HTMLDetailsElement).open = true;
    $('feed-text').focus();
    await sendKeys({ type: '{"version": "1"}' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(said).to.have.length(1);
    // Another feed (which drops the word, no theme of its): its warning is told.
    paste(JSON.stringify({ ...FEED, projects: [...FEED.projects, { id: 'sans-statut', title: 'Sans statut' }] }));
    await previewState('ready');
    expect(said.slice(1)).to.deep.equal(['projects[1].status: missing; entry projects[1] left out']);
  });
});

describe('embed generator: the page', () => {
  it('switches to English and back', async () => {
    paste(JSON.stringify(FEED));
    await previewState('ready');
    const title = doc.querySelector('h1')!.textContent;
    $('lang-switch').click();
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.querySelector('h1')!.textContent).to.equal('Get the code to paste into your site');
    expect(text('feed-status')).to.equal('Valid feed: 1 authority, 1 project, 2 partners, and 1 budget. No warnings.');
    expect(doc.querySelector('a[href="themes.html"]')!.textContent).to.equal('Three town themes and dark mode');
    expect(doc.querySelector('#colours legend')!.textContent).to.equal("The authority's colours");
    expect($('lang-switch').textContent).to.equal('Français');
    expect(doc.querySelectorAll('[data-t]:empty')).to.have.length(0);
    // The options' help is the page's own, written for web editors, not the code's documentation
    // (which only an attribute the page has no line for falls back to, marked lang="en").
    const helps = [...doc.querySelectorAll('#options .help')];
    expect(helps).to.have.length.greaterThan(5);
    expect(helps.filter((p) => p.hasAttribute('lang') || p.textContent!.includes('`'))).to.have.length(0);
    // The preview follows the page's language.
    await waitUntil(() => preview()!.shadowRoot!.textContent!.includes(en.status.ongoing), 'the widget in English');
    $('lang-switch').click();
    expect(doc.querySelector('h1')!.textContent).to.equal(title);
  });

  it('says "readable", not "valid", when something was warned about, and a fatal reason as a sentence of its own, in English too', async () => {
    $('lang-switch').click();
    paste(JSON.stringify({ ...FEED, projects: [...FEED.projects, { id: 'sans-statut', title: 'Sans statut' }] }));
    expect(text('feed-status')).to.equal('Readable feed: 1 authority, 1 project (1 left out), 2 partners, and 1 budget. 1 warning, listed below.');
    // English punctuation, no French space before the colon.
    expect($('feed-issues').querySelector('li')!.textContent).to.equal("projects[1].status (project “Sans statut”): missing; entry projects[1] left out");
    paste(JSON.stringify({ publishers: FEED.publishers }));
    expect(text('feed-status')).to.equal(`The feed cannot be used. ${en.errorReason.version}`);
    expect(text('feed-detail')).to.equal('Technical detail: missing feed version: add "version": "1" to the feed object.');
    paste('{"version": "1", publishers: []}');
    expect(text('feed-status')).to.equal('The feed cannot be used. The pasted text is not valid JSON.');
    await checkUrl('');
    expect(text('feed-status')).to.equal("Enter the feed's address, or use the example feed.");
    await checkUrl('www.belleval.fr/flux.json');
    expect(text('feed-detail')).to.contain('Write it in full, for example https://www.belleval.fr/flux.json');
    await checkUrl(feedRoute('status/404'));
    expect(text('feed-detail')).to.equal(
      'Technical detail: HTTP 404. A relative address: the preview looks for it on this demo server; once online, it will be looked for on your own site.',
    );
    await checkUrl(feedRoute('down'));
    expect(text('feed-detail')).to.contain('If the feed is on a different site from the page, that site must send the Access-Control-Allow-Origin header');
    // Not reached on http: the page on https blocks it, whatever its CORS headers say.
    await checkUrl('http://donnees.belleval.invalid/flux.json');
    expect(text('feed-detail')).to.contain("An http:// address: a page on https (yours) cannot read a feed on http. Give the feed's https:// address.");
    expect(text('feed-detail')).not.to.contain('Access-Control-Allow-Origin');
  });

  it('reads an http feed of another site as a page on http would: its own rules do not block it', async () => {
    // 127.0.0.2 is this test server too, under a name the page's rules do not list one by one (Linux routes all
    // of 127/8 to the loopback; macOS only 127.0.0.1, until `sudo ifconfig lo0 alias 127.0.0.2`).
    await checkUrl(`http://127.0.0.2:${location.port}${feedRoute('valid')}`);
    expect(text('feed-status')).to.match(/^Flux valide\u00a0: /);
  });

  it('names the themes page for what it shows, the colours for the authority, with straight apostrophes in both languages', async () => {
    await previewState('ready');
    expect(doc.querySelector('a[href="themes.html"]')!.textContent).to.equal('Trois chartes graphiques et le mode sombre');
    expect(doc.querySelector('#colours legend')!.textContent).to.equal('Couleurs de la collectivité');
    // The page's own words, not the preview's (the widgets' catalogs and the feed are not this page's).
    const own = () => [...doc.querySelectorAll('header, h1, .lead, .embed-form, #snippet-help, footer')].map((el) => el.textContent).join(' ');
    expect(own()).to.contain("'");
    expect(own()).not.to.contain('’');
    $('lang-switch').click();
    expect(own()).to.contain("'");
    expect(own()).not.to.contain('’');
  });

  it('passes axe and does not scroll sideways at 320 px', async () => {
    frame.remove();
    await openPage(320);
    await previewState('ready');
    // Under the page's CSP: axe from the same origin, not inline.
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    doc.head.append(script);
    await loaded;
    const axe = (frame.contentWindow as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[] }> } }).axe;
    const { violations } = await axe.run(doc, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    expect(violations).to.deep.equal([]);
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
  });
});
