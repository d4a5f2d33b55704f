import { html, type TemplateResult } from 'lit';

/**
 * An image from the feed, as every widget shows one: its URL already through
 * `safeUrl`, loaded lazily, and sent no referrer (the image host does not learn
 * which page a reader is on). `onError` lets the widget hide it when it fails.
 */
export function feedImage(part: string, src: string, alt: string, onError: () => void): TemplateResult {
  return html`<img
    part=${part}
    src=${src}
    alt=${alt}
    loading="lazy"
    decoding="async"
    referrerpolicy="no-referrer"
    @error=${onError}
  />`;
}
