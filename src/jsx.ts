// `ancrage/jsx`: the tags typed for frameworks' templates (README, "The build").
// Types only: no module of the build imports this file, so it ships as dist/jsx.d.ts alone.
// Nothing here augments a framework's module: an app without that framework's types could not
// compile it. Each app plugs these types into its framework's JSX or components in a few lines.
import type { AncrageElement } from './base/ancrage-element.js';
import type { AncrageEvent, AncrageEventName } from './base/events.js';
import type { Feed } from './feed/types.js';
import type { AncrageBudgetGauge } from './components/budget-gauge/budget-gauge.js';
import type { AncragePartnerList } from './components/partner-list/partner-list.js';
import type { AncrageProjectCards } from './components/project-cards/project-cards.js';

/** Each widget's tag, its class, and the events it fires besides the feed's two (its class's `@fires`). */
interface Widgets {
  'ancrage-project-cards': { element: AncrageProjectCards; events: 'ancrage-project-toggle' };
  'ancrage-partner-list': { element: AncragePartnerList; events: never };
  'ancrage-budget-gauge': { element: AncrageBudgetGauge; events: 'ancrage-year-change' };
}

/** The widgets' tags. */
export type AncrageTag = keyof Widgets;

type Widget<Tag extends AncrageTag> = Widgets[Tag]['element'];
type Events<Tag extends AncrageTag> = 'ancrage-feed-load' | 'ancrage-feed-error' | Widgets[Tag]['events'];
type Listener<Name extends AncrageEventName> = (event: AncrageEvent<Name>) => void;

/** A widget's own public fields, its attributes: what its class adds to `AncrageElement`, methods aside. */
type OwnAttributes<W, Own extends keyof W = Exclude<keyof W, keyof AncrageElement>> = {
  [K in Own]: W[K] extends (...args: never[]) => unknown ? never : K;
}[Own];

/** Every widget's: `state` is left out, the widget sets it. */
type SharedAttributes = 'feed' | 'publisher' | 'lang' | 'colorScheme';

/** A widget's attributes and properties, typed as its class types them. */
type WidgetProperties<Tag extends AncrageTag> = Partial<Pick<Widget<Tag>, SharedAttributes | OwnAttributes<Widget<Tag>>>> & {
  /**
   * A feed object given directly. The class takes `unknown` and validates it; a template is
   * told that a string (a URL) is no feed. Not `Feed` alone: a feed-v1 document may leave out
   * what `parseFeed` fills in.
   */
  data?: Feed | Readonly<Record<string, unknown>> | null;
};

/** `headingLevel` → `heading-level`: each widget's attribute is its property's name so (the `attribute` of its `static properties`). */
type Kebab<Name extends string> = Name extends `${infer First}${infer Rest}`
  ? `${First extends Lowercase<First> ? First : `-${Lowercase<First>}`}${Kebab<Rest>}`
  : Name;

/** `ancrage-feed-load` → `ancrageFeedLoad`. */
type Camel<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : Name;

/** The property names and, for templates that set attributes (`heading-level={2}`), the attribute names. */
type AttributesAndProperties<Tag extends AncrageTag> = WidgetProperties<Tag> & {
  [K in keyof WidgetProperties<Tag> as Kebab<K & string>]: WidgetProperties<Tag>[K];
};

/** The global attributes a page sets on a widget (`lang` is among the widget's own). */
interface GlobalAttributes {
  class?: string;
  id?: string;
  style?: string;
  slot?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  hidden?: boolean;
}

/**
 * Each widget's props in JSX and Svelte templates, by tag: its attributes and properties, the
 * global attributes, and `on<event>` for each event it fires (`onancrage-feed-load`: React 19,
 * Preact, Svelte 5 and Solid add a listener for the event named after `on`, in that exact case).
 * `FrameworkProps` are what the framework adds to any element (React: `ref`, an object `style`);
 * they replace the props of the same name here.
 */
export type AncrageElements<FrameworkProps extends object = {}> = {
  [Tag in AncrageTag]: Omit<
    AttributesAndProperties<Tag> & GlobalAttributes & { [E in Events<Tag> as `on${E}`]?: Listener<E> },
    keyof FrameworkProps
  > &
    FrameworkProps;
};

/**
 * Each widget as Vue's templates see a component (`GlobalComponents`), by tag: the element, and as
 * its `$props` its properties (Vue's templates take them in kebab case too) and `on<Event>` for each
 * event, as Vue names `@ancrage-feed-load`. `class` and `style` are left to Vue, which takes objects.
 */
export type AncrageVueComponents = {
  [Tag in AncrageTag]: new () => Widget<Tag> & {
    $props: WidgetProperties<Tag> &
      Omit<GlobalAttributes, 'class' | 'style'> & { [E in Events<Tag> as `on${Capitalize<Camel<E>>}`]?: Listener<E> };
  };
};
