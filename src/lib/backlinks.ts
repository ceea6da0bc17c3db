// What links to an entry, grouped by the field the link stands in, so an entry page can say "Accountable in:
// these steps", "Use cases that need it: …".
import { refKey, type EntryRef } from './collections.ts';
import { isEntryRef, referenceKind, type FieldPath, type Reference } from './references.ts';

/** One place that refers to an entry: an entry, or an item inside it (a process step, a question). */
export interface Backlink {
  from: EntryRef;
  /** The innermost item with an `id` that the reference stands in, e.g. a step; its id is the link's anchor. */
  item?: { id: string; index: number; data: Record<string, unknown>; parents: Record<string, unknown>[] };
}

/** Backlinks that stand in the same field, e.g. `processes.steps.accountable`. */
export interface BacklinkGroup {
  kind: string;
  links: Backlink[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The innermost object with a string `id` along `path` inside `data`, with its position in its list and the
 * items with ids above it (a question's dimension).
 */
export function itemAt(data: unknown, path: FieldPath): Backlink['item'] {
  let current: unknown = data;
  let found: Backlink['item'];
  const parents: Record<string, unknown>[] = [];
  for (const part of path) {
    if (current === null || typeof current !== 'object') break;
    current = (current as Record<string | number, unknown>)[part];
    // A reference itself ({ collection, id }) is not an item.
    if (typeof part === 'number' && isRecord(current) && !isEntryRef(current) && typeof current['id'] === 'string') {
      if (found) parents.push(found.data);
      found = { id: current['id'], index: part, data: current, parents: [...parents] };
    }
  }
  return found;
}

/**
 * The references to one entry, grouped by the field they stand in, each place once. Groups follow `order`
 * (kinds not in it come after, in the order first met).
 */
export function groupBacklinks(
  references: readonly Reference[],
  dataOf: (ref: EntryRef) => unknown,
  order: readonly string[] = [],
): BacklinkGroup[] {
  const groups = new Map<string, { links: Backlink[]; seen: Set<string> }>();
  for (const reference of references) {
    const kind = referenceKind(reference);
    const item = itemAt(dataOf(reference.from), reference.path);
    const key = `${refKey(reference.from)}#${item?.id ?? ''}`;
    const group = groups.get(kind) ?? { links: [], seen: new Set<string>() };
    groups.set(kind, group);
    if (group.seen.has(key)) continue;
    group.seen.add(key);
    group.links.push({ from: reference.from, ...(item ? { item } : {}) });
  }
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return [...groups]
    .map(([kind, { links }]) => ({ kind, links }))
    .sort((a, b) => rank(a.kind) - rank(b.kind));
}

/** The order of backlink groups on an entry page: the RACI letters first, in R, A, C, I order. */
export const backlinkOrder = [
  'processes.steps.responsible',
  'processes.steps.accountable',
  'processes.steps.consulted',
  'processes.steps.informed',
  'processes.owner',
  'components.owner',
  'metrics.owner',
  'use-cases.businessOwner',
  'roles.reportsTo',
];
