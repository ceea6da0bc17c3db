// The collections of the playbook and how each is stored: one table, read by the schemas, the content
// check, the pages and the browser. Zod-free, so islands can import it.

/** How a collection's files are written. */
export const contentFormats = {
  /** One MDX page per entry: YAML frontmatter, then a Markdown body; each entry has a page. */
  mdx: { extensions: ['.md', '.mdx'], pattern: '*.{md,mdx}', label: 'MDX', hasBody: true, newFileExtension: 'mdx' },
  /** One YAML document per entry: data only, shown on a site page of its own. */
  yaml: { extensions: ['.yaml', '.yml'], pattern: '*.{yaml,yml}', label: 'YAML', hasBody: false, newFileExtension: 'yaml' },
} as const;
export type ContentFormat = keyof typeof contentFormats;

/** Every collection of the playbook, in the order the site presents them, with the format of its files. */
export const collectionFormats = {
  guides: 'mdx',
  roles: 'mdx',
  processes: 'mdx',
  components: 'mdx',
  'use-cases': 'mdx',
  metrics: 'mdx',
  'stall-patterns': 'mdx',
  assessment: 'yaml',
} as const satisfies Record<string, ContentFormat>;

export type CollectionName = keyof typeof collectionFormats;
export const collectionNames = Object.keys(collectionFormats) as CollectionName[];

/** Collections written as MDX, each entry with a page of its own at `/<collection>/<id>/`. */
export type PageCollection = { [C in CollectionName]: (typeof collectionFormats)[C] extends 'mdx' ? C : never }[CollectionName];
export const isPageCollection = (name: string): name is PageCollection =>
  (collectionFormats as Record<string, ContentFormat>)[name] === 'mdx';
export const pageCollections = collectionNames.filter(isPageCollection);

export const isCollectionName = (name: unknown): name is CollectionName =>
  typeof name === 'string' && Object.hasOwn(collectionFormats, name);

/** The format facts of a collection's files. */
export const formatOf = (collection: CollectionName) => contentFormats[collectionFormats[collection]];

/** A resolved cross-reference: the same shape as Astro's `reference()`, so `getEntry(ref)` works. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/** The one key of an entry: `roles/business-owner`. */
export const refKey = (ref: EntryRef) => `${ref.collection}/${ref.id}`;

/** True for references to entries that have a page of their own. */
export const isPageRef = (ref: EntryRef): ref is EntryRef<PageCollection> => isPageCollection(ref.collection);

/** Entry ids: lower-case words joined by hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idHint = 'lower-case words joined by hyphens, e.g. "business-owner"';

/** A link to any entry as authors write it: "collection/id". */
export const anyRefPattern = /^[a-z-]+\/[a-z0-9-]+$/;

/** Where a new entry of a collection goes, said for an author: `roles/cdo.mdx in the content folder`. */
export const newFileFor = (collection: CollectionName, id: string) =>
  `${collection}/${id}.${formatOf(collection).newFileExtension} in the content folder`;
