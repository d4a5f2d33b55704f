/**
 * Feeds for the project cards stories: a town's real-looking projects, a
 * regional network's two publishers, long texts, and a generated long list.
 * Images come through Vite as files (`?no-inline`: a feed refuses `data:`
 * images), served beside the stories without static folders.
 */
/// <reference types="vite/client" />
import FORAGE from '../../demo/images/forage.svg?no-inline';
import SAHEL from '../../demo/images/solidarite-eau-sahel.svg?no-inline';
import { TOWN, networkOf } from '../feeds.js';


const PARTNERS = [
  { id: 'diema', name: { fr: 'Commune de Diéma', en: 'Municipality of Diéma' }, kind: 'collectivite', country: 'ML' },
  { id: 'ressortissants', name: 'Association des ressortissants du cercle de Diéma', kind: 'osim', country: 'FR' },
  { id: 'agence-eau', name: "Agence de l'eau Rhin-Meuse", kind: 'public', country: 'FR' },
  { id: 'tsevie', name: 'Commune de Zio 1 (Tsévié)', kind: 'collectivite', country: 'TG' },
  { id: 'femmes-togo', name: 'Femmes solidaires Togo–Sarre', kind: 'osim', country: 'FR' },
  { id: 'lycee', name: 'Lycée Jean-Moulin', kind: 'education', country: 'FR' },
  { id: 'hoi-an', name: { fr: 'Ville de Hội An', en: 'Hội An City' }, kind: 'collectivite', country: 'VN' },
];

const PROJECTS = [
  {
    id: 'eau-diema',
    title: { fr: 'Eau potable pour six villages du cercle de Diéma', en: 'Drinking water for six villages in Diéma' },
    summary: {
      fr: "Six forages équipés de pompes solaires et un comité de gestion de l'eau dans chaque village.",
      en: 'Six boreholes with solar pumps, and a water committee in each village.',
    },
    description: {
      fr: "Le projet est né d'une demande des ressortissants du cercle de Diéma installés à Belleval.\nIls suivent les chantiers avec la commune de Diéma.\n\nChaque village élit un comité de gestion qui fixe le prix de l'eau et paie l'entretien des pompes.",
      en: 'The project started with people from Diéma living in Belleval.\nThey follow the works with the municipality of Diéma.\n\nEach village elects a committee that sets the price of water and pays for pump upkeep.',
    },
    status: 'ongoing',
    start: '2024-03',
    end: '2026',
    themes: ['water-sanitation', 'health'],
    sdgs: [6, 3],
    places: [{ country: 'ML', name: 'Diéma', region: 'Kayes' }],
    partners: [
      { ref: 'diema', role: 'lead' },
      { ref: 'ressortissants', role: 'local-partner' },
      { ref: 'agence-eau', role: 'funding' },
    ],
    funding: { contribution: 62000, total: 186000, basis: 'water' },
    image: { src: FORAGE, alt: { fr: "Un forage et sa pompe au bord d'un village", en: 'A borehole and its pump near a village' } },
    links: [{ href: 'https://www.belleval.example/diema', label: { fr: 'Le jumelage avec Diéma', en: 'Our twinning with Diéma' } }],
  },
  {
    id: 'cantines-tsevie',
    title: { fr: 'Cantines scolaires à Tsévié', en: 'School canteens in Tsévié' },
    summary: { fr: 'Des repas chauds pour 1 200 élèves, cuisinés avec les productions locales.', en: 'Hot meals for 1,200 pupils, cooked with local produce.' },
    status: 'ongoing',
    start: '2023-09',
    themes: ['food-agriculture', 'education', 'gender-equality'],
    sdgs: [2, 4, 5],
    places: [{ country: 'TG', name: 'Tsévié' }],
    partners: [
      { ref: 'tsevie', role: 'lead' },
      { ref: 'femmes-togo', role: 'local-partner' },
    ],
    funding: { contribution: 15000, total: 40000 },
    image: { src: SAHEL, alt: '', credit: 'Illustration : Ville de Belleval' },
  },
  {
    id: 'patrimoine-hoi-an',
    title: { fr: 'Sauvegarde des maisons anciennes de Hội An', en: 'Saving the old houses of Hội An' },
    summary: { fr: "Formation d'artisans aux techniques de restauration.", en: 'Training craftspeople in restoration techniques.' },
    status: 'completed',
    start: '2019',
    end: '2023',
    themes: ['culture-heritage', 'urban-planning'],
    sdgs: [11],
    places: [{ country: 'VN', name: 'Hội An' }],
    partners: [{ ref: 'hoi-an', role: 'lead' }],
    funding: { total: 95000 },
  },
  {
    id: 'ecsi-lycee',
    title: { fr: 'Semaine de la solidarité internationale au lycée', en: 'International solidarity week at school' },
    summary: { fr: 'Des lycéens de Belleval rencontrent ceux de Diéma, en ligne puis sur place.', en: 'Students from Belleval meet those from Diéma, online then in person.' },
    status: 'planned',
    start: '2026-11',
    themes: ['citizenship-education', 'youth-sport'],
    sdgs: [4, 17],
    places: [{ country: 'FR', name: 'Belleval' }, { country: 'ML', name: 'Diéma' }],
    partners: [{ ref: 'lycee', role: 'lead' }],
    funding: { contribution: 4500 },
  },
  {
    id: 'dechets-tsevie',
    title: { fr: 'Collecte des déchets ménagers', en: 'Household waste collection' },
    status: 'suspended',
    start: '2022',
    themes: ['waste', 'environment-climate'],
    places: [{ country: 'TG' }],
    funding: { contribution: 8000, basis: 'waste' },
  },
  {
    id: 'bus-hoi-an',
    title: { fr: 'Navettes électriques', en: 'Electric shuttles' },
    status: 'cancelled',
    themes: ['mobility', 'energy'],
    places: [{ country: 'VN' }],
    funding: { total: 120000, basis: 'mobility' },
  },
];

