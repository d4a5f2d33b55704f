// A deterministic feed-v1 document of `count` projects for the benchmark, in Node (the
// feed server) and in the page (case 1) alike. Compact on purpose: the loader refuses
// feeds over 5 MB, and 10,000 projects must stay under it.

const STATUSES = ['ongoing', 'ongoing', 'completed', 'planned', 'suspended', 'cancelled', 'completed'];
const THEMES = ['water-sanitation', 'health', 'education', 'food-agriculture', 'energy', 'culture-heritage', 'youth-sport', 'local-governance'];
const COUNTRIES = ['SN', 'BF', 'ML', 'MA', 'TN', 'HT', 'VN', 'MG', 'BJ', 'CM', 'PS', 'LB'];
const TOWNS = ['Podor', 'Koudougou', 'Ségou', 'Essaouira', 'Jendouba', 'Jacmel', 'Huế', 'Toliara', 'Abomey', 'Dschang'];
const KINDS = ['association', 'osim', 'collectivite', 'ngo', 'public', 'network', 'education', 'company'];
const BASES = ['general', 'general', 'water', 'energy', 'general', 'waste'];
const WORDS = 'eau école puits santé jardin forage cantine maternité bibliothèque panneaux solaires formation jeunes femmes coopérative marché irrigation'.split(' ');

/** mulberry32: the same feed on every run and in every runtime. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchFeed(count) {
  const rand = random(count);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const partnerCount = Math.min(400, Math.max(20, Math.ceil(count / 10)));
  const partners = Array.from({ length: partnerCount }, (_, i) => ({
    id: `p${i}`,
    name: `${i % 3 ? 'Association' : 'Comité'} ${pick(TOWNS)} ${i}`,
    kind: KINDS[i % KINDS.length],
    country: i % 2 ? pick(COUNTRIES) : 'FR',
    city: pick(TOWNS),
  }));
  const projects = Array.from({ length: count }, (_, i) => {
    const start = 2008 + Math.floor(rand() * 17);
    const project = {
      id: `prj-${i}`,
      title: `${words(3)} à ${pick(TOWNS)} ${i}`,
      status: pick(STATUSES),
      summary: `${words(6)}.`,
      start: `${start}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`,
      themes: [...new Set([pick(THEMES), pick(THEMES)])],
      sdgs: [...new Set([1 + Math.floor(rand() * 17), 1 + Math.floor(rand() * 17)])],
      places: [{ country: pick(COUNTRIES), name: pick(TOWNS) }],
      partners: [
        { ref: `p${Math.floor(rand() * partnerCount)}`, role: 'lead' },
        { ref: `p${Math.floor(rand() * partnerCount)}`, role: 'local-partner' },
      ],
      funding: { total: 1000 * Math.floor(5 + rand() * 200), contribution: 500 * Math.floor(2 + rand() * 40), basis: pick(BASES) },
    };
    if (i % 2) project.end = String(start + 1 + Math.floor(rand() * 4));
    if (i % 8 === 0) project.description = `${words(20)}.\n\n${words(12)}.`;
    if (i % 4 === 0) project.links = [{ href: `https://exemple.org/projets/${i}`, label: 'Fiche du projet' }];
    return project;
  });
  const budgets = [2022, 2023, 2024].map((year, i) => ({
    year,
    allocated: 150000 + 20000 * i,
    committed: 120000 + 25000 * i,
    spent: 90000 + 20000 * i,
    totalBudget: 48000000,
    lines: [
      { basis: 'general', allocated: 100000 + 20000 * i, committed: 80000 + 25000 * i },
      { basis: 'water', allocated: 50000, committed: 40000, base: 6000000 },
    ],
  }));
  return {
    version: '1',
    language: 'fr',
    currency: 'EUR',
    publishers: [{ id: 'banc', name: 'Ville de Banc-sur-Loire', kind: 'commune' }],
    partners,
    projects,
    budgets,
  };
}
