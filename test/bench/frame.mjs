// Shared by the bench pages: when a frame with the current DOM has been produced, and
// when a widget has rendered its feed.

/**
 * The next frame's rendering done: a requestAnimationFrame callback runs just before
 * style, layout and paint; a message posted from it is handled right after them.
 * Resolves to performance.now() at that point.
 */
export const nextFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => resolve(performance.now());
      port2.postMessage(0);
    }),
  );

/**
 * Listens on `el` (before it loads): resolves to performance.now() when the widget's
 * DOM shows its feed (`ancrage-feed-load` fires once it does), before style and layout.
 */
export function rendered(el) {
  return new Promise((resolve, reject) => {
    el.addEventListener('ancrage-feed-load', () => (el.state === 'ready' ? resolve(performance.now()) : reject(new Error(`${el.localName} is ${el.state}`))), { once: true });
    el.addEventListener('ancrage-feed-error', (event) => reject(new Error(event.detail.message)), { once: true });
  });
}

export function report(result) {
  window.benchResult = result;
}

window.addEventListener('error', (event) => report({ error: String(event.error ?? event.message) }));
window.addEventListener('unhandledrejection', (event) => report({ error: String(event.reason) }));
