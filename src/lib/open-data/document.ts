// playbook.json: the whole playbook as one versioned document, built from the entries as the site reads them.
// Every other open-data file (questionnaire.json, raci.csv, llms.txt, llms-full.txt) is a view of it.
import { collectionNames, refKey, type CollectionName, type EntryRef } from '../collections.ts';
import { entryPath } from '../paths.ts';
import { stepRaci } from '../raci.ts';
import { allReferences, backlinkIndex, formatFieldPath, type Reference } from '../references.ts';
import { itemAt } from '../backlinks.ts';
import { rewriteMarkdownLinks } from './markdown.ts';
import { openDataFormats } from './format.ts';
import type { PlaybookData } from '../../schemas/index.ts';
import type {
  EntryDocument,
  Link,
  PlaybookDocument,
  PlaybookInfo,
  QuestionnaireDocument,
  RaciAssignment,
  Wave,
} from '../../schemas/open-data.ts';

/** An entry as the site reads it: its parsed fields (defaults filled in, references as `{ collection, id }`). */
export type SourceEntry = {
  [C in CollectionName]: {
    collection: C;
    id: string;
    data: PlaybookData[C];
    /** The Markdown body as written (empty for data collections). */
    body: string;
    /** When its file last changed, ISO 8601. */
    updated?: string | undefined;
  };
}[CollectionName];

export interface DocumentSource {
  playbook: PlaybookInfo;
  /** Every entry, each collection in the order the site lists it. */
  entries: readonly SourceEntry[];
  /** The portfolio's waves (see waves.ts). */
  waves: Wave[];
  /** Where the document's JSON Schema is published. */
  schemaUrl: string;
  /** A root-relative site path as a public address (with the base path, absolute when the site's URL is known). */
  href: (path: string) => string;
}

/** Every role's letters in every step, in process and step order. */
export function raciAssignments(processes: readonly { id: string; fields: PlaybookData['processes'] }[]): RaciAssignment[] {
  return processes.flatMap((process) =>
    process.fields.steps.flatMap((step) =>
      stepRaci(step).flatMap(({ letter, roles }) =>
        roles.map((role) => ({ process: process.id, step: step.id, role: role.id, responsibility: letter })),
      ),
    ),
  );
}

/** Builds playbook.json from the entries. Pure: the same entries always give the same result. */
export function playbookDocument(source: DocumentSource): PlaybookDocument {
  const { href } = source;
  const byKey = new Map(source.entries.map((entry) => [refKey(entry), entry]));
  const titleOf = (ref: EntryRef) => {
    const title = (byKey.get(refKey(ref))?.data as { title?: unknown } | undefined)?.title;
    return typeof title === 'string' ? title : ref.id;
  };
  const linked = (ref: EntryRef, fragment?: string) => ({
    collection: ref.collection,
    id: ref.id,
    title: titleOf(ref),
    url: href(entryPath(ref, fragment)),
  });
  const references = allReferences(source.entries.map((e) => ({ collection: e.collection, id: e.id, file: '', data: e.data })));
  const outgoing = new Map<string, Reference[]>();
  for (const reference of references) outgoing.set(refKey(reference.from), [...(outgoing.get(refKey(reference.from)) ?? []), reference]);
  const incoming = backlinkIndex(references);
  const link = (reference: Reference, side: 'to' | 'from'): Link => {
    const item = itemAt(byKey.get(refKey(reference.from))?.data, reference.path)?.id;
    return {
      field: formatFieldPath(reference.path),
      ...(item ? { item } : {}),
      entry: side === 'to' ? linked(reference.to) : linked(reference.from, item),
    };
  };
  const entryDocument = (entry: SourceEntry): EntryDocument => ({
    id: entry.id,
    collection: entry.collection,
    url: href(entryPath(entry)),
    ...(entry.updated ? { updated: entry.updated } : {}),
    fields: entry.data,
    body: rewriteMarkdownLinks(entry.body, href),
    references: (outgoing.get(refKey(entry)) ?? []).map((r) => link(r, 'to')),
    referencedBy: (incoming.get(refKey(entry)) ?? []).map((r) => link(r, 'from')),
  }) as EntryDocument;
  const entries = Object.fromEntries(
    collectionNames.map((collection) => [collection, source.entries.filter((e) => e.collection === collection).map(entryDocument)]),
  ) as PlaybookDocument['entries'];
  return {
    $schema: source.schemaUrl,
    format: openDataFormats.playbook.name,
    formatVersion: openDataFormats.playbook.version,
    playbook: source.playbook,
    entries,
    raci: raciAssignments(entries.processes),
    waves: source.waves,
  };
}

/** questionnaire.json: the readiness questionnaire of a playbook document, on its own. */
export function questionnaireDocument(playbook: PlaybookDocument, schemaUrl: string): QuestionnaireDocument {
  return {
    $schema: schemaUrl,
    format: openDataFormats.questionnaire.name,
    formatVersion: openDataFormats.questionnaire.version,
    playbook: playbook.playbook,
    questionnaire: playbook.entries.assessment[0] ?? null,
  };
}
