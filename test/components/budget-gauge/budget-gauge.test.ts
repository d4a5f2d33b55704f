import { expect, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/budget-gauge/define.js';
import type { AncrageBudgetGauge } from '../../../src/components/budget-gauge/budget-gauge.js';
import { contrastRatio } from '../../../src/theme/contrast.js';
import { budget, feed, publisher } from '../../fixtures/feed-builder.js';
import { $, $$, consoleWarnings, mountWidget, type Attributes } from '../../fixtures/widget-dom.js';

/** French typography uses no-break spaces; compare words, whatever the space. */
/** Text as read, blanks as spaces, without the isolates around feed labels (a test of its own checks them). */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

const BASIC = feed({ budgets: [budget(2025, 250000, { committed: 180000, spent: 90000 })] });

/** One over-ceiling line per capped basis, and a general line. */
const LINES = feed({
  budgets: [
    budget(2025, 300000, {
      committed: 200000,
      lines: [
        { basis: 'general', label: 'Coopération décentralisée', allocated: 200000, committed: 150000 },
        { basis: 'water', allocated: 20000, committed: 11900, base: 1000000 },
        { basis: 'energy', allocated: 20000, committed: 11900, base: 1000000 },
        { basis: 'waste', allocated: 20000, committed: 11900, base: 1000000 },
        { basis: 'mobility', allocated: 40000, committed: 5000, base: 2000000, rate: 0.005 },
      ],
    }),
  ],
});

const YEARS = feed({
  budgets: [
    budget(2023, 200000, { committed: 100000 }),
    budget(2025, 250000, { committed: 180000 }),
    budget(2024, 300000, { committed: 30000 }),
  ],
});

const mount = (data: unknown = BASIC, attrs: Attributes = {}) => mountWidget<AncrageBudgetGauge>('ancrage-budget-gauge', data, attrs);

const shown = (el: AncrageBudgetGauge) => plain(el.shadowRoot!.textContent);
const meter = (el: AncrageBudgetGauge) => $(el, '[role="meter"]');
const sentence = (el: AncrageBudgetGauge) => plain($(el, '[part="sentence"]')?.textContent);
/** The sentence naming each line over its own ceiling, below the gauge's. */
const linesOver = (el: AncrageBudgetGauge) => plain($(el, '.lines-over')?.textContent);

function expectMeter(el: AncrageBudgetGauge, attrs: Record<string, string>) {
  const m = meter(el)!;
  expect(m, 'meter').to.exist;
  for (const [name, value] of Object.entries(attrs)) expect(m.getAttribute(name), name).to.equal(value);
}

describe('ancrage-budget-gauge', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  describe('default view', () => {
    it('says committed against allocated, in French, and as a meter', async () => {
      const el = await mount();
      expect(el.state).to.equal('ready');
      expect(sentence(el)).to.equal('180 000 € engagés sur 250 000 € votés, soit 72 %');
      // French typography: narrow no-break space before %, as Intl gives it.
      expect($(el, '[part="value"]')!.textContent).to.equal('72\u00a0%');
      expectMeter(el, {
        'aria-valuemin': '0',
        'aria-valuemax': '250000',
        'aria-valuenow': '180000',
        'aria-labelledby': 'caption',
      });
      expect(plain(meter(el)!.getAttribute('aria-valuetext'))).to.equal(sentence(el));
      expect(plain($(el, '#caption')!.textContent)).to.equal('Budget de solidarité internationale — 2025 — Ville ville-a');
      expect($(el, '#caption')!.getAttribute('part')).to.equal('caption');
    });

    it('says it in English', async () => {
      const el = await mount(BASIC, { lang: 'en' });
      expect(sentence(el)).to.equal('€180,000 committed out of €250,000 allocated (72%)');
      expect($(el, '[part="value"]')!.textContent).to.equal('72%');
    });

    it('states amounts in a currency the feed misspelt without one, not in euros', async () => {
      const el = await mount(feed({ budgets: [budget(2025, 250000, { committed: 180000, currency: 'FCFA' })] }), { lang: 'en' });
      expect(sentence(el)).to.equal('180,000 committed out of 250,000 allocated (72%)');
    });

    it('measures the spent amount with measure="spent"', async () => {
      const el = await mount(BASIC, { measure: 'spent' });
      expect(sentence(el)).to.equal('90 000 € payés sur 250 000 € votés, soit 36 %');
      expectMeter(el, { 'aria-valuenow': '90000', 'aria-valuemax': '250000' });
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(sentence(el)).to.equal('€90,000 spent out of €250,000 allocated (36%)');
    });

    it('agrees the measure with its amount: in French, "0 € engagé" and "1,50 € payé" are singular', async () => {
      const el = await mount(feed({ budgets: [budget(2026, 250000, { committed: 0, spent: 1.5 })] }));
      expect(sentence(el)).to.equal('0 € engagé sur 250 000 € votés, soit 0 %');
      el.setAttribute('measure', 'spent');
      await el.updateComplete;
      expect(sentence(el)).to.match(/^1,50 € payé sur 250 000 € votés, soit /);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(sentence(el)).to.match(/^€1.50 spent out of €250,000 allocated \(/);
    });

    it('agrees "voté" with the amount voted: "1 € voté", "1,50 € voté", "2 € votés"', async () => {
      const el = await mount(feed({ budgets: [budget(2026, 1, { committed: 1 })] }));
      expect(sentence(el)).to.equal('1 € engagé sur 1 € voté, soit 100 %');
      const cents = await mount(feed({ budgets: [budget(2026, 1.5, { committed: 0 })] }));
      expect(sentence(cents)).to.equal('0 € engagé sur 1,50 € voté, soit 0 %');
      const two = await mount(feed({ budgets: [budget(2026, 2, { committed: 3 })] }));
      expect(sentence(two)).to.match(/^3 € engagés sur 2 € votés — /);
    });

    it('gives the meter the amounts as shown, without exponents', async () => {
      const el = await mount(feed({ budgets: [budget(2026, 6.834, { committed: 1e-7 })] }));
      expectMeter(el, { 'aria-valuenow': '0', 'aria-valuemax': '6.83' });
      await expect(el).to.be.accessible();
    });

    it('agrees the measure with its amount as shown: 1.996 € is "2,00 € engagés", 1.6 ¥ is "2 JPY engagés"', async () => {
      const el = await mount(feed({ budgets: [budget(2026, 250000, { committed: 1.996 })] }));
      expect(sentence(el)).to.match(/^2,00 € engagés sur 250 000 € votés, soit /);
      const yen = await mount(feed({ currency: 'JPY', budgets: [budget(2026, 250000, { committed: 1.6 })] }));
      expect(sentence(yen)).to.match(/^2 JPY engagés sur 250 000 JPY votés, soit /);
      // Cents that stay below 2: singular still.
      const cents = await mount(feed({ budgets: [budget(2026, 250000, { committed: 1.994 })] }));
      expect(sentence(cents)).to.match(/^1,99 € engagé sur /);
    });

    it('falls back to committed for an unknown measure, and tells the console', async () => {
      let el!: AncrageBudgetGauge;
      const warnings = await consoleWarnings(async () => (el = await mount(BASIC, { measure: 'paid' })));
      expect(sentence(el)).to.equal('180 000 € engagés sur 250 000 € votés, soit 72 %');
      expect(warnings).to.deep.equal(['Ancrage: <ancrage-budget-gauge> measure="paid": paid unknown (known: committed, spent)']);
    });

    it('reads measure, basis and variant in any case, without the blanks a CMS leaves', async () => {
      const el = await mount(BASIC, { measure: ' Spent\u00a0', variant: 'BAR ' });
      expect(sentence(el)).to.equal('90 000 € payés sur 250 000 € votés, soit 36 %');
      expect($(el, '.gauge.bar')).to.exist;
      // Set as properties (React 19 and Vue do), and with the quotes a visual editor types.
      const set = await mount(BASIC);
      Object.assign(set, { measure: 'SPENT', variant: 'Bar' });
      await set.updateComplete;
      expect([sentence(set), !!$(set, '.gauge.bar')]).to.deep.equal(['90 000 € payés sur 250 000 € votés, soit 36 %', true]);
      expect(sentence(await mount(BASIC, { measure: '”spent”' }))).to.equal('90 000 € payés sur 250 000 € votés, soit 36 %');
      const water = await mount(LINES, { basis: 'Water ' });
      expect(sentence(water)).to.equal(sentence(await mount(LINES, { basis: 'water' })));
      expect(sentence(water)).not.to.equal(sentence(await mount(LINES)));
    });

    it('lets the page style every sentence it shows, and the amounts shown instead of a gauge, through its parts', async () => {
      const red = 'rgb(176, 0, 32)';
      const style = document.createElement('style');
      style.textContent = `ancrage-budget-gauge::part(sentence), ancrage-budget-gauge::part(amounts) { color: ${red} }`;
      document.head.append(style);
      try {
        const [styled, unstyled]: string[][] = [[], []];
        for (const data of [
          // A line over its own ceiling, which the whole envelope's sentence does not say, and the share of the authority's budget.
          feed({ budgets: [budget(2025, 100000, { committed: 70000, totalBudget: 29000000, lines: [{ basis: 'water', label: 'Budget eau', committed: 60000, base: 4000000 }] })] }),
          // Against 0 €, the amounts instead of a gauge.
          feed({ budgets: [budget(2025, 0, { committed: 100 })] }),
        ]) {
          const el = await mount(data);
          const texts = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
          while (texts.nextNode()) {
            const [text, parent] = [plain(texts.currentNode.textContent), texts.currentNode.parentElement!];
            // The caption and the percentage have parts of their own; the live region is not seen.
            if (text && !parent.closest('[part="caption"], [part="value"], .visually-hidden')) (getComputedStyle(parent).color === red ? styled : unstyled).push(text);
          }
        }
        expect(unstyled).to.deep.equal([]);
        expect(styled.join(' ')).to.equal(
          '70 000 € engagés sur 100 000 € votés, soit 70 % Dépassement du plafond par ligne : Budget eau — 150 % (20 000 € au-delà). 0,34 % du budget de la collectivité' +
            " Voté 0 € Engagé 100 € Dépassement de l'enveloppe : 100 €",
        );
      } finally {
        style.remove();
      }
    });

    it('shows the envelope’s share of the total budget', async () => {
      const data = feed({ budgets: [budget(2025, 250000, { committed: 180000, totalBudget: 104166667 })] });
      const el = await mount(data);
      expect(plain($(el, '.share')!.textContent)).to.equal('0,24 % du budget de la collectivité');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(plain($(el, '.share')!.textContent)).to.equal("0.24% of the authority's budget");
      expect($(await mount(), '.share')).to.equal(null);
    });

    it('rounds percentages the French and the English way', async () => {
      const data = feed({ budgets: [budget(2025, 300000, { committed: 100000 })] });
      const el = await mount(data);
      expect($(el, '[part="value"]')!.textContent).to.equal('33,3\u00a0%');
      expect(sentence(el)).to.match(/soit 33,3 %$/);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect($(el, '[part="value"]')!.textContent).to.equal('33.3%');
      expect(sentence(el)).to.match(/\(33\.3%\)$/);
    });

    it('uses the budget’s own label in the caption', async () => {
      const data = feed({ budgets: [budget(2025, 10, { committed: 5, label: { fr: 'Solidarité', en: 'Solidarity' } })] });
      const el = await mount(data, { lang: 'en' });
      expect(plain($(el, '#caption')!.textContent)).to.equal('Solidarity — 2025 — Ville ville-a');
    });
  });

  describe('languages', () => {
    it('marks a French-only label on an English page with its language, not its own words', async () => {
      const el = await mount(LINES, { lang: 'en', breakdown: true });
      const ownCaption = $(el, '#caption')!;
      // The budget has no label: the caption is the widget's own words.
      expect(ownCaption.closest('[lang]')).to.equal(null);
      const label = [...el.shadowRoot!.querySelectorAll('tbody th span')].find((span) => span.textContent === 'Coopération décentralisée')!;
      expect(label.getAttribute('lang')).to.equal('fr');
      expect(label.nextElementSibling!.closest('[lang]')).to.equal(null);
      // Label and publisher name each in their own language; the year and the dash are no one's.
      const labelled = await mount(
        feed({
          publishers: [publisher('ville-a', { name: { fr: 'Ville A', en: 'Town A' } })],
          budgets: [budget(2025, 10, { committed: 5, label: 'Solidarité 2025' })],
        }),
        { lang: 'en' },
      );
      const caption = $(labelled, '#caption')!;
      expect(plain(caption.textContent)).to.equal('Solidarité 2025 — Town A');
      expect([...caption.querySelectorAll('[lang]')].map((span) => [span.textContent, span.getAttribute('lang')])).to.deep.equal([
        ['Solidarité 2025', 'fr'],
      ]);
      const named = await mount(feed({ budgets: [budget(2025, 10, { committed: 5, label: { en: 'Solidarity' } })] }), { lang: 'en', basis: 'water' });
      expect($(named, '#caption')!.querySelectorAll('[lang]')).to.have.length(1);
      expect($(named, '#caption [lang]')!.textContent).to.equal('Ville ville-a');
    });
  });

  describe('one basis', () => {
    for (const basis of ['water', 'energy', 'waste'] as const) {
      it(`draws and states ${basis} over its legal ceiling, unclamped`, async () => {
        const el = await mount(LINES, { basis });
        const label = { water: 'eau et assainissement (loi Oudin-Santini)', energy: 'énergie', waste: 'déchets' }[basis];
        expect(plain($(el, '#caption')!.textContent)).to.equal(`1 % ${label} — 2025 — Ville ville-a`);
        expect(sentence(el)).to.equal(
          '11 900 € engagés sur un plafond de 10 000 € (1 % des 1 000 000 € de ressources du service) — dépassement du plafond : 119 % (1 900 € au-delà)',
        );
        expect(plain($(el, '[part="value"]')!.textContent)).to.equal('119 %');
        // The scale stretches to the amount: valuenow stays the real amount, within range.
        expectMeter(el, { 'aria-valuemin': '0', 'aria-valuemax': '11900', 'aria-valuenow': '11900' });
        expect(plain(meter(el)!.getAttribute('aria-valuetext'))).to.contain('dépassement du plafond : 119 % (1 900 € au-delà)');
        // Drawn: the fill stops at the ceiling, the overrun and a notch are drawn past it.
        const limit = 100 / 1.19;
        expect(parseFloat($(el, '[part="fill"]')!.getAttribute('stroke-dasharray')!)).to.be.closeTo(limit, 0.01);
        expect($(el, '.overrun')).to.exist;
        expect($(el, '.notch')).to.exist;
        expect(el.shadowRoot!.querySelector('.sentence strong')!.textContent).to.contain('dépassement du plafond');
      });
    }

    it('names a 1 % line over its own ceiling in the whole envelope\'s view, without the breakdown', async () => {
      const el = await mount(feed({ budgets: [budget(2025, 100000, { committed: 70000, lines: [{ basis: 'water', label: 'Budget eau', committed: 60000, base: 5000000 }] })] }));
      expect(sentence(el)).to.equal('70 000 € engagés sur 100 000 € votés, soit 70 %');
      expect(linesOver(el)).to.equal(
        'Dépassement du plafond par ligne : Budget eau — 120 % (10 000 € au-delà).',
      );
      await expect(el).to.be.accessible();
    });

    it('keeps a right-to-left line label apart from the figures that follow it, in its own direction', async () => {
      const arabic = 'ميزانية المياه';
      const el = await mount(feed({ budgets: [budget(2025, 100000, { committed: 70000, lines: [{ basis: 'water', label: { ar: arabic }, committed: 60000, base: 5000000 }] })] }));
      // Isolated, the label does not take "120" into its run: "… : ‫ميزانية المياه‬ — 120 %", not "… : 120 — ميزانية المياه %".
      const said = $(el, '.lines-over')!.textContent!;
      expect(said).to.contain(`\u2068${arabic}\u2069 — 120`);
      expect(plain(meter(el)!.getAttribute('aria-valuetext'))).to.contain(`${arabic} — 120 %`);
      // An Arabic text that starts with a Latin word still runs right to left (the caption here).
      const rtl = await mount(feed({ budgets: [budget(2025, 100000, { committed: 70000, label: { ar: 'UNICEF ميزانية 2025' } })] }));
      const caption = $(rtl, '[part="caption"] [lang="ar"]')!;
      expect(getComputedStyle(caption).direction).to.equal('rtl');
      expect(getComputedStyle($(rtl, '[part="caption"]')!).direction).to.equal('ltr');
    });

    it('names a line over its own ceiling when the sum of several hides it, without the breakdown', async () => {
      const twoWaterLines = feed({
        budgets: [
          budget(2025, 100000, {
            lines: [
              { basis: 'water', label: 'Budget eau', committed: 35000, base: 2000000 },
              { basis: 'water', label: 'Budget assainissement', committed: 5000, base: 3000000 },
            ],
          }),
        ],
      });
      const el = await mount(twoWaterLines, { basis: 'water' });
      expect(sentence(el)).to.equal('40 000 € engagés sur un plafond de 50 000 € (1 % des 5 000 000 € de ressources du service), soit 80 %');
      const byLine = () => linesOver(el);
      expect(byLine()).to.equal('Dépassement du plafond par ligne : Budget eau — 175 % (15 000 € au-delà).');
      // Heard with the gauge, which says 80 %: a screen reader gets the line's overrun too.
      expect(plain(meter(el)!.getAttribute('aria-valuetext'))).to.equal(`${sentence(el)}. ${byLine()}`);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(byLine()).to.equal('Over the ceiling by line: Budget eau — 175% (€15,000 over).');
      // With the breakdown, its table flags the line instead.
      expect(linesOver(await mount(twoWaterLines, { basis: 'water', breakdown: true }))).to.equal('');
    });

    it('names a line whose committed amount passes its ceiling behind the spent amounts shown', async () => {
      const one = feed({ budgets: [budget(2025, 100000, { lines: [{ basis: 'water', committed: 70000, spent: 20000, base: 5500000 }] })] });
      const el = await mount(one, { basis: 'water', measure: 'spent' });
      expect(sentence(el)).to.equal('20 000 € payés sur un plafond de 55 000 € (1 % des 5 500 000 € de ressources du service), soit 36,4 %');
      const byLine = linesOver(el);
      expect(byLine).to.equal('Dépassement du plafond par ligne : 1 % eau et assainissement (loi Oudin-Santini) — 127,3 % (15 000 € engagés au-delà).');
      // Showing the committed amounts, the sentence says it: no second statement.
      expect(linesOver(await mount(one, { basis: 'water' }))).to.equal('');
    });

    it('draws mobility under its ceiling with a custom rate, its resources said to exclude the versement mobilité', async () => {
      const el = await mount(LINES, { basis: 'mobility' });
      // CGCT L1115-3: a steward who counted the levy in `base` gets a ceiling too high; the sentence says what it is not.
      expect(sentence(el)).to.equal(
        '5 000 € engagés sur un plafond de 10 000 € (0,5 % des 2 000 000 € de ressources du service, hors versement mobilité), soit 50 %',
      );
      expect(plain(meter(el)!.getAttribute('aria-valuetext'))).to.equal(sentence(el));
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(sentence(el)).to.equal(
        "€5,000 committed (50%) against a ceiling of €10,000, 0.5% of the service budget's €2,000,000 resources, excluding the mobility levy (versement mobilité)",
      );
      expect(plain(meter(el)!.getAttribute('aria-valuetext'))).to.equal(sentence(el));
      expectMeter(el, { 'aria-valuemax': '10000', 'aria-valuenow': '5000' });
      expect($(el, '.overrun')).to.equal(null);
      expect($(el, '[part="fill"]')!.getAttribute('stroke-dasharray')).to.equal('50 200');
    });

    it('states the ceiling overrun in English', async () => {
      const el = await mount(LINES, { basis: 'water', lang: 'en' });
      expect(sentence(el)).to.equal(
        "€11,900 committed against a ceiling of €10,000, 1% of the service budget's €1,000,000 resources — over the ceiling: 119% (€1,900 over)",
      );
      expect(plain($(el, '#caption')!.textContent)).to.contain('1% for water and sanitation (Oudin-Santini law)');
    });

    it('shows the general-budget line against its allocation', async () => {
      const el = await mount(LINES, { basis: 'general' });
      expect(plain($(el, '#caption')!.textContent)).to.equal('Budget général — 2025 — Ville ville-a');
      expect(sentence(el)).to.equal('150 000 € engagés sur 200 000 € votés, soit 75 %');
      expectMeter(el, { 'aria-valuemax': '200000', 'aria-valuenow': '150000' });
    });

    it('says so when the budget has no line of that basis', async () => {
      const data = feed({ budgets: [budget(2025, 10, { committed: 5, lines: [{ basis: 'general', allocated: 10 }] })] });
      const el = await mount(data, { basis: 'water' });
      expect(el.state).to.equal('ready');
      expect(meter(el)).to.equal(null);
      expect(shown(el)).to.contain('Le budget 2025 ne comporte pas de ligne « 1 % eau et assainissement (loi Oudin-Santini) ».');
    });

    it('falls back to the whole envelope for an unknown basis', async () => {
      const el = await mount(LINES, { basis: 'other' });
      expect(sentence(el)).to.equal('200 000 € engagés sur 300 000 € votés, soit 66,7 %');
    });
  });

  describe('edge cases', () => {
    it('names the year when the publisher has no budget for it', async () => {
      const el = await mount(YEARS, { year: '2019' });
      expect(el.state).to.equal('empty');
      expect(plain($(el, '[part="state"]')!.textContent)).to.equal('Aucun budget de solidarité internationale publié pour 2019.');
      expect(meter(el)).to.equal(null);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect($(el, '[part="state"]')!.textContent).to.equal('No international solidarity budget published for 2019.');
    });

    it('says there is no budget at all when the publisher has none', async () => {
      const el = await mount(feed());
      expect(el.state).to.equal('empty');
      expect($(el, '[part="state"]')!.textContent).to.equal('Aucun budget de solidarité internationale publié.');
      // A network's feed: the authority named, not a network without any budget.
      const network = feed({ publishers: [publisher('reseau', { name: 'Réseau Bourgogne' }), publisher('dijon', { name: 'Dijon' })], budgets: [budget(2025, 1000, { publisher: 'dijon' })] });
      const own = await mount(network, { publisher: 'reseau' });
      expect($(own, '[part="state"]')!.textContent).to.equal('Aucun budget de solidarité internationale publié pour Réseau Bourgogne.');
      own.setAttribute('lang', 'en');
      await own.updateComplete;
      expect($(own, '[part="state"]')!.textContent).to.equal('No international solidarity budget published for Réseau Bourgogne.');
    });

    it('shows only the amounts when allocated is 0', async () => {
      const el = await mount(feed({ budgets: [budget(2025, 0, { committed: 5000 })] }));
      expect(meter(el)).to.equal(null);
      expect($(el, 'svg')).to.equal(null);
      expect(plain($(el, '.amounts')!.textContent)).to.equal('Voté 0 € Engagé 5 000 €');
      expect(shown(el)).not.to.contain('%');
    });

    it('states an overrun against an envelope or a ceiling of 0, where no ratio can be drawn', async () => {
      const zero = await mount(feed({ budgets: [budget(2025, 0, { committed: 500 })] }));
      expect(meter(zero)).to.equal(null);
      expect(sentence(zero)).to.equal("Dépassement de l'enveloppe : 500 €");
      const lines = feed({
        budgets: [
          budget(2024, 1000, {
            committed: 130,
            lines: [
              { basis: 'water', label: 'Eau', allocated: 100, committed: 100, base: 0 },
              { basis: 'energy', label: 'Énergie', allocated: 100, committed: 30, base: 2000 },
            ],
          }),
        ],
      });
      const water = await mount(lines, { basis: 'water' });
      expect(meter(water)).to.equal(null);
      expect(plain($(water, '.amounts')!.textContent)).to.equal('Plafond 0 € Engagé 100 €');
      expect(sentence(water)).to.equal('Dépassement du plafond : 100 €');
      water.setAttribute('lang', 'en');
      await water.updateComplete;
      expect(sentence(water)).to.equal('Over the ceiling: €100');
      const table = await mount(lines, { breakdown: true });
      const cells = $$(table, 'tbody tr').map((row) => plain(row.lastElementChild!.textContent));
      expect(cells).to.deep.equal(['0 € dépassement du plafond : 100 €', '20 € dépassement du plafond : 150 % (10 € au-delà)']);
    });

    it('states an overrun when committed passes allocated', async () => {
      const el = await mount(feed({ budgets: [budget(2025, 100000, { committed: 112000 })] }));
      expect(sentence(el)).to.equal("112 000 € engagés sur 100 000 € votés — dépassement de l'enveloppe : 112 % (12 000 € au-delà)");
      // 4 € over is not "100 %".
      const hair = await mount(feed({ budgets: [budget(2025, 10000, { committed: 10004 })] }));
      expect(sentence(hair)).to.equal("10 004 € engagés sur 10 000 € votés — dépassement de l'enveloppe : 100,04 % (4 € au-delà)");
      expectMeter(el, { 'aria-valuemax': '112000', 'aria-valuenow': '112000' });
      expect($(el, '.notch')).to.exist;
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(sentence(el)).to.equal('€112,000 committed out of €100,000 allocated — over the allocation: 112% (€12,000 over)');
    });

    it('says a line passes its amount voted, not the envelope, when the envelope is not passed', async () => {
      const lines = [
        { basis: 'general', allocated: 50000, committed: 52000 },
        { basis: 'water', allocated: 50000, committed: 8000 },
      ];
      const data = feed({ budgets: [budget(2025, 100000, { committed: 60000, lines })] });
      const general = await mount(data, { basis: 'general' });
      expect(sentence(general)).to.equal('52 000 € engagés sur 50 000 € votés — dépassement du montant voté : 104 % (2 000 € au-delà)');
      // A budget without lines is the envelope, whatever the basis.
      const whole = await mount(feed({ budgets: [budget(2025, 100000, { committed: 112000 })] }), { basis: 'general' });
      expect(sentence(whole)).to.contain("dépassement de l'enveloppe : 112 %");
    });

    it('says the committed amount is missing instead of showing 0 %', async () => {
      const el = await mount(feed({ budgets: [budget(2025, 250000)] }));
      expect(meter(el)).to.equal(null);
      expect(sentence(el)).to.equal('Montant engagé non communiqué');
      expect(plain($(el, '.amounts')!.textContent)).to.equal('Voté 250 000 €');
      expect(shown(el)).not.to.match(/\d\s?%/);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(sentence(el)).to.equal('Committed amount not reported');
    });

    it('says the spent amount is missing with measure="spent"', async () => {
      const el = await mount(feed({ budgets: [budget(2025, 250000, { committed: 1 })] }), { measure: 'spent' });
      expect(sentence(el)).to.equal('Montant payé non communiqué');
    });

    it('takes the first publisher that has budgets, or the one asked for, and tells the console which it shows', async () => {
      const data = feed({
        publishers: [publisher('ville-a'), publisher('ville-b'), publisher('ville-c')],
        budgets: [
          budget(2024, 100, { publisher: 'ville-c', committed: 10 }),
          budget(2025, 100, { publisher: 'ville-b', committed: 50 }),
        ],
      });
      let first!: AncrageBudgetGauge;
      const warnings = await consoleWarnings(async () => (first = await mount(data)));
      expect(plain($(first, '#caption')!.textContent)).to.equal('Budget de solidarité internationale — 2025 — Ville ville-b');
      expect(warnings).to.deep.equal([
        "Ancrage: <ancrage-budget-gauge> shows ville-b's budget, of 2 authorities with budgets in the feed: choose one with publisher",
      ]);
      const asked = await mount(data, { publisher: 'ville-c' });
      expect(plain($(asked, '#caption')!.textContent)).to.contain('2024 — Ville ville-c');
      const none = await mount(data, { publisher: 'ville-a' });
      expect(none.state).to.equal('empty');
    });

    it('never shows undefined, NaN, Infinity or an object', async () => {
      const data = feed({
        budgets: [
          budget(2025, 0, {
            lines: [
              { basis: 'water', allocated: 0 },
              { basis: 'energy', committed: 3, base: 0 },
              { basis: 'other', label: 'Mécénat' },
            ],
          }),
        ],
      });
      const variants: Attributes[] = [{}, { basis: 'water' }, { basis: 'energy' }, { basis: 'general' }, { measure: 'spent' }];
      for (const attrs of variants) {
        for (const lang of ['fr', 'en']) {
          const el = await mount(data, { ...attrs, lang, breakdown: true, years: true });
          const text = `${el.shadowRoot!.textContent} ${[...el.shadowRoot!.querySelectorAll('*')]
            .flatMap((node) => [...node.attributes].map((a) => a.value))
            .join(' ')}`;
          expect(text).not.to.match(/undefined|NaN|Infinity|\[object/);
        }
      }
    });
  });

  describe('variants', () => {
    for (const variant of ['arc', 'bar']) {
      it(`draws the ${variant} as SVG with its parts`, async () => {
        const el = await mount(BASIC, { variant });
        expect(el.getAttribute('variant')).to.equal(variant);
        for (const part of ['gauge', 'track', 'fill', 'value', 'caption']) expect($(el, `[part="${part}"]`), part).to.exist;
        const svg = $(el, '[part="gauge"] svg')!;
        expect(svg.getAttribute('aria-hidden')).to.equal('true');
        expect($(el, `.gauge.${variant}`)).to.exist;
        expect($(el, '[part="fill"]')!.getAttribute('stroke-dasharray')).to.equal('72 200');
        expect(svg.getBoundingClientRect().width).to.be.greaterThan(50);
        await expect(el).to.be.accessible();
      });
    }

    it('draws the arc by default, and for an unknown variant', async () => {
      const el = await mount(BASIC, { variant: 'pie' });
      expect($(el, '.gauge.arc')).to.exist;
      expect((await mount()).getAttribute('variant')).to.equal('arc');
    });

    it('keeps the percentage inside the arc on a narrow screen with large text', async () => {
      // The widest percentages: three digits and a decimal.
      const el = await mount(feed({ budgets: [budget(2025, 90000, { committed: 100000 })] }));
      const value = $(el, '[part="value"]')!;
      expect(plain(value.textContent)).to.equal('111,1 %');
      expect(parseFloat(getComputedStyle(value).fontSize)).to.equal(1.75 * parseFloat(getComputedStyle(el).fontSize));
      // A 280 px column on a phone at 200 % text: 18em of arc would be 576 px, so the arc is the column's width.
      Object.assign(el.style, { display: 'block', width: '280px', fontSize: '32px' });
      const arc = $(el, 'svg')!.getBoundingClientRect();
      expect(arc.width).to.be.at.most(280);
      const text = value.getBoundingClientRect();
      // The arc's inner edge is a circle of radius 43/120 of its width around the middle of its base.
      const [cx, cy, inner] = [arc.left + arc.width / 2, arc.top + (60 / 120) * arc.width, (43 / 120) * arc.width];
      expect(Math.hypot(text.left - cx, text.top - cy), 'the text clear of the arc').to.be.below(inner);
    });

    it('draws the bar over its ceiling too', async () => {
      const el = await mount(LINES, { variant: 'bar', basis: 'waste' });
      expect($(el, '.bar .notch')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('year switcher', () => {
    it('fires ancrage-year-change once the chosen year is shown, so an application keeps in step', async () => {
      const el = await mount(YEARS, { years: true });
      const select = $<HTMLSelectElement>(el, 'select')!;
      setTimeout(() => {
        select.value = '2023';
        select.dispatchEvent(new Event('change'));
      });
      const event = await oneEvent(document, 'ancrage-year-change');
      expect([event.detail, event.bubbles, event.composed, event.target]).to.deep.equal([{ year: 2023 }, true, true, el]);
      // Shown by then, and the property says it.
      expect([el.year, sentence(el)]).to.deep.equal([2023, '100 000 € engagés sur 200 000 € votés, soit 50 %']);
    });

    it('is not shown without the years attribute, nor with a single year', async () => {
      expect($(await mount(YEARS), 'select')).to.equal(null);
      expect($(await mount(BASIC, { years: true }), 'select')).to.equal(null);
    });

    it('lists the years latest first and starts on the latest, or on the year asked for', async () => {
      const el = await mount(YEARS, { years: true });
      const select = $<HTMLSelectElement>(el, 'select')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal(['2025', '2024', '2023']);
      expect(select.value).to.equal('2025');
      expect(select.labels[0].textContent).to.equal('Année');
      const asked = await mount(YEARS, { years: true, year: '2023' });
      expect($<HTMLSelectElement>(asked, 'select')!.value).to.equal('2023');
      expect(sentence(asked)).to.equal('100 000 € engagés sur 200 000 € votés, soit 50 %');
    });

    it('shows the latest year for an empty or impossible year, telling the page of the impossible ones, and takes a year set as text', async () => {
      for (const year of ['', ' ', '0', '“”', '\u200b', 'abc', '20250', '0x7e9', '2.023e3', '2024-2025']) {
        let el!: AncrageBudgetGauge;
        const warnings = await consoleWarnings(async () => (el = await mount(YEARS, { years: true, year })));
        expect(el.state, `year="${year}"`).to.equal('ready');
        expect($<HTMLSelectElement>(el, 'select')!.value, `year="${year}"`).to.equal('2025');
        expect([...$<HTMLSelectElement>(el, 'select')!.options].map((o) => o.value)).to.deep.equal(['2025', '2024', '2023']);
        expect(warnings, `year="${year}"`).to.deep.equal(
          /[0-9a-z]/.test(year) && year != '0' ? [`Ancrage: <ancrage-budget-gauge> year="${year}" is not in the feed (2025, 2024, 2023)`] : [],
        );
      }
      // A year set as a property since is told as set, not as the attribute still says.
      const later = await mount(YEARS, { years: true, year: '2023' });
      const told = await consoleWarnings(async () => {
        (later as unknown as { year: string }).year = '2O24';
        await later.updateComplete;
      });
      expect(told).to.deep.equal(['Ancrage: <ancrage-budget-gauge> year="2O24" is not in the feed (2025, 2024, 2023)']);
      const quoted = await mount(YEARS, { years: true, year: '“2023”' });
      expect($<HTMLSelectElement>(quoted, 'select')!.value).to.equal('2023');
      const el = await mount(YEARS, { years: true });
      (el as unknown as { year: string }).year = '2023';
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('2023');
      expect(sentence(el)).to.equal('100 000 € engagés sur 200 000 € votés, soit 50 %');
    });

    it('stays, in the empty state naming the year, on a year asked for without a budget, so the reader can reach the others', async () => {
      const el = await mount(YEARS, { years: true, year: '2020' });
      expect(el.state).to.equal('empty');
      expect(plain($(el, '[part="state"]')!.textContent)).to.equal('Aucun budget de solidarité internationale publié pour 2020.');
      expect($(el, '.sentence'), 'said once, by the state').to.equal(null);
      const select = $<HTMLSelectElement>(el, 'select')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal(['2025', '2024', '2023', '2020']);
      expect(select.value).to.equal('2020');
      await expect(el).to.be.accessible();
      select.focus();
      select.value = '2024';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(sentence(el)).to.equal('30 000 € engagés sur 300 000 € votés, soit 10 %');
      // The same select, still focused (rebuilt, it dropped the focus on the page's body), and the new figures said.
      expect($(el, 'select')).to.equal(select);
      expect(el.shadowRoot!.activeElement).to.equal(select);
      expect(plain($(el, '.visually-hidden[role="status"]')!.textContent)).to.contain('30 000 € engagés sur 300 000 € votés');
      await expect(el).to.be.accessible();
      // Without the switcher, the empty state as before.
      expect((await mount(YEARS, { year: '2020' })).state).to.equal('empty');
    });

    it('announces the amounts too where no meter says them (an envelope of 0 €), and the lines over their ceiling', async () => {
      const el = await mount(
        feed({
          budgets: [
            budget(2025, 100000, { committed: 50000 }),
            budget(2024, 0, { committed: 5000, lines: [{ basis: 'water', label: 'Budget eau', committed: 5000, base: 100000 }] }),
          ],
        }),
        { years: true },
      );
      const select = $<HTMLSelectElement>(el, 'select')!;
      select.value = '2024';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(plain($(el, '.visually-hidden[role="status"]')!.textContent)).to.equal(
        "Budget de solidarité internationale — 2024 — Ville ville-a. Voté 0 €. Engagé 5 000 €. Dépassement de l'enveloppe : 5 000 €. " +
          'Dépassement du plafond par ligne : Budget eau — 500 % (4 000 € au-delà).',
      );
    });

    it('changes the year, keeps focus and announces the new figures politely', async () => {
      const el = await mount(YEARS, { years: true });
      const status = $(el, '.visually-hidden[role="status"]')!;
      expect(status.textContent).to.equal('');
      const select = $<HTMLSelectElement>(el, 'select')!;
      select.focus();
      select.value = '2024';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.year).to.equal(2024);
      expect(sentence(el)).to.equal('30 000 € engagés sur 300 000 € votés, soit 10 %');
      expect(plain($(el, '#caption')!.textContent)).to.contain('2024');
      expect(el.shadowRoot!.activeElement).to.equal(select);
      expect($(el, 'select')).to.equal(select);
      expect(plain(status.textContent)).to.contain('30 000 € engagés sur 300 000 € votés, soit 10 %');
      await expect(el).to.be.accessible();
    });
  });

  describe('breakdown', () => {
    it('is a table with a title, column and row headers, and flags an over-ceiling line in words', async () => {
      const el = await mount(LINES, { breakdown: true });
      const table = $<HTMLTableElement>(el, 'table')!;
      const title = $(el, `#${table.getAttribute('aria-labelledby')}`)!;
      expect(plain(title.textContent)).to.equal('Détail par source de financement');
      const headers = [...table.tHead!.querySelectorAll('th')];
      expect(headers.map((th) => th.textContent!.trim())).to.deep.equal(['Ligne', 'Voté', 'Engagé', "Part de l'enveloppe", 'Plafond']);
      expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      // The amounts' headings over their figures, right-aligned like them.
      expect(headers.map((th) => getComputedStyle(th).textAlign)).to.deep.equal(['start', 'end', 'end', 'end', 'end']);
      const rows = [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => plain(cell.textContent)));
      expect(rows[0]).to.deep.equal([
        'Coopération décentralisée, Budget général',
        '200 000 €',
        '150 000 €',
        '66,7 %',
        '—sans objet',
      ]);
      expect(rows[1]).to.deep.equal([
        '1 % eau et assainissement (loi Oudin-Santini)',
        '20 000 €',
        '11 900 €',
        '6,7 %',
        '10 000 € dépassement du plafond : 119 % (1 900 € au-delà)',
      ]);
      expect(rows[4][4]).to.equal('10 000 €');
      expect(table.tBodies[0].rows[0].cells[0].getAttribute('scope')).to.equal('row');
      // The dash is for the eye; a screen reader hears words.
      expect($(el, 'td [aria-hidden="true"]')!.textContent).to.equal('—');
      const wrapper = $(el, '[part="breakdown"]')!;
      // Named by the table's title, the gauge's caption and the measure, so that two gauges' regions differ (axe landmark-unique).
      expect(wrapper.getAttribute('aria-labelledby')).to.equal(`${title.id} caption measure`);
      expect(plain($(el, '#measure')!.textContent)).to.equal('Engagé');
      expect($(el, '#caption')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('says a line\'s label and its basis apart, in a row header\'s name too, in French and English', async () => {
      const data = feed({
        budgets: [budget(2025, 100000, { lines: [{ basis: 'water', label: "1 % eau (budget annexe de l'eau)", allocated: 20000, committed: 10000, base: 2000000 }] })],
      });
      const names: string[] = [];
      for (const lang of ['fr', 'en']) {
        const el = await mount(data, { breakdown: true, lang });
        // As a screen reader names the row (Chromium's tree, through the DevTools protocol: test/server/commands.mjs).
        names.push(...((await executeServerCommand('ax-names', { role: 'rowheader' })) as string[]));
        // Seen on two lines, the basis under the label.
        const [label, basis] = [$(el, 'tbody th > span')!, $(el, 'tbody th .basis')!].map((node) => node.getBoundingClientRect());
        expect(basis.top, lang).to.be.at.least(label.bottom);
        el.remove();
      }
      expect(names.map(plain)).to.deep.equal([
        "1 % eau (budget annexe de l'eau), 1 % eau et assainissement (loi Oudin-Santini)",
        "1 % eau (budget annexe de l'eau), 1% for water and sanitation (Oudin-Santini law)",
      ]);
    });

    it('is a keyboard stop that scrolls with the arrow keys where the table does not fit, and none where it does', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await mount(LINES, { breakdown: true });
      const [before, after] = ['avant', 'après'].map((words) => Object.assign(document.createElement('button'), { textContent: words }));
      el.before(before);
      el.after(after);
      const scroller = $(el, '[part="breakdown"]')!;
      /** Where Tab goes from the button before the widget, once the widget has laid out its table (words: chai's report of a DOM node stalls the browser). */
      const tabFromBefore = async () => {
        await nextFrame();
        await nextFrame();
        before.focus();
        await sendKeys({ press: 'Tab' });
        const focused = document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;
        return focused === scroller ? 'the table' : focused?.textContent;
      };
      try {
        expect(await tabFromBefore(), 'on a phone, Tab reaches the table').to.equal('the table');
        // Still named when it is a stop (axe scrollable-region-focusable, the region's name).
        expect(scroller.getAttribute('aria-labelledby')).to.equal('breakdown caption measure');
        await sendKeys({ press: 'ArrowRight' });
        await waitUntil(() => scroller.scrollLeft > 0, 'the arrow key scrolls the table');
        await setViewport({ width: 1000, height: 640 });
        expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
        expect(await tabFromBefore(), 'on a wide screen, nothing to scroll: Tab goes past it').to.equal('après');
        await setViewport({ width: 320, height: 640 });
        expect(await tabFromBefore(), 'on a phone again').to.equal('the table');
        await expect(el).to.be.accessible();
      } finally {
        before.remove();
        after.remove();
      }
    });

    it('names apart the breakdowns of two gauges of one budget, committed and spent', async () => {
      const box = document.createElement('div');
      document.body.append(box);
      try {
        for (const measure of ['committed', 'spent']) box.append(await mount(LINES, { breakdown: true, measure }));
        await expect(box).to.be.accessible();
      } finally {
        box.remove();
      }
    });

    it('says an overrun beside the spent amounts is the committed one’s', async () => {
      const data = feed({
        budgets: [
          budget(2025, 100000, {
            lines: [
              { basis: 'water', label: 'Budget eau', allocated: 60000, committed: 70000, spent: 20000, base: 5500000 },
              { basis: 'general', allocated: 40000, committed: 10000, spent: 5000 },
            ],
          }),
        ],
      });
      const spent = await mount(data, { basis: 'water', measure: 'spent', breakdown: true });
      expect(plain($(spent, 'tbody tr')!.lastElementChild!.textContent)).to.equal('55 000 € dépassement du plafond : 127,3 % (15 000 € engagés au-delà)');
      const committed = await mount(data, { basis: 'water', breakdown: true });
      expect(plain($(committed, 'tbody tr')!.lastElementChild!.textContent)).to.equal('55 000 € dépassement du plafond : 127,3 % (15 000 € au-delà)');
    });

    it('follows the measure and the language, and says when amounts are not reported', async () => {
      const data = feed({ budgets: [budget(2025, 100, { lines: [{ basis: 'water', allocated: 10 }] })] });
      const el = await mount(data, { breakdown: true, measure: 'spent', lang: 'en' });
      const table = $<HTMLTableElement>(el, 'table')!;
      expect([...table.tHead!.querySelectorAll('th')].map((th) => plain(th.textContent))).to.deep.equal(['Line', 'Allocated', 'Spent', 'Share of envelope', 'Ceiling']);
      expect([...table.tBodies[0].rows[0].cells].map((c) => plain(c.textContent))).to.deep.equal([
        '1% for water and sanitation (Oudin-Santini law)',
        '€10',
        '—not reported',
        '10%',
        '—not reported',
      ]);
    });

    it('says a share without the line\'s allocation cannot be computed, not that it was not reported', async () => {
      const data = feed({ budgets: [budget(2025, 100, { lines: [{ basis: 'energy', committed: 10 }] })] });
      const share = async (lang: string) => plain($(await mount(data, { breakdown: true, lang }), 'tbody td:nth-of-type(3)')!.textContent);
      expect(await share('fr')).to.equal('—non calculable');
      expect(await share('en')).to.equal('—cannot be computed');
    });

    it('prints whole: on paper, which does not scroll, the table and its overrun fit the page', async () => {
      const page = document.createElement('div');
      page.style.inlineSize = '560px';
      document.body.append(page);
      try {
        const el = await mount(LINES, { breakdown: true });
        page.append(el);
        await el.updateComplete;
        const scroller = $(el, '[part="breakdown"]')!;
        expect(scroller.scrollWidth, 'on screen, it scrolls').to.be.above(scroller.clientWidth);
        await emulateMedia({ media: 'print' });
        const edge = page.getBoundingClientRect().right + 0.5;
        expect($(el, 'table')!.getBoundingClientRect().right).to.be.at.most(edge);
        expect($(el, '.over')!.getBoundingClientRect().right).to.be.at.most(edge);
      } finally {
        await emulateMedia({ media: 'screen' });
        page.remove();
      }
    });

    it('is not shown without the attribute, or without lines', async () => {
      expect($(await mount(LINES), 'table')).to.equal(null);
      expect($(await mount(BASIC, { breakdown: true }), 'table')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    const cases: Array<[string, unknown, Attributes]> = [
      ['default', BASIC, {}],
      ['English bar with share', feed({ budgets: [budget(2025, 10, { committed: 5, totalBudget: 5000 })] }), { lang: 'en', variant: 'bar' }],
      ['over allocated', feed({ budgets: [budget(2025, 100, { committed: 112 })] }), {}],
      ['missing committed', feed({ budgets: [budget(2025, 100)] }), {}],
      ['allocated 0', feed({ budgets: [budget(2025, 0, { committed: 3 })] }), {}],
      ['no line of the basis', BASIC, { basis: 'water' }],
      ['empty', YEARS, { year: '2000' }],
      ['everything', LINES, { basis: 'water', breakdown: true, years: true }],
    ];
    for (const [name, data, attrs] of cases) {
      it(`is axe-clean: ${name}`, async () => {
        await expect(await mount(data, attrs)).to.be.accessible();
      });
    }

    it('animates the fill once, and not with reduced motion', async () => {
      const el = await mount();
      expect(getComputedStyle($(el, '[part="fill"]')!).animationName).to.equal('ancrage-gauge-fill');
      await emulateMedia({ reducedMotion: 'reduce' });
      const still = await mount();
      expect(getComputedStyle($(still, '[part="fill"]')!).animationName).to.equal('none');
    });

    it('keeps at least 3:1 between fill and track, light and dark', async () => {
      const hex = (rgb: string) => `#${rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
      for (const scheme of ['light', 'dark']) {
        const el = await mount(BASIC, { 'color-scheme': scheme });
        const fill = getComputedStyle($(el, '[part="fill"]')!).stroke;
        const track = getComputedStyle($(el, '[part="track"]')!).stroke;
        expect(contrastRatio(hex(fill), hex(track)), `${scheme}: ${fill} on ${track}`).to.be.at.least(3);
      }
    });

    it('stays visible in forced-colors mode', async () => {
      // Through the DevTools protocol (test/server/commands.mjs): emulateMedia cannot.
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const el = await mount(LINES, { basis: 'water' });
        const root = el.shadowRoot!;
        const style = (part: string) => getComputedStyle(root.querySelector(part)!);
        const [fill, track, notch] = [style('[part="fill"]'), style('[part="track"]'), style('.notch')];
        expect(fill.stroke).not.to.equal('none');
        expect(fill.stroke).not.to.equal(track.stroke);
        expect(parseFloat(track.strokeWidth)).to.be.lessThan(parseFloat(fill.strokeWidth));
        expect(notch.stroke).to.equal(track.stroke);
        expect(style('svg').forcedColorAdjust).to.equal('none');
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

    it('shows the breakdown\'s "more columns" shadow on the ground of either scheme', async () => {
      await setViewport({ width: 320, height: 640 });
      /** A computed colour's channels, 0 to 255, and its alpha (Chromium gives a color-mix as `color(srgb r g b / a)`). */
      const channels = (colour: string) => {
        const [r, g, b, a = 1] = colour.match(/[\d.]+/g)!.map(Number);
        return { rgb: colour.startsWith('color(') ? [r, g, b].map((c) => c * 255) : [r, g, b], a };
      };
      const hex = (rgb: number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
      for (const scheme of ['light', 'dark']) {
        const el = await mount(LINES, { breakdown: true, 'color-scheme': scheme });
        const scroller = $(el, '[part="breakdown"]')!;
        let ground = scroller.parentElement!;
        while (channels(getComputedStyle(ground).backgroundColor).a === 0) ground = ground.parentElement!;
        const under = channels(getComputedStyle(ground).backgroundColor).rgb;
        const shadow = channels(/radial-gradient\([^,]*, ((?:rgba?|color)\([^)]*\))/.exec(getComputedStyle(scroller).backgroundImage)![1]);
        // At the edge, the shadow's colour laid over the ground.
        const edge = shadow.rgb.map((c, i) => c * shadow.a + under[i] * (1 - shadow.a));
        expect(contrastRatio(hex(edge), hex(under)), scheme).to.be.at.least(1.5);
      }
    });

    it('fills from the left on a right-to-left page too, where its French words run left to right', async () => {
      const el = await mount(BASIC, { dir: 'rtl', variant: 'bar' });
      expect(getComputedStyle($(el, 'svg')!).transform).to.equal('none');
      expect(getComputedStyle($(el, '.gauge')!).direction).to.equal('ltr');
    });

    it('does not scroll horizontally at 320 px, even with long words and the breakdown', async () => {
      await setViewport({ width: 320, height: 640 });
      const word = 'x'.repeat(300);
      const data = feed({
        publishers: [publisher('ville-a', { name: `Ville ${word}` })],
        budgets: [
          budget(2025, 123456789, {
            committed: 98765432,
            label: word,
            lines: [{ basis: 'water', label: word, allocated: 123456789, committed: 98765432, base: 9876543210 }],
          }),
          budget(2024, 10, { committed: 1 }),
        ],
      });
      for (const variant of ['arc', 'bar']) {
        const el = await mount(data, { breakdown: true, years: true, basis: 'water', variant });
        expect(el.scrollWidth, variant).to.be.at.most(el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const wrapper = $(el, '[part="breakdown"]')!;
        expect(wrapper.getBoundingClientRect().right).to.be.at.most(320);
        // The table scrolls sideways; its title wraps in view (WCAG 1.4.10), not as wide as the table.
        const title = $(el, '#breakdown')!.getBoundingClientRect();
        expect([title.left, title.right], `${variant}: the table's title`).to.satisfy(([left, right]: number[]) => left >= 0 && right <= 320);
        wrapper.scrollLeft = wrapper.scrollWidth;
        expect(wrapper.scrollLeft, 'the table scrolls').to.be.above(0);
      }
    });

    it('is as wide as its table where the page sizes it to its content (an inline-block, a table cell): nothing to scroll', async () => {
      await setViewport({ width: 1000, height: 640 });
      for (const host of ['display: inline-block', 'float: left', 'display: flex; flex-direction: column; align-items: flex-start']) {
        const el = await mount(LINES, { breakdown: true, style: host });
        const wrapper = $(el, '[part="breakdown"]')!;
        expect(wrapper.scrollWidth, host).to.be.at.most(wrapper.clientWidth);
      }
    });
  });
});
