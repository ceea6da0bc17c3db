import { isCollectionName, refKey, type CollectionName, type EntryRef } from './collections.ts';

/** One entry of the playbook as the rules see it: where it came from and its parsed data. */
export interface PlaybookEntry {
  collection: CollectionName;
  id: string;
  /** Path of the source file, relative to the project root. */
  file: string;
  data: unknown;
}

/** A path into an entry's data, e.g. `['steps', 2, 'accountable']`. */
export type FieldPath = (string | number)[];

/** One cross-reference found in an entry's data. */
export interface Reference {
  from: EntryRef;
  path: FieldPath;
  to: EntryRef;
}

/** True for the `{ collection, id }` objects that reference fields parse into. */
export function isEntryRef(value: unknown): value is EntryRef {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const candidate = value as Record<string, unknown>;
  return keys.length === 2 && isCollectionName(candidate['collection']) && typeof candidate['id'] === 'string';
}

/** Every reference in `data`, with the field path where it stands. */
export function referencesIn(from: EntryRef, data: unknown, path: FieldPath = []): Reference[] {
  if (isEntryRef(data)) return [{ from, path, to: { collection: data.collection, id: data.id } }];
  if (Array.isArray(data)) return data.flatMap((item, index) => referencesIn(from, item, [...path, index]));
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([key, value]) => referencesIn(from, value, [...path, key]));
  }
  return [];
}

/** Every reference in the whole playbook. */
export function allReferences(entries: readonly PlaybookEntry[]): Reference[] {
  return entries.flatMap((entry) => referencesIn({ collection: entry.collection, id: entry.id }, entry.data));
}

/** `['steps', 2, 'accountable']` → `steps[2].accountable`. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/** The field a reference stands in, without list positions: `processes` + `['steps', 2, 'accountable']` → `processes.steps.accountable`. */
export function referenceKind(reference: Reference): string {
  return [reference.from.collection, ...reference.path.filter((p) => typeof p === 'string')].join('.');
}

/** Index of references by the entry they point to: what links here. */
export function backlinkIndex(references: readonly Reference[]): Map<string, Reference[]> {
  const index = new Map<string, Reference[]>();
  for (const reference of references) {
    const key = refKey(reference.to);
    const list = index.get(key) ?? [];
    list.push(reference);
    index.set(key, list);
  }
  return index;
}
