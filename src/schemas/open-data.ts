// The open-data documents (playbook.json, questionnaire.json) as zod schemas. Each entry's fields are the
// collection's own content schema, so the documents and their published JSON Schemas (src/node/open-data-schema.ts)
// follow the content model as it grows, without a list of fields anywhere else.
import { z } from 'astro/zod';
import { playbookSchemas } from './index.ts';
import { entryId } from './refs.ts';
import { collectionNames, type CollectionName } from '../lib/collections.ts';
import { raciLetters } from '../lib/raci.ts';
import { openDataFormats } from '../lib/open-data/format.ts';

/** An entry at the other end of a reference: enough to name it and link to it. */
export const linkedEntrySchema = z.strictObject({
  /** The collection of the entry. */
  collection: z.enum(collectionNames),
  /** Its id, the name of its file without the extension. */
  id: entryId,
  /** Its title. */
  title: z.string(),
  /** Where it is on the site: its page, or the step or question inside a page that holds the reference. */
  url: z.string(),
});

/** One reference between two entries, and the field it stands in. */
export const linkSchema = z.strictObject({
  /** Where the reference stands in the fields of the entry that holds it, e.g. "steps[2].accountable". */
  field: z.string(),
  /** The id of the step or question that holds the reference, when it stands inside one (its anchor on the page). */
  item: z.string().optional(),
  /** The entry at the other end. */
  entry: linkedEntrySchema,
});

/** One entry of the playbook with its fields, its text and its links both ways. */
export const entryDocumentSchema = <C extends CollectionName>(collection: C) =>
  z.strictObject({
    /** The entry's id: the name of its file without the extension. */
    id: entryId,
    /** The collection it belongs to. */
    collection: z.literal(collection),
    /** Its page on the site (the questionnaire's: the self-assessment page). */
    url: z.string(),
    /** When its file last changed, as an ISO 8601 date and time. */
    updated: z.string().optional(),
    /** Its fields, as the content model defines them, with defaults filled in; a reference is { collection, id }. */
    fields: playbookSchemas[collection],
    /** Its text as Markdown, with links to the site's pages made absolute; empty for data collections. */
    body: z.string(),
    /** The entries its fields refer to. */
    references: z.array(linkSchema),
    /** The entries that refer to it (its backlinks). */
    referencedBy: z.array(linkSchema),
  });

/** Who publishes the playbook, and where. */
export const playbookInfoSchema = z.strictObject({
  /** The site's title. */
  title: z.string(),
  /** The organization that publishes it. */
  organization: z.string(),
  /** What the playbook is, in two or three sentences. */
  description: z.string(),
  /** The language of the content, as a BCP 47 tag. */
  language: z.string(),
  /** The site's home page. */
  url: z.string(),
});

/** One role's part in one step of a governance process. */
export const raciAssignmentSchema = z.strictObject({
  /** The process, by id. */
  process: entryId,
  /** The step, by its id within the process. */
  step: entryId,
  /** The role, by id. */
  role: entryId,
  /** R responsible, A accountable (exactly one role per step), C consulted, I informed. */
  responsibility: z.enum(raciLetters),
});

/** A platform component in a wave, and the use cases that need it. */
export const waveComponentSchema = z.strictObject({
  /** The component, by id. */
  id: entryId,
  /** The use cases that need it, directly or through what builds on it, by id. */
  usedBy: z.array(entryId),
});

/** One wave of platform investment: components that can be built once the earlier waves exist. */
export const waveSchema = z.strictObject({
  /** The wave's number, from 1. */
  wave: z.number().int().positive(),
  /** Its components, those that unlock the most use cases first. */
  components: z.array(waveComponentSchema),
});

const entriesByCollection = Object.fromEntries(
  collectionNames.map((collection) => [
    collection,
    z.array(entryDocumentSchema(collection)).meta({ description: `Every entry of the ${collection} collection, in the order the site lists them.` }),
  ]),
) as { [C in CollectionName]: z.ZodArray<ReturnType<typeof entryDocumentSchema<C>>> };

/** The whole playbook as one document: playbook.json. */
export const playbookDocumentSchema = z.strictObject({
  /** The address of the JSON Schema this document follows. */
  $schema: z.string(),
  /** What this document is. */
  format: z.literal(openDataFormats.playbook.name),
  /** The version of the format: it goes up when a field is removed or changes meaning, not when the content model gains one. */
  formatVersion: z.literal(openDataFormats.playbook.version),
  /** The playbook's title, publisher, language and home page. */
  playbook: playbookInfoSchema,
  /** Every entry, by collection. */
  entries: z.strictObject(entriesByCollection),
  /** The RACI matrix derived from the processes' steps: one item per role and letter in a step. */
  raci: z.array(raciAssignmentSchema),
  /** The portfolio's waves: the order in which to build the components the sample use cases need and the catalogue does not have yet (the sequencing planner's plan for every use case). */
  waves: z.array(waveSchema),
});
export type PlaybookDocument = z.output<typeof playbookDocumentSchema>;
export type EntryDocument<C extends CollectionName = CollectionName> = z.output<ReturnType<typeof entryDocumentSchema<C>>>;
export type Link = z.output<typeof linkSchema>;
export type Wave = z.output<typeof waveSchema>;
export type RaciAssignment = z.output<typeof raciAssignmentSchema>;
export type PlaybookInfo = z.output<typeof playbookInfoSchema>;

/** The readiness questionnaire alone: questionnaire.json. */
export const questionnaireDocumentSchema = z.strictObject({
  /** The address of the JSON Schema this document follows. */
  $schema: z.string(),
  /** What this document is. */
  format: z.literal(openDataFormats.questionnaire.name),
  /** The version of the format: it goes up when a field is removed or changes meaning, not when the content model gains one. */
  formatVersion: z.literal(openDataFormats.questionnaire.version),
  /** The playbook it belongs to. */
  playbook: playbookInfoSchema,
  /** The questionnaire, or null when the playbook has none. */
  questionnaire: entryDocumentSchema('assessment').nullable(),
});
export type QuestionnaireDocument = z.output<typeof questionnaireDocumentSchema>;

/** Each object schema of the documents with the variable name its doc comments are filed under. */
export const openDataSchemaNames = new Map<z.core.$ZodType, string>([
  [linkedEntrySchema, 'linkedEntrySchema'],
  [linkSchema, 'linkSchema'],
  [playbookInfoSchema, 'playbookInfoSchema'],
  [raciAssignmentSchema, 'raciAssignmentSchema'],
  [waveComponentSchema, 'waveComponentSchema'],
  [waveSchema, 'waveSchema'],
  [playbookDocumentSchema, 'playbookDocumentSchema'],
  [questionnaireDocumentSchema, 'questionnaireDocumentSchema'],
  ...collectionNames.map((c) => [entriesByCollection[c].element, 'entryDocumentSchema'] as const),
  [questionnaireDocumentSchema.shape.questionnaire.unwrap(), 'entryDocumentSchema'],
]);
