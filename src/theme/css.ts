import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The widgets' `css` tag: Lit's, without its run-time check of what a template takes in (a
 * `CSSResult` or a number), which the types below make at build time (0.12 KB of gzip in every
 * widget). The text is Lit's too: the template's strings, each value's `cssText` between them.
 * The build minifies it as Lit's (`minifyTemplates`, by the tag's name). For the library's own
 * style sheets only: feed data never reaches it (a feed's theme is set through `style.setProperty`).
 */
export const css = (strings: TemplateStringsArray, ...values: Array<CSSResult | number>): CSSResult =>
  unsafeCSS(strings.reduce((text, string, i) => text + values[i - 1] + string));
