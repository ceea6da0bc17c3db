// How each collection's index groups its entries, so a reader can scan a long list. The same order drives the
// previous/next links and the section sidebar.
import type { PageCollection } from './collections.ts';
import { componentCategories, metricKinds, roleGroups } from './vocabulary.ts';

/** The field each collection's index groups by, and the order of its groups (free text: alphabetical). */
export const groupingOf: Partial<Record<PageCollection, { field: string; order?: readonly string[] }>> = {
  roles: { field: 'group', order: roleGroups },
  components: { field: 'category', order: componentCategories },
  metrics: { field: 'kind', order: metricKinds },
  'use-cases': { field: 'businessUnit' },
};

export interface EntryGroup<T> {
  /** The value of the grouping field ('' when the collection is not grouped). */
  key: string;
  entries: T[];
}

/** A collection's entries in groups, in the collection's group order; entries keep their order within a group. */
export function groupEntries<T extends { data: object }>(collection: PageCollection, entries: readonly T[]): EntryGroup<T>[] {
  const grouping = groupingOf[collection];
  if (!grouping) return [{ key: '', entries: [...entries] }];
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const value = (entry.data as Record<string, unknown>)[grouping.field];
    const key = typeof value === 'string' ? value : '';
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const rank = (key: string) => (grouping.order ? grouping.order.indexOf(key) : 0);
  return [...groups]
    .map(([key, list]) => ({ key, entries: list }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

/** The anchor of a group on its collection's index page: `Insurance Operations` → `group-insurance-operations`. */
export const groupAnchor = (key: string) => `group-${key.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`;

/** What a section sidebar shows of one group: its entries (a window of them in a long group), and what is left out. */
export interface SidebarGroup<T> {
  key: string;
  /** Whether the current entry is in this group. */
  current: boolean;
  entries: T[];
  /** Entries of the group not listed (the index page has them all). */
  hidden: number;
  total: number;
}

/**
 * The section sidebar of an entry page. A short collection is listed whole. A long one lists only the current
 * entry's group, and only a window of entries around the current one in a long group; other groups appear as
 * links to their place on the index. So each page carries a bounded sidebar whatever the size of the playbook,
 * and the build does not grow with the square of it.
 */
export function sidebarModel<T extends { id: string }>(
  groups: readonly EntryGroup<T>[],
  currentId: string,
  limits: { whole: number; window: number } = { whole: 60, window: 25 },
): SidebarGroup<T>[] {
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  return groups.map((group) => {
    const at = group.entries.findIndex((e) => e.id === currentId);
    const current = at >= 0;
    if (total <= limits.whole) return { key: group.key, current, entries: [...group.entries], hidden: 0, total: group.entries.length };
    if (!current) return { key: group.key, current, entries: [], hidden: group.entries.length, total: group.entries.length };
    const start = Math.max(0, Math.min(at - Math.floor(limits.window / 2), group.entries.length - limits.window));
    const entries = group.entries.slice(start, start + limits.window);
    return { key: group.key, current, entries, hidden: group.entries.length - entries.length, total: group.entries.length };
  });
}
