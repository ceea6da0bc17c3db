// The open-data builders on the default playbook, read the way `npm run check` reads it (no Astro): the
// document, its JSON Schema, and every view of it (CSV, llms.txt, llms-full.txt).
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { assertFollowsSchema, playbookJsonSchema, questionnaireJsonSchema, schemaProblems } from '../../src/node/open-data-schema.ts';
import { playbookDocument, questionnaireDocument, type SourceEntry } from '../../src/lib/open-data/document.ts';
import { portfolioWaves } from '../../src/lib/open-data/waves.ts';
import { csvField, raciCsv, toCsv } from '../../src/lib/open-data/csv.ts';
import { llmsFullTxt, llmsTxt, type LlmsFullText } from '../../src/lib/open-data/llms.ts';
import { rewriteMarkdownLinks, shiftHeadings } from '../../src/lib/open-data/markdown.ts';
import { collectionNames, refKey } from '../../src/lib/collections.ts';
import { lettersFor } from '../../src/lib/raci.ts';
import { entryPath, withBase } from '../../src/lib/paths.ts';
import { playbookSchemas } from '../../src/schemas/index.ts';
import type { EntryDocument, PlaybookDocument } from '../../src/schemas/open-data.ts';
import { projectRoot } from '../helpers/astro.ts';

const { parsed, problems } = checkContentFolder(projectRoot, 'content');
const entries = parsed.map((p) => ({ ...p.entry, body: p.body })) as unknown as SourceEntry[];
const href = (path: string) => new URL(withBase('/playbook/', path), 'https://ai.example.com').href;
const components = entries.flatMap((e) =>
  e.collection === 'components'
    ? [{ id: e.id, dependsOn: e.data.dependsOn.map((d) => d.id), setupCost: e.data.setupCost, onboardingCost: e.data.onboardingCost, status: e.data.status }]
    : [],
);
const useCases = entries.flatMap((e) => (e.collection === 'use-cases' ? [{ id: e.id, requires: e.data.requires.map((r) => r.id) }] : []));
const build = (): PlaybookDocument =>
  playbookDocument({
    playbook: { title: 'Playbook', organization: 'Org', description: 'What it is, in a sentence or two.', language: 'en', url: href('/') },
    entries,
    waves: portfolioWaves(components, useCases),
    schemaUrl: href('/playbook.schema.json'),
    href,
  });
const schema = playbookJsonSchema({ title: 'playbook.json' });
const everyEntry = (document: PlaybookDocument) => collectionNames.flatMap((c) => document.entries[c] as EntryDocument[]);

const words: LlmsFullText = {
  sections: Object.fromEntries(collectionNames.map((c) => [c, `Section ${c}`])) as LlmsFullText['sections'],
  intro: 'Every entry, linked.',
  optional: 'Optional',
  files: [{ title: 'The whole playbook', url: href('/playbook.json'), description: 'As JSON.' }],
  fieldLabel: (field) => ({ group: 'Group', accountable: 'Accountable' })[field],
  valueLabel: (value) => ({ business: 'Business' })[value],
  aliases: 'Also known as',
  page: 'Page',
};

