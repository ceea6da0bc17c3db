// Loads the playbook once per build and derives what pages share: sorted entries, references, backlinks and
// the component graph. Pages and components ask here instead of deriving the same things again.
import { getCollection, type CollectionEntry } from 'astro:content';
import { pageCollections, refKey, type EntryRef, type PageCollection } from '../lib/collections.ts';
import { allReferences, backlinkIndex, type Reference } from '../lib/references.ts';
import { groupBacklinks, type BacklinkGroup } from '../lib/backlinks.ts';
import { groupEntries, type EntryGroup } from '../lib/grouping.ts';
import { decisionRights, type DecisionRight } from '../lib/decisions.ts';
import type { ComponentNode } from '../lib/sequence.ts';
import settings from 'virtual:playbook/settings';

export type PageEntry<C extends PageCollection = PageCollection> = CollectionEntry<C>;
type AnyEntry = PageEntry | CollectionEntry<'assessment'>;

type Sortable = { data: { title: string; order?: number | undefined } };
const byOrderThenTitle = (a: Sortable, b: Sortable) =>
  (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.data.title.localeCompare(b.data.title);

export interface Playbook {
  entries: { [C in PageCollection]: PageEntry<C>[] };
  /** Each collection's entries in the groups its index shows, in reading order (sidebar, previous/next). */
  groups: { [C in PageCollection]: EntryGroup<PageEntry<C>>[] };
  assessment: CollectionEntry<'assessment'>[];
  references: Reference[];
  /** What links to an entry, grouped by the field the link stands in, in `order` where given. */
  backlinksOf: (to: EntryRef, order?: readonly string[]) => BacklinkGroup[];
  /** The decision-rights table: every process step that takes a decision, with its owner, in process order. */
  decisions: DecisionRight[];
  /** The component graph with what sequencing needs of each component, in catalogue order. */
  components: ComponentNode[];
  /** The entry a reference points at (the build has already refused dangling ones). */
  resolve: <C extends PageCollection>(ref: EntryRef<C>) => PageEntry<C>;
  /** The parsed data of any entry. */
  dataOf: (ref: EntryRef) => unknown;
}

let cached: { key: string; playbook: Playbook } | undefined;
let checkedFingerprint: string | undefined;

/**
 * In `astro dev`, content changes while the server runs. When it has changed since the last look, check it
 * and throw the whole problem report, which Astro shows as an overlay. (A build has already been refused if
 * there is any problem.)
 */
async function devContentCheck(): Promise<void> {
  const { checkContentFolder, contentFingerprint } = await import('../node/content-files.ts');
  const { formatProblemReport } = await import('../lib/problems.ts');
  const fingerprint = contentFingerprint(settings.root, settings.contentDir);
  if (checkedFingerprint === fingerprint) return;
  const { problems } = checkContentFolder(settings.root, settings.contentDir);
  if (problems.length > 0) throw new Error(formatProblemReport(problems));
  checkedFingerprint = fingerprint;
}

type Lists = [PageEntry[][], CollectionEntry<'assessment'>[]];
const readLists = async (): Promise<Lists> =>
  Promise.all([Promise.all(pageCollections.map((c) => getCollection(c) as Promise<PageEntry[]>)), getCollection('assessment')]);

/** Identifies the content the data store holds now (each entry's digest), to know when to derive again. */
const contentKey = ([pages, assessment]: Lists) =>
  [...pages.flat(), ...assessment].map((e) => `${refKey(e)}@${(e as { digest?: string }).digest ?? ''}`).join('|');

function derive([lists, assessment]: Lists): Playbook {
  const entries = Object.fromEntries(
    pageCollections.map((c, i) => [c, [...(lists[i] as Sortable[])].sort(byOrderThenTitle)]),
  ) as Playbook['entries'];
  const all: AnyEntry[] = [...pageCollections.flatMap((c) => entries[c] as PageEntry[]), ...assessment];
  const byKey = new Map(all.map((e) => [refKey(e), e]));
  const references = allReferences(all.map((e) => ({ collection: e.collection, id: e.id, file: '', data: e.data })));
  const backlinks = backlinkIndex(references);
  const dataOf = (ref: EntryRef) => byKey.get(refKey(ref))?.data;
  const groups = Object.fromEntries(
    pageCollections.map((c) => [c, groupEntries(c, entries[c] as PageEntry[])]),
  ) as Playbook['groups'];
  return {
    entries,
    groups,
    assessment,
    references,
    backlinksOf: (to, order) => groupBacklinks(backlinks.get(refKey(to)) ?? [], dataOf, order),
    decisions: decisionRights(entries.processes.map((p) => ({ id: p.id, title: p.data.title, order: p.data.order, steps: p.data.steps }))),
    components: entries.components.map((c) => ({
      id: c.id,
      title: c.data.title,
      category: c.data.category,
      status: c.data.status,
      dependsOn: c.data.dependsOn.map((d) => d.id),
      setupCost: c.data.setupCost,
      onboardingCost: c.data.onboardingCost,
      runCost: c.data.runCost,
    })),
    resolve: <C extends PageCollection>(ref: EntryRef<C>) => {
      const entry = byKey.get(refKey(ref));
      if (!entry) throw new Error(`Unresolved reference ${refKey(ref)}: run npm run check`);
      return entry as PageEntry<C>;
    },
    dataOf,
  };
}

let built: Promise<Playbook> | undefined;

/** The playbook, derived once per build (in `astro dev`, once per content change). */
export async function loadPlaybook(): Promise<Playbook> {
  if (!import.meta.env.DEV) return (built ??= readLists().then(derive));
  await devContentCheck();
  const lists = await readLists();
  const key = contentKey(lists);
  if (cached?.key !== key) cached = { key, playbook: derive(lists) };
  return cached.playbook;
}
