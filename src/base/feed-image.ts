import { html, nothing, type TemplateResult } from 'lit';

/**
 * An image from the feed, as every widget shows one: its URL already through
 * `safeUrl`, loaded lazily, and sent no referrer (the image host does not learn
 * which page a reader is on). `onError` lets the widget hide it when it fails;
 * `lang` is the alt text's when it is not the widget's.
 */
export function feedImage(
  part: string,
  src: string,
  alt: string,
  onError: () => void,
  lang: string | typeof nothing = nothing,
): TemplateResult {
  return html`<img
    part=${part}
    src=${src}
    alt=${alt}
    lang=${alt ? lang : nothing}
    loading="lazy"
    decoding="async"
    referrerpolicy="no-referrer"
    @error=${onError}
  />`;
}
