import { PARTNER_KINDS, type Partner, type PartnerRole, type Project } from '../../feed/types.js';
import { graphemes } from '../../i18n/format.js';
import { listWords } from '../../base/list-words.js';

/** A project a partner takes part in, with its roles there (a partner may be both lead and funder). */
export interface ProjectLink {
  project: Project;
  roles: PartnerRole[];
}

export interface ScopedPartner {
  partner: Partner;
  links: ProjectLink[];
}

/** The known kinds in a list attribute (see `listWords`), in any case (`OSIM`); unknown words are ignored. */
export function parseKinds(list: unknown): Set<string> {
  return new Set(listWords(list, 'lower').filter((kind) => (PARTNER_KINDS as readonly string[]).includes(kind)));
}

/**
 * The partners `projects` name, each with its projects and roles, in feed
 * order. `everyPartner` keeps the partners no project names too (a town lists
 * its associations); an empty `kinds` keeps every kind.
 */
export function scopePartners(
  partners: readonly Partner[],
  projects: readonly Project[],
  everyPartner: boolean,
  kinds: ReadonlySet<string>,
): ScopedPartner[] {
  const links = new Map<string, ProjectLink[]>();
  for (const project of projects) {
    for (const { ref, role } of project.partners) {
      let list = links.get(ref);
      if (!list) links.set(ref, (list = []));
      // Projects come one at a time: a second role in the same project is in the last link.
      const last = list[list.length - 1];
      if (last?.project !== project) list.push({ project, roles: [role] });
      else if (!last.roles.includes(role)) last.roles.push(role);
    }
  }
  return partners
    .filter((partner) => (everyPartner || links.has(partner.id)) && (!kinds.size || kinds.has(partner.kind)))
    .map((partner) => ({ partner, links: links.get(partner.id) ?? [] }));
}

/** The first `max` characters, cut at a word when there is one, with an ellipsis. */
export function preview(text: string, max: number): string {
  if (text.length <= max) return text;
  // Cut between whole characters as a reader sees them: never inside an emoji sequence or a surrogate pair.
  let end = 0;
  for (const { index, segment } of graphemes(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return `${text.slice(0, end).replace(/\s+\S*$/, '')}…`;
}

/** Where a safe URL leads, as a reader says it: `exemple.org`, or the address of a `mailto:`/`tel:` link. */
export function destination(url: string): string {
  const { hostname, pathname } = new URL(url);
  return hostname.replace(/^www\./, '') || pathname;
}

/** A value recomputed only when one of its dependencies changed since the last call. */
export function memo<R>(): (deps: readonly unknown[], compute: () => R) => R {
  let last: readonly unknown[] | undefined;
  let value!: R;
  return (deps, compute) => {
    if (!last || deps.some((dep, i) => dep !== last![i])) {
      last = deps;
      value = compute();
    }
    return value;
  };
}
