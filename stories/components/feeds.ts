/** What the stories' feeds share: the town, and the regional network it belongs to. */

export const TOWN = {
  id: 'belleval',
  name: { fr: 'Ville de Belleval', en: 'City of Belleval' },
  kind: 'commune',
};

const HAUTE_SARRE = { id: 'haute-sarre', name: 'Département de la Haute-Sarre', kind: 'departement' };

/** The town alone: nothing to show. */
export const emptyFeed = { version: '1', publishers: [TOWN] };

/**
 * A regional network's feed: the town's partners and projects (now saying they are
 * Belleval's), plus Haute-Sarre's own projects, for `publisher=`.
 */
export const networkOf = (
  town: { partners: readonly object[]; projects: readonly object[] },
  ...hauteSarreProjects: Array<Record<string, unknown>>
) => ({
  version: '1',
  publishers: [TOWN, HAUTE_SARRE],
  partners: town.partners,
  projects: [
    ...town.projects.map((project) => ({ ...project, publisher: 'belleval' })),
    ...hauteSarreProjects.map((project) => ({ ...project, publisher: 'haute-sarre' })),
  ],
});
