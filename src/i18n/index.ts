import { baseLanguage } from '../feed/text.js';
import * as en from './en.js';
import * as fr from './fr.js';
import type { CardsMessages, GaugeMessages, Messages, PartnersMessages } from './messages.js';

export type * from './messages.js';
export * from './format.js';
export { baseLanguage };

/** The UI languages shipped. To add one: a file like `./fr.ts`, its code here, then TypeScript points at each place to name it (`SHIPPED`, each catalog). */
export type UiLanguage = 'fr' | 'en';
/** A widget's strings in every shipped language. */
export type Catalog<M> = Readonly<Record<UiLanguage, M>>;

/** French is the fallback: the feeds' publishers are French authorities. */
export const FALLBACK_LANGUAGE: UiLanguage = 'fr';

/** Every UI language, written so that one added to `UiLanguage` and not here is a type error. */
const SHIPPED: readonly string[] = Object.keys({ fr: 1, en: 1 } satisfies Record<UiLanguage, 1>);

/**
 * `tag` when `Intl` takes it as a language tag (`pt_BR` as `pt-BR`), else its first subtag when
 * that is one (`fr` for the `fr-FR.UTF-8` or `en-` a template may write), else `''`:
 * an `Intl` formatter given a malformed tag throws, and the widget would never render.
 */
export function wellFormedTag(tag: string): string {
  for (const candidate of [tag, tag.replace(/_/g, '-'), tag.split(/[^a-z]/i)[0]]) {
    try {
      if (candidate && Intl.getCanonicalLocales(candidate)) return candidate;
    } catch {
      // Not a tag: the next candidate.
    }
  }
  return '';
}

/** The shipped UI language closest to `lang`: itself, its base (`fr` for `fr-BE`), else French. */
export function uiLanguage(lang: string): UiLanguage {
  const tag = lang.toLowerCase();
  const base = baseLanguage(tag);
  return (SHIPPED.includes(tag) ? tag : SHIPPED.includes(base) ? base : FALLBACK_LANGUAGE) as UiLanguage;
}

// One catalog per widget, naming each part it shows, so that a widget's module graph
// carries its own strings only (the partner list has no use for the 17 SDG names).
// Members of `fr` and `en` are read by name: a bundler keeps only the parts named here.

export const cardsMessages: Catalog<CardsMessages> = {
  fr: { ...fr.common, ...fr.dates, ...fr.sdgs, status: fr.status, themes: fr.themes, roles: fr.roles, bases: fr.bases, cards: fr.cards },
  en: { ...en.common, ...en.dates, ...en.sdgs, status: en.status, themes: en.themes, roles: en.roles, bases: en.bases, cards: en.cards },
};

export const partnersMessages: Catalog<PartnersMessages> = {
  fr: { ...fr.common, roles: fr.roles, partnerKinds: fr.partnerKinds, partnerKindGroups: fr.partnerKindGroups, partners: fr.partners },
  en: { ...en.common, roles: en.roles, partnerKinds: en.partnerKinds, partnerKindGroups: en.partnerKindGroups, partners: en.partners },
};

export const gaugeMessages: Catalog<GaugeMessages> = {
  fr: { ...fr.common, bases: fr.bases, gauge: fr.gauge },
  en: { ...en.common, bases: en.bases, gauge: en.gauge },
};

/** Every string of the UI language closest to `lang` (tools such as the embed generator). */
export function messagesFor(lang: string): Messages {
  const ui = uiLanguage(lang);
  return { ...cardsMessages[ui], ...partnersMessages[ui], ...gaugeMessages[ui] };
}
