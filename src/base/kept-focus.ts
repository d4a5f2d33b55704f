/**
 * Where the keyboard focus is among the items an update may reorder or hide (those with a
 * `data-key`: cards, partners): the item's key, which of its controls has it (0: the item itself),
 * the item's place among those shown.
 */
export type KeptFocus = [key: string, control: number, place: number];

/** The items a reader sees: not those a search hides. */
const shownItems = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[data-key]')].filter((item) => !item.closest('[hidden]'));

const controls = (item: HTMLElement) => [item, ...item.querySelectorAll<HTMLElement>('a,button,[tabindex]')];

/** Where the focus is in a widget's shadow root, before an update. */
export function focusedItem(root: ShadowRoot): KeptFocus | undefined {
  const active = root.activeElement as HTMLElement | null;
  const item = active?.closest<HTMLElement>('[data-key]');
  // One a search has just hidden still has the focus for a moment: it has lost it (to the page, next).
  return item && !item.closest('[hidden]') ? [item.dataset.key!, controls(item).indexOf(active!), shownItems(root).indexOf(item)] : undefined;
}

/**
 * After the update. Items keep their place and take another's content (a reload added one before,
 * a new sort or language): the focus goes with its item, not to another one's button that Enter
 * would press. Its item gone or hidden: the one in its place, or the last one, read out by its
 * name; none left (a search that finds nothing now), the search field.
 */
export function refocus(root: ShadowRoot, kept: KeptFocus | undefined): void {
  if (!kept || focusedItem(root)?.[0] === kept[0]) return;
  const items = shownItems(root);
  const item = items.find((shown) => shown.dataset.key === kept[0]);
  const target = item ? controls(item)[kept[1]] ?? item : items[Math.min(kept[2], items.length - 1)];
  (target ?? root.querySelector<HTMLElement>('[part~="search"]'))?.focus();
}
