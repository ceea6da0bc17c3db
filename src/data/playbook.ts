// Loads the playbook once per build and derives what pages share: sorted entries, references, backlinks and
// the component graph. Pages and components ask here instead of deriving the same things again.
import { getCollection, type CollectionEntry } from 'astro:content';
import { pageCollections, refKey, type EntryRef, type PageCollection } from '../lib/collections.ts';
import { allReferences, backlinkIndex, type Reference } from '../lib/references.ts';
import { groupBacklinks, type BacklinkGroup } from '../lib/backlinks.ts';
import { groupEntries, type EntryGroup } from '../lib/grouping.ts';
import { decisionRights, type DecisionRight } from '../lib/decisions.ts';
import type { ComponentNode } from '../lib/sequence.ts';
import { mergeTranslation } from '../lib/translation.ts';
import { listTranslations } from '../node/translations.ts';
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
  /** Every reference to an entry, as the content makes them (the same in every language). */
  referencesTo: (to: EntryRef) => readonly Reference[];
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
  /** Any entry, the questionnaire included. */
  entryOf: (ref: EntryRef) => AnyEntry | undefined;
  /** The language an entry's words are in here: this playbook's language, or the default one where no translation exists. */
  langOf: (ref: EntryRef) => string;
  /** The translation of an entry into this playbook's language, when there is one (its body is rendered instead). */
  translationOf: (ref: EntryRef) => CollectionEntry<'translations'> | undefined;
}

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
  const { problems } = checkContentFolder(settings.root, settings.contentDir, settings);
  if (problems.length > 0) throw new Error(formatProblemReport(problems));
  checkedFingerprint = fingerprint;
}

type Lists = [PageEntry[][], CollectionEntry<'assessment'>[], CollectionEntry<'translations'>[]];
const readLists = async (): Promise<Lists> =>
  Promise.all([
    Promise.all(pageCollections.map((c) => getCollection(c) as Promise<PageEntry[]>)),
    getCollection('assessment'),
    // Astro warns about an empty collection: ask only when there are translations to read.
    listTranslations(settings.root, settings.contentDir).length > 0 ? getCollection('translations') : Promise.resolve([]),
  ]);

/** Identifies the content the data store holds now (each entry's digest), to know when to derive again. */
const contentKey = ([pages, assessment, translations]: Lists) =>
  [...pages.flat(), ...assessment, ...translations].map((e) => `${e.collection}/${e.id}@${(e as { digest?: string }).digest ?? ''}`).join('|');

/** The playbook's structure, in the default language: sorted entries, references, backlinks, groups. */
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
    referencesTo: (to) => backlinks.get(refKey(to)) ?? [],
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
    entryOf: (ref) => byKey.get(refKey(ref)),
    langOf: () => settings.language,
    translationOf: () => undefined,
  };
}

/**
 * The playbook in another language: the same structure (order, references, backlinks, groups, decisions and
 * component graph, computed once), with the words of each entry's translation where it has one (text only,
 * checked by the content check) and the default language's words elsewhere.
 */
function localize(base: Playbook, translations: readonly CollectionEntry<'translations'>[], language: string): Playbook {
  if (language === settings.language) return base;
  const byId = new Map(translations.filter((t) => t.id.startsWith(`${language}/`)).map((t) => [t.id, t]));
  const translationOf = (ref: EntryRef) => byId.get(`${language}/${refKey(ref)}`);
  const cache = new Map<string, AnyEntry>();
  const local = <E extends AnyEntry>(entry: E): E => {
    const key = refKey(entry);
    if (!cache.has(key)) {
      const translation = translationOf(entry);
      cache.set(key, translation ? ({ ...entry, data: mergeTranslation(entry.data, translation.data) } as AnyEntry) : entry);
    }
    return cache.get(key) as E;
  };
  const entries = Object.fromEntries(pageCollections.map((c) => [c, (base.entries[c] as PageEntry[]).map(local)])) as Playbook['entries'];
  const groups = Object.fromEntries(
    pageCollections.map((c) => [c, (base.groups[c] as EntryGroup<PageEntry>[]).map((g) => ({ ...g, entries: g.entries.map(local) }))]),
  ) as Playbook['groups'];
  const entryOf = (ref: EntryRef) => {
    const entry = base.entryOf(ref);
    return entry ? local(entry) : undefined;
  };
  const dataOf = (ref: EntryRef) => entryOf(ref)?.data;
  const processes = new Map(entries.processes.map((p) => [p.id, p.data]));
  const titleOf = new Map(entries.components.map((c) => [c.id, c.data.title]));
  return {
    ...base,
    entries,
    groups,
    assessment: base.assessment.map(local),
    // The same references, read in this language's words: a step's or a question's text and its parents'.
    backlinksOf: (to, order) => groupBacklinks(base.referencesTo(to), dataOf, order),
    decisions: base.decisions.map((d) => {
      const step = processes.get(d.processId)?.steps.find((s) => s.id === d.stepId);
      return { ...d, processTitle: processes.get(d.processId)?.title ?? d.processTitle, stepTitle: step?.title ?? d.stepTitle, decision: step?.decision ?? d.decision };
    }),
    components: base.components.map((c) => ({ ...c, title: titleOf.get(c.id) ?? c.title })),
    resolve: <C extends PageCollection>(ref: EntryRef<C>) => local(base.resolve(ref)),
    dataOf,
    entryOf,
    langOf: (ref) => (translationOf(ref) ? language : settings.language),
    translationOf,
  };
}

let built: Promise<{ lists: Lists; base: Playbook }> | undefined;
const byLanguage = new Map<string, Playbook>();
let devCache: { key: string; base: Playbook; lists: Lists; byLanguage: Map<string, Playbook> } | undefined;

/**
 * The playbook in a language (the default language when `language` is undefined), derived once per build and
 * language (in `astro dev`, once per content change).
 */
export async function loadPlaybook(language?: string): Promise<Playbook> {
  const code = settings.locales.some((l) => l.code === language) ? language! : settings.language;
  if (!import.meta.env.DEV) {
    const { lists, base } = await (built ??= readLists().then((lists) => ({ lists, base: derive(lists) })));
    let playbook = byLanguage.get(code);
    if (!playbook) byLanguage.set(code, (playbook = localize(base, lists[2], code)));
    return playbook;
  }
  await devContentCheck();
  const lists = await readLists();
  const key = contentKey(lists);
  if (devCache?.key !== key) devCache = { key, lists, base: derive(lists), byLanguage: new Map() };
  let playbook = devCache.byLanguage.get(code);
  if (!playbook) devCache.byLanguage.set(code, (playbook = localize(devCache.base, lists[2], code)));
  return playbook;
}
