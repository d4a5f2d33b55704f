import { LitElement, adoptStyles, html, nothing, type CSSResult, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { feedUrl, loadFeed, logFeedIssues, pageLoad } from '../feed/load.js';
import { fatalResult, parseFeed } from '../feed/parse.js';
import { pickTag, pickText, unwrapped } from '../feed/text.js';
import type { FatalCode, Feed, FeedResult, Publisher, Text } from '../feed/types.js';
import { FALLBACK_LANGUAGE, baseLanguage, isKnownLanguage, uiLanguage, wellFormedTag, type Catalog, type CommonMessages } from '../i18n/index.js';
import { formatNumber } from '../i18n/format.js';
import { applyFeedTheme, tokenStyles } from '../theme/tokens.js';
import { byText, idAttribute } from './converters.js';
import { emit } from './events.js';
// Kept in the declarations, as `emit` is not: each widget's types bring the events' (`addEventListener('ancrage-feed-load', …)`).
import './events.js';
import { listWords } from './list-words.js';

export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';
export type ColorScheme = 'light' | 'dark' | 'auto';

/**
 * The widgets' property declarations. A keyword property's (`layout`, `measure`) lists the
 * `words` it knows, and whether it takes a `list` of them (`themes`): it is read as HTML reads its
 * own keywords, in any case, without the blanks and quotes a CMS leaves around it (`layout="Grid "`,
 * `variant=”bar”`), set as an attribute or as a property (React 19 and Vue set properties); a
 * word it does not know is told in the console with those it does. A reflected one is written
 * back so once the widget updates (styles select it with `i` until then).
 */
export type Declarations = Record<string, PropertyDeclaration & { words?: readonly string[]; list?: true }>;

/** Two values of `feed` naming one feed (`undefined`, `null` and `''` name none, and differ). */
const sameFeed = (a: unknown, b: unknown) => a === b || (a != null && b != null && (feedUrl(String(a)) ?? a) === (feedUrl(String(b)) ?? b));

/** `data` objects already parsed, so widgets handed the same object parse it once. */
const parsedData = new WeakMap<object, FeedResult>();

/** Connected widgets, re-rendered when an ancestor's `lang` changes (a site's language switcher). */
const connected = new Set<AncrageElement<CommonMessages>>();
let langObserver: MutationObserver | undefined;
const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/**
 * What every Ancrage widget shares: the feed (loaded once per page and
 * parsed), the `publisher` scope, the reader's language, the publisher's
 * theme, and a state a person can read.
 *
 * Subclasses render the ready feed in `renderContent` and say when it has
 * nothing to show in `isEmpty`.
 *
 * The CSS properties' defaults are the light scheme's; `color-scheme="dark"` has its own palette.
 *
 * @fires {AncrageEvent<'ancrage-feed-load'>} ancrage-feed-load - The feed loaded and is shown (`state` is set). `detail: { url, warnings }`.
 * @fires {AncrageEvent<'ancrage-feed-error'>} ancrage-feed-error - The feed could not be used, or not displayed; the error is shown. `detail: { url, message }`.
 *
 * @cssproperty [--ancrage-primary=#000091] - Main colour: links, buttons, focus rings, heading rules.
 * @cssproperty [--ancrage-on-primary=#ffffff] - Text on the main colour.
 * @cssproperty [--ancrage-accent=#18753c] - Second colour: the gauge's fill.
 * @cssproperty [--ancrage-surface=#ffffff] - Background of cards and panels.
 * @cssproperty [--ancrage-ground=#ffffff] - In the light scheme, the ground behind the whole widget; `transparent` shows a light page's own tint.
 * @cssproperty [--ancrage-inset=0.75em] - Room between the widget's ground and its content; `0` lines it up with the page's text.
 * @cssproperty [--ancrage-text=#1e1e1e] - Body text.
 * @cssproperty [--ancrage-muted=#595959] - Secondary text, and the outline of text fields and selects unless `--ancrage-border` is set.
 * @cssproperty [--ancrage-border=#8a8a8a] - Borders and separators; set, it outlines text fields and selects too (keep 3:1 on your ground).
 * @cssproperty [--ancrage-track=#e5e5e5] - The gauge's empty track, and the far end of a card's image placeholder.
 * @cssproperty [--ancrage-subtle=#f4f4f6] - Quiet backgrounds (state messages, tags).
 * @cssproperty [--ancrage-radius=0.5em] - Corner radius.
 * @cssproperty [--ancrage-spacing=1em] - Base spacing unit.
 * @cssproperty [--ancrage-font-family=inherit] - Font: the host page's unless set.
 *
 * @csspart state - The loading, error and empty message (a polite live region).
 */
export abstract class AncrageElement<M extends CommonMessages = CommonMessages> extends LitElement {
  static override styles = [tokenStyles];

  // Declared here rather than with decorators: 0.45 KB less gzip. The fields below keep their
  // types and docs; `useDefineForClassFields: false` keeps them from shadowing Lit's accessors.
  // Internal state says `attribute: false` too, or the manifest would list it as attributes.
  static override properties: Declarations = {
    feed: { hasChanged: byText },
    publisher: { converter: idAttribute },
    // Its accessor is below: a native one's.
    lang: { noAccessor: true },
    colorScheme: { attribute: 'color-scheme', reflect: true, words: ['light', 'dark', 'auto'] },
    // Its accessor is below: read-only.
    state: { reflect: true, noAccessor: true },
    data: { attribute: false },
    feedData: { state: true, attribute: false },
    errorCode: { state: true, attribute: false },
  };

  /** The feed: a URL (relative to the page; a `URL` object too) or `#id` of a `<script type="application/json">` on the page. */
  feed?: string | URL;

  /** A publisher id: only that publisher's items in a multi-publisher feed. */
  publisher?: string;

  /** UI language. Else the nearest ancestor's `lang`, else the document's, else French. `''` without the attribute, as on any element. */
  declare lang: string;

  /** `light` (default), `dark`, or `auto` to follow the reader's system. */
  colorScheme: ColorScheme = 'light';

  private shownState: WidgetState = 'loading';

  /**
   * `loading`, `ready`, `empty` or `error`, reflected for styling and tests.
   * @readonly
   */
  get state(): WidgetState {
    return this.shownState;
  }

  // A write is ignored: the widget says what it shows. A `state` attribute written by hand is put back.
  set state(_: WidgetState) {
    this.requestUpdate();
  }

  /** A feed object given directly (frameworks, tests); skips fetching, same validation. `null` is no data. */
  data?: unknown;

  /** The last good feed: kept when a reload fails. */
  protected feedData?: Feed;
  private errorCode?: FatalCode;
  /** 1: the last update threw; 2: this update shows the error instead of the content. The next one tries again. */
  private renderFailed: 0 | 1 | 2 = 0;
  /** What the console was told of this widget (`tell`). */
  private told = new Set<string>();

  /** The reader's language, for the feed's own texts. */
  protected readerLang: string = FALLBACK_LANGUAGE;
  /** The language the page declares for the widget (`''`: none); `readerLang` falls back to French. */
  private declaredLang = '';
  /**
   * That `lang` as the page writes it, which the widget's words inherit: `“en”` or `fr-FR.UTF-8` is
   * read as `en` or `fr-FR`, but a screen reader reads no language from it.
   */
  private writtenLang: string | null = null;
  /** The locale for Intl: the reader's when its UI language is shipped, else the UI language. */
  protected locale: string = FALLBACK_LANGUAGE;
  /** What the widget says, in every shipped language: its own catalog from `src/i18n/`. */
  protected abstract readonly messages: Catalog<M>;
  /** What the widget says, in the reader's language (set before each render). */
  protected t!: M;
  private loadCount = 0;
  /** The other page (an iframe's) whose last `pagehide` takes the widget out of `connected`. */
  private hiddenWith?: Window;
  /** The newest load's promise, which a replaced one hands on. */
  private latestLoad?: Promise<void>;
  /** The page's load of the feed this widget shows (`loadFeed`'s shared promise), and its cache key. */
  private shownLoad?: Promise<unknown>;
  private shownKey?: string;
  /** The feed event of a load that ended while the widget was out of the page. */
  private unreported?: () => void;
  /** The search's count waiting for typing to pause: cleared when a count is said now, else it is said twice. */
  protected typingTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private noFeedTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    // For the web editor whose widget stays "loading" without a feed attribute (a CMS that
    // dropped it; an application that sets `data` after fetching it has three seconds), or hides
    // what follows it; by then the page is parsed.
    this.noFeedTimer = setTimeout(() => {
      const tag = this.localName;
      // `data = null` is an application's "not yet" (React's `useState(null)`): it has set it.
      if (this.feed == null && this.data === undefined) this.tell(`<${tag}> has no feed: set its feed attribute or its data property`);
      // `<ancrage-… />` closes nothing in HTML: what follows it became its content, never shown.
      if (this.firstElementChild || this.textContent!.trim()) this.tell(`<${tag}> does not show what is inside it: written <${tag} … />? Close it with </${tag}>`);
    }, 3e3);
    connected.add(this);
    // In another document (an editor's iframe canvas), whose page may go without disconnecting its
    // elements: they leave `connected` with it, else that whole page stays in memory.
    const view = this.ownerDocument.defaultView;
    // (Not a page kept in the back/forward cache, which comes back as it was: the listener stays for
    // the page's last `pagehide`.) Once per document it is put in.
    if (view && view !== window && this.hiddenWith !== view) {
      this.hiddenWith = view;
      view.addEventListener('pagehide', (event) => !event.persisted && this.ownerDocument.defaultView === view && this.leave());
    }
    this.restyle();
    // Moved under another `lang` (a framework's portal, a CMS block moved): no attribute changed.
    if (this.hasUpdated && this.resolveLanguage() !== this.declaredLang) this.requestUpdate();
    // A load that ended while out of the page: said once the widget shows it, in its language here.
    const report = this.unreported;
    this.unreported = undefined;
    if (report) void this.updateComplete.then(report, report);
    // Back after a reload of its feed that it missed out of the page (a tab panel, a framework keeping it
    // alive): that answer, as the widgets that stayed show it (it showed the old one beside them). Only
    // the same feed's (a relative address, after the app's navigation, names another), never a failed one.
    const newer = this.shownKey && this.data == null && feedUrl(String(this.feed)) === this.shownKey && pageLoad(this.shownKey);
    if (newer && newer !== this.shownLoad) void this.load(false);
    // Only the widgets whose language changed: setting one widget's `lang` must not re-render the others.
    langObserver ??= new MutationObserver(() =>
      connected.forEach((el) => el.resolveLanguage() !== el.declaredLang && el.requestUpdate()),
    );
    if (connected.size === 1) addEventListener('online', AncrageElement.refetchAfterNetworkError);
    // The document, and every shadow root the widget sits in (a design system's component), whose
    // ancestors' `lang` the document's subtree does not reach. Observing a node again changes nothing.
    let root = this.getRootNode();
    for (; root.nodeType == 11 && (root as ShadowRoot).host; root = (root as ShadowRoot).host.getRootNode()) langObserver.observe(root, LANG_CHANGES);
    langObserver.observe(this.ownerDocument.documentElement, LANG_CHANGES);
  }

  /**
   * The page's HTML may give the tag a root already (a page saved with its widgets drawn): an open
   * one is emptied (its copy showed beside the widget), a closed one taken (asking for an open one
   * threw). First connected in another document (an iframe), the root takes sheets made in that
   * one: Lit's, the page's, are refused there.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const options = (this.constructor as typeof AncrageElement).shadowRootOptions;
    let root = this.shadowRoot;
    root?.replaceChildren();
    try {
      root ??= this.attachShadow(options);
    } catch {
      root = this.attachShadow({ ...options, mode: 'closed' });
    }
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    // (Without `adoptedStyleSheets`, before Safari 16.4, Lit's `<style>` elements go anywhere.)
    if (!view || view == window || !('adoptedStyleSheets' in view.ShadowRoot.prototype)) adoptStyles(root, (this.constructor as typeof AncrageElement).elementStyles);
    else this.restyle(root);
    return root;
  }

  /**
   * Moved into another document (an iframe: an editor's canvas, a pop-out), the shadow root
   * drops style sheets made in the first one, and the widget showed unstyled (the gauge a black
   * disc); they are made again in that document's window, and the first ones taken back on return.
   */
  private restyle(root = this.renderRoot as ShadowRoot): void {
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    // (No `adoptedStyleSheets` before Safari 16.4: Lit put `<style>` elements, which move with the root.)
    if (!view || !root?.adoptedStyleSheets || root.adoptedStyleSheets[0]?.constructor === view.CSSStyleSheet) return;
    root.adoptedStyleSheets = (this.constructor as typeof AncrageElement).elementStyles.map((style) => {
      const sheet = (style as CSSResult).styleSheet!;
      if (view === window) return sheet;
      const copy = new view.CSSStyleSheet();
      copy.replaceSync((style as CSSResult).cssText);
      return copy;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typingTimer);
    clearTimeout(this.announceTimer);
    clearTimeout(this.noFeedTimer);
    this.leave();
  }

  /** Out of the widgets the page's listeners serve; the last one out takes them away. */
  private leave(): void {
    connected.delete(this);
    if (!connected.size) {
      langObserver?.disconnect();
      removeEventListener('online', AncrageElement.refetchAfterNetworkError);
    }
  }

  /** Fetches the feed again (or joins a fetch of it under way), for every widget of the page reading it; the last good feed stays on failure. */
  reload(): Promise<void> {
    return this.load(true);
  }

  /**
   * Back online (a phone out of a tunnel): the widgets whose feed failed for the network
   * fetch it again, one request per feed (`loadFeed` joins a reload under way); the error
   * stays shown until the answer.
   */
  private static refetchAfterNetworkError(): void {
    for (const el of connected) if (el.errorCode == 'network' || el.errorCode == 'timeout') void el.load(true);
  }

  /** The items of this widget's feed, or `undefined` before it loads. */
  protected abstract renderContent(feed: Feed): unknown;
  /** Whether nothing is in scope; reads what `derive` computed. */
  protected abstract isEmpty(feed: Feed): boolean;
  /**
   * What the widget computes from the feed, its attributes and the language, once they
   * are settled and before the state is: runs on every update that has a feed.
   */
  protected derive(_feed: Feed, _changed: PropertyValues): void {}
  /** What the empty state says. */
  protected abstract emptyMessage(): string;
  /** Whether `renderContent` still runs in the empty state, for what leads out of it (the gauge's year switcher). */
  protected rendersWhenEmpty(): boolean {
    return false;
  }

  /**
   * A render that fails (a page's script broke something the widget relies on, as a malformed
   * `lang` once made `Intl` throw) is told to the page's developer, whenever it happens: neither
   * silence nor an unhandled rejection in the host page.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      console.warn(`Ancrage: <${this.localName}> could not render:`, error);
      // Shown as an error, without the content, rather than left on "Chargement…" while `state`
      // says `ready`; not again should that fail too.
      if (!this.renderFailed) {
        this.renderFailed = 1;
        this.requestUpdate();
      }
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // After the error was shown: the changes of the updates that failed were lost, so all that is
    // drawn from the feed is drawn again.
    if (this.renderFailed == 2) changed.set('feedData', this.feedData);
    this.renderFailed = this.renderFailed == 1 ? 2 : 0;
    // `data` wins over `feed`: another address while `data` is set changes nothing shown, and says nothing.
    // `null` is no data, as frameworks mean it (React's `useState(null)`, a Vue prop taken away).
    const noData = this.data == null;
    // Another address, not the same one written otherwise (`flux.json`, its absolute URL, a `URL`
    // object), nor set to another and back before this update: the widget would load it again.
    const feedChanged = changed.has('feed') && noData && !sameFeed(changed.get('feed'), this.feed);
    // The same object set again, or `undefined` for `null`, is no change.
    const dataChanged = changed.has('data') && (changed.get('data') ?? null) !== (this.data ?? null);
    if (feedChanged || dataChanged) {
      // Another address, or the data taken away: the previous feed's items, error and theme must
      // not stand for this one while it loads, nor after it fails. (A failed reload, or a later
      // `data` that is no feed, keeps the last good feed: feed-v1's "keeps any earlier good data".)
      if (noData) this.feedData = this.errorCode = undefined;
      void this.load(false);
    }
    this.settleLanguage();
    const declarations = (this.constructor as typeof AncrageElement).elementProperties as Map<string, Declarations[string]>;
    for (const [name, { words, list, attribute, converter }] of declarations) {
      let value = this[name as keyof this] as unknown;
      // An id set as a property (React, Vue) is read as the attribute is: `Besançon` is `besancon`.
      if (converter == idAttribute && changed.has(name) && typeof value == 'string') (this as Record<string, unknown>)[name] = idAttribute(value);
      if (!words || !changed.has(name)) continue;
      if (typeof value == 'string') (this as Record<string, unknown>)[name] = value = unwrapped(value).toLowerCase();
      // An array a framework set keeps its own case: the widget reads it in any.
      const given = list ? listWords(value, 'lower') : value ? [value as string] : [];
      this.warnUnknown(String(attribute ?? name), value, words, given);
    }
    if (changed.has('feedData') || changed.has('publisher')) {
      applyFeedTheme(this, this.themePublisher()?.theme);
      if (this.feedData) this.warnUnknown('publisher', this.publisher, this.feedData.publishers.map(({ id }) => id));
    }
    // Not while the error is shown: what failed may be in there.
    if (this.feedData && !this.renderFailed) this.derive(this.feedData, changed);
    this.shownState = this.errorCode || this.renderFailed
      ? 'error'
      : !this.feedData
        ? 'loading'
        : this.isEmpty(this.feedData)
          ? 'empty'
          : 'ready';
    // Reflected when the attribute says otherwise: changed, or written by hand.
    const written = this.getAttribute('state');
    if (written !== this.shownState) this.requestUpdate('state', written);
  }

  protected override render() {
    const { state, t, feedData } = this;
    const message =
      state === 'loading'
        ? t.loading
        : state === 'error'
          ? this.errorMessage()
          : state === 'empty'
            ? this.emptyMessage()
            : '';
    // One live region, always in the DOM: its text changes only with the state, so it is announced once.
    // The widget's words are in `locale`'s language: marked unless the page writes it so (WCAG 3.1.2).
    // Both shipped languages run left to right, on a right-to-left page too ("72 %", not "% 72").
    return html`<div dir="ltr" lang=${this.locale === this.writtenLang ? nothing : this.locale}
      ><p class="state" part="state" role="status">${message}</p>
      ${feedData && !this.renderFailed && (state !== 'empty' || this.rendersWhenEmpty()) ? this.renderContent(feedData) : nothing}</div
    >`;
  }

  /**
   * Runs `announce` once the reader stops typing (500 ms): a search's result count is
   * spoken once per search, not at every key.
   */
  protected whenTypingPauses(announce: () => void): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(announce, 500);
  }

  /**
   * Sets what a live region says through `set`. The same again is cleared, then set a moment
   * later: unchanged, the region would say nothing (another filter, the same count).
   */
  protected announce<T>(next: T, current: T | undefined, set: (value: T | undefined) => void): void {
    // A newer count replaces one still waiting to be said again, or for typing to pause.
    clearTimeout(this.announceTimer);
    clearTimeout(this.typingTimer);
    if (next !== current) return set(next);
    set(undefined);
    this.announceTimer = setTimeout(() => set(next), 100);
  }

  /** A feed Text in the reader's language. */
  protected text(value: Text | undefined): string {
    return pickText(value, this.readerLang, this.feedData?.language ?? FALLBACK_LANGUAGE);
  }

  /**
   * A feed Text's `lang` attribute: the tag of the entry the reader gets when it is not in
   * the widget's language (an English page showing a French-only title), else nothing;
   * nothing too for a tag no language answers to (`zz`): a wrong mark is worse than none.
   */
  protected langOf(value: Text | undefined): string | typeof nothing {
    const tag = pickTag(value, this.readerLang, this.feedData?.language ?? FALLBACK_LANGUAGE);
    return tag && baseLanguage(tag) !== baseLanguage(this.locale) && isKnownLanguage(tag) ? tag : nothing;
  }

  /** A feed Text as a `<span>` carrying its `lang` (see `langOf`), for a text set among the widget's words. */
  protected textSpan(value: Text | undefined): TemplateResult {
    return html`<span lang=${this.langOf(value)}>${this.text(value)}</span>`;
  }

  /**
   * Tells the page's developer that an attribute names an id the feed does not have
   * (`publisher="bellevall"`), or, for a list of `words`, each one unknown (`themes="eau"`).
   */
  protected warnUnknown(attribute: string, value: unknown, known: readonly string[], words?: string[]): void {
    const unknown = (words ?? (value ? [value as string] : [])).filter((word) => !known.includes(word));
    if (unknown.length) {
      // Every keyword; ten ids are enough to spot a typo, and a network's feed may have thousands:
      // then those closest to what was written (the longest start in common).
      const start = (other: string) => {
        const differs = [...other].findIndex((c, i) => c !== String(value)[i]);
        return differs < 0 ? other.length : differs;
      };
      const some =
        words || known.length < 11 ? known.join(', ') : [...known].sort((a, b) => start(b) - start(a)).slice(0, 10).join(', ') + ', …';
      // An id as the page writes it (`Besançon`), for the web editor to find; anything else as read
      // (a year the switcher set since, a keyword).
      const written = this.getAttribute(attribute);
      const shown = !words && written && idAttribute(written) === value ? written : value;
      this.tell(`<${this.localName}> ${attribute}="${shown}"${words ? `: ${unknown.join(', ')} unknown (known: ${some})` : ` is not in the feed (${some})`}`);
    }
  }

  /** Tells the page's developer `message`, once: a reload, a reconnection or another update says nothing new. */
  protected tell(message: string): void {
    if (!this.told.has(message)) console.warn(`Ancrage: ${this.told.add(message) && message}`);
  }

  /** Whether an item belongs to the `publisher` scope. */
  protected inScope(item: { publisher: string }): boolean {
    return !this.publisher || item.publisher === this.publisher;
  }

  /** Whose item it is, on a feed of several authorities shown together (a network's); else nothing to say. */
  protected ownerOf(item: { publisher: string }): Text | undefined {
    const publishers = this.feedData?.publishers ?? [];
    return this.publisher || publishers.length < 2 ? undefined : publishers.find(({ id }) => id === item.publisher)?.name;
  }

  private errorMessage(): string {
    const { t, errorCode } = this;
    // Offline, the reader's connection is at fault, not the server, and the feed comes back by itself.
    const reason = errorCode == 'network' && !navigator.onLine ? t.offline : t.errorReason[errorCode ?? 'not-object'];
    return errorCode || !this.renderFailed ? `${t.error} ${reason}` : t.renderError;
  }

  private themePublisher(): Publisher | undefined {
    const publishers = this.feedData?.publishers ?? [];
    return this.publisher
      ? publishers.find((p) => p.id === this.publisher)
      : publishers.length === 1
        ? publishers[0]
        : undefined;
  }

  private settleLanguage(): void {
    this.writtenLang = this.langAttribute();
    this.declaredLang = this.resolveLanguage();
    this.readerLang = this.declaredLang || FALLBACK_LANGUAGE;
    const ui = uiLanguage(this.readerLang);
    this.t = this.messages[ui];
    this.locale = baseLanguage(this.readerLang) === ui ? this.readerLang : ui;
  }

  /** The language the page declares for this widget, `''` for none (no `lang`, or `lang=""`: unknown), well formed. */
  private resolveLanguage(): string {
    return wellFormedTag(unwrapped(this.langAttribute() ?? ''));
  }

  /** The `lang` attribute the widget takes its language from, its own or its nearest ancestor's, as written; null for none. */
  private langAttribute(): string | null {
    // Its own `lang=""` says the language is unknown, as an ancestor's would.
    if (this.hasAttribute('lang')) return this.lang;
    for (let node: Node | null = this.parentNode; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      // Not `instanceof Element`: a widget moved into an iframe meets that document's `Element`.
      const lang = node.nodeType == 1 ? (node as Element).getAttribute('lang') : null;
      if (lang !== null) return lang;
    }
    return null;
  }

  /**
   * Loads the feed or parses `data`, and shows it. Settled once the widget shows the newest load's
   * answer: a load another one replaced meanwhile (a second `reload()` at once) waits for that one.
   */
  private load(reload: boolean): Promise<void> {
    const shown = this.loadAndShow(reload);
    const loadId = this.loadCount;
    return (this.latestLoad = shown.then(() => (loadId === this.loadCount ? undefined : this.latestLoad)));
  }

  private async loadAndShow(reload: boolean): Promise<void> {
    const loadId = ++this.loadCount;
    this.shownKey = this.shownLoad = undefined;
    if (this.data != null) return this.apply(this.parseData(this.data, reload), null, loadId);
    // No attribute: nothing to load yet. An empty one is a feed address that is missing, and said so.
    // A framework may set a URL object, or any value: its string is the address.
    if (this.feed == null) return;
    const feed = unwrapped(String(this.feed));
    // Relative to the document's base URL, `loadFeed`'s default. An empty address (a CMS that emptied
    // it) is not loaded: said here with the tag, as this widget's other messages are (the loader's
    // own message names no widget); its result's message is never shown.
    if (!feed) this.tell(`<${this.localName}> feed="${this.feed}": the feed address is empty`);
    const loading = feed ? (this.shownLoad = loadFeed(feed, { reload })) : Promise.resolve({ ...fatalResult('not-found', ''), url: '' });
    // The page's first `Intl` object loads the browser's locale data: 30 to 60 ms here, four
    // times that on a cheap phone. Made while the feed downloads, not in the task that shows it.
    // Never an error of the page's: an `Intl` its scripts broke is told by the render that needs it.
    setTimeout(() => {
      try {
        formatNumber(this.locale, 0);
      } catch {}
    });
    // A reload is the page's: every other widget on that feed (the same cache key) shows its answer
    // too, and says so. `load(false)` reloads nothing: no loop. Detached: not `connected`.
    const url = (this.shownKey = feedUrl(feed));
    const others = () => [...connected].filter((el) => el !== this && el.data == null && el.feed != null && feedUrl(String(el.feed)) === url);
    if (reload && url) for (const el of others()) void el.load(false);
    const result = await loading;
    // Shown in a task of its own, not in the one that validated the feed: a shorter longest task for
    // a reader's click to wait behind, with a large feed; each widget of the page on one feed in its own.
    await new Promise((resolve) => setTimeout(resolve));
    // A newer feed or data arrived meanwhile: this answer is stale.
    if (loadId !== this.loadCount) return;
    await this.apply(result, feed.startsWith('#') ? feed : result.url, loadId);
    // Fetched again for this widget after it failed for others still showing the error (a single-page
    // app's next view): they show it too. (Their own load finds no other in error: no loop.)
    if (result.ok && !reload && url) for (const el of others()) if (el.errorCode) void el.load(false);
  }

  /** Parses `data` once per object; `reload()` parses it again (an object changed in place). */
  private parseData(data: unknown, reload: boolean): FeedResult {
    const key = typeof data === 'object' ? (data as object) : undefined;
    let result = key && !reload ? parsedData.get(key) : undefined;
    if (!result) {
      result = parseFeed(data, { baseUrl: document.baseURI });
      logFeedIssues('data', result);
      if (key) parsedData.set(key, result);
    }
    return result;
  }

  /** Takes a load's result; its event fires once the widget shows it, so a listener reads the new `state` and DOM. */
  private async apply(result: FeedResult & { feed?: Feed }, url: string | null, loadId: number): Promise<void> {
    if (result.ok) {
      this.feedData = result.feed;
      this.errorCode = undefined;
    } else {
      this.feedData = result.feed ?? this.feedData;
      this.errorCode = result.error.code ?? 'not-object';
    }
    // The same error again may read otherwise: offline then, back online now.
    this.requestUpdate();
    // Never connected, the widget does not render: nothing to wait for. Until no update is left: a
    // render that failed is followed by the one that shows the error.
    if (this.hasUpdated || this.isConnected) while (!(await this.updateComplete));
    // Another load's result is shown now: this one's event would describe what is not there.
    if (loadId !== this.loadCount) return;
    const report = () =>
      result.ok && !this.renderFailed
        ? emit(this, 'ancrage-feed-load', { url, warnings: result.warnings })
        : // The message in the reader's language, as shown (settled again for a widget that never rendered).
          (this.settleLanguage(), emit(this, 'ancrage-feed-error', { url, message: this.errorMessage() }));
    // Taken out of the page while loading (a tab panel, a framework keeping it alive): said when
    // it is back, where the page's listeners on `document` hear it.
    if (this.hasUpdated && !this.isConnected) this.unreported = () => loadId === this.loadCount && report();
    else report();
  }
}

// `lang` keeps the native behaviour a page's scripts expect: a string, `''` without the
// attribute, set through the attribute at once. Lit sets it from the attribute too, after the
// attribute changed: the old value is gone by then, so every set re-renders.
Object.defineProperty(AncrageElement.prototype, 'lang', {
  get(this: AncrageElement) {
    return this.getAttribute('lang') ?? '';
  },
  set(this: AncrageElement, value: unknown) {
    if (value == null) this.removeAttribute('lang');
    else this.setAttribute('lang', String(value));
    this.requestUpdate();
  },
  configurable: true,
});