describe('playbook.json', () => {
  const document = build();
  const all = everyEntry(document);

  it('is built from valid content', () => {
    expect(problems).toEqual([]);
    expect(all.length).toBe(entries.length);
  });

  it('holds every entry with its fields, its address and its Markdown body', () => {
    for (const entry of entries) {
      const found = all.find((e) => e.collection === entry.collection && e.id === entry.id);
      expect(found, refKey(entry)).toBeDefined();
      expect(found!.fields).toEqual(entry.data);
      expect(found!.url).toBe(href(entryPath(entry)));
      if (entry.body.trim()) expect(found!.body.length).toBeGreaterThan(0);
    }
  });

  it('resolves each reference both ways, with titles and addresses', () => {
    const outgoing = all.flatMap((e) => e.references);
    const incoming = all.flatMap((e) => e.referencedBy);
    expect(outgoing.length).toBeGreaterThan(100);
    expect(incoming.length).toBe(outgoing.length);
    // A step's accountable role lists the step among its backlinks, with the step's anchor.
    const process = document.entries.processes[0]!;
    const step = process.fields.steps[0]!;
    const role = document.entries.roles.find((r) => r.id === step.accountable.id)!;
    expect(role.referencedBy).toContainEqual({
      field: 'steps[0].accountable',
      item: step.id,
      entry: { collection: 'processes', id: process.id, title: process.fields.title, url: `${process.url}#${step.id}` },
    });
    expect(process.references).toContainEqual({
      field: 'steps[0].accountable',
      item: step.id,
      entry: { collection: 'roles', id: role.id, title: role.fields.title, url: role.url },
    });
  });

  it('makes the root-relative links in bodies absolute, with the base path', () => {
    const linking = all.find((e) => /\]\(\//.test(entries.find((s) => s.id === e.id && s.collection === e.collection)!.body))!;
    expect(linking).toBeDefined();
    expect(linking.body).not.toMatch(/\]\(\/[^/]/);
    expect(linking.body).toContain('](https://ai.example.com/playbook/');
  });

  it('derives the RACI with exactly one accountable role per step', () => {
    for (const process of document.entries.processes) {
      for (const step of process.fields.steps) {
        const letters = document.raci.filter((a) => a.process === process.id && a.step === step.id);
        expect(letters.filter((a) => a.responsibility === 'A')).toHaveLength(1);
        for (const a of letters) expect(lettersFor(step, a.role)).toContain(a.responsibility);
      }
    }
  });

  it('puts every component a use case needs and the catalogue does not have yet in a wave after what it is built on', () => {
    const waveOf = new Map(document.waves.flatMap((w) => w.components.map((c) => [c.id, w.wave] as const)));
    const status = new Map(components.map((c) => [c.id, c.status]));
    for (const useCase of useCases) {
      for (const id of useCase.requires) expect(waveOf.has(id) || status.get(id) === 'available', id).toBe(true);
    }
    for (const [id, wave] of waveOf) {
      expect(status.get(id), id).not.toBe('available');
      for (const dependency of components.find((c) => c.id === id)!.dependsOn) {
        if (waveOf.has(dependency)) expect(waveOf.get(dependency)!, `${dependency} before ${id}`).toBeLessThan(wave);
      }
    }
  });

  it('follows its JSON Schema, and the schema refuses a document that breaks it', () => {
    expect(schemaProblems(schema, document)).toEqual([]);
    const broken = structuredClone(document) as unknown as { entries: Record<string, { fields: Record<string, unknown> }[]> };
    broken.entries['roles']![0]!.fields['group'] = 'not-a-group';
    broken.entries['components']![0]!.fields['unknownField'] = 1;
    delete (broken.entries['metrics']![0]!.fields as Record<string, unknown>)['owner'];
    const found = schemaProblems(schema, broken);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/entries\/roles\/0\/fields\/group: must be equal to one of the allowed values/),
        expect.stringMatching(/^\/entries\/components\/0\/fields: must NOT have additional properties/),
        expect.stringMatching(/^\/entries\/metrics\/0\/fields: must have required property 'owner'/),
      ]),
    );
  });

  it('stops the build with every problem listed when the document breaks its schema', () => {
    expect(() => assertFollowsSchema(schema, document, '/playbook.json')).not.toThrow();
    const broken = { ...structuredClone(document), formatVersion: 99, extra: true };
    expect(() => assertFollowsSchema(schema, broken, '/playbook.json')).toThrow(
      /^\/playbook\.json does not follow its own JSON Schema \(2 problems\):\n {2}\/: must NOT have additional properties[\s\S]*\/formatVersion: must be equal to constant[\s\S]*fix: /,
    );
  });

  it('has a schema generated from the content schemas: every field of every collection, described', () => {
    const entriesSchema = (schema['properties'] as Record<string, { properties: Record<string, unknown> }>)['entries']!.properties;
    for (const collection of collectionNames) {
      const fields = (entriesSchema[collection] as { items: { properties: { fields: { properties: Record<string, { description?: string }> } } } })
        .items.properties.fields.properties;
      expect(Object.keys(fields), collection).toEqual(Object.keys(playbookSchemas[collection].shape));
      for (const [name, field] of Object.entries(fields)) expect(field.description, `${collection}.${name}`).toBeTruthy();
    }
  });

  it('gives the questionnaire a document and schema of its own', () => {
    const questionnaire = questionnaireDocument(document, href('/questionnaire.schema.json'));
    expect(questionnaire.questionnaire?.fields.dimensions.length).toBeGreaterThan(0);
    expect(questionnaire.questionnaire).toEqual(document.entries.assessment[0]);
    expect(schemaProblems(questionnaireJsonSchema({ title: 'questionnaire.json' }), questionnaire)).toEqual([]);
  });
});

