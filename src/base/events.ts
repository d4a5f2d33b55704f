import type { FeedIssue } from '../feed/types.js';

/**
 * Every event an Ancrage widget fires: name → detail. All bubble and cross
 * shadow roots (`composed`), so a host page can listen on `document`.
 */
export interface AncrageEventDetails {
  /** The feed loaded (possibly with warnings). `url` is the feed URL, `#id` for an inline feed, `null` for `data`. */
  'ancrage-feed-load': { url: string | null; warnings: FeedIssue[] };
  /** The feed could not be used; `message` is the translated sentence shown to the reader. */
  'ancrage-feed-error': { url: string | null; message: string };
  /** A project card's details opened or closed. */
  'ancrage-project-toggle': { id: string; expanded: boolean };
  /** The reader chose another year in the gauge's year switcher; `year` is the gauge's `year` property now. */
  'ancrage-year-change': { year: number };
}

export type AncrageEventName = keyof AncrageEventDetails;

export type AncrageEvent<K extends AncrageEventName> = CustomEvent<AncrageEventDetails[K]>;

export function emit<K extends AncrageEventName>(target: EventTarget, name: K, detail: AncrageEventDetails[K]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** The events by name, for `addEventListener` on a widget, on the document or on the window. */
type AncrageEventMap = { [K in AncrageEventName]: AncrageEvent<K> };

declare global {
  interface HTMLElementEventMap extends AncrageEventMap {}
  interface DocumentEventMap extends AncrageEventMap {}
  interface WindowEventMap extends AncrageEventMap {}
}
