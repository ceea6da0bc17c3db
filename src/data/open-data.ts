// The open-data files, built from the playbook the pages use: once per build (in `astro dev`, again whenever the
// content changes). playbook.json and questionnaire.json are checked against their own JSON Schemas before they
// are written: a document that breaks its schema stops the build.
import { loadPlaybook, type PageEntry, type Playbook } from './playbook.ts';
import { settings, url } from './build-settings.ts';
import { uiFor } from './i18n.ts';

// Open data is published in the default language.
const ui = uiFor(undefined);
const { t } = ui;
import { collectionNames, pageCollections } from '../lib/collections.ts';
import { openDataFiles, type OpenDataFile } from '../lib/routes.ts';
import { playbookDocument, questionnaireDocument, type SourceEntry } from '../lib/open-data/document.ts';
import { portfolioWaves } from '../lib/open-data/waves.ts';
import { raciCsv } from '../lib/open-data/csv.ts';
import { llmsFullTxt, llmsTxt, type LlmsFullText, type LlmsText } from '../lib/open-data/llms.ts';
import { lastUpdated } from '../node/git.ts';
import { assertFollowsSchema, playbookJsonSchema, questionnaireJsonSchema, schemasDirOf } from '../node/open-data-schema.ts';
import type { PlaybookDocument, QuestionnaireDocument } from '../schemas/open-data.ts';

/** A root-relative site path as others reach it: absolute when the site's public URL is set, else with the base path. */
export function publicUrl(path: string): string {
  const local = url(path);
  return import.meta.env.SITE ? new URL(local, import.meta.env.SITE).href : local;
}

const schemaOptions = (title: string, file: string) => ({
  id: import.meta.env.SITE ? publicUrl(file) : undefined,
  title,
  schemasDir: schemasDirOf(settings.root),
});

export interface OpenData {
  playbook: PlaybookDocument;
  playbookSchema: Record<string, unknown>;
  questionnaire: QuestionnaireDocument;
  questionnaireSchema: Record<string, unknown>;
}

// The schemas follow the zod schemas only, so they are generated once (and compiled once by Ajv).
let schemas: { playbook: Record<string, unknown>; questionnaire: Record<string, unknown> } | undefined;
const documentSchemas = () =>
  (schemas ??= {
    playbook: playbookJsonSchema(schemaOptions(t('openData.playbook.schemaTitle', { title: settings.title }), openDataFiles.playbookSchema)),
    questionnaire: questionnaireJsonSchema(
      schemaOptions(t('openData.questionnaire.schemaTitle', { title: settings.title }), openDataFiles.questionnaireSchema),
    ),
  });

function build(playbook: Playbook): OpenData {
  const dated = (entry: { filePath?: string | undefined }) =>
    entry.filePath ? lastUpdated(entry.filePath, settings).toISOString() : undefined;
  const entries = [
    ...pageCollections.flatMap((collection) => playbook.entries[collection] as PageEntry[]),
    ...playbook.assessment,
  ].map((entry) => ({ collection: entry.collection, id: entry.id, data: entry.data, body: entry.body ?? '', updated: dated(entry) }) as SourceEntry);
  const useCases = playbook.entries['use-cases'].map((u) => ({ id: u.id, requires: u.data.requires.map((r) => r.id) }));
  const info = { title: settings.title, organization: settings.organization, description: settings.description, language: settings.language, url: publicUrl('/') };

  const { playbook: playbookSchema, questionnaire: questionnaireSchema } = documentSchemas();
  const document = playbookDocument({
    playbook: info,
    entries,
    waves: portfolioWaves(playbook.components, useCases),
    schemaUrl: publicUrl(openDataFiles.playbookSchema),
    href: publicUrl,
  });
  assertFollowsSchema(playbookSchema, document, openDataFiles.playbook);

  const questionnaire = questionnaireDocument(document, publicUrl(openDataFiles.questionnaireSchema));
  assertFollowsSchema(questionnaireSchema, questionnaire, openDataFiles.questionnaire);
  return { playbook: document, playbookSchema, questionnaire, questionnaireSchema };
}

let built: { source: Playbook; data: OpenData } | undefined;

/** The open-data documents and their schemas, checked; built again only when the playbook has changed. */
export async function openData(): Promise<OpenData> {
  const playbook = await loadPlaybook();
  if (built?.source !== playbook) built = { source: playbook, data: build(playbook) };
  return built.data;
}

/** The interface words of llms.txt and llms-full.txt, in the site's language. */
function llmsWords(): LlmsFullText {
  const files: LlmsText['files'] = [
    { title: t('openData.playbook.title'), url: publicUrl(openDataFiles.playbook), description: t('openData.playbook.text') },
    { title: t('openData.llmsFull.title'), url: publicUrl(openDataFiles.llmsFull), description: t('openData.llmsFull.text') },
    { title: t('openData.raci.title'), url: publicUrl(openDataFiles.raci), description: t('openData.raci.text') },
    { title: t('openData.questionnaire.title'), url: publicUrl(openDataFiles.questionnaire), description: t('openData.questionnaire.text') },
  ];
  return {
    sections: Object.fromEntries(collectionNames.map((c) => [c, ui.collection(c).plural])) as LlmsText['sections'],
    intro: t('openData.llms.intro'),
    optional: t('openData.llms.optional'),
    files,
    fieldLabel: (field) => ui.field(field),
    valueLabel: (value) => ui.value(value),
    aliases: ui.field('aliases'),
    page: t('openData.llmsFull.page'),
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const types = {
  json: 'application/json; charset=utf-8',
  schema: 'application/schema+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const;

/** The text of one open-data file and its media type: what its endpoint serves and the open-data page sizes. */
export async function openDataFile(file: OpenDataFile): Promise<{ text: string; type: string }> {
  const data = await openData();
  switch (file) {
    case 'playbook':
      return { text: json(data.playbook), type: types.json };
    case 'playbookSchema':
      return { text: json(data.playbookSchema), type: types.schema };
    case 'questionnaire':
      return { text: json(data.questionnaire), type: types.json };
    case 'questionnaireSchema':
      return { text: json(data.questionnaireSchema), type: types.schema };
    case 'raci':
      return {
        text: raciCsv(data.playbook, { process: t('openData.raci.process'), step: t('openData.raci.step'), link: t('openData.raci.link') }),
        type: types.csv,
      };
    case 'llms':
      return { text: llmsTxt(data.playbook, llmsWords()), type: types.text };
    case 'llmsFull':
      return { text: llmsFullTxt(data.playbook, llmsWords()), type: types.text };
  }
}

/** The response of an open-data endpoint. */
export async function openDataResponse(file: OpenDataFile): Promise<Response> {
  const { text, type } = await openDataFile(file);
  return new Response(text, { headers: { 'content-type': type } });
}