/** One town's projects, every field used somewhere. */
export const townFeed = { version: '1', publishers: [TOWN], partners: PARTNERS, projects: PROJECTS };

/** A regional network's feed: two publishers, for `publisher=`. */
export const networkFeed = networkOf(townFeed, {
  id: 'sante-dakar',
  title: 'Centre de santé de Pikine',
  status: 'ongoing',
  start: '2025',
  themes: ['health'],
  sdgs: [3],
  places: [{ country: 'SN', name: 'Pikine' }],
  funding: { contribution: 30000, total: 75000 },
});

const WORD = 'Coopérationdécentralisée'.repeat(13).slice(0, 300);

/** Long titles, a 300-character word everywhere text goes. */
export const longFeed = {
  version: '1',
  publishers: [TOWN],
  partners: [{ id: 'long', name: `Association ${WORD}`, kind: 'association' }],
  projects: [
    {
      id: 'long-word',
      title: `Programme ${WORD}`,
      summary: WORD,
      description: `${WORD}\n\nDeuxième paragraphe, plus court.`,
      status: 'ongoing',
      start: '2024-01-15',
      end: '2027-06',
      themes: ['citizenship-education', 'migration-codevelopment', 'economic-development'],
      sdgs: [8, 9, 10, 16, 17],
      places: [{ country: 'ML', name: WORD, region: WORD }],
      partners: [{ ref: 'long', role: 'lead' }],
      funding: { contribution: 1234567.89, total: 98765432.1, basis: 'water' },
      links: [{ href: `https://www.belleval.example/${WORD}`, label: WORD }],
    },
    {
      id: 'long-title',
      title:
        "Renforcement des capacités des services techniques municipaux en matière de gestion des eaux pluviales, d'assainissement autonome et de prévention des inondations dans les quartiers périphériques",
      status: 'planned',
      start: '2026',
      themes: ['water-sanitation', 'local-governance', 'environment-climate', 'urban-planning'],
      places: [{ country: 'BF', name: 'Ouagadougou' }, { country: 'BF', name: 'Bobo-Dioulasso' }, { country: 'NE', name: 'Niamey' }],
    },
  ],
};

const THEMES = ['water-sanitation', 'health', 'education', 'food-agriculture', 'energy', 'culture-heritage'];
const COUNTRIES = ['ML', 'SN', 'TG', 'BF', 'VN', 'MA', 'HT', 'LB'];
const STATUSES = ['ongoing', 'completed', 'planned', 'suspended'];

/** `n` generated projects, spread over themes, countries, statuses, years and amounts. */
export function manyFeed(n: number) {
  return {
    version: '1',
    publishers: [TOWN],
    partners: PARTNERS,
    projects: Array.from({ length: n }, (_, i) => ({
      id: `projet-${i + 1}`,
      title: `Projet ${i + 1} : ${['Forages', 'Dispensaire', 'École', 'Maraîchage', 'Solaire', 'Musée'][i % 6]} de ${['Kayes', 'Thiès', 'Kpalimé', 'Koudougou', 'Huế', 'Fès', 'Jacmel', 'Tyr'][i % 8]}`,
      summary: 'Un projet généré pour montrer une longue liste.',
      status: STATUSES[i % 4],
      start: `${2010 + (i % 16)}-${String((i % 12) + 1).padStart(2, '0')}`,
      themes: [THEMES[i % 6]],
      sdgs: [(i % 17) + 1],
      places: [{ country: COUNTRIES[i % 8] }],
      partners: [{ ref: PARTNERS[i % PARTNERS.length].id, role: i % 2 ? 'lead' : 'local-partner' }],
      ...(i % 3 ? { funding: { contribution: 1000 * ((i * 37) % 90) + 500, total: 5000 * ((i * 13) % 40) + 9000 } } : {}),
    })),
  };
}
