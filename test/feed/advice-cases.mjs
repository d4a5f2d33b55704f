// Values as data stewards write them, and what the advisor suggests for each ('' for no hint),
// checked in Node as ancrage-check gives them (advice.node.test.mjs) and in Chromium as the
// embed generator does (advice.test.ts): the names of countries are `Intl`'s own.

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

/** [country as written, the code suggested]. @type {Array<[string, string]>} */
export const COUNTRY_CASES = [
  // Names in French and English, without case, accents, hyphens or apostrophes.
  ['Burkina Faso', 'BF'],
  ['Sénégal', 'SN'],
  ['senegal', 'SN'],
  ['cote-d-ivoire', 'CI'],
  ['Etats-Unis', 'US'],
  // A name's first words, when they are one country's only.
  ['Burkina', 'BF'],
  ['Bosnie', 'BA'],
  ['Vatican', 'VA'],
  // ISO alpha-3 codes, in any case.
  ['FRA', 'FR'],
  ['BFA', 'BF'],
  ['USA', 'US'],
  ['sen', 'SN'],
  // Acronyms a French text uses, with or without dots; UK, reserved, for GB.
  ['RDC', 'CD'],
  ['RCA', 'CF'],
  ['R.D.C.', 'CD'],
  ['UK', 'GB'],
  // Two countries' first word: no guess.
  ['Congo', ''],
  ['Corée', ''],
  // A whole name wins over longer ones it starts: Guinea, not Guinea-Bissau or Equatorial Guinea; Sudan, not South Sudan.
  ['Guinée', 'GN'],
  ['Guinée-Bissau', 'GW'],
  ['Soudan', 'SD'],
  // A continent, not South Africa cut short.
  ['Afrique', ''],
  ['Atlantis', ''],
];

