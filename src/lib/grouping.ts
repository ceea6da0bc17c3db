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
