import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../base/test-widget.js';
import '../../src/components/budget-gauge/define.js';
import '../../src/components/partner-list/define.js';
import '../../src/components/project-cards/define.js';
import { contrastRatio } from '../../src/theme/contrast.js';
import { budget, feed, partner, project, publisher } from '../fixtures/feed-builder.js';
import { mountWidget } from '../fixtures/widget-dom.js';

const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

describe('theme tokens', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
  });

  it('keep the default palette readable: text 4.5:1, fill 3:1 against the track', async () => {
    for (const scheme of ['light', 'dark']) {
      const el = await fixture(html`<test-widget color-scheme=${scheme}></test-widget>`);
      const [text, surface, primary, onPrimary, accent, track] = ['--_text', '--_surface', '--_primary', '--_on-primary', '--_accent', '--_track'].map((n) => token(el, n));
      expect(contrastRatio(text, surface), `${scheme} text`).to.be.at.least(4.5);
      expect(contrastRatio(onPrimary, primary), `${scheme} on-primary`).to.be.at.least(4.5);
      expect(contrastRatio(accent, track), `${scheme} fill/track`).to.be.at.least(3);
    }
  });

  it('keeps its dark ground and readable fields under a page reset on every element', async () => {
    const reset = Object.assign(document.createElement('style'), {
      textContent: 'html { background: #fff } *:where(:not(html)) { all: unset; display: revert } * { background: transparent !important }',
    });
    document.head.append(reset);
    try {
      const el = await fixture(html`<test-widget color-scheme="dark"></test-widget>`);
      const wrapper = el.shadowRoot!.firstElementChild!;
      const ground = getComputedStyle(wrapper);
      expect(ground.backgroundColor).to.equal('rgb(22, 22, 22)');
      // A box with room around its text, not text against its edge.
      expect(parseFloat(ground.paddingInlineStart)).to.be.above(8);
      expect(contrastRatio(token(el, '--_text'), token(el, '--_surface'))).to.be.at.least(4.5);
      // A field's outline against the surface: 3:1 (WCAG 1.4.11), in both schemes.
      for (const scheme of ['dark', 'light']) {
        el.setAttribute('color-scheme', scheme);
        expect(contrastRatio(token(el, '--_field-border'), token(el, '--_surface')), scheme).to.be.at.least(3);
      }
    } finally {
      reset.remove();
    }
  });

  it('paints its own light ground, so a dark page does not swallow its dark text, unless told to show the page', async () => {
    const box = await fixture(html`<div style="background: #1b1b35; color: #eee"><test-widget></test-widget></div>`);
    const el = box.firstElementChild as HTMLElement;
    const message = el.shadowRoot!.querySelector('.state')!;
    expect(message.textContent).to.equal('Chargement des données…');
    const ground = getComputedStyle(el.shadowRoot!.firstElementChild!);
    expect(ground.backgroundColor).to.equal('rgb(255, 255, 255)');
    // A box with room around its text, not text against the edge of a white band.
    expect(parseFloat(ground.paddingInlineStart)).to.be.above(8);
    expect(parseFloat(ground.borderTopLeftRadius)).to.be.above(4);
    // A tinted card surface does not tint the whole widget.
    el.style.setProperty('--ancrage-surface', '#f3f7f2');
    expect(ground.backgroundColor).to.equal('rgb(255, 255, 255)');
    // On a light page whose tint a town wants to keep, lined up with the page's text.
    el.style.setProperty('--ancrage-ground', 'transparent');
    el.style.setProperty('--ancrage-inset', '0');
    expect([ground.backgroundColor, ground.paddingInlineStart]).to.deep.equal(['rgba(0, 0, 0, 0)', '0px']);
  });

  it('keeps a hero section’s text shadow, text stroke and caret colour out of its text, on its own white ground', async () => {
    const section = await fixture(
      html`<section style="background: #1d3557; color: #fff; text-shadow: 0 2px 4px rgba(0, 0, 0, 0.9); -webkit-text-stroke: 1px red; caret-color: red">
        <test-widget></test-widget>
      </section>`,
    );
    const style = getComputedStyle(section.firstElementChild!.shadowRoot!.querySelector('.state')!);
    expect([style.textShadow, style.webkitTextStrokeWidth, style.caretColor]).to.deep.equal(['none', '0px', style.color]);
  });

  it('keeps a page’s own --_* properties out (the “private” idiom’s everyday names), with or without a feed theme', async () => {
    const looks = (widgets: HTMLElement[]) =>
      widgets.flatMap((w) =>
        [...w.shadowRoot!.querySelectorAll('*')].map((node) => {
          const [{ color, backgroundColor, borderTopColor, borderTopLeftRadius, stroke }, dot] = [getComputedStyle(node), getComputedStyle(node, '::before')];
          return [color, backgroundColor, borderTopColor, borderTopLeftRadius, stroke, dot.backgroundColor].join();
        }),
      );
    const projects = ['a', 'b', 'c'].map((id) => project(id, { status: 'completed', description: 'Fini.' }));
    const budgets = [budget(2025, 100, { committed: 80 })];
    const themed = { ...publisher(), theme: { primary: '#6a1b9a', radius: '4px' } };
    const widgets = await Promise.all([
      mountWidget('ancrage-project-cards', feed({ projects }), { 'page-size': '2', filters: true }),
      mountWidget('ancrage-project-cards', feed({ publishers: [themed], projects }), { 'page-size': '2' }),
      mountWidget('ancrage-budget-gauge', feed({ budgets })),
    ]);
    const before = looks(widgets);
    const page = document.head.appendChild(document.createElement('style'));
    page.textContent = `:root { --_feed-primary: #0f0; --_feed-on-primary: #f0f; --_feed-accent: #f00; --_feed-surface: #000;
      --_feed-text: #0f0; --_feed-radius: 0; --_dot: #f0f; --_text: #f00; --_surface: #000; --_radius: 0; --_accent: #0ff }`;
    try {
      expect(looks(widgets)).to.deep.equal(before);
    } finally {
      page.remove();
    }
  });

  it('follows the system with color-scheme="auto"', async () => {
    const el = await fixture(html`<test-widget color-scheme="auto"></test-widget>`);
    await emulateMedia({ colorScheme: 'dark' });
    expect(token(el, '--_surface')).to.equal('#161616');
    await emulateMedia({ colorScheme: 'light' });
    expect(token(el, '--_surface')).to.equal('#ffffff');
  });

  it('prints dark text, and buttons as their words, whatever the colour scheme (paper is white, backgrounds are not printed)', async () => {
    const [dark, auto] = [await fixture(html`<test-widget color-scheme="dark"></test-widget>`), await fixture(html`<test-widget color-scheme="auto"></test-widget>`)];
    // Styled as the widgets' own buttons are ("Voir plus": white on the primary colour).
    const button = dark.shadowRoot!.appendChild(Object.assign(document.createElement('button'), { className: 'more', textContent: 'Voir plus' }));
    button.style.cssText = 'color: #fff; border: 1px solid';
    await emulateMedia({ colorScheme: 'dark' });
    expect(token(dark, '--_text'), 'on screen').to.equal('#eeeeee');
    expect(getComputedStyle(button).borderTopWidth, 'on screen').to.equal('1px');
    await emulateMedia({ media: 'print' });
    for (const el of [dark, auto]) expect(token(el, '--_text'), el.getAttribute('color-scheme')!).to.equal('#1e1e1e');
    // Still there, saying what is left out, in the text's colour, without its box.
    expect(getComputedStyle(button).display).not.to.equal('none');
    expect(getComputedStyle(button).color).to.equal('rgb(30, 30, 30)');
    expect(getComputedStyle(button).borderTopWidth).to.equal('0px');
    await emulateMedia({ media: 'screen' });
  });

  it('uses system colours in forced-colors mode', async () => {
    const el = await fixture(html`<test-widget></test-widget>`);
    const message = el.shadowRoot!.querySelector('.state')!;
    expect(getComputedStyle(message).borderTopStyle).to.equal('none');
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(getComputedStyle(message).borderTopStyle).to.equal('solid');
  });

  it('keeps its text under an old theme’s font-size: 0 (the gap trick for inline-blocks), and its size otherwise', async () => {
    const zero = await fixture(html`<div style="font-size: 0"><test-widget></test-widget></div>`);
    expect(getComputedStyle(zero.querySelector('test-widget')!).fontSize).to.equal('16px');
    const small = await fixture(html`<div style="font-size: 13px"><test-widget></test-widget></div>`);
    expect(getComputedStyle(small.querySelector('test-widget')!).fontSize).to.equal('13px');
  });

  it('keeps each widget’s usual room while its feed loads, so the page’s text below does not jump when it shows', async () => {
    const cases = [
      ['ancrage-project-cards', 40],
      ['ancrage-partner-list', 35],
      ['ancrage-budget-gauge', 18],
    ] as const;
    for (const [tag, em] of cases) {
      // `data = null`: no data yet.
      const el = await mountWidget<HTMLElement & { state: string; updateComplete: Promise<boolean> }>(tag, null);
      const fontSize = parseFloat(getComputedStyle(el).fontSize);
      expect(el.state, tag).to.equal('loading');
      expect(el.getBoundingClientRect().height, tag).to.be.closeTo(em * fontSize, 0.5);
      // The page's own height, or none.
      el.style.setProperty('--ancrage-loading-height', '10em');
      expect(el.getBoundingClientRect().height, tag).to.be.closeTo(10 * fontSize, 0.5);
      el.style.setProperty('--ancrage-loading-height', '0');
      expect(el.getBoundingClientRect().height, tag).to.be.below(6 * fontSize);
    }
    // Shown, the widget takes its content's height: one partner is shorter than the list's room.
    const shown = await mountWidget<HTMLElement & { state: string }>('ancrage-partner-list', feed({ partners: [partner('a', { name: 'Alpha' })] }));
    expect(shown.state).to.equal('ready');
    expect(shown.getBoundingClientRect().height).to.be.below(20 * parseFloat(getComputedStyle(shown).fontSize));
  });

  it('sizes in em, so a host html { font-size: 62.5% } does not shrink the widget', async () => {
    await setViewport({ width: 800, height: 600 });
    document.documentElement.style.fontSize = '62.5%';
    const wrapper = await fixture(html`<div style="font-size: 16px"><test-widget></test-widget></div>`);
    const message = wrapper.querySelector('test-widget')!.shadowRoot!.querySelector('.state')!;
    expect(getComputedStyle(message).paddingTop).to.equal('16px');
    document.documentElement.style.fontSize = '';
  });
});
