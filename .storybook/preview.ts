import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
// Written by `npm run build` (the custom-elements-manifest analyzer): the docs pages' tables.
import manifest from '../dist/custom-elements.json';
import { AXE_OPTIONS } from './axe-options.mjs';
import './preview.css';

interface Member {
  privacy?: string;
  static?: boolean;
  attribute?: string;
}
interface Declaration {
  members?: Member[];
  cssParts?: { name: string }[];
  [key: string]: unknown;
}
interface Manifest {
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
}

/**
 * The docs tables show the public API: private and protected members are the
 * implementation, and a property that has an attribute is listed once, as its
 * attribute (what a web editor writes), not twice with two controls.
 * Storybook keys every row by name, so a part named like an attribute
 * (`status`, `state`) would hide it: parts are named as CSS writes them.
 */
function publicApi({ modules, ...rest }: Manifest): Manifest {
  const shown = (m: Member) => (!m.privacy || m.privacy === 'public') && !m.static && !m.attribute;
  const clean = ({ members, cssParts, ...d }: Declaration): Declaration => ({
    ...d,
    members: members?.filter(shown),
    cssParts: cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
  });
  return { ...rest, modules: modules.map((module) => ({ ...module, declarations: module.declarations?.map(clean) })) };
}

setCustomElementsManifest(publicApi(manifest));

const WIDGETS = 'ancrage-project-cards, ancrage-partner-list, ancrage-budget-gauge';

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
type ArgTypes = ReturnType<ArgTypesEnhancer>;

/** A CSS custom property whose manifest default is a colour (`#000091`) gets a colour picker. */
const COLOUR = /^#[0-9a-f]{3,8}$/i;

/**
 * The rows the manifest adds to every widget's Controls, made to do what they say or
 * to be documentation only (Storybook's default for them is an inert "Set object"):
 * - a CSS custom property: a colour picker or a text field, which `applyCustomProperties`
 *   sets on the story's widgets (as a town's stylesheet would, and so kept in the dark scheme);
 * - an event, a `::part()` and `state` (read-only: the widget says what it shows): no control.
 */
const controlsThatWork: ArgTypesEnhancer = ({ argTypes }) => {
  const out: ArgTypes = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    if (category === 'css custom properties') {
      const byDefault = String(argType.table?.defaultValue?.summary ?? '');
      const colour = COLOUR.test(byDefault);
      out[name] = {
        ...argType,
        type: { name: 'string' },
        control: colour ? { type: 'color' } : { type: 'text' },
        description: `${argType.description ?? ''}${colour ? ' Set here on the widget, it is kept in the dark scheme too.' : ''}`.trim(),
      };
    } else if (category === 'events' || category === 'css shadow parts' || name === 'state') {
      // `{ disable: true }`, what a story's `control: false` becomes: a plain "-", no "Setup controls" link.
      out[name] = { ...argType, control: { disable: true } };
    } else out[name] = argType;
  }
  return out;
};

/** The `--ancrage-*` properties this story set on each widget, to take back those no longer set. */
const setByControls = new WeakMap<Element, Set<string>>();

/**
 * The CSS custom properties' controls: each value is set on every widget of the story
 * through `style.setProperty` (never a style attribute built from text), and a property
 * cleared in the panel is removed.
 */
function applyCustomProperties(args: Record<string, unknown>) {
  const values = Object.entries(args).filter(
    (entry): entry is [string, string] => entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
  return (wrapper?: Element) => {
    requestAnimationFrame(() => {
      for (const widget of wrapper?.querySelectorAll<HTMLElement>(WIDGETS) ?? []) {
        const before = setByControls.get(widget) ?? new Set<string>();
        const now = new Set(values.map(([name]) => name));
        for (const name of before) if (!now.has(name)) widget.style.removeProperty(name);
        for (const [name, value] of values) widget.style.setProperty(name, value);
        setByControls.set(widget, now);
      }
    });
  };
}

/**
 * Dark mode is the widgets' `color-scheme` attribute, not a CSS property: set it
 * on every widget of the story, and take it back off only where we put it.
 */
function applyScheme(dark: boolean) {
  return (wrapper?: Element) => {
    // The story's own template commits after this wrapper: wait for it.
    requestAnimationFrame(() => {
      for (const widget of wrapper?.querySelectorAll(WIDGETS) ?? []) {
        // `data-sb-dark` keeps the story's own scheme (none, `light` or `auto`) to restore it.
        const own = widget.getAttribute('data-sb-dark');
        if (dark) {
          if (own === null && widget.getAttribute('color-scheme') !== 'dark') {
            widget.setAttribute('data-sb-dark', widget.getAttribute('color-scheme') ?? '');
          }
          widget.setAttribute('color-scheme', 'dark');
        } else if (own !== null) {
          widget.removeAttribute('data-sb-dark');
          if (own) widget.setAttribute('color-scheme', own);
          else widget.removeAttribute('color-scheme');
        }
      }
    });
  };
}

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsThatWork],
  parameters: {
    // The town's canvas fills the frame (dark mode is a dark page, not a dark box).
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
    // The addon's panel checks what `test/storybook-axe.mjs` enforces on every story.
    a11y: { context: '#storybook-root', options: AXE_OPTIONS },
    options: {
      storySort: { order: ['Guides', 'Widgets'] },
    },
  },
  globalTypes: {
    town: {
      description: 'Thème de la ville (propriétés --ancrage-* posées par la page hôte)',
      toolbar: {
        title: 'Ville',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'default', title: 'Par défaut (thème du flux)' },
          { value: 'belleval', title: 'Belleval (bleu canard)' },
          { value: 'rouge', title: 'Ville rouge (serif, angles droits)' },
          { value: 'verte', title: 'Ville verte (arrondis)' },
          { value: 'dark', title: 'Mode sombre' },
        ],
      },
    },
    locale: {
      description: 'Langue de la page hôte (attribut lang)',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'fr', right: 'FR', title: 'Français' },
          { value: 'en', right: 'EN', title: 'English' },
        ],
      },
    },
  },
  initialGlobals: { town: 'default', locale: 'fr' },
  decorators: [
    (story, { globals, args }) => {
      const town = String(globals.town ?? 'default');
      const locale = String(globals.locale ?? 'fr');
      document.documentElement.lang = locale;
      return html`<div
        class="sb-town sb-town--${town}"
        lang=${locale}
        ${ref(applyScheme(town === 'dark'))}
        ${ref(applyCustomProperties(args))}
      >
        ${story()}
      </div>`;
    },
  ],
};

export default preview;