describe('raci.csv', () => {
  const document = build();
  const csv = raciCsv(document, { process: 'Process', step: 'Step', link: 'Link' });
  const rows = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

  it('has a column per role and a row per step, with the letters each role holds', () => {
    const steps = document.entries.processes.flatMap((p) => p.fields.steps.map((s) => ({ p, s })));
    expect(rows).toHaveLength(steps.length + 1);
    expect(rows[0]).toBe(['Process', 'Step', ...document.entries.roles.map((r) => csvField(r.fields.title)), 'Link'].join(','));
    const { p, s } = steps[0]!;
    expect(rows[1]).toBe(
      [p.fields.title, s.title, ...document.entries.roles.map((r) => lettersFor(s, r.id).join('')), `${p.url}#${s.id}`].map(csvField).join(','),
    );
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('\uFEFFa,b\r\nc,d\r\n');
  });
});

describe('llms.txt and llms-full.txt', () => {
  const document = build();

  it('lists every entry as a link to its page with its summary, by section', () => {
    const text = llmsTxt(document, words);
    expect(text.startsWith('# Playbook\n\n> What it is, in a sentence or two.\n\nEvery entry, linked.\n')).toBe(true);
    for (const collection of collectionNames) {
      for (const entry of document.entries[collection] as EntryDocument[]) {
        expect(text).toContain(`](${entry.url}): ${entry.fields.summary.replace(/\s+/g, ' ').trim()}`);
      }
      expect(text).toContain(`## Section ${collection}`);
    }
    expect(text).toContain(`## Optional\n\n- [The whole playbook](${href('/playbook.json')}): As JSON.`);
  });

  it('writes every entry out with its fields, links and body, the body nested under its heading', () => {
    const text = llmsFullTxt(document, words);
    const role = document.entries.roles.find((r) => r.fields.reportsTo && r.fields.group === 'business')!;
    const boss = document.entries.roles.find((r) => r.id === role.fields.reportsTo!.id)!;
    expect(text).toContain(`### ${role.fields.title}\n\nPage: ${role.url}\n\n> ${role.fields.summary}`);
    expect(text).toContain('- **Group**: Business');
    expect(text).toContain(`- **Reports to**: [${boss.fields.title}](${boss.url})`);
    const heading = /^## (.+)$/m.exec(role.body)![1]!;
    expect(text).toContain(`\n#### ${heading}\n`);
    for (const entry of everyEntry(document)) expect(text).toContain(`### ${entry.fields.title}\n`);
  });

  it('writes out fields the content model gains, without being told about them', () => {
    const grown = structuredClone(document);
    (grown.entries.components[0]!.fields as Record<string, unknown>)['runCost'] = 6;
    expect(llmsFullTxt(grown, words)).toContain('- **Run cost**: 6');
  });
});

describe('Markdown for the open-data files', () => {
  const to = (path: string) => `https://x.org/base${path}`;

  it('makes root-relative links absolute and leaves every other link and all code alone', () => {
    const source = [
      'See [the owner](/roles/owner/) and [a step](/processes/intake/#submit "Submit").',
      'Outside: [site](https://example.com/) · [here](#top) · [there](../x/) · <a href="/guides/">guides</a>',
      '[ref]: /metrics/',
      'Inline `[not](/a/link/)` stays.',
      '```md',
      '[not a link](/roles/owner/)',
      '```',
    ].join('\n');
    expect(rewriteMarkdownLinks(source, to)).toBe(
      [
        'See [the owner](https://x.org/base/roles/owner/) and [a step](https://x.org/base/processes/intake/#submit "Submit").',
        'Outside: [site](https://example.com/) · [here](#top) · [there](../x/) · <a href="https://x.org/base/guides/">guides</a>',
        '[ref]: https://x.org/base/metrics/',
        'Inline `[not](/a/link/)` stays.',
        '```md',
        '[not a link](/roles/owner/)',
        '```',
      ].join('\n'),
    );
  });

  it('moves headings down, never past level 6, and not inside code', () => {
    expect(shiftHeadings('# A\n## B\n##### E\ntext #1\n```\n# code\n```', 2)).toBe('### A\n#### B\n###### E\ntext #1\n```\n# code\n```');
  });
});
