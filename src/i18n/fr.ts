import type {
  BasisNames,
  CardsText,
  CommonMessages,
  DateMessages,
  GaugeText,
  PartnerKindNames,
  PartnersText,
  RoleNames,
  SdgMessages,
  StatusNames,
  ThemeNames,
} from './messages.js';

// French: the language of the authorities that publish feeds, and the fallback. Straight
// apostrophes, as issue 2 writes the error sentence: "Les données n'ont pas pu être chargées."

export const common: CommonMessages = {
  loading: 'Chargement des données…',
  error: "Les données n'ont pas pu être chargées.",
  renderError: "Les données n'ont pas pu être affichées.",
  offline: "Vous semblez être hors connexion\u00a0: elles s'afficheront dès le retour du réseau.",
  errorReason: {
    'not-json': "Le fichier n'est pas un JSON valide.",
    'not-object': "Le fichier n'a pas la forme d'un flux Ancrage.",
    version: "La version du flux est absente ou n'est pas prise en charge.",
    'no-publisher': 'Le flux ne déclare aucune collectivité valide.',
    'too-large': 'Le fichier est trop volumineux.',
    html: "L'adresse renvoie une page web au lieu des données.",
    http: 'Le serveur a répondu par une erreur.',
    network: 'Le serveur est injoignable.',
    timeout: "Le serveur n'a pas répondu à temps, ou la connexion est trop lente.",
    'not-found': 'Le flux est introuvable.',
  },
};

export const dates: DateMessages = {
  dateRange: (start, end) => `${start} – ${end}`,
  since: (start, day) => (day ? `depuis le ${start}` : `depuis ${start}`),
  // "à partir d'avril 2027", "à partir d'octobre 2027": elided before a vowel.
  from: (start, day) => (day ? `à partir du ${start}` : /^[ao]/.test(start) ? `à partir d'${start}` : `à partir de ${start}`),
  started: (start, day) => (day ? `commencé le ${start}` : `commencé en ${start}`),
  start: (start) => `début\u00a0: ${start}`,
  until: (end, day) => (day ? `jusqu'au ${end}` : `jusqu'en ${end}`),
};

export const sdgs: SdgMessages = {
  sdgNames: [
    'Pas de pauvreté',
    'Faim «\u00a0zéro\u00a0»',
    'Bonne santé et bien-être',
    'Éducation de qualité',
    'Égalité entre les sexes',
    'Eau propre et assainissement',
    "Énergie propre et d'un coût abordable",
    'Travail décent et croissance économique',
    'Industrie, innovation et infrastructure',
    'Inégalités réduites',
    'Villes et communautés durables',
    'Consommation et production responsables',
    'Mesures relatives à la lutte contre les changements climatiques',
    'Vie aquatique',
    'Vie terrestre',
    'Paix, justice et institutions efficaces',
    'Partenariats pour la réalisation des objectifs',
  ],
  sdg: (n, name) => `ODD ${n}\u00a0: ${name}`,
};

export const status: StatusNames = {
  planned: 'En projet',
  ongoing: 'En cours',
  completed: 'Terminé',
  suspended: 'Suspendu',
  cancelled: 'Annulé',
};

export const themes: ThemeNames = {
  'water-sanitation': 'Eau et assainissement',
  health: 'Santé',
  education: 'Éducation',
  'food-agriculture': 'Alimentation et agriculture',
  'economic-development': 'Développement économique',
  'environment-climate': 'Environnement et climat',
  energy: 'Énergie',
  waste: 'Déchets',
  mobility: 'Mobilité',
  'culture-heritage': 'Culture et patrimoine',
  'youth-sport': 'Jeunesse et sport',
  'gender-equality': 'Égalité femmes-hommes',
  'local-governance': 'Gouvernance locale',
  humanitarian: 'Aide humanitaire',
  'migration-codevelopment': 'Migrations et codéveloppement',
  'urban-planning': 'Urbanisme',
  digital: 'Numérique',
  'citizenship-education': 'Éducation à la citoyenneté et à la solidarité internationale (ECSI)',
  other: 'Autre',
};

export const roles: RoleNames = {
  lead: 'Chef de file',
  funding: 'Financeur',
  implementing: 'Opérateur',
  'local-partner': 'Partenaire local',
  technical: 'Partenaire technique',
};

export const partnerKinds: PartnerKindNames = {
  association: 'Association',
  osim: 'Organisation de solidarité internationale issue des migrations (OSIM)',
  collectivite: 'Collectivité',
  ngo: 'ONG',
  public: 'Organisme public',
  network: 'Réseau',
  education: "Établissement d'enseignement",
  company: 'Entreprise',
  other: 'Autre',
};

