// dist/custom-elements.json, the API reference editors and IDEs read, against what the widgets
// really expose: the `::part`s a page can style and the `--ancrage-*` properties their styles
// read. A part or property added without its JSDoc, or documented and gone, fails here.
import { expect } from '@open-wc/testing';
import '../src/ancrage.js';
import { budget, feed, partner, project } from './fixtures/feed-builder.js';
import { mountWidget, type Attributes } from './fixtures/widget-dom.js';

interface Declaration {
  tagName?: string;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string; default?: string }>;
}

const IMAGE = { src: '/stories/demo/images/forage.svg', alt: 'Un puits' };

/** Feeds and attributes that, together, show every part a widget has. */
const SHOWN: Record<string, Array<[unknown, Attributes]>> = {
  'ancrage-project-cards': [
    [feed({ projects: [project('a', { image: IMAGE }), project('b'), project('c')] }), { filters: true, 'page-size': '1' }],
  ],
  'ancrage-partner-list': [
    [
      feed({
        partners: [partner('a', { logo: IMAGE }), partner('b', { kind: 'ngo' })],
        projects: [project('p', { partners: [{ ref: 'a', role: 'lead' }, { ref: 'b', role: 'funding' }] })],
      }),
      { search: true },
    ],
    [feed(), {}],
  ],
  'ancrage-budget-gauge': [
    [feed({ budgets: [budget(2025, 1000, { committed: 1500, lines: [{ basis: 'general', allocated: 1000, committed: 1500 }] })] }), { breakdown: true }],
    // Against 0 €, the amounts listed instead of the gauge.
    [feed({ budgets: [budget(2025, 0, { committed: 100 })] }), {}],
  ],
};

async function documented(tag: string): Promise<Declaration> {
  const manifest = await (await fetch('/dist/custom-elements.json')).json();
  return manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).find((d: Declaration) => d.tagName === tag);
}

describe('custom-elements.json against the widgets', () => {
  for (const [tag, cases] of Object.entries(SHOWN)) {

    it(`${tag}: documents every ::part it renders, and renders every one it documents`, async () => {
      const rendered = new Set<string>();
      for (const [data, attributes] of cases) {
        const el = await mountWidget(tag, data, attributes);
        for (const node of el.shadowRoot!.querySelectorAll('[part]')) for (const name of node.getAttribute('part')!.split(/\s+/)) rendered.add(name);
        el.remove();
      }
      expect([...rendered].sort()).to.deep.equal((await documented(tag)).cssParts!.map((p) => p.name).sort());
    });

    it(`${tag}: documents every --ancrage-* property its styles read, and reads every one it documents`, async () => {
      const styles = (customElements.get(tag) as unknown as { elementStyles: Array<{ cssText: string }> }).elementStyles;
      const read = new Set(styles.flatMap((style) => style.cssText.match(/--ancrage-[\w-]+/g) ?? []));
      expect([...read].sort()).to.deep.equal((await documented(tag)).cssProperties!.map((p) => p.name).sort());
    });

    it(`${tag}: documents each --ancrage-* property's default as its styles have it`, async () => {
      const css = (customElements.get(tag) as unknown as { elementStyles: Array<{ cssText: string }> }).elementStyles.map((style) => style.cssText).join('');
      for (const { name, default: given } of (await documented(tag)).cssProperties!) {
        // The light scheme's first fallback that is a value, past a feed theme's own (`var(--ancrage-primary, var(--_feed-primary, #000091))`).
        const fallback = new RegExp(`var\\(${name},\\s*(?:var\\(--_feed-[\\w-]+,\\s*)?([^()]+?)\\s*\\)`).exec(css)?.[1];
        expect(given, name).to.equal(fallback);
      }
    });
  }
});
