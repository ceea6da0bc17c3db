import { z } from 'astro/zod';
import {
  anyRefPattern,
  collectionNames,
  idHint,
  idPattern,
  isCollectionName,
  type CollectionName,
  type EntryRef,
} from '../lib/collections.ts';

/** An entry id as authors write it (the file name without extension). */
export const entryId = z
  .string({ error: `expected an id (${idHint})` })
  .regex(idPattern, { error: `must be ${idHint}` });

/**
 * A reference to one entry of `collection`, written as its id.
 * Existence is checked by the playbook rules (src/lib/rules.ts), not here, so that one run reports
 * every dangling reference with its file and field; Astro's own `reference()` only logs them.
 */
export function ref<C extends CollectionName>(collection: C) {
  return entryId.transform((id): EntryRef<C> => ({ collection, id })).meta({ references: collection });
}

/**
 * A list of references to one collection; duplicates are refused. With `min`, at least that many are required
 * (and `required` says what to write); otherwise the list may be left out.
 */
export function refs<C extends CollectionName>(collection: C, required?: { min: number; error: string }) {
  const list = z
    .array(ref(collection))
    .refine((items) => new Set(items.map((r) => r.id)).size === items.length, {
      error: 'lists the same entry twice — remove the duplicate',
    });
  return required ? list.min(required.min, { error: required.error }) : list.default([]);
}

/** A reference to an entry of any collection, written as "collection/id", e.g. "processes/use-case-intake". */
export const anyRef = z
  .string()
  .regex(anyRefPattern, { error: 'write a link to another entry as "collection/id", e.g. "roles/business-owner"' })
  .refine((s) => isCollectionName(s.split('/')[0]), {
    error: `the part before "/" must be one of: ${collectionNames.join(', ')}`,
  })
  .transform((s): EntryRef => {
    const [collection, id] = s.split('/') as [CollectionName, string];
    return { collection, id };
  })
  .meta({ references: 'any' });
