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

// English: for visitors, twinned towns and partners abroad.

export const common: CommonMessages = {
  loading: 'Loading data…',
  error: 'The data could not be loaded.',
  renderError: 'The data could not be shown.',
  offline: 'You seem to be offline: they will show once you are back online.',
  errorReason: {
    'not-json': 'The file is not valid JSON.',
    'not-object': 'The file is not shaped like an Ancrage feed.',
    version: "The feed's version is missing or not supported.",
    'no-publisher': 'The feed names no valid local authority.',
    'too-large': 'The file is too large.',
    html: 'The address returned a web page instead of the data.',
    http: 'The server answered with an error.',
    network: 'The server could not be reached.',
    timeout: 'The server did not answer in time, or the connection is too slow.',
    'not-found': 'The feed could not be found.',
  },
};

export const dates: DateMessages = {
  dateRange: (start, end) => `${start} – ${end}`,
  since: (start) => `since ${start}`,
  from: (start) => `from ${start}`,
  started: (start, day) => (day ? `started on ${start}` : `started in ${start}`),
  start: (start) => `start: ${start}`,
  until: (end) => `until ${end}`,
};

export const sdgs: SdgMessages = {
  sdgNames: [
    'No poverty',
    'Zero hunger',
    'Good health and well-being',
    'Quality education',
    'Gender equality',
    'Clean water and sanitation',
    'Affordable and clean energy',
    'Decent work and economic growth',
    'Industry, innovation and infrastructure',
    'Reduced inequalities',
    'Sustainable cities and communities',
    'Responsible consumption and production',
    'Climate action',
    'Life below water',
    'Life on land',
    'Peace, justice and strong institutions',
    'Partnerships for the goals',
  ],
  sdg: (n, name) => `SDG ${n}: ${name}`,
};

export const status: StatusNames = {
  planned: 'Planned',
  ongoing: 'Ongoing',
  completed: 'Completed',
  suspended: 'Suspended',
  cancelled: 'Cancelled',
};

export const themes: ThemeNames = {
  'water-sanitation': 'Water and sanitation',
  health: 'Health',
  education: 'Education',
  'food-agriculture': 'Food and agriculture',
  'economic-development': 'Economic development',
  'environment-climate': 'Environment and climate',
  energy: 'Energy',
  waste: 'Waste',
  mobility: 'Mobility',
  'culture-heritage': 'Culture and heritage',
  'youth-sport': 'Youth and sport',
  'gender-equality': 'Gender equality',
  'local-governance': 'Local governance',
  humanitarian: 'Humanitarian aid',
  'migration-codevelopment': 'Migration and co-development',
  'urban-planning': 'Urban planning',
  digital: 'Digital',
  'citizenship-education': 'Global citizenship education (ECSI)',
  other: 'Other',
};

export const roles: RoleNames = {
  lead: 'Lead partner',
  funding: 'Funder',
  implementing: 'Implementing partner',
  'local-partner': 'Local partner',
  technical: 'Technical partner',
};

export const partnerKinds: PartnerKindNames = {
  association: 'Association',
  osim: 'Migrant-led organisation (OSIM)',
  collectivite: 'Local authority',
  ngo: 'NGO',
  public: 'Public body',
  network: 'Network',
  education: 'School or university',
  company: 'Company',
  other: 'Other',
};

export const partnerKindGroups: PartnerKindNames = {
  association: 'Associations',
  osim: 'Migrant-led organisations (OSIM)',
  collectivite: 'Partner local authorities',
  ngo: 'NGOs',
  public: 'Public bodies',
  network: 'Networks',
  education: 'Schools and universities',
  company: 'Companies',
  other: 'Other partners',
};

export const bases: BasisNames = {
  general: 'General budget',
  water: '1% for water and sanitation (Oudin-Santini law)',
  energy: '1% for energy',
  waste: '1% for waste',
  mobility: '1% for mobility',
  other: 'Other funding',
};

export const cards: CardsText = {
  empty: 'No projects to show yet.',
  noMatch: 'No project matches these criteria.',
  results: { one: '# project', other: '# projects' },
  showMore: 'Show more',
  details: 'Project details',
  credit: 'Photo credit:',
  filters: 'Filter projects',
  theme: 'Theme',
  country: 'Country',
  status: 'Status',
  search: 'Search projects',
  allThemes: 'All themes',
  allCountries: 'All countries',
  allStatuses: 'All statuses',
  allPublishers: 'All authorities',
  reset: 'Clear filters',
  publisher: 'Local authority',
  places: 'Places',
  themes: 'Themes',
  sdgs: 'Sustainable Development Goals',
  partners: 'Partners',
  links: 'Learn more',
  funding: 'Funding',
  contributionOfTotal: (contribution, total) => `Contribution: ${contribution} out of ${total}`,
  contribution: (amount) => `Contribution: ${amount}`,
  total: (amount) => `Total budget: ${amount}`,
};

export const partners: PartnersText = {
  empty: 'No partners to show yet.',
  noMatch: 'No partner matches this search.',
  search: 'Search partners',
  results: { one: '# partner', other: '# partners' },
  projects: 'Projects',
  website: (name) => `${name} website`,
  contact: (name) => `Contact ${name}`,
  more: 'Read more',
  less: 'Show less',
  moreProjects: (count) => `Show ${count} more projects`,
  fewerProjects: 'Show fewer projects',
};

export const gauge: GaugeText = {
  empty: (year) => `No international solidarity budget published for ${year}.`,
  noBudget: (name) => `No international solidarity budget published${name && ` for ${name}`}.`,
  noLine: (basis, year) => `The ${year} budget has no “${basis}” line.`,
  title: 'International solidarity budget',
  year: 'Year',
  committed: 'Committed',
  spent: 'Spent',
  allocated: 'Allocated',
  share: 'Share of envelope',
  ceiling: 'Ceiling',
  line: 'Line',
  breakdown: 'Breakdown by source of funding',
  notReported: 'not reported',
  noShare: 'cannot be computed',
  notApplicable: 'not applicable',
  missing: { committed: 'Committed amount not reported', spent: 'Spent amount not reported' },
  verb: { committed: { one: 'committed', other: 'committed' }, spent: { one: 'spent', other: 'spent' } },
  voted: { one: 'allocated', other: 'allocated' },
  ofAllocated: (value, verb, allocated, voted, percent) => `${value} ${verb} out of ${allocated} ${voted}${percent && ` (${percent})`}`,
  // The percentage before the rule, which would otherwise seem to own it.
  ofCeiling: (value, verb, ceiling, rule, percent) =>
    `${value} ${verb}${percent && ` (${percent})`} against a ceiling of ${ceiling}${rule}`,
  ceilingRule: (rate, base, mobility) =>
    `, ${rate} of the service budget's ${base} resources${mobility ? ', excluding the mobility levy (versement mobilité)' : ''}`,
  overAllocated: (excess) => `over the allocation: ${excess}`,
  overCeiling: (excess) => `over the ceiling: ${excess}`,
  beyond: (percent, amount) => `${percent} (${amount} over)`,
  linesOver: (lines) => `Over the ceiling by line: ${lines}.`,
  shareOfTotal: (percent) => `${percent} of the authority's budget`,
};
