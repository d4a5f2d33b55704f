// Bench cases 1–3, one per fresh page: ?case=cards|size|parse (see bench.mjs).
import { benchFeed } from './feed.mjs';
import { nextFrame, rendered, report } from './frame.mjs';
import './baseline-cards.js';

const params = new URLSearchParams(location.search);
const count = Number(params.get('n'));
const feedUrl = params.get('feed');

const cases = {
  /** 1. `count` cards on one page, from a feed object: the widget (parse included) or the plain element. */
  async cards() {
    await import('/dist/ancrage.js');
    const feed = benchFeed(count);
    await nextFrame();
    const start = performance.now();
    let el;
    if (params.get('impl') === 'ancrage') {
      el = document.createElement('ancrage-project-cards');
      const done = rendered(el);
      el.setAttribute('page-size', String(count));
      el.data = feed;
      document.body.append(el);
      await done;
    } else {
      el = document.createElement('baseline-cards');
      el.styles = customElements.get('ancrage-project-cards').elementStyles.map((style) => style.styleSheet);
      el.setAttribute('page-size', String(count));
      el.data = feed;
      document.body.append(el);
    }
    const inDom = performance.now();
    const frame = await nextFrame();
    const cards = el.shadowRoot.querySelectorAll('article');
    // The last card's text (whitespace aside: the widget's templates keep some between blocks), to check both build the same cards.
    const text = cards[cards.length - 1]?.textContent.replace(/\s+/g, '');
    return { content: inDom - start, frame: frame - start, cards: cards.length, text };
  },

  /** 2. The widget at its default page size on a feed URL: fetch, parse, first page, first frame. */
  async size() {
    await import('/dist/ancrage.js');
    await nextFrame();
    const start = performance.now();
    // The longest the page's main thread is held from the widget's start to its first frame: how long a click may wait.
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const el = document.createElement('ancrage-project-cards');
    const done = rendered(el);
    el.setAttribute('feed', feedUrl);
    document.body.append(el);
    const inDom = await done;
    const frame = await nextFrame();
    // A long task's entry comes after it ends: the frame's own task is reported a moment later.
    await new Promise((resolve) => setTimeout(resolve, 100));
    tasks.push(...observer.takeRecords());
    observer.disconnect();
    const longest = Math.max(0, ...tasks.filter((task) => task.startTime < frame).map((task) => task.duration));
    return { content: inDom - start, frame: frame - start, longest, cards: el.shadowRoot.querySelectorAll('article').length };
  },

  /**
   * 2, its floor: the large feed fetched, decoded and `JSON.parse`d, no widget, no
   * validation. Decoded chunk by chunk as it arrives, as the loader does: `response.text()` is slower here.
   */
  async raw() {
    await nextFrame();
    const start = performance.now();
    const reader = (await fetch(feedUrl, { cache: 'no-cache' })).body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    for (let chunk; !(chunk = await reader.read()).done; ) text += decoder.decode(chunk.value, { stream: true });
    text += decoder.decode();
    const read = performance.now();
    const value = JSON.parse(text);
    return { load: performance.now() - start, read: read - start, projects: value.projects.length };
  },

  /** 3. JSON.parse, then parseFeed, of a fetched feed text: each once, cold, as a page does. */
  async parse() {
    const { parseFeed } = await import('/dist/feed/index.js');
    const text = await (await fetch(feedUrl)).text();
    await nextFrame();
    const a = performance.now();
    const value = JSON.parse(text);
    const b = performance.now();
    const result = parseFeed(value, { baseUrl: feedUrl });
    const c = performance.now();
    if (!result.ok) throw new Error(result.error.message);
    return { jsonParse: b - a, parseFeed: c - b, projects: result.feed.projects.length, warnings: result.warnings.length, bytes: text.length };
  },
};

cases[params.get('case')]().then(report, (error) => report({ error: String(error) }));
