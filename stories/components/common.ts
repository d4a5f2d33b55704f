// What every widget's stories share: the base attributes' controls and the states they all have.

/** Controls for the attributes every widget inherits; `publisher` is described per widget. */
export const baseArgTypes = (publisherDescription: string) => ({
  data: { control: false, description: 'The feed as an object (frameworks, tests); skips fetching.' },
  feed: { control: 'text', description: 'Feed URL, or `#id` of an inline `<script type="application/json">`.' },
  publisher: { control: 'text', description: publisherDescription },
  lang: { control: 'inline-radio', options: ['fr', 'en'], description: "UI language (else the page's)." },
  'color-scheme': { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
} as const);

/** With neither `feed` nor `data`: the polite "loading" message. */
export const loadingArgs = { data: undefined };

/** A feed address that answers 404: a translated sentence says so. */
export const errorArgs = { data: undefined, feed: 'does-not-exist.json' };
