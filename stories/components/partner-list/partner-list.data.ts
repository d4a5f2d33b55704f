/**
 * Feeds for the partner list stories: a town's partners (some in no project
 * yet), a regional network's two publishers, long texts, and a generated long
 * list. Logos come through Vite as files (`?no-inline`: a feed refuses `data:`
 * images).
 */
/// <reference types="vite/client" />
import BELLEVAL from '../../demo/images/belleval.svg?no-inline';
import FORAGE from '../../demo/images/forage.svg?no-inline';
import { TOWN, networkOf } from '../feeds.js';


const PARTNERS = [
  {
    id: 'jumelage',
    name: 'Comité de jumelage Belleval–Diéma',
    kind: 'association',
    city: 'Belleval',
    country: 'FR',
    rna: 'W572004321',
    website: 'https://jumelage-diema.example/',
    logo: { src: BELLEVAL, alt: { fr: 'Comité de jumelage', en: 'Twinning committee' } },
    description: {
      fr: "Né en 1998 de l'amitié entre deux écoles, le comité réunit une centaine de bénévoles.\n\nIl organise chaque année la semaine de la solidarité internationale, accueille des délégations de Diéma et suit les chantiers sur place avec la commune.\n\nSes membres interviennent aussi dans les collèges de Belleval pour parler d'eau, de santé et de citoyenneté.",
      en: 'Born in 1998 from a friendship between two schools, the committee brings together about a hundred volunteers.\n\nEvery year it runs the international solidarity week, welcomes delegations from Diéma and follows the works there with the municipality.',
    },
  },
  {
    id: 'ressortissants',
    name: 'Association des ressortissants du cercle de Diéma',
    kind: 'osim',
    city: 'Belleval',
    country: 'FR',
    description: { fr: 'Les habitants de Belleval originaires du cercle de Diéma.', en: 'Belleval residents from the Diéma area.' },
    website: 'mailto:contact@ressortissants-diema.example',
  },
  {
    id: 'femmes',
    name: 'Femmes solidaires Togo–Sarre',
    kind: 'osim',
    city: 'Sarrebourg',
    country: 'FR',
  },
  {
    id: 'diema',
    name: { fr: 'Commune de Diéma', en: 'Municipality of Diéma' },
    kind: 'collectivite',
    city: 'Diéma',
    country: 'ML',
    logo: { src: FORAGE, alt: '' },
  },
  { id: 'hoi-an', name: { fr: 'Ville de Hội An', en: 'Hội An City' }, kind: 'collectivite', country: 'VN' },
  {
    id: 'agence-eau',
    name: "Agence de l'eau Rhin-Meuse",
    kind: 'public',
    city: 'Rozérieulles',
    country: 'FR',
    website: 'https://www.eau-rhin-meuse.example/international',
  },
  { id: 'reseau', name: 'Réseau régional multi-acteurs Grand Est', kind: 'network', country: 'FR' },
  { id: 'lycee', name: 'Lycée Jean-Moulin', kind: 'education', city: 'Belleval', country: 'FR' },
  // In no project yet: a town lists its associations too.
  { id: 'maison', name: 'Maison des associations', kind: 'association', city: 'Belleval', country: 'FR' },
];

const PROJECTS = [
  {
    id: 'eau-diema',
    title: { fr: 'Eau potable pour six villages du cercle de Diéma', en: 'Drinking water for six villages in Diéma' },
    status: 'ongoing',
    partners: [
      { ref: 'diema', role: 'local-partner' },
      { ref: 'jumelage', role: 'lead' },
      { ref: 'ressortissants', role: 'implementing' },
      { ref: 'agence-eau', role: 'funding' },
    ],
  },
  {
    id: 'ecsi',
    title: { fr: 'Semaine de la solidarité internationale', en: 'International solidarity week' },
    status: 'completed',
    partners: [
      { ref: 'lycee', role: 'implementing' },
      { ref: 'reseau', role: 'technical' },
      { ref: 'jumelage', role: 'implementing' },
      { ref: 'jumelage', role: 'funding' },
    ],
  },
  {
    id: 'patrimoine-hoi-an',
    title: { fr: 'Patrimoine et tourisme durable à Hội An', en: 'Heritage and sustainable tourism in Hội An' },
    status: 'planned',
    partners: [{ ref: 'hoi-an', role: 'local-partner' }],
  },
];

export const townFeed = { version: '1', publishers: [TOWN], partners: PARTNERS, projects: PROJECTS };

/** A regional network's feed: Belleval and Haute-Sarre, each with its own projects. */
export const networkFeed = networkOf(townFeed, {
  id: 'cantines-tsevie',
  title: 'Cantines scolaires à Tsévié',
  status: 'ongoing',
  partners: [
    { ref: 'femmes', role: 'lead' },
    { ref: 'agence-eau', role: 'funding' },
  ],
});

const WORD = 'Solidaritéinternationaledesterritoiresetdesassociations'.repeat(6).slice(0, 300);

export const longFeed = {
  version: '1',
  publishers: [TOWN],
  partners: [
    {
      id: 'long',
      name: WORD,
      kind: 'association',
      city: WORD,
      country: 'FR',
      website: `https://${'tres-long-nom-de-domaine-'.repeat(2)}association.example/${WORD}`,
      logo: { src: BELLEVAL, alt: '' },
      description: `${WORD} ${'Une phrase ordinaire qui revient encore et encore. '.repeat(12)}`,
    },
    {
      id: 'long-2',
      name: "Association pour la promotion des échanges culturels, sportifs et économiques entre les communes jumelées du Grand Est et de l'Afrique de l'Ouest",
      kind: 'osim',
      country: 'SN',
    },
  ],
  projects: [
    {
      id: 'long-project',
      title: `Un projet au titre très long : ${WORD}`,
      status: 'ongoing',
      partners: [
        { ref: 'long', role: 'lead' },
        { ref: 'long-2', role: 'local-partner' },
      ],
    },
  ],
};

const KINDS = ['association', 'osim', 'collectivite', 'ngo', 'public', 'network', 'education', 'company', 'other'];
const COUNTRIES = ['FR', 'ML', 'SN', 'TG', 'VN', 'HT', 'MA', 'BF'];

/** `count` partners of every kind and country, half of them in one of ten projects. */
export function manyFeed(count: number) {
  const partners = Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    name: `Partenaire n° ${i + 1}`,
    kind: KINDS[i % KINDS.length],
    country: COUNTRIES[i % COUNTRIES.length],
    city: `Ville ${(i % 17) + 1}`,
    ...(i % 3 ? {} : { description: 'Une organisation engagée dans la coopération entre territoires.' }),
  }));
  const projects = Array.from({ length: 10 }, (_, p) => ({
    id: `projet-${p}`,
    title: `Projet ${p + 1}`,
    status: 'ongoing',
    partners: partners.filter((_, i) => i % 20 === p).map(({ id }) => ({ ref: id, role: 'implementing' })),
  }));
  return { version: '1', publishers: [TOWN], partners, projects };
}

/** One partner in twelve projects: five shown, the others behind a button. */
export const busyFeed = {
  version: '1',
  publishers: [TOWN],
  partners: [{ id: 'cites-unies', name: 'Cités Unies France', kind: 'network', city: 'Paris', country: 'FR' }],
  projects: Array.from({ length: 12 }, (_, p) => ({
    id: `projet-${p}`,
    title: `Coopération décentralisée n° ${p + 1}`,
    status: 'ongoing',
    partners: [{ ref: 'cites-unies', role: p % 3 ? 'technical' : 'funding' }],
  })),
};