export const partnerKindGroups: PartnerKindNames = {
  association: 'Associations',
  osim: 'Organisations de solidarité internationale issues des migrations (OSIM)',
  collectivite: 'Collectivités partenaires',
  ngo: 'ONG',
  public: 'Organismes publics',
  network: 'Réseaux',
  education: "Établissements d'enseignement",
  company: 'Entreprises',
  other: 'Autres partenaires',
};

export const bases: BasisNames = {
  general: 'Budget général',
  water: '1\u202f% eau et assainissement (loi Oudin-Santini)',
  energy: '1\u202f% énergie',
  waste: '1\u202f% déchets',
  mobility: '1\u202f% mobilités',
  other: 'Autre financement',
};

export const cards: CardsText = {
  empty: 'Aucun projet à afficher pour le moment.',
  noMatch: 'Aucun projet ne correspond à ces critères.',
  results: { one: '# projet', other: '# projets' },
  showMore: 'Voir plus',
  details: 'Détails du projet',
  credit: 'Crédit photo\u00a0:',
  filters: 'Filtrer les projets',
  theme: 'Thème',
  country: 'Pays',
  status: 'Statut',
  search: 'Rechercher un projet',
  allThemes: 'Tous les thèmes',
  allCountries: 'Tous les pays',
  allStatuses: 'Tous les statuts',
  allPublishers: 'Toutes les collectivités',
  reset: 'Effacer les filtres',
  publisher: 'Collectivité',
  places: 'Lieux',
  themes: 'Thèmes',
  sdgs: 'Objectifs de développement durable',
  partners: 'Partenaires',
  links: 'Pour en savoir plus',
  funding: 'Financement',
  contributionOfTotal: (contribution, total) => `Contribution\u00a0: ${contribution} sur ${total}`,
  contribution: (amount) => `Contribution\u00a0: ${amount}`,
  total: (amount) => `Budget total\u00a0: ${amount}`,
};

export const partners: PartnersText = {
  empty: 'Aucun partenaire à afficher pour le moment.',
  noMatch: 'Aucun partenaire ne correspond à cette recherche.',
  search: 'Rechercher un partenaire',
  results: { one: '# partenaire', other: '# partenaires' },
  projects: 'Projets',
  // Not "Site web de Agence…", "Contacter Maison des…": a name takes no article here.
  website: (name) => `Site web\u00a0: ${name}`,
  contact: (name) => `Contact\u00a0: ${name}`,
  more: 'Lire la suite',
  less: 'Réduire',
  moreProjects: (count) => `Voir les ${count} autres projets`,
  fewerProjects: 'Voir moins de projets',
};

export const gauge: GaugeText = {
  empty: (year) => `Aucun budget de solidarité internationale publié pour ${year}.`,
  noBudget: (name) => `Aucun budget de solidarité internationale publié${name && ` pour ${name}`}.`,
  noLine: (basis, year) => `Le budget ${year} ne comporte pas de ligne «\u00a0${basis}\u00a0».`,
  title: 'Budget de solidarité internationale',
  year: 'Année',
  committed: 'Engagé',
  spent: 'Payé',
  allocated: 'Voté',
  share: "Part de l'enveloppe",
  ceiling: 'Plafond',
  line: 'Ligne',
  breakdown: 'Détail par source de financement',
  notReported: 'non communiqué',
  noShare: 'non calculable',
  notApplicable: 'sans objet',
  missing: { committed: 'Montant engagé non communiqué', spent: 'Montant payé non communiqué' },
  verb: { committed: { one: 'engagé', other: 'engagés' }, spent: { one: 'payé', other: 'payés' } },
  voted: { one: 'voté', other: 'votés' },
  ofAllocated: (value, verb, allocated, voted, percent) => `${value} ${verb} sur ${allocated} ${voted}${percent && `, soit ${percent}`}`,
  ofCeiling: (value, verb, ceiling, rule, percent) =>
    `${value} ${verb} sur un plafond de ${ceiling}${rule}${percent && `, soit ${percent}`}`,
  // CGCT L1115-3: the mobility 1 % is of the service's resources less the versement mobilité.
  ceilingRule: (rate, base, mobility) => ` (${rate} des ${base} de ressources du service${mobility ? ', hors versement mobilité' : ''})`,
  // Issue 5's wording: "dépassement du plafond : 119 %".
  overAllocated: (excess, envelope) => `dépassement ${envelope ? "de l'enveloppe" : 'du montant voté'}\u00a0: ${excess}`,
  overCeiling: (excess) => `dépassement du plafond\u00a0: ${excess}`,
  beyond: (percent, amount) => `${percent} (${amount} au-delà)`,
  linesOver: (lines) => `Dépassement du plafond par ligne\u00a0: ${lines}.`,
  shareOfTotal: (percent) => `${percent} du budget de la collectivité`,
};
