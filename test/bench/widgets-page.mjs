// Bench cases 4 and 5: the widgets already in the page, then the bundle imported.
import { nextFrame, rendered, report } from './frame.mjs';

const params = new URLSearchParams(location.search);
if (params.get('count') === '5') {
  document.body.append(document.createElement('ancrage-project-cards'), document.createElement('ancrage-partner-list'));
}
const widgets = [...document.querySelectorAll('ancrage-budget-gauge, ancrage-project-cards, ancrage-partner-list')];
for (const el of widgets) el.setAttribute('feed', params.get('feed'));
const done = Promise.all(widgets.map(rendered));

const start = performance.now();
import('/dist/ancrage.js')
  .then(async () => {
    const imported = performance.now();
    await done;
    const frame = await nextFrame();
    // performance.now() counts from navigation start.
    return { import: imported - start, frame: frame - start, fromNavigation: frame, widgets: widgets.length };
  })
  .then(report, (error) => report({ error: String(error) }));
