import { pickText } from './text.js';
import type { Text } from './types.js';

/** The lists of a feed's entries. */
export type FeedList = 'publishers' | 'partners' | 'projects' | 'budgets';

/** An entry's title, else name, in `lang` as a reader would get it, trimmed; `undefined` when blank. */
function titleOf(item: Record<string, unknown>, lang: string): string | undefined {
  const text = item.title ?? item.name;
  // Among the entries that are texts: `{"fr": "Eau", "en": null}` is "Eau" for an English reader too.
  const texts = text && typeof text == 'object' ? Object.fromEntries(Object.entries(text).filter(([, entry]) => typeof entry == 'string' && entry.trim())) : {};
  const written = typeof text == 'string' ? text : pickText(texts as Text, lang, lang);
  return typeof written == 'string' && written.trim() ? written.trim().slice(0, 80) : undefined;
}

/**
 * The entry a warning's path points into, named from the feed as written, for the people who
 * fix it: `projects[2].status` is in the project "Eau potable" (its title, else name, in `lang`
 * as a reader would get it; else, or when blank, its year or id). A budget of a feed with several
 * publishers says whose it is (`of`: its publisher's name, else id), as a network has several 2025 budgets.
 * `undefined` outside the four lists or when not found.
 */
export function itemOf(raw: unknown, path: string, lang: string): { list: FeedList; name?: string; of?: string } | undefined {
  const match = /^(publishers|partners|projects|budgets)\[(\d+)\]/.exec(path);
  const items = match && (raw as Record<string, unknown> | null)?.[match[1]];
  const item = Array.isArray(items) ? (items[Number(match![2])] as Record<string, unknown>) : undefined;
  if (!item || typeof item != 'object') return undefined;
  // As a reader would get it (`fr-FR` for `fr`), unless blank: then the year or id ("" named nothing).
  // A budget by its year, which is how it is told apart (a `name` there is no field of it).
  const name = (match![1] == 'budgets' ? undefined : titleOf(item, lang)) ?? item.year ?? item.id;
  const named = { list: match![1] as FeedList, name: typeof name == 'string' || typeof name == 'number' ? String(name).slice(0, 80) : undefined };
  const publishers = (raw as Record<string, unknown>).publishers;
  // A blank publisher names no one: not `of "  "`.
  if (named.list != 'budgets' || !Array.isArray(publishers) || publishers.length < 2 || typeof item.publisher != 'string' || !item.publisher.trim()) return named;
  const publisher = publishers.find((entry) => entry?.id === item.publisher);
  return { ...named, of: (publisher && titleOf(publisher, lang)) ?? item.publisher };
}

/**
 * How many entries of `list` the parser left out, from its warnings ("…; entry projects[3] left out"),
 * and the advisor's count of those in a list or an object written in its place ("its 3 entries").
 */
export function leftOutCount(warnings: ReadonlyArray<{ path?: string; message: string }>, list: FeedList): number {
  const entry = new RegExp(`; entry ${list}\\[\\d+\\] left out$`);
  let count = 0;
  for (const { path, message } of warnings) {
    const inside = /its (\d+) entries/.exec(message);
    if (entry.test(message)) count += inside ? +inside[1] : 1;
    else if (path == list && inside) count += +inside[1];
  }
  return count;
}
