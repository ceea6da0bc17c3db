import { z } from 'astro/zod';

/** Every collection of the playbook, in the order the site presents them. */
export const collectionNames = [
  'guides',
  'roles',
  'processes',
  'components',
  'use-cases',
  'metrics',
  'stall-patterns',
  'assessment',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/** Collections written as MDX pages (the assessment is YAML data). */
export const pageCollections = collectionNames.filter(
  (c): c is Exclude<CollectionName, 'assessment'> => c !== 'assessment',
);
export type PageCollection = (typeof pageCollections)[number];

/** A resolved cross-reference: the same shape as Astro's `reference()`, so `getEntry(ref)` works. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idHint = 'lower-case words joined by hyphens, e.g. "business-owner"';

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
  .regex(/^[a-z-]+\/[a-z0-9-]+$/, { error: 'write a link to another entry as "collection/id", e.g. "roles/business-owner"' })
  .refine((s) => (collectionNames as readonly string[]).includes(s.split('/')[0]!), {
    error: `the part before "/" must be one of: ${collectionNames.join(', ')}`,
  })
  .transform((s): EntryRef => {
    const [collection, id] = s.split('/') as [CollectionName, string];
    return { collection, id };
  })
  .meta({ references: 'any' });

