// Loads the playbook once per build and derives what pages share: sorted entries, titles and backlinks.
import { getCollection, type CollectionEntry } from 'astro:content';
import { pageCollections, type EntryRef, type PageCollection } from '../schemas/refs.ts';
import { allReferences, backlinkIndex, refKey, type Reference } from '../lib/references.ts';

export type PageEntry<C extends PageCollection = PageCollection> = CollectionEntry<C>;

type Sortable = { data: { title: string; order?: number | undefined } };
const byOrderThenTitle = (a: Sortable, b: Sortable) =>
  (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.data.title.localeCompare(b.data.title);

export interface Playbook {
  entries: { [C in PageCollection]: PageEntry<C>[] };
  assessment: CollectionEntry<'assessment'>[];
  references: Reference[];
  backlinks: Map<string, Reference[]>;
  /** The entry a reference points at (the build has already refused dangling ones). */
  resolve: <C extends PageCollection>(ref: EntryRef<C>) => PageEntry<C>;
}

let cached: Promise<Playbook> | undefined;

/**
 * In `astro dev`, content changes while the server runs: check it on every page load and throw the whole
 * problem report, which Astro shows as an overlay. (A build has already been refused if there is any.)
 */
async function devContentCheck() {
  const { checkContentFolder } = await import('../node/content-files.ts');
  const { formatProblemReport } = await import('../lib/problems.ts');
  const { settings } = await import('../site.ts');
  const { problems } = checkContentFolder(process.cwd(), settings.contentDir);
  if (problems.length > 0) throw new Error(formatProblemReport(problems));
}

export async function loadPlaybook(): Promise<Playbook> {
  if (import.meta.env.DEV) {
    await devContentCheck();
    cached = undefined;
  }
  cached ??= (async () => {
    const lists = await Promise.all(pageCollections.map((c) => getCollection(c)));
    const entries = Object.fromEntries(
      pageCollections.map((c, i) => [c, [...(lists[i] as Sortable[])].sort(byOrderThenTitle)]),
    ) as Playbook['entries'];
    const assessment = await getCollection('assessment');
    const all = [...pageCollections.flatMap((c) => entries[c] as PageEntry[]), ...assessment];
    const byKey = new Map(all.map((e) => [`${e.collection}/${e.id}`, e]));
    const references = allReferences(all.map((e) => ({ collection: e.collection, id: e.id, file: '', data: e.data })));
    return {
      entries,
      assessment,
      references,
      backlinks: backlinkIndex(references),
      resolve: <C extends PageCollection>(ref: EntryRef<C>) => {
        const entry = byKey.get(refKey(ref));
        if (!entry) throw new Error(`Unresolved reference ${refKey(ref)}: run npm run check`);
        return entry as PageEntry<C>;
      },
    };
  })();
  return cached;
}
