// The no-framework baseline of bench case 1: a plain custom element that builds the
// same card DOM as <ancrage-project-cards> (default attributes, French) with
// createElement, from the same raw feed. No validation, no i18n, no reactivity: what a
// careful hand-written widget would do. It takes the widget's own stylesheets
// (`styles`) so that both pay the same style and layout.

const STATUS = { planned: 'En projet', ongoing: 'En cours', completed: 'Terminé', suspended: 'Suspendu', cancelled: 'Annulé' };
const THEMES = {
  'water-sanitation': 'Eau et assainissement',
  health: 'Santé',
  education: 'Éducation',
  'food-agriculture': 'Alimentation et agriculture',
  energy: 'Énergie',
  'culture-heritage': 'Culture et patrimoine',
  'youth-sport': 'Jeunesse et sport',
  'local-governance': 'Gouvernance locale',
};
const BASES = { water: '1\u202f% eau et assainissement (loi Oudin-Santini)', energy: '1\u202f% énergie', waste: '1\u202f% déchets' };
const SDG = 'Pas de pauvreté|Faim «\u00a0zéro\u00a0»|Bonne santé et bien-être|Éducation de qualité|Égalité entre les sexes|Eau propre et assainissement|Énergie propre et d’un coût abordable|Travail décent et croissance économique|Industrie, innovation et infrastructure|Inégalités réduites|Villes et communautés durables|Consommation et production responsables|Mesures relatives à la lutte contre les changements climatiques|Vie aquatique|Vie terrestre|Paix, justice et institutions efficaces|Partenariats pour la réalisation des objectifs'.split('|');

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const lists = new Intl.ListFormat('fr', { type: 'conjunction' });
const countries = new Intl.DisplayNames('fr', { type: 'region' });
const money = new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const years = new Intl.DateTimeFormat('fr', { year: 'numeric', timeZone: 'UTC' });
const months = new Intl.DateTimeFormat('fr', { year: 'numeric', month: 'long', timeZone: 'UTC' });
const utc = (date) => {
  const [y, m] = date.split('-').map(Number);
  return { when: new Date(Date.UTC(y, (m || 1) - 1, 1)), format: m ? months : years };
};
const formatDate = (date) => {
  const { when, format } = utc(date);
  return format.format(when);
};
const today = new Date().toLocaleDateString('sv-SE');
function dates({ start, end, status }) {
  if (start && end) {
    const a = utc(start);
    const b = utc(end);
    return a.format === b.format ? a.format.formatRange(a.when, b.when) : `${formatDate(start)} – ${formatDate(end)}`;
  }
  if (!start) return end ? `jusqu’en ${formatDate(end)}` : '';
  // As the widget says it, "à partir d’avril" included.
  const from = formatDate(start);
  if (status === 'planned' || start > today.slice(0, start.length)) return /^[ao]/.test(from) ? `à partir d’${from}` : `à partir de ${from}`;
  return `${status === 'ongoing' ? 'depuis' : 'commencé en'} ${from}`;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const name in attributes) node.setAttribute(name, attributes[name]);
  node.append(...children);
  return node;
}

const fact = (label, value) => (value ? el('div', {}, el('dt', {}, label), el('dd', {}, value)) : '');
const tags = (items) => (items.length ? el('ul', { class: 'tags', role: 'list' }, ...items.map((item) => el('li', {}, item))) : '');

function placeholder() {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  for (const [name, value] of Object.entries({ viewBox: '0 0 24 24', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.2' })) svg.setAttribute(name, value);
  const circle = document.createElementNS(ns, 'circle');
  circle.setAttribute('cx', '12');
  circle.setAttribute('cy', '12');
  circle.setAttribute('r', '9');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M3 12h18M12 3c3.5 3.5 3.5 14.5 0 18M12 3c-3.5 3.5-3.5 14.5 0 18');
  svg.append(circle, path);
  return el('div', { class: 'placeholder', part: 'image' }, svg);
}

export class BaselineCards extends HTMLElement {
  /** The stylesheets to adopt (the widget's own, for a like-for-like comparison). */
  styles = [];

  set data(feed) {
    this.feed = feed;
    if (this.isConnected) this.render();
  }

  connectedCallback() {
    if (this.feed) this.render();
  }

  render() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = this.styles;
    const names = new Map(this.feed.partners.map((partner) => [partner.id, partner.name]));
    const ongoing = (p) => +(p.status === 'ongoing');
    const start = (a, b) => (a.start === b.start ? 0 : a.start === undefined ? 1 : b.start === undefined ? -1 : a.start < b.start ? 1 : -1);
    const projects = [...this.feed.projects].sort((a, b) => ongoing(b) - ongoing(a) || start(a, b) || collator.compare(a.title, b.title));
    const pageSize = Number(this.getAttribute('page-size')) || 12;
    const grid = el('ul', { class: 'grid', role: 'list' });
    for (const p of projects.slice(0, pageSize)) {
      const role = (wanted) => lists.format(p.partners.filter((link) => link.role === wanted).map((link) => names.get(link.ref)).filter(Boolean));
      const f = p.funding;
      const amounts = f && f.contribution !== undefined && f.total !== undefined ? `Contribution\u00a0: ${money.format(f.contribution)} sur ${money.format(f.total)}` : '';
      const basis = f?.basis && f.basis !== 'general' ? BASES[f.basis] : '';
      const when = dates(p);
      const meta = el('p', { class: 'meta' }, el('span', { class: `status ${p.status}`, part: 'status' }, STATUS[p.status]));
      if (when) meta.append(el('span', {}, when));
      const article = el(
        'article',
        { class: 'card', part: 'card', 'aria-labelledby': `t-${p.id}`, tabindex: '-1' },
        el('h3', { class: 'title', part: 'title', id: `t-${p.id}` }, p.title),
        meta,
        p.summary ? el('p', {}, p.summary) : '',
        el(
          'dl',
          { class: 'facts' },
          fact('Lieux', lists.format(p.places.map((place) => (place.name ? `${place.name} (${countries.of(place.country)})` : countries.of(place.country))))),
          fact('Thèmes', tags(p.themes.map((theme) => THEMES[theme]))),
          fact('Objectifs de développement durable', tags(p.sdgs.map((n) => `ODD ${n}\u00a0: ${SDG[n - 1]}`))),
          // The basis in a `dd` of its own, as the widget writes it.
          amounts || basis ? el('div', {}, el('dt', {}, 'Financement'), amounts ? el('dd', {}, amounts) : '', basis ? el('dd', { class: 'basis' }, basis) : '') : '',
          fact('Chef de file', role('lead')),
          fact('Partenaire local', role('local-partner')),
        ),
      );
      if (p.description || p.partners.length || p.links?.length) {
        article.append(
          el('button', { class: 'toggle', 'aria-expanded': 'false', 'aria-controls': `d-${p.id}` }, 'Détails du projet', el('span', { class: 'visually-hidden' }, ` ${p.title}`)),
          el('div', { class: 'details', id: `d-${p.id}`, hidden: '' }),
        );
      }
      article.append(el('div', { class: 'media' }, placeholder()));
      grid.append(el('li', {}, article));
    }
    root.replaceChildren(el('p', { class: 'state', part: 'state', role: 'status' }), grid);
  }
}

customElements.define('baseline-cards', BaselineCards);
