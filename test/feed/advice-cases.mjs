// Values as data stewards write them, and what the advisor suggests for each ('' for no hint),
// checked in Node as ancrage-check gives them (advice.node.test.mjs) and in Chromium as the
// embed generator does (advice.test.ts): the names of countries and months are each `Intl`'s own.

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
  // Names Intl does not give: everyday, former, or a part of the country.
  ['Palestine', 'PS'],
  ['Bande de Gaza', 'PS'],
  ['RD Congo', 'CD'],
  ['République démocratique du Congo', 'CD'],
  ['République du Congo', 'CG'],
  ['Guinée Conakry', 'GN'],
  ['Swaziland', 'SZ'],
  ['République tchèque', 'CZ'],
  ['Ivory Coast', 'CI'],
  ['Angleterre', 'GB'],
  ['Nord Macédoine', 'MK'],
  ['Sud-Soudan', 'SS'],
  ['Dominicaine', 'DO'],
  ['Îles Maurice', 'MU'],
  // Intl's "Myanmar (Birmanie)" and "Myanmar (Burma)": each name alone.
  ['Birmanie', 'MM'],
  ['Burma', 'MM'],
  ['Myanmar', 'MM'],
  // A name and its gloss in brackets: the name, else the gloss.
  ['Palestine (Territoires palestiniens)', 'PS'],
  ['Haute-Volta (Burkina Faso)', 'BF'],
  ['Cocos', 'CC'],
  ['Islands', ''],
  ['()', ''],
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

/**
 * [date as written, the hint in a date field (start, end), the hint in `updated`, which takes a
 * whole day or a date-time (`null`: valid there)].
 * @type {Array<[string, string, string | null]>}
 */
export const DATE_CASES = [
  // A month by its name, in French or English, long or short.
  ['mars 2025', '2025-03', ''],
  ['15 mars 2025', '2025-03-15', '2025-03-15'],
  ['1er mars 2025', '2025-03-01', '2025-03-01'],
  ['March 2025', '2025-03', ''],
  ['15 Août 2024', '2024-08-15', '2024-08-15'],
  ['févr. 2026', '2026-02', ''],
  // No 31 February, no thirteenth month: no hint wrong again.
  ['31 février 2025', '', ''],
  ['lundi 2025', '', ''],
  // A time: the day alone in a date field; in `updated`, the date-time as the contract writes it.
  ['2025-10-15 14:30', '2025-10-15', '2025-10-15T14:30'],
  ['2025-10-15T14:30:00', '2025-10-15', null],
  ['15/10/2025 14:30', '2025-10-15', '2025-10-15T14:30'],
  ['2025-10-15 14:30:00+0200', '2025-10-15', '2025-10-15T14:30:00+02:00'],
  // A UTC hour but midnight is another day in Paris: no day guessed; `updated` keeps the hour.
  ['2025-10-15 23:30Z', '', '2025-10-15T23:30Z'],
  // No 25 o'clock; no time to a month.
  ['2025-10-15 25:00', '', ''],
  ['2025-10 14:30', '', ''],
];
