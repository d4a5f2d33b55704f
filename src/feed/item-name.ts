import { pickText } from './text.js';
import type { Text } from './types.js';

export type List = 'publishers' | 'partners' | 'projects' | 'budgets';

/**
 * The entry a warning's path points into, named from the feed as written, for the people who
 * fix it: `projects[2].status` is in the project "Eau potable" (its title, else name, in `lang`
 * as a reader would get it; else, or when blank, its year or id). `undefined` outside the four lists or when not found.
 */
export function itemOf(raw: unknown, path: string, lang: string): { list: List; name?: string } | undefined {
  const match = /^(publishers|partners|projects|budgets)\[(\d+)\]/.exec(path);
  const items = match && (raw as Record<string, unknown> | null)?.[match[1]];
  const item = Array.isArray(items) ? (items[Number(match![2])] as Record<string, unknown>) : undefined;
  if (!item || typeof item != 'object') return undefined;
  const text = item.title ?? item.name;
  // As a reader would get it (`fr-FR` for `fr`), unless blank: then the year or id ("" named nothing).
  // Among the entries that are texts: `{"fr": "Eau", "en": null}` is "Eau" for an English reader too.
  const texts = text && typeof text == 'object' ? Object.fromEntries(Object.entries(text).filter(([, entry]) => typeof entry == 'string' && entry.trim())) : {};
  const written = typeof text == 'string' ? text : pickText(texts as Text, lang, lang);
  const name = typeof written == 'string' && written.trim() ? written.trim() : (item.year ?? item.id);
  return { list: match![1] as List, name: typeof name == 'string' || typeof name == 'number' ? String(name).slice(0, 80) : undefined };
}

/** How many entries of `list` the parser left out, from its warnings ("…; entry projects[3] left out"). */
export function leftOutCount(warnings: ReadonlyArray<{ message: string }>, list: List): number {
  const entry = new RegExp(`; entry ${list}\\[\\d+\\] left out$`);
  return warnings.filter(({ message }) => entry.test(message)).length;
}
