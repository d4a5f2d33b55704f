// Values as data stewards write them, and what the advisor suggests for each (advice.node.test.mjs).

/**
 * [status as written, the code suggested]: labels and other words, in French and English, in any case, with or without accents.
 * @type {Array<[string, string]>}
 */
export const STATUS_CASES = [
  ['Planifié', 'planned'],
  ['Prévu', 'planned'],
  ['PRÉVU', 'planned'],
  ['prevu', 'planned'],
  ['À venir', 'planned'],
  ['En projet', 'planned'],
  ['En cours', 'ongoing'],
  ['Ongoing', 'ongoing'],
  ['In progress', 'ongoing'],
  ['Terminé', 'completed'],
  ['Achevé', 'completed'],
  ['Clôturé', 'completed'],
  ['cloture', 'completed'],
  ['Fini', 'completed'],
  ['Done', 'completed'],
  ['DONE', 'completed'],
  ['Finished', 'completed'],
  ['Closed', 'completed'],
  ['Suspendu', 'suspended'],
  ['En pause', 'suspended'],
  ['On hold', 'suspended'],
  ['Annulé', 'cancelled'],
  ['Abandonné', 'cancelled'],
];

