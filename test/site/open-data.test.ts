// The open-data files of both builds, as a tool that downloads them sees them: every entry there, each link
// working, each JSON document valid against the JSON Schema published beside it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { loadSettings } from '../../src/node/settings-file.ts';
import { schemaProblems } from '../../src/node/open-data-schema.ts';
import { collectionNames, pageCollections } from '../../src/lib/collections.ts';
import { openDataFiles, sitePages } from '../../src/lib/routes.ts';
import { en } from '../../src/i18n/en.ts';
import { projectRoot, sites } from '../helpers/astro.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';
import type { EntryDocument, PlaybookDocument, QuestionnaireDocument } from '../../src/schemas/open-data.ts';

const { entries } = checkContentFolder(projectRoot, 'content');
const settings = loadSettings(projectRoot);
const pageEntries = entries.filter((e) => (pageCollections as readonly string[]).includes(e.collection));

describe.each(Object.entries(sites))('open data of the site built at %s', (_name, site) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveStatic(site.dir, site.base);
  });
  afterAll(() => server.close());

  const file = (name: keyof typeof openDataFiles) => readFileSync(path.join(site.dir, openDataFiles[name]), 'utf8');
  const json = <T>(name: keyof typeof openDataFiles) => JSON.parse(file(name)) as T;
  // The files name the public site; here the same paths are served locally.
  const publicRoot = new URL(site.base, settings.site).href;
  const local = (url: string) => {
    expect(url.startsWith(publicRoot), url).toBe(true);
    return new URL(url.slice(publicRoot.length), server.root).href;
  };

  it('publishes playbook.json with every entry, valid against the JSON Schema beside it', () => {
    const document = json<PlaybookDocument>('playbook');
    const schema = json<Record<string, unknown>>('playbookSchema');
    expect(document.$schema).toBe(new URL(openDataFiles.playbookSchema.slice(1), publicRoot).href);
    expect(schema['$id']).toBe(document.$schema);
    expect(schemaProblems(schema, document)).toEqual([]);
    const all = collectionNames.flatMap((c) => document.entries[c] as EntryDocument[]);
    expect(all.map((e) => `${e.collection}/${e.id}`).sort()).toEqual(entries.map((e) => `${e.collection}/${e.id}`).sort());
    for (const entry of all.filter((e) => e.collection !== 'assessment')) {
      expect(entry.url).toBe(new URL(`${entry.collection}/${entry.id}/`, publicRoot).href);
    }
    expect(document.raci.length).toBeGreaterThan(0);
    expect(document.waves.length).toBeGreaterThan(0);
  });

  it('publishes the questionnaire as JSON, valid against its schema', () => {
    const document = json<QuestionnaireDocument>('questionnaire');
    expect(schemaProblems(json('questionnaireSchema'), document)).toEqual([]);
    const source = entries.find((e) => e.collection === 'assessment')!;
    expect(document.questionnaire?.id).toBe(source.id);
    expect(document.questionnaire?.fields.dimensions.flatMap((d) => d.questions.map((q) => q.id))).toEqual(
      (source.data as { dimensions: { questions: { id: string }[] }[] }).dimensions.flatMap((d) => d.questions.map((q) => q.id)),
    );
  });

  it('publishes the RACI matrix as CSV: a row per process step, a column per role', async () => {
    const response = await fetch(new URL(openDataFiles.raci.slice(1), server.root));
    expect(response.status).toBe(200);
    const rows = (await response.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const roles = entries.filter((e) => e.collection === 'roles');
    const steps = entries.filter((e) => e.collection === 'processes').flatMap((e) => (e.data as { steps: unknown[] }).steps);
    expect(rows).toHaveLength(steps.length + 1);
    for (const role of roles) expect(rows[0]).toContain((role.data as { title: string }).title);
    // Exactly one A per step. (The role columns and the link at the end hold no commas; titles before them may.)
    for (const row of rows.slice(1)) {
      const letters = row.split(',').slice(-(roles.length + 1), -1);
      expect(letters.every((cell) => /^R?A?C?I?$/.test(cell)), row).toBe(true);
      expect(letters.filter((cell) => cell.includes('A')).length, row).toBe(1);
    }
  });

  it('lists every entry page in llms.txt, and every link in it resolves', async () => {
    const text = file('llms');
    expect(text.startsWith(`# ${settings.title}\n\n> `)).toBe(true);
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    for (const e of pageEntries) expect(links, `${e.collection}/${e.id}`).toContain(new URL(`${e.collection}/${e.id}/`, publicRoot).href);
    for (const link of links) {
      const response = await fetch(local(link), { redirect: 'manual' });
      expect(response.status, link).toBe(200);
    }
  });

  it('puts every entry’s text in llms-full.txt, with its address', () => {
    const text = file('llmsFull');
    for (const e of pageEntries) {
      expect(text).toContain(`### ${(e.data as { title: string }).title}\n\n${en['openData.llmsFull.page']}: ${new URL(`${e.collection}/${e.id}/`, publicRoot).href}\n`);
    }
  });

  it('links every file from the Open data page, and the page from every page’s footer', () => {
    const page = readFileSync(path.join(site.dir, sitePages.openData, 'index.html'), 'utf8');
    for (const name of Object.keys(openDataFiles) as (keyof typeof openDataFiles)[]) {
      expect(page).toContain(`href="${site.base}${openDataFiles[name].slice(1)}"`);
    }
    const home = readFileSync(path.join(site.dir, 'index.html'), 'utf8');
    expect(home).toContain(`<a href="${site.base}open-data/">${en['openData.title']}</a>`);
  });
});
