import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { TestWidget } from './test-widget.js';
import { charBox, consoleWarnings } from '../fixtures/widget-dom.js';
import { feed, project, publisher } from '../fixtures/feed-builder.js';

const shadowText = (el: Element) => (el.shadowRoot as ShadowRoot).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: Element) => el.shadowRoot!.querySelector('[role="status"]') as HTMLElement;

const twoProjects = feed({
  publishers: [publisher('a'), publisher('b')],
  projects: [project('p1', { publisher: 'a', title: { fr: 'Eau potable', en: 'Drinking water' } }), project('p2', { publisher: 'b', title: 'Écoles' })],
});

describe('AncrageElement (the widget base)', () => {
  describe('states', () => {
    it('is loading, with a polite message, until it has a feed', async () => {
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      expect(el.state).to.equal('loading');
      expect(el.getAttribute('state')).to.equal('loading');
      expect(status(el).textContent).to.equal('Chargement des données…');
      await expect(el).to.be.accessible();
    });

    it('is ready with a feed given as data, and reflects it', async () => {
      const el = await fixture<TestWidget>(html`<test-widget .data=${twoProjects}></test-widget>`);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(shadowText(el)).to.include('Eau potable');
      expect(status(el).textContent).to.equal('');
      await expect(el).to.be.accessible();
    });

    for (const mode of ['open', 'closed']) {
      it(`takes the ${mode} root the tag came with in the page (a page saved with its widgets drawn), emptied, without an error`, async () => {
        const errors: unknown[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.error);
        window.addEventListener('error', onError);
        const page = document.createElement('div');
        document.body.append(page);
        try {
          page.setHTMLUnsafe(`<test-widget><template shadowrootmode="${mode}"><p>Copie enregistrée</p></template></test-widget>`);
          const el = page.firstElementChild as TestWidget;
          el.data = twoProjects;
          await el.updateComplete;
          expect(errors).to.deep.equal([]);
          expect(el.state).to.equal('ready');
          const shown = el.renderRoot.textContent!;
          expect(shown).to.include('Eau potable');
          expect(shown).not.to.include('Copie enregistrée');
          await expect(el).to.be.accessible();
        } finally {
          window.removeEventListener('error', onError);
          page.remove();
        }
      });
    }

    it('keeps `state` read-only: a write is ignored, an attribute written by hand put back', async () => {
      const el = await fixture<TestWidget>(html`<test-widget .data=${twoProjects}></test-widget>`);
      (el as { state: string }).state = 'error';
      expect(el.state, 'read at once').to.equal('ready');
      el.setAttribute('state', 'loading');
      expect(el.state).to.equal('ready');
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(shadowText(el)).to.include('Eau potable');
    });

    it('is empty, saying so, when nothing is in scope', async () => {
      const el = await fixture<TestWidget>(html`<test-widget publisher="nobody" .data=${twoProjects}></test-widget>`);
      expect(el.state).to.equal('empty');
      expect(status(el).textContent).to.equal('Aucun projet à afficher pour le moment.');
      await expect(el).to.be.accessible();
    });

    it('shows a translated error, no stack trace, and fires ancrage-feed-error', async () => {
      const el = document.createElement('test-widget') as TestWidget;
      el.lang = 'en';
      // What a listener sees when the event fires: the widget already shows the error.
      const error = new Promise<[CustomEvent, string, string]>((resolve) =>
        document.addEventListener('ancrage-feed-error', (e) => resolve([e, el.state, status(el).textContent ?? '']), { once: true }),
      );
      el.data = { version: '2', publishers: [publisher()] };
      document.body.append(el);
      const [{ detail, bubbles, composed }, stateThen, statusThen] = await error;
      expect([stateThen, statusThen]).to.deep.equal(['error', detail.message]);
      expect(detail).to.deep.equal({ url: null, message: "The data could not be loaded. The feed's version is missing or not supported." });
      expect([bubbles, composed]).to.deep.equal([true, true]);
      expect(status(el).textContent).to.equal(detail.message);
      expect(shadowText(el)).not.to.match(/Error|at \w+ \(|undefined/);
      // It looks unlike the calm empty message: a bar at its start.
      expect(parseFloat(getComputedStyle(status(el)).borderInlineStartWidth)).to.be.above(3);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('says so, without an uncaught error, when the feed attribute is not a valid address', async () => {
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
      window.addEventListener('unhandledrejection', onRejection);
      const error = oneEvent(document, 'ancrage-feed-error');
      const el = await fixture<TestWidget>(html`<test-widget lang="fr" feed="https://"></test-widget>`);
      const { detail } = await error;
      await el.updateComplete;
      await aTimeout(0);
      window.removeEventListener('unhandledrejection', onRejection);
      expect(rejections).to.deep.equal([]);
      expect(el.state).to.equal('error');
      expect(detail).to.deep.equal({ url: 'https://', message: "Les données n'ont pas pu être chargées. Le flux est introuvable." });
    });

    it('says the data cannot be found for an empty feed attribute (a CMS that emptied it), and tells the console of a missing one', async () => {
      const warnings = await consoleWarnings(async () => {
        const error = oneEvent(document, 'ancrage-feed-error');
        const empty = await fixture<TestWidget>(html`<test-widget feed="" lang="en"></test-widget>`);
        await waitUntil(() => empty.state === 'error', 'an error, not "loading" for ever');
        expect(status(empty).textContent).to.equal('The data could not be loaded. The feed could not be found.');
        expect((await error).detail).to.deep.equal({ url: '', message: 'The data could not be loaded. The feed could not be found.' });
        // Said once per widget, a reload included; another widget's blanks are said with its own value.
        await empty.reload();
        const blank = await fixture<TestWidget>(html`<test-widget feed="  "></test-widget>`);
        await waitUntil(() => blank.state === 'error', 'an error for blanks too');
        const none = await fixture<TestWidget>(html`<test-widget></test-widget>`);
        // `data = null`: the application's "not yet", said by the application itself.
        await fixture<TestWidget>(html`<test-widget .data=${null}></test-widget>`);
        // An application may still give it data once it has fetched them: not a word before 3 s.
        const late = await fixture<TestWidget>(html`<test-widget></test-widget>`);
        await aTimeout(1000);
        late.data = twoProjects;
        await aTimeout(2200);
        expect(none.state).to.equal('loading');
        expect(late.state).to.equal('ready');
      });
      // Each names its tag, as the widgets' other messages do.
      expect(warnings).to.deep.equal([
        'Ancrage: <test-widget> feed="": the feed address is empty',
        'Ancrage: <test-widget> feed="  ": the feed address is empty',
        'Ancrage: <test-widget> has no feed: set its feed attribute or its data property',
      ]);
    });

    it('tells the console when it could not render (something on the page broke what it relies on), rather than nothing', async () => {
      const proto = TestWidget.prototype as unknown as { renderContent(): unknown };
      const renderContent = proto.renderContent;
      proto.renderContent = () => {
        throw new RangeError('broken by the page');
      };
      try {
        const warnings = await consoleWarnings(async () => {
          const el = await fixture<TestWidget>(html`<test-widget></test-widget>`).catch(() => document.querySelector('test-widget') as TestWidget);
          el.data = twoProjects;
          await aTimeout(50);
        });
        expect(warnings).to.deep.equal(['Ancrage: <test-widget> could not render: RangeError: broken by the page']);
      } finally {
        proto.renderContent = renderContent;
      }
      // Broken after it rendered, then a re-render (another language): told too, not an unhandled rejection.
      const el = await fixture<TestWidget>(html`<test-widget .data=${twoProjects}></test-widget>`);
      const rejections: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
      window.addEventListener('unhandledrejection', onRejection);
      proto.renderContent = () => {
        throw new RangeError('broken later');
      };
      try {
        const later = await consoleWarnings(async () => {
          el.lang = 'en';
          await el.updateComplete;
          await aTimeout(50);
        });
        expect(later).to.deep.equal(['Ancrage: <test-widget> could not render: RangeError: broken later']);
        expect(rejections).to.deep.equal([]);
      } finally {
        proto.renderContent = renderContent;
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });

    it('shows that it could not show its data, with state error and ancrage-feed-error, when its render fails, and tries again with other data', async () => {
      const proto = TestWidget.prototype as unknown as { renderContent(): unknown };
      const renderContent = proto.renderContent;
      // A browser without an API the content needs (Intl.Segmenter in Firefox before 125, say).
      proto.renderContent = () => {
        throw new TypeError('Intl.Segmenter is not a constructor');
      };
      const el = document.createElement('test-widget') as TestWidget;
      try {
        const error = new Promise<[CustomEvent, string, string]>((resolve) =>
          document.addEventListener('ancrage-feed-error', (e) => resolve([e, el.state, status(el).textContent ?? '']), { once: true }),
        );
        await consoleWarnings(async () => {
          el.data = twoProjects;
          document.body.append(el);
          const [{ detail }, stateThen, statusThen] = await error;
          expect(detail).to.deep.equal({ url: null, message: "Les données n'ont pas pu être affichées." });
          expect([stateThen, statusThen]).to.deep.equal(['error', detail.message]);
        });
        expect(el.getAttribute('state')).to.equal('error');
        expect(shadowText(el)).to.equal("Les données n'ont pas pu être affichées.");
        await expect(el).to.be.accessible();
      } finally {
        proto.renderContent = renderContent;
      }
      // The next update tries again: another language, say, once the page is mended.
      el.lang = 'en';
      await waitUntil(() => el.state === 'ready');
      expect(shadowText(el)).to.include('Drinking water');
      // Failing after a good render: the error, in the reader's language, not the content half updated.
      proto.renderContent = () => {
        throw new TypeError('broken later');
      };
      try {
        await consoleWarnings(async () => {
          el.lang = 'fr';
          await waitUntil(() => el.state === 'error');
        });
        expect(shadowText(el)).to.equal("Les données n'ont pas pu être affichées.");
      } finally {
        proto.renderContent = renderContent;
      }
      el.data = feed({ projects: [project('autre', { title: 'Autre projet' })] });
      await waitUntil(() => el.state === 'ready');
      expect(shadowText(el)).to.include('Autre projet');
      el.remove();
    });

    it('shows the same error when what it derives from the feed fails (the partner list sorting names with a broken Intl.Collator)', async () => {
      const proto = TestWidget.prototype as unknown as { derive(feed: unknown, changed: Map<string, unknown>): void };
      // Whether each call is told of the feed; it fails once, then the page is mended.
      const told: boolean[] = [];
      proto.derive = (_, changed) => {
        told.push(changed.has('feedData'));
        if (told.length < 2) throw new TypeError('Intl.Collator is not a constructor');
      };
      try {
        let el!: TestWidget;
        await consoleWarnings(async () => {
          el = document.createElement('test-widget') as TestWidget;
          const error = oneEvent(el, 'ancrage-feed-error');
          el.data = twoProjects;
          document.body.append(el);
          expect((await error).detail.message).to.equal("Les données n'ont pas pu être affichées.");
        });
        expect([el.state, el.getAttribute('state'), shadowText(el)]).to.deep.equal(['error', 'error', "Les données n'ont pas pu être affichées."]);
        // The next update derives again from the whole feed: the failed update's changes were lost with it.
        el.setAttribute('lang', 'en');
        await waitUntil(() => el.state === 'ready');
        expect(told).to.deep.equal([true, true]);
        el.remove();
      } finally {
        delete (proto as { derive?: unknown }).derive;
      }
    });

    it('raises no error of its own in the page while its feed loads, whatever the page did to Intl', async () => {
      const { NumberFormat } = Intl;
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => (errors.push(event.error), event.preventDefault());
      window.addEventListener('error', onError);
      Intl.NumberFormat = function () {
        throw new RangeError('broken by the page');
      } as unknown as typeof Intl.NumberFormat;
      try {
        // A language no other test formats in: its formats are made here, not taken from the cache.
        const el = await fixture<TestWidget>(html`<test-widget lang="fr-CH" feed="/stories/demo/example-feed.json"></test-widget>`);
        await waitUntil(() => el.state !== 'loading', 'loaded');
        await aTimeout(50);
        expect(errors).to.deep.equal([]);
      } finally {
        Intl.NumberFormat = NumberFormat;
        window.removeEventListener('error', onError);
      }
    });

    it('tells the console when publisher names an id the feed lacks (a typo), and shows its empty state', async () => {
      let el!: TestWidget;
      const warnings = await consoleWarnings(async () => {
        el = await fixture<TestWidget>(html`<test-widget publisher="aa" .data=${twoProjects}></test-widget>`);
        expect(el.state).to.equal('empty');
        // Once per widget: a reload says nothing new.
        await el.reload();
        el.publisher = 'a';
        await el.updateComplete;
        // A network's feed: ten ids are enough to spot a typo.
        const many = Array.from({ length: 20 }, (_, i) => publisher(`p${i}`));
        await fixture<TestWidget>(html`<test-widget publisher="p" .data=${feed({ publishers: many })}></test-widget>`);
        await fixture<TestWidget>(html`<test-widget publisher="P14x" .data=${feed({ publishers: many })}></test-widget>`);
      });
      expect(el.state).to.equal('ready');
      expect(warnings).to.deep.equal([
        'Ancrage: <test-widget> publisher="aa" is not in the feed (a, b)',
        'Ancrage: <test-widget> publisher="p" is not in the feed (p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, …)',
        // The ids closest to what was written first, in a network's feed of many.
        'Ancrage: <test-widget> publisher="P14x" is not in the feed (p14, p1, p10, p11, p12, p13, p15, p16, p17, p18, …)',
      ]);
    });

    it('reads publisher without the blanks a CMS leaves around it, in lower case without accents (an id has none)', async () => {
      const warnings = await consoleWarnings(async () => {
        for (const written of ['a ', ' a', 'a\u00a0', '“a”', 'A', 'À']) {
          const el = await fixture<TestWidget>(html`<test-widget publisher=${written} .data=${twoProjects}></test-widget>`);
          expect([el.state, el.publisher], JSON.stringify(written)).to.deep.equal(['ready', 'a']);
        }
        // Set as a property, as React and Vue do.
        const el = await fixture<TestWidget>(html`<test-widget .publisher=${'À'} .data=${twoProjects}></test-widget>`);
        expect([el.state, el.publisher]).to.deep.equal(['ready', 'a']);
      });
      expect(warnings).to.deep.equal([]);
    });

    it('tells the console of elements inside it, which it does not show (a tag written <ancrage-… />)', async () => {
      const warnings = await consoleWarnings(async () => {
        // What the HTML parser makes of `<test-widget /><p>…</p>`: the paragraph inside.
        const page = await fixture<HTMLDivElement>(html`<div><test-widget .data=${twoProjects}><p>Nos projets</p></test-widget></div>`);
        // `<test-widget />Texte`: text alone.
        const text = await fixture<HTMLDivElement>(html`<div><test-widget .data=${twoProjects}>Nos projets</test-widget></div>`);
        await fixture<TestWidget>(html`<test-widget .data=${twoProjects}> </test-widget>`);
        await aTimeout(3200);
        expect(page.querySelector<TestWidget>('test-widget')!.state).to.equal('ready');
        // Moved, it says nothing new.
        text.append(text.querySelector('test-widget')!);
        await aTimeout(3200);
      });
      const said = 'Ancrage: <test-widget> does not show what is inside it: written <test-widget … />? Close it with </test-widget>';
      expect(warnings).to.deep.equal([said, said]);
    });

    it('settles reload() and says why on a widget never put in the page', async () => {
      const el = document.createElement('test-widget') as TestWidget;
      el.feed = 'https://';
      const messages: string[] = [];
      el.addEventListener('ancrage-feed-error', (e) => messages.push(e.detail.message));
      await el.reload();
      expect(messages).to.deep.equal(["Les données n'ont pas pu être chargées. Le flux est introuvable."]);
    });

    it('keeps the earlier good data when a later feed fails', async () => {
      const el = await fixture<TestWidget>(html`<test-widget .data=${twoProjects}></test-widget>`);
      el.data = 'not a feed';
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(status(el).textContent).to.equal("Les données n'ont pas pu être chargées. Le fichier n'a pas la forme d'un flux Ancrage.");
      expect(shadowText(el)).to.include('Eau potable');
    });

    it('keeps one live region whose text changes only with the state', async () => {
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      const region = status(el);
      const changes: string[] = [];
      new MutationObserver(() => changes.push(region.textContent ?? '')).observe(region, { subtree: true, childList: true, characterData: true });
      el.data = twoProjects;
      await el.updateComplete;
      el.publisher = 'a';
      await el.updateComplete;
      el.publisher = 'b';
      await el.updateComplete;
      await aTimeout(0);
      expect(status(el)).to.equal(region);
      expect(changes).to.deep.equal(['']);
      // Empty, still rendered: a live region that appears already filled is often not read out.
      expect(getComputedStyle(region).display).not.to.equal('none');
    });
  });

  describe('loading a feed by URL', () => {
    it('fires ancrage-feed-load with the absolute URL and the warnings, on document', async () => {
      // What a listener sees when the event fires: the widget already shows the feed.
      const load = new Promise<[CustomEvent, string, string]>((resolve) =>
        document.addEventListener('ancrage-feed-load', (e) => resolve([e, (e.target as TestWidget).state, shadowText(e.target as Element)]), { once: true }),
      );
      await fixture<TestWidget>(html`<test-widget feed="/stories/demo/example-feed.json" publisher="belleval"></test-widget>`);
      const [{ detail, composed }, stateThen, textThen] = await load;
      expect(composed).to.equal(true);
      expect(detail).to.deep.equal({ url: new URL('/stories/demo/example-feed.json', location.href).href, warnings: [] });
      expect(stateThen).to.equal('ready');
      expect(textThen).to.include('Eau potable pour six villages');
      expect(textThen).not.to.include('Électrification solaire');
    });

    it('fires no event for a result another one replaced before it was shown', async () => {
      // `data` arrives in the very update that would have shown the feed: only `data` is shown, and said.
      class SwapOnShow extends TestWidget {
        private swapped = false;
        protected override willUpdate(changed: PropertyValues): void {
          if (this.feedData && !this.swapped) {
            this.swapped = true;
            this.data = feed({ projects: [project('d', { title: 'Données directes' })] });
          }
          super.willUpdate(changed);
        }
      }
      customElements.define('swap-on-show', SwapOnShow);
      const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'swap-feed', textContent: JSON.stringify(twoProjects) });
      document.body.append(script);
      const urls: Array<string | null> = [];
      const el = document.createElement('swap-on-show') as SwapOnShow;
      el.addEventListener('ancrage-feed-load', (e) => urls.push(e.detail.url));
      el.feed = '#swap-feed';
      document.body.append(el);
      try {
        await waitUntil(() => urls.length > 0);
        await aTimeout(50);
        expect(urls).to.deep.equal([null]);
        expect(shadowText(el)).to.include('Données directes');
      } finally {
        el.remove();
        script.remove();
      }
    });

    it('says nothing when a feed address is set while data is shown, and loads it once data is removed', async () => {
      const el = await fixture<TestWidget>(html`<test-widget .data=${twoProjects}></test-widget>`);
      await waitUntil(() => el.state === 'ready');
      const urls: Array<string | null> = [];
      el.addEventListener('ancrage-feed-load', (e) => urls.push(e.detail.url));
      el.feed = '/stories/demo/example-feed.json';
      await aTimeout(300);
      expect(urls, 'data wins: nothing new to say').to.deep.equal([]);
      el.data = undefined;
      await waitUntil(() => urls.length > 0, 'the feed loads once data is gone');
      expect(urls).to.deep.equal([new URL('/stories/demo/example-feed.json', location.href).href]);
    });

    it('fetches a feed that failed for the network again once the browser is back online, once for all its widgets', async () => {
      const key = `online-${Date.now()}`;
      const url = `/__feed/down?key=${key}`;
      const hits = async () => (await (await fetch(`/__feed/hits?key=${key}`)).json()).hits;
      // The same feed written two ways: still one request.
      const box = await fixture<HTMLElement>(html`<div><test-widget feed=${url}></test-widget><test-widget feed=${location.origin + url}></test-widget></div>`);
      const widgets = [...box.querySelectorAll<TestWidget>('test-widget')];
      await waitUntil(() => widgets.every((el) => el.state === 'error'), 'the network error', { timeout: 5000 });
      expect(status(widgets[0]).textContent).to.contain('injoignable');
      await fetch(`/__feed/up?key=${key}`);
      const before = await hits();
      const loaded = Promise.all(widgets.map((el) => oneEvent(el, 'ancrage-feed-load')));
      window.dispatchEvent(new Event('online'));
      await loaded;
      expect(widgets.map((el) => el.state)).to.deep.equal(['ready', 'ready']);
      expect(shadowText(widgets[1])).to.include('Eau potable');
      expect(await hits()).to.equal(before + 1, 'one request for both widgets');
      // A widget showing its feed does not fetch it again.
      window.dispatchEvent(new Event('online'));
      await aTimeout(100);
      expect(await hits()).to.equal(before + 1);
    });

    it('forgets a widget whose iframe was removed with it (an editor canvas thrown away): back online, no request for it', async () => {
      const key = `iframe-gone-${Date.now()}`;
      const url = `${location.origin}/__feed/down?key=${key}`;
      const hits = async () => (await (await fetch(`/__feed/hits?key=${key}`)).json()).hits;
      const el = await fixture<TestWidget>(html`<test-widget feed=${url}></test-widget>`);
      await waitUntil(() => el.state === 'error', 'the network error', { timeout: 5000 });
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="frame"></iframe>`);
      frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(el));
      await el.updateComplete;
      // Its page once kept in the back/forward cache, then thrown away for good.
      frame.contentWindow!.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      frame.remove();
      await fetch(`/__feed/up?key=${key}`);
      const before = await hits();
      window.dispatchEvent(new Event('online'));
      await aTimeout(300);
      expect(await hits()).to.equal(before);
    });

    it('shows a feed fetched again for a later widget in the widgets still showing its error (a single-page app\'s next view)', async () => {
      const key = `later-${Date.now()}`;
      const url = `/__feed/down?key=${key}`;
      const box = await fixture<HTMLElement>(html`<div><test-widget feed=${url}></test-widget></div>`);
      const first = box.querySelector<TestWidget>('test-widget')!;
      await waitUntil(() => first.state === 'error', 'the error', { timeout: 5000 });
      await fetch(`/__feed/up?key=${key}`);
      const later = Object.assign(document.createElement('test-widget'), { feed: url }) as TestWidget;
      box.append(later);
      await waitUntil(() => later.state === 'ready', 'the later widget fetches it again', { timeout: 5000 });
      await waitUntil(() => first.state === 'ready', 'and the first one shows it too', { timeout: 2000 });
      expect(shadowText(first)).to.include('Eau potable');
    });

    it("says that the reader seems offline, not that the server is down, when the browser says so", async () => {
      const offline = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
      Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
      try {
        const el = await fixture<TestWidget>(html`<test-widget feed=${`/__feed/down?key=offline-${Date.now()}`}></test-widget>`);
        await waitUntil(() => el.state === 'error', 'the network error', { timeout: 5000 });
        expect(status(el).textContent).to.equal("Les données n'ont pas pu être chargées. Vous semblez être hors connexion\u00a0: elles s'afficheront dès le retour du réseau.");
        el.lang = 'en';
        await el.updateComplete;
        expect(status(el).textContent).to.equal('The data could not be loaded. You seem to be offline: they will show once you are back online.');
        // Back online, the feed fetched again and still failing: the server's fault now, on screen as in the event.
        Object.defineProperty(Navigator.prototype, 'onLine', offline);
        const error = oneEvent(el, 'ancrage-feed-error');
        window.dispatchEvent(new Event('online'));
        const { detail } = await error;
        expect(detail.message).to.equal('The data could not be loaded. The server could not be reached.');
        expect(status(el).textContent).to.equal(detail.message);
      } finally {
        Object.defineProperty(Navigator.prototype, 'onLine', offline);
      }
    });

    describe('reload()', () => {
      const hits = async (key: string) => (await (await fetch(`/__feed/hits?key=${key}`)).json()).hits;
      /** The feed events the box's widgets fire, as `index type url`. */
      const feedEvents = (box: HTMLElement) => {
        const events: string[] = [];
        for (const type of ['ancrage-feed-load', 'ancrage-feed-error'] as const) {
          box.addEventListener(type, (e) => events.push(`${[...box.children].indexOf(e.target as Element)} ${type} ${e.detail.url}`));
        }
        return events;
      };

      it('settles each of two reloads at once only when the widget shows the answer (a double-clicked refresh button)', async () => {
        const key = `reload-twice-${Date.now()}`;
        const el = await fixture<TestWidget>(html`<test-widget feed=${`/__feed/versions?key=${key}`}></test-widget>`);
        await waitUntil(() => el.state === 'ready', 'ready', { timeout: 5000 });
        const events = feedEvents(el.parentElement!);
        const first = el.reload();
        const second = el.reload();
        await first;
        expect(shadowText(el), 'when the first settles').to.equal('Version 2');
        expect(events).to.have.length(1);
        await second;
        expect(events).to.have.length(1);
      });

      it('shows the new answer in every widget on the page reading the same feed, with one request, each firing ancrage-feed-load', async () => {
        const key = `reload-${Date.now()}`;
        const url = `/__feed/versions?key=${key}`;
        const absolute = location.origin + url;
        const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'reload-inline', textContent: JSON.stringify(twoProjects) });
        document.body.append(script);
        try {
          // The same feed written two ways, another feed, a `data` object and an inline feed.
          const box = await fixture<HTMLElement>(html`<div>
            <test-widget feed=${url}></test-widget><test-widget feed=${absolute}></test-widget><test-widget feed=${`/__feed/versions?key=${key}-other`}></test-widget
            ><test-widget .data=${twoProjects}></test-widget><test-widget feed="#reload-inline"></test-widget>
          </div>`);
          const widgets = [...box.querySelectorAll<TestWidget>('test-widget')];
          await waitUntil(() => widgets.every((el) => el.state === 'ready'), 'all ready', { timeout: 5000 });
          expect(widgets.map(shadowText)).to.deep.equal(['Version 1', 'Version 1', 'Version 1', 'Eau potableÉcoles', 'Eau potableÉcoles']);
          const events = feedEvents(box);
          await widgets[0].reload();
          await waitUntil(() => events.length >= 2, 'both widgets of the feed fire ancrage-feed-load');
          await aTimeout(100);
          expect(events).to.have.members([`0 ancrage-feed-load ${absolute}`, `1 ancrage-feed-load ${absolute}`]);
          expect(widgets.map(shadowText)).to.deep.equal(['Version 2', 'Version 2', 'Version 1', 'Eau potableÉcoles', 'Eau potableÉcoles']);
          expect([await hits(key), await hits(`${key}-other`)], 'one request for the reload, none for the other feed').to.deep.equal([2, 1]);

          // A widget added afterwards takes the page's result; a reload from any of them refreshes all three, once each.
          const later = document.createElement('test-widget') as TestWidget;
          later.feed = url;
          box.append(later);
          await waitUntil(() => later.state === 'ready');
          expect(shadowText(later)).to.equal('Version 2');
          events.length = 0;
          await widgets[1].reload();
          await waitUntil(() => events.length >= 3, 'the three widgets of the feed fire ancrage-feed-load');
          // No widget's load sets off another reload.
          await aTimeout(200);
          expect(events).to.have.members([0, 1, 5].map((i) => `${i} ancrage-feed-load ${absolute}`));
          expect([widgets[0], widgets[1], later].map(shadowText)).to.deep.equal(['Version 3', 'Version 3', 'Version 3']);
          expect(await hits(key)).to.equal(3);
        } finally {
          script.remove();
        }
      });

      it('keeps the last good feed on every widget reading a feed whose reload fails, each firing ancrage-feed-error', async () => {
        const key = `reload-fail-${Date.now()}`;
        // `once`: the feed the first time, 404 afterwards.
        const url = `/__feed/once?key=${key}`;
        const box = await fixture<HTMLElement>(html`<div><test-widget feed=${url}></test-widget><test-widget feed=${url}></test-widget></div>`);
        const widgets = [...box.querySelectorAll<TestWidget>('test-widget')];
        await waitUntil(() => widgets.every((el) => el.state === 'ready'), 'both ready', { timeout: 5000 });
        const events = feedEvents(box);
        await widgets[1].reload();
        await waitUntil(() => events.length >= 2, 'both widgets fire ancrage-feed-error');
        await aTimeout(100);
        const absolute = location.origin + url;
        expect(events).to.have.members([`0 ancrage-feed-error ${absolute}`, `1 ancrage-feed-error ${absolute}`]);
        for (const el of widgets) {
          expect(el.state).to.equal('error');
          expect(status(el).textContent).to.equal("Les données n'ont pas pu être chargées. Le flux est introuvable.");
          expect(shadowText(el)).to.include('Eau potable à Diéma');
        }
        expect(await hits(key)).to.equal(2);
      });

      it('leaves a widget taken out of the page as it was, and shows the new answer when it is back, without a request', async () => {
        const key = `reload-detached-${Date.now()}`;
        const url = `/__feed/versions?key=${key}`;
        const box = await fixture<HTMLElement>(html`<div><test-widget feed=${url}></test-widget><test-widget feed=${url}></test-widget></div>`);
        const [one, two] = [...box.querySelectorAll<TestWidget>('test-widget')];
        await waitUntil(() => one.state === 'ready' && two.state === 'ready', 'both ready', { timeout: 5000 });
        two.remove();
        let events = 0;
        two.addEventListener('ancrage-feed-load', () => events++);
        await one.reload();
        await aTimeout(100);
        expect([shadowText(one), shadowText(two), events]).to.deep.equal(['Version 2', 'Version 1', 0]);
        // Back (a tab shown again): the page's answer, as the widget that stayed shows it.
        box.append(two);
        await oneEvent(two, 'ancrage-feed-load');
        expect([shadowText(one), shadowText(two), events]).to.deep.equal(['Version 2', 'Version 2', 1]);
        // Moved again, with no reload since: nothing to take, nothing said.
        box.prepend(two);
        await aTimeout(100);
        expect(events).to.equal(1);
        expect(await hits(key)).to.equal(2);
      });

      it('moved in the page, after an app navigation that gives its relative address another meaning, or with its feed failed, loads nothing and says nothing', async () => {
        const key = `moved-${Date.now()}`;
        const page = location.href;
        const box = await fixture<HTMLElement>(html`<div>
          <test-widget feed=${`__feed/versions?key=${key}`}></test-widget><test-widget feed=${`/__feed/status/500?key=${key}-failed`}></test-widget>
        </div>`);
        const [relative, failed] = [...box.querySelectorAll<TestWidget>('test-widget')];
        await waitUntil(() => relative.state === 'ready' && failed.state === 'error', 'loaded', { timeout: 5000 });
        const events = feedEvents(box);
        const [before, failedBefore] = [await hits(key), await hits(`${key}-failed`)];
        // A single-page app's navigation: `__feed/…` would now be /deeper/__feed/…, another (missing) feed.
        history.pushState(null, '', '/deeper/view');
        try {
          for (let i = 0; i < 3; i++) box.append(relative, failed);
          await aTimeout(300);
        } finally {
          history.replaceState(null, '', page);
        }
        expect(events).to.deep.equal([]);
        expect([relative.state, shadowText(relative), failed.state]).to.deep.equal(['ready', 'Version 1', 'error']);
        expect([await hits(key), await hits(`${key}-failed`)]).to.deep.equal([before, failedBefore]);
      });
    });

    it('shows nothing of the previous feed while another address loads, or when it fails, or when the address is removed', async () => {
      const el = await fixture<TestWidget>(html`<test-widget feed="/stories/demo/example-feed.json" publisher="belleval"></test-widget>`);
      await waitUntil(() => el.state === 'ready');
      expect(el.style.getPropertyValue('--_feed-primary')).not.to.equal('');
      // A framework switching the widget to another town's feed, slow to answer.
      el.feed = `/__feed/slow?head=3000&key=switch-${Date.now()}`;
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(shadowText(el)).not.to.include('Eau potable');
      expect(el.style.getPropertyValue('--_feed-primary'), 'the previous town’s colours').to.equal('');
      el.feed = `/__feed/status/404?key=switch-${Date.now()}`;
      await oneEvent(el, 'ancrage-feed-error');
      expect(el.state).to.equal('error');
      expect(shadowText(el)).to.equal("Les données n'ont pas pu être chargées. Le flux est introuvable.");
      el.feed = '/stories/demo/example-feed.json';
      await oneEvent(el, 'ancrage-feed-load');
      el.removeAttribute('feed');
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(shadowText(el)).to.equal('Chargement des données…');
    });

    it('fires the feed event of a load that ended out of the page once it is back, where document listeners hear it', async () => {
      const heard: string[] = [];
      const listen = (e: Event) => heard.push(`${e.type} ${(e.target as Element).localName}`);
      document.addEventListener('ancrage-feed-load', listen);
      try {
        const el = document.createElement('test-widget') as TestWidget;
        el.setAttribute('feed', `/stories/demo/example-feed.json?detached=${Date.now()}`);
        document.body.append(el);
        await el.updateComplete;
        // A tab panel hides it while it loads.
        el.remove();
        await waitUntil(() => el.state === 'ready', 'loaded out of the page');
        await aTimeout(20);
        expect(heard).to.deep.equal([]);
        document.body.append(el);
        await el.updateComplete;
        expect(heard).to.deep.equal(['ancrage-feed-load test-widget']);
        el.remove();
        document.body.append(el);
        await el.updateComplete;
        expect(heard, 'once').to.have.length(1);
        el.remove();
      } finally {
        document.removeEventListener('ancrage-feed-load', listen);
      }
    });

    it('takes any value as the feed address, a URL object too, and never throws into the page', async () => {
      const rejections: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const el = document.createElement('test-widget') as TestWidget;
        (el as { feed?: unknown }).feed = new URL('/stories/demo/example-feed.json', location.href);
        document.body.append(el);
        await oneEvent(el, 'ancrage-feed-load');
        expect(el.state).to.equal('ready');
        // A framework's render setting an equal URL again: no reload, no loading state.
        let loads = 0;
        el.addEventListener('ancrage-feed-load', () => loads++);
        (el as { feed?: unknown }).feed = new URL('/stories/demo/example-feed.json', location.href);
        await el.updateComplete;
        await aTimeout(50);
        expect([el.state, loads]).to.deep.equal(['ready', 0]);
        // The same address written otherwise (relative, with a fragment), or another one and back before the update: no reload either.
        el.setAttribute('feed', '/stories/demo/example-feed.json');
        await el.updateComplete;
        el.feed = new URL('/stories/demo/example-feed.json#budget', location.href).href;
        await el.updateComplete;
        el.feed = '/stories/demo/other.json';
        el.feed = '/stories/demo/example-feed.json';
        await el.updateComplete;
        await aTimeout(50);
        expect([el.state, loads]).to.deep.equal(['ready', 0]);
        (el as { feed?: unknown }).feed = 42;
        await oneEvent(el, 'ancrage-feed-error');
        el.remove();
        await aTimeout(50);
        expect(rejections).to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });

    it('reads an inline feed from a script element named #id', async () => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = 'inline-feed-base';
      script.textContent = JSON.stringify(twoProjects);
      document.body.append(script);
      const el = await fixture<TestWidget>(html`<test-widget feed="#inline-feed-base"></test-widget>`);
      await waitUntil(() => el.state === 'ready');
      expect(shadowText(el)).to.include('Écoles');
      script.remove();
    });

    it('reads an inline feed again when a script replaced its block (htmx, a framework), or added it after a failure', async () => {
      const block = (id: string, data: unknown) =>
        document.body.appendChild(Object.assign(document.createElement('script'), { type: 'application/json', id, textContent: JSON.stringify(data) }));
      const first = block('inline-swapped', twoProjects);
      const before = await fixture<TestWidget>(html`<test-widget feed="#inline-swapped"></test-widget>`);
      await waitUntil(() => before.state === 'ready');
      first.remove();
      const second = block('inline-swapped', feed({ publishers: [publisher('a')], projects: [project('p', { title: 'Nouveau projet' })] }));
      const after = await fixture<TestWidget>(html`<test-widget feed="#inline-swapped"></test-widget>`);
      await waitUntil(() => after.state === 'ready');
      expect(shadowText(after)).to.equal('Nouveau projet');
      second.remove();

      const missing = await fixture<TestWidget>(html`<test-widget feed="#inline-late"></test-widget>`);
      await waitUntil(() => missing.state === 'error');
      const late = block('inline-late', twoProjects);
      const added = await fixture<TestWidget>(html`<test-widget feed="#inline-late"></test-widget>`);
      await waitUntil(() => added.state !== 'loading');
      expect(added.state).to.equal('ready');
      late.remove();
    });
  });

  describe('data', () => {
    it('reads null as no data, as frameworks set it: the feed attribute loads, no error is said', async () => {
      const errors: Event[] = [];
      const onError = (e: Event) => errors.push(e);
      document.addEventListener('ancrage-feed-error', onError);
      const el = await fixture<TestWidget>(html`<test-widget .data=${null} feed="/stories/demo/example-feed.json"></test-widget>`);
      await waitUntil(() => el.state !== 'loading');
      expect(el.state).to.equal('ready');
      const fromFeed = shadowText(el);
      el.data = twoProjects;
      await waitUntil(() => shadowText(el) === 'Eau potableÉcoles');
      // Taken away (a Vue prop removed): back to the feed, not an error.
      el.data = null;
      await waitUntil(() => shadowText(el) === fromFeed, 'the feed again');
      expect(el.state).to.equal('ready');
      document.removeEventListener('ancrage-feed-error', onError);
      expect(errors).to.deep.equal([]);
    });

    it('goes back to loading when data is taken away with no feed, and says nothing when null follows undefined', async () => {
      const el = await fixture<TestWidget>(html`<test-widget .data=${twoProjects}></test-widget>`);
      await waitUntil(() => el.state === 'ready');
      el.data = null;
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(shadowText(el)).not.to.include('Eau potable');
      const events: Event[] = [];
      const quiet = await fixture<TestWidget>(html`<test-widget feed="/stories/demo/example-feed.json"></test-widget>`);
      await waitUntil(() => quiet.state === 'ready');
      quiet.addEventListener('ancrage-feed-load', (e) => events.push(e));
      quiet.data = null;
      await aTimeout(100);
      expect([quiet.state, events.length]).to.deep.equal(['ready', 0]);
    });

    it('says nothing when data is taken away and given back before the widget updates', async () => {
      const el = await fixture<TestWidget>(html`<test-widget .data=${twoProjects}></test-widget>`);
      await waitUntil(() => el.state === 'ready');
      const events: Event[] = [];
      el.addEventListener('ancrage-feed-load', (e) => events.push(e));
      el.data = null;
      el.data = twoProjects;
      await aTimeout(100);
      expect([el.state, events.length]).to.deep.equal(['ready', 0]);
    });

    it('parses the same object once, and again on reload() (an object changed in place)', async () => {
      const data = structuredClone(twoProjects);
      const el = await fixture<TestWidget>(html`<test-widget .data=${data}></test-widget>`);
      await waitUntil(() => el.state === 'ready');
      data.projects[1].title = 'Collèges';
      el.data = data;
      await el.updateComplete;
      expect(shadowText(el)).to.equal('Eau potableÉcoles');
      await el.reload();
      expect(shadowText(el)).to.equal('Eau potableCollèges');
    });
  });

  describe('language', () => {
    it('takes the language of an iframe it is moved into (another document, another Element class)', async () => {
      const el = await fixture<TestWidget>(html`<test-widget .data=${twoProjects}></test-widget>`);
      expect(shadowText(el)).to.include('Eau potable');
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="frame"></iframe>`);
      const doc = frame.contentDocument!;
      doc.documentElement.lang = 'en';
      doc.body.append(doc.adoptNode(el));
      await waitUntil(() => shadowText(el).includes('Drinking water'), 'English, from the iframe');
      // And follows that document's language as the page's.
      doc.documentElement.lang = 'fr';
      await waitUntil(() => shadowText(el).includes('Eau potable'), 'French again, from the iframe');
    });

    it('renders, styled, when first connected in an iframe (an editor inserting it into its canvas)', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="frame"></iframe>`);
      const doc = frame.contentDocument!;
      const el = Object.assign(document.createElement('test-widget'), { data: twoProjects }) as TestWidget;
      doc.body.append(doc.adoptNode(el));
      await waitUntil(() => el.state === 'ready', 'ready in the iframe');
      expect(shadowText(el)).to.include('Eau potable');
      expect(doc.defaultView!.getComputedStyle(el).getPropertyValue('--_radius').trim()).to.not.equal('');
    });

    it('still follows its iframe page\'s language after that page was kept in the back/forward cache', async () => {
      const el = await fixture<TestWidget>(html`<test-widget .data=${twoProjects}></test-widget>`);
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="frame"></iframe>`);
      const doc = frame.contentDocument!;
      doc.body.append(doc.adoptNode(el));
      await el.updateComplete;
      doc.defaultView!.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      doc.documentElement.lang = 'en';
      await waitUntil(() => shadowText(el).includes('Drinking water'), 'English, from the iframe');
    });

    it('keeps its styles when moved into an iframe and back (the sheets are made again in each document)', async () => {
      const el = await fixture<TestWidget>(html`<test-widget .data=${twoProjects}></test-widget>`);
      // The theme's tokens, set by the widget's own sheet on :host: what every colour and rounded corner reads.
      const styled = (w: Element) => w.ownerDocument.defaultView!.getComputedStyle(w).getPropertyValue('--_radius').trim();
      expect(styled(el)).to.not.equal('');
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="frame"></iframe>`);
      const doc = frame.contentDocument!;
      doc.body.append(doc.adoptNode(el));
      await el.updateComplete;
      expect(styled(el), 'in the iframe').to.not.equal('');
      document.body.append(document.adoptNode(el));
      await el.updateComplete;
      expect(styled(el), 'back in the page').to.not.equal('');
      el.remove();
    });

    it('has the native lang property: a string, empty without the attribute, set through it at once', async () => {
      const el = await fixture<TestWidget>(html`<test-widget .data=${twoProjects}></test-widget>`);
      expect(el.lang).to.equal('');
      (el as { lang: unknown }).lang = 5;
      expect(el.getAttribute('lang')).to.equal('5');
      el.lang = 'en';
      expect(el.getAttribute('lang')).to.equal('en');
      await el.updateComplete;
      expect(shadowText(el)).to.include('Drinking water');
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      expect(shadowText(el)).to.include('Eau potable');
      (el as { lang: unknown }).lang = null;
      expect(el.hasAttribute('lang')).to.equal(false);
    });

    it('uses its own lang, then the nearest ancestor, across shadow roots, then the document', async () => {
      const own = await fixture<TestWidget>(html`<div lang="fr"><test-widget lang="en" .data=${twoProjects}></test-widget></div>`);
      const inner = own.querySelector('test-widget') as TestWidget;
      await inner.updateComplete;
      expect(shadowText(inner)).to.include('Drinking water');
      // Its own lang in the quotes a visual editor writes.
      const quoted = await fixture<TestWidget>(html`<test-widget lang="“en”" .data=${twoProjects}></test-widget>`);
      expect(shadowText(quoted)).to.include('Drinking water');
      // Marked English for a screen reader, which reads no language from `“en”`.
      expect(status(quoted).closest('[lang]')!.getAttribute('lang')).to.equal('en');

      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
      const shadow = document.createElement('section').attachShadow({ mode: 'open' });
      wrapper.append(shadow.host);
      const deep = document.createElement('test-widget') as TestWidget;
      shadow.append(deep);
      await deep.updateComplete;
      expect(status(deep).textContent).to.equal('Loading data…');
    });

    it('falls back to the base language, then French, for the interface', async () => {
      const belgian = await fixture<TestWidget>(html`<test-widget lang="fr-BE"></test-widget>`);
      expect(status(belgian).textContent).to.equal('Chargement des données…');
      const arabic = await fixture<TestWidget>(html`<test-widget lang="ar" .data=${feed({ projects: [project('x', { title: { fr: 'Eau', ar: 'ماء' } })] })}></test-widget>`);
      // The interface falls back to French; the feed's own Arabic text is still chosen.
      expect(shadowText(arabic)).to.include('ماء');
      const arabicLoading = await fixture<TestWidget>(html`<test-widget lang="ar"></test-widget>`);
      expect(status(arabicLoading).textContent).to.equal('Chargement des données…');
    });

    it('marks its own words with their language when the page’s is not shipped (WCAG 3.1.2)', async () => {
      const ownWords = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.closest('[lang]')?.getAttribute('lang') ?? null;
      const german = await fixture<TestWidget>(html`<test-widget lang="de"></test-widget>`);
      expect(status(german).textContent).to.equal('Chargement des données…');
      expect(ownWords(german)).to.equal('fr');
      // A shipped language, or a region of one, needs no mark: the page's lang is right.
      for (const lang of ['fr', 'fr-BE', 'en-GB']) {
        const el = await fixture<TestWidget>(html`<test-widget lang=${lang}></test-widget>`);
        expect(ownWords(el), lang).to.equal(null);
      }
      // lang="" says the language is unknown: French, said so, rather than an outer ancestor's.
      const unknown = await fixture<HTMLDivElement>(html`<div lang="en"><div lang=""><test-widget></test-widget></div></div>`);
      const inUnknown = unknown.querySelector('test-widget') as TestWidget;
      await inUnknown.updateComplete;
      expect(status(inUnknown).textContent).to.equal('Chargement des données…');
      expect(ownWords(inUnknown)).to.equal('fr');
      // Its own lang="" too, whatever an ancestor says.
      const own = await fixture<HTMLDivElement>(html`<div lang="en"><test-widget lang=""></test-widget></div>`);
      const ownUnknown = own.querySelector('test-widget') as TestWidget;
      await ownUnknown.updateComplete;
      expect(status(ownUnknown).textContent).to.equal('Chargement des données…');
      expect(ownWords(ownUnknown)).to.equal('fr');
    });

    it('reads left to right on a right-to-left page, and gives a feed text in Arabic its own direction', async () => {
      const data = feed({ projects: [project('a', { title: { fr: 'Eau potable.', ar: 'ماء الشرب.' } }), project('f', { title: 'Écoles.' })] });
      const page = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><test-widget .data=${data}></test-widget></div>`);
      const el = page.querySelector('test-widget') as TestWidget;
      await el.updateComplete;
      const at = (item: number, i: number) => charBox(el.shadowRoot!.querySelectorAll('li span')[item], i);
      const [arabic, french] = [...el.shadowRoot!.querySelectorAll('li span')].map((span) => span.textContent);
      expect([arabic, french]).to.deep.equal(['ماء الشرب.', 'Écoles.']);
      // The full stop ends each sentence where its script reads it: left of the Arabic, right of the French.
      expect(at(0, -1).right, 'the Arabic full stop on its left').to.be.at.most(at(0, 0).left);
      expect(at(1, -1).left, 'the French full stop on its right').to.be.at.least(at(1, 0).right);
      await expect(el).to.be.accessible();
    });

    it('marks its words French on a page that declares no language at all', async () => {
      const root = document.documentElement;
      const pageLang = root.getAttribute('lang');
      root.removeAttribute('lang');
      try {
        const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
        expect(el.shadowRoot!.querySelector('[role="status"]')!.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
      } finally {
        if (pageLang !== null) root.setAttribute('lang', pageLang);
      }
    });

    it('follows a change of the page language', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="fr"><test-widget></test-widget></div>`);
      const el = page.querySelector('test-widget') as TestWidget;
      await el.updateComplete;
      page.lang = 'en';
      await waitUntil(() => status(el).textContent === 'Loading data…');
    });

    it('takes the language of where it is moved to, the page’s when it leaves it', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><div lang="fr"><test-widget></test-widget></div><div lang="en"></div><div></div></div>`);
      const [fr, en, none] = [...page.children] as HTMLElement[];
      const el = fr.querySelector('test-widget') as TestWidget;
      await el.updateComplete;
      expect(status(el).textContent).to.equal('Chargement des données…');
      en.append(el);
      await waitUntil(() => status(el).textContent === 'Loading data…', 'English where it was moved');
      none.prepend(el);
      await waitUntil(() => status(el).textContent === 'Chargement des données…', 'the page’s (none: French) again');
    });

    it('follows a change of an ancestor’s language inside another component’s shadow root', async () => {
      const host = await fixture<HTMLElement>(html`<section></section>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('div');
      inner.lang = 'fr';
      const el = document.createElement('test-widget') as TestWidget;
      inner.append(el);
      shadow.append(inner);
      await el.updateComplete;
      expect(status(el).textContent).to.equal('Chargement des données…');
      inner.lang = 'en';
      await waitUntil(() => status(el).textContent === 'Loading data…', 'the widget in English');
    });
  });

  describe('theming', () => {
    const themed = (theme: object) => feed({ publishers: [publisher('a', { theme })], projects: [project('p')] });
    const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

    it('applies the publisher theme from the feed', async () => {
      const el = await fixture<TestWidget>(html`<test-widget .data=${themed({ primary: '#6a1b9a', radius: '4px' })}></test-widget>`);
      expect(token(el, '--_primary')).to.equal('#6a1b9a');
      expect(token(el, '--_radius')).to.equal('4px');
    });

    it('lets the host page CSS win over the feed theme', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--ancrage-primary: #a4161a">
        <test-widget .data=${themed({ primary: '#6a1b9a' })}></test-widget>
      </div>`);
      const el = wrapper.querySelector('test-widget') as TestWidget;
      await el.updateComplete;
      expect(token(el, '--_primary')).to.equal('#a4161a');
    });

    it('refuses a low-contrast feed theme, keeping the defaults, with a warning', async () => {
      const load = oneEvent(document, 'ancrage-feed-load');
      const el = await fixture<TestWidget>(html`<test-widget .data=${themed({ text: '#777777', surface: '#888888' })}></test-widget>`);
      const { detail } = await load;
      expect(token(el, '--_text')).to.equal('#1e1e1e');
      expect(detail.warnings.map((w: { path: string }) => w.path)).to.include('publishers[0].theme');
    });

    it('switches to dark tokens with color-scheme="dark", in any case, with the blanks a CMS leaves', async () => {
      for (const scheme of ['dark', 'Dark', 'DARK', 'dark ', '\n dark\u00a0', '”dark”']) {
        const el = await fixture<TestWidget>(html`<test-widget color-scheme=${scheme} .data=${twoProjects}></test-widget>`);
        expect(token(el, '--_surface'), JSON.stringify(scheme)).to.equal('#161616');
        expect([el.colorScheme, el.getAttribute('color-scheme')], 'written back').to.deep.equal(['dark', 'dark']);
      }
      // A framework sets the property.
      const el = await fixture<TestWidget>(html`<test-widget .colorScheme=${'DARK'} .data=${twoProjects}></test-widget>`);
      expect(token(el, '--_surface')).to.equal('#161616');
    });

    it('tells the console of a color-scheme it does not know, and stays light', async () => {
      let el!: TestWidget;
      const warnings = await consoleWarnings(async () => {
        el = await fixture<TestWidget>(html`<test-widget color-scheme="sombre" .data=${twoProjects}></test-widget>`);
      });
      expect(token(el, '--_surface')).to.equal('#ffffff');
      expect(warnings).to.deep.equal(['Ancrage: <test-widget> color-scheme="sombre": sombre unknown (known: light, dark, auto)']);
    });
  });
});
