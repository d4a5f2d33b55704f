// Bench case 6: how far the article's text moves while the widget loads and shows its feed.
import { nextFrame, rendered, report } from './frame.mjs';

// The layout-shift score (CLS): every shift the reader did not cause, from the first paint on.
let score = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) score += entry.value;
});
observer.observe({ type: 'layout-shift', buffered: true });

const widget = document.querySelector('ancrage-project-cards, ancrage-partner-list, ancrage-budget-gauge');
const shown = rendered(widget);
import('/dist/ancrage.js')
  .then(async () => {
    await shown;
    await nextFrame();
    // Late shifts too (an image's box): half a second after the data shows.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await nextFrame();
    observer.takeRecords().forEach((entry) => entry.hadRecentInput || (score += entry.value));
    return { shift: score, height: widget.getBoundingClientRect().height };
  })
  .then(report, (error) => report({ error: String(error) }));
