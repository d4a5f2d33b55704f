// The edges of every value format in feed-v1, shared by the browser tests
// (the parser warns at `path` for each bad value, never for a good one) and
// the Node schema test (the schema draws the same line).
//
// Each case: [name, build(value) → feed, path of the warning, good values, bad values].

const pub = (extra = {}) => ({ id: 'a', name: 'A', kind: 'commune', ...extra });
const feed = (extra = {}) => ({ version: '1', publishers: [pub()], ...extra });
const project = (extra) => feed({ projects: [{ id: 'p', title: 'P', status: 'ongoing', ...extra }] });
const partner = (extra) => feed({ partners: [{ id: 'b', name: 'B', kind: 'ngo', ...extra }] });
const budget = (extra) => feed({ budgets: [{ year: 2026, allocated: 1, ...extra }] });

export const FORMAT_CASES = [
  [
    'link',
    (v) => partner({ website: v }),
    'partners[0].website',
    ['https://ville.example/', 'http://ville.example', 'mailto:contact@ville.example', 'tel:+33123456789', '/page', 'page#top', '#top', '?page=2'],
    // A scheme alone, or a lone ? or #: the feed's own address, an e-mail to nobody.
    ['https:', 'https://', 'HTTP:/', 'mailto:', 'tel:', '?', '#', '?#', ' # ', 'javascript:alert(1)', 'ftp://ville.example/'],
  ],
  [
    'currency',
    (v) => budget({ currency: v }),
    'budgets[0].currency',
    ['EUR', 'XOF', 'TND', 'CHF'],
    // In other capitals, read with a warning; anything else, no currency.
    ['eur', 'Xof', 'FCFA', '€', 'EURO', 'EU', 978, null],
  ],
  [
    'date',
    (v) => project({ start: v }),
    'projects[0].start',
    ['2024', '2024-02', '2024-02-29', '2000-02-29', '1600-02-29', '2023-04-30', '2023-12-31', '2023-01-31', '1000-01-01', '1200-02-29'],
    ['0001-01-01', '0050-06', '0999', '0400-02-29', '2023-02-29', '1900-02-29', '2100-02-29', '2023-04-31', '2023-06-31', '2023-09-31', '2023-11-31', '2023-00', '2023-13',
      '2023-01-00', '2023-01-32', '02023', '2023-1', '2023-1-05', ' 2023', '2023 ', '２０２３', '2023-02-28T10:00Z', 2023, null],
  ],
  [
    'date-time',
    (v) => feed({ updated: v }),
    'updated',
    ['2026', '2026-09-30', '2026-09-30T10:00', '2026-09-30T10:00Z', '2026-09-30T23:59:59.999+02:00', '2024-02-29T00:00:00-10:30', '2000-02-29T00:00Z', '1000-01-01T00:00Z'],
    ['0999-01-01T00:00Z', '0400-02-29T00:00Z', '0000-02-29T00:00Z', '1900-02-29T00:00Z', '2026-09-30T24:00Z', '2026-02-30T10:00Z', '2026-09-30 10:00', '2026-09-30T10:00:60Z', '2026-09-30T10:60Z', '2026-09-30T10Z',
      '2026-09-30T10:00+2', '2026-09-30T10:00+24:00', '2026-09-30t10:00z', '2026-09-30T'],
  ],
  [
    'radius',
    (v) => feed({ publishers: [pub({ theme: { radius: v } })] }),
    'publishers[0].theme.radius',
    // As CSS writes lengths: `.5rem`, units in any case.
    ['0', '0px', '4px', '0.5px', '9.75px', '31.99px', '32px', '32.0px', '0em', '1.5rem', '2rem', '2.000em', '.5rem', '4PX', '2EM'],
    ['32.01px', '33px', '100px', '2.01rem', '3em', '05px', '.px', '.5.5em', '-1px', '1vw', '10', '4 px', 'px', 0, 4, ''],
  ],
  [
    'publisher code',
    (v) => feed({ publishers: [pub({ code: v })] }),
    'publishers[0].code',
    ['213100555', '75056', '2A004', '2B033', '97411', '974', '84', '2A'],
    ['2C004', '1234', '1234567890', '21310055', 'ABCDEFGHI', '2a004', '7', 213100555],
  ],
  ['siret', (v) => partner({ siret: v }), 'partners[0].siret', ['12345678900017', '00000000000000'], ['1234567890001', '123456789000170', '123 456 789 00017', 12345678900017]],
  ['rna', (v) => partner({ rna: v }), 'partners[0].rna', ['W751234567', 'W000000000'], ['w751234567', 'W75123456', 'W7512345678', 'A751234567', 'W2A1234567']],
  ['country', (v) => partner({ country: v }), 'partners[0].country', ['FR', 'SN'], ['fr', 'FRA', 'F', 'Sn', 33]],
  ['currency', (v) => feed({ currency: v }), 'currency', ['EUR', 'XOF'], ['eur', 'EURO', '€', 'EU', 978]],
  [
    'language',
    (v) => feed({ language: v }),
    'language',
    ['fr', 'en', 'wo', 'pt-BR', 'es-419', 'zh-Hant-TW', 'FR'],
    ['français', 'f', 'fr_FR', 'fr-', '-fr', 'fr--BE', 'fr-abcdefghi', '', 'fr ', 5],
  ],
  [
    'id',
    (v) => project({ id: v }),
    'projects[0].id',
    ['a', '0', 'a.b_c-d', '2026.eau', 'x'.repeat(128)],
    ['A', '-a', '.a', '_a', 'a b', 'x'.repeat(129), 'é', '', 'a/b', 5],
  ],
  ['colour', (v) => feed({ publishers: [pub({ theme: { primary: v } })] }), 'publishers[0].theme.primary', ['#000', '#000091', '#1F3A93', '#13a'], ['000091', '#00009', '#0000911', '#ggg', 'navy', 'rgb(0,0,145)', '#0009', 145]],
  ['dac', (v) => project({ dac: [v] }), 'projects[0].dac[0]', ['14030', 14030, '99810', 10000, 99999], ['1403', '01403', 140300, 9999, 100000, 'abcde', 14030.5, '14030 ']],
  ['sdg', (v) => project({ sdgs: [v] }), 'projects[0].sdgs[0]', [1, 6, 17, 6.0], [0, 18, 1.5, '6', -1]],
  ['theme code', (v) => project({ themes: [v] }), 'projects[0].themes[0]', ['water-sanitation', 'citizenship-education', 'other'], ['water', 'Water-sanitation', 'ecsi', '']],
  ['latitude', (v) => project({ places: [{ country: 'SN', lat: v, lon: 0 }] }), 'projects[0].places[0].lat', [-90, 0, 14.5, 90], [-90.01, 90.5, '14.5']],
  ['longitude', (v) => project({ places: [{ country: 'SN', lat: 0, lon: v }] }), 'projects[0].places[0].lon', [-180, 180, -17.44], [-180.5, 181, '0']],
  ['money', (v) => budget({ spent: v }), 'budgets[0].spent', [0, 1, 12500.5, 1e15], [-1, -0.01, '12000', '12 000 €', true]],
  ['rate', (v) => budget({ lines: [{ basis: 'water', rate: v }] }), 'budgets[0].lines[0].rate', [0.01, 0.005, 1e-9], [0, -0.01, 0.0101, 1, '0.01']],
  ['year', (v) => budget({ year: v }), 'budgets[0].year', [1000, 2026, 9999], [999, 10000, 2026.5, '2026']],
  [
    'link',
    (v) => feed({ publishers: [pub({ website: v })] }),
    'publishers[0].website',
    ['https://a.example/', 'http://a.example', 'HTTPS://A.EXAMPLE', 'mailto:x@a.example', 'tel:+33123', 'a/b', '/a', '?q', '#top', '//a.example/', ' https://a.example/ '],
    ['javascript:alert(1)', 'ftp://a.example', 'data:,x', 'https://a.example/\tb', 'https://a.example/\u0000', '\u0001/a', '', ' ', 'about:blank'],
  ],
  [
    'image',
    (v) => project({ image: { src: v, alt: '' } }),
    'projects[0].image.src',
    ['https://a.example/i.png', 'i.png', '/i.png', '//a.example/i.png'],
    ['http://a.example/i.png', 'mailto:x@a.example', 'data:image/png;base64,AAAA', 'javascript:alert(1)', ''],
  ],
];
