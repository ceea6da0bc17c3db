// Copies of the minimal fixture playbook, each with one thing broken, for the checker and build tests.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { collectionNames, formatOf } from '../../src/lib/collections.ts';
import { formatFieldPath } from '../../src/lib/references.ts';
import { describeFields, type FieldDescription } from '../../src/lib/schema-fields.ts';
import { playbookSchemas, schemaNames } from '../../src/schemas/index.ts';
import path from 'node:path';
import { projectRoot, outputRoot } from './astro.ts';

export const minimalFixture = path.join(projectRoot, 'test', 'fixtures', 'minimal');

export interface Edit {
  /** File inside the content folder, e.g. "roles/owner.mdx". */
  file: string;
  /** Replace this exact text (or the first match of this pattern) … */
  find?: string | RegExp;
  /** … with this; or write the whole file when `find` is absent. Undefined deletes the file. */
  replace?: string;
}

/** A copy of the minimal fixture with the edits applied; returns its absolute path. */
export function brokenFixture(name: string, edits: Edit[]): string {
  mkdirSync(path.join(outputRoot, 'fixtures'), { recursive: true });
  const dir = mkdtempSync(path.join(outputRoot, 'fixtures', `${name}-`));
  cpSync(minimalFixture, dir, { recursive: true });
  for (const edit of edits) {
    const file = path.join(dir, edit.file);
    if (edit.replace === undefined) {
      rmSync(file);
    } else if (edit.find === undefined) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, edit.replace);
    } else {
      const text = readFileSync(file, 'utf8');
      const found = typeof edit.find === 'string' ? text.includes(edit.find) : edit.find.test(text);
      if (!found) throw new Error(`fixture edit: "${String(edit.find)}" not found in ${edit.file}`);
      writeFileSync(file, text.replace(edit.find, edit.replace));
    }
  }
  return dir;
}

/** The fixtures that break each build rule, with what the message must say. */
export const ruleBreaks = {
  danglingReference: {
    edits: [{ file: 'use-cases/triage.mdx', find: 'requires: [model-service]', replace: 'requires: [model-servce]' }],
    expect: ['use-cases/triage.mdx', 'requires[0]', '"model-servce" is not an entry of components', 'did you mean "model-service"?'],
  },
  duplicateId: {
    edits: [{ file: 'roles/Owner.md', replace: readFileSync(path.join(minimalFixture, 'roles', 'owner.mdx'), 'utf8') }],
    expect: ['roles/Owner.md', 'roles/owner.mdx', 'has the id "owner"', 'rename one of the files'],
  },
  dependencyCycle: {
    edits: [{ file: 'components/data-platform.mdx', find: 'owner: sponsor', replace: 'owner: sponsor\ndependsOn: [model-service]' }],
    expect: ['components/data-platform.mdx', 'dependsOn[0]', 'dependency cycle: data-platform → model-service → data-platform', 'remove one of these dependsOn links'],
  },
  twoAccountable: {
    edits: [{ file: 'processes/intake.mdx', find: 'accountable: owner', replace: 'accountable: [owner, sponsor]' }],
    expect: ['processes/intake.mdx', 'steps[0].accountable', 'names 2 roles, but exactly one role is accountable', 'keep one and move the others'],
  },
  noAccountable: {
    edits: [{ file: 'processes/review.mdx', find: '    accountable: owner\n', replace: '' }],
    expect: ['processes/review.mdx', 'steps[0].accountable', 'missing: every step needs exactly one accountable role'],
  },
  mermaidSyntax: {
    edits: [{ file: 'guides/start.mdx', find: '  a["Idea"] --> b["Value"]', replace: '  a["Idea"] --> b["Value"]\n  b -->' }],
    expect: ['guides/start.mdx:14', 'Mermaid syntax error', 'got \'EOF\'', 'keep node labels in double quotes'],
  },
  missingField: {
    edits: [{ file: 'metrics/accuracy.mdx', find: /summary: .*\n/, replace: '' }],
    expect: ['metrics/accuracy.mdx', 'summary: "summary" is missing', 'add "summary:"'],
  },
  wrongType: {
    edits: [{ file: 'guides/start.mdx', find: 'order: 1', replace: 'order: first' }],
    expect: ['guides/start.mdx:4 order: expected a number that sets the reading order'],
  },
  unknownEnumValue: {
    edits: [{ file: 'metrics/cost.mdx', find: 'kind: business-outcome', replace: 'kind: outcome' }],
    expect: ['metrics/cost.mdx:4 kind: "outcome" is not allowed here', 'use one of: business-outcome, adoption, operational, technical'],
  },
  unknownField: {
    edits: [{ file: 'roles/sponsor.mdx', find: 'group: leadership', replace: 'group: leadership\nreportTo: owner' }],
    expect: ['roles/sponsor.mdx:5', 'unknown field "reportTo"'],
  },
  invalidYaml: {
    edits: [{ file: 'guides/next.mdx', find: 'order: 2', replace: 'order: [2' }],
    // The unclosed "[" is on line 4; the parser notices it only where the list should have ended.
    expect: ['guides/next.mdx:4: is not valid YAML'],
  },
  mdxSyntaxError: {
    edits: [{ file: 'stall-patterns/late-data.mdx', find: /$/, replace: '\nA line.\n\nSpend {less than half\n' }],
    // The fixture's 10 lines, a blank line, "A line.", a blank line: the brace opens on line 14, column 7.
    expect: ['stall-patterns/late-data.mdx:14: is not valid MDX (column 7): Unexpected end of file in expression', 'write "less than" instead of a bare "<"'],
  },
  relativeLink: {
    edits: [{ file: 'roles/owner.mdx', find: 'Read [intake](/processes/intake/#submit).', replace: 'Read [intake](../../processes/intake/#submit) and [the sponsor](./sponsor/).' }],
    expect: ['roles/owner.mdx:10: links to ./sponsor/ (from this page, /roles/owner/, it leads to /roles/owner/sponsor/), which is not a page of this site', 'did you mean /roles/sponsor/?', 'write root-relative links'],
  },
  parentRelativeLink: {
    edits: [{ file: 'components/model-service.mdx', find: 'Serves models.', replace: 'Serves models.\n\nBuilt on [the platform](../data-platfrm/).' }],
    expect: ['components/model-service.mdx:13: links to ../data-platfrm/ (from this page, /components/model-service/, it leads to /components/data-platfrm/), but there is no entry "data-platfrm" in components', 'did you mean /components/data-platform/?'],
  },
  referenceDefinitionLink: {
    edits: [{ file: 'processes/intake.mdx', find: 'Intake starts every use case.', replace: 'Intake starts every use case, with [the owner][owner].\n\n[owner]: /roles/ownr/' }],
    expect: ['processes/intake.mdx:', 'links to /roles/ownr/, but there is no entry "ownr" in roles', 'did you mean /roles/owner/?'],
  },
  jsxLink: {
    edits: [{ file: 'processes/review.mdx', find: 'Review keeps accountability for results.', replace: 'Review keeps <a href="/metrics/acuracy/">accountability</a> for results.' }],
    expect: ['processes/review.mdx:', 'links to /metrics/acuracy/, but there is no entry "acuracy" in metrics', 'did you mean /metrics/accuracy/?'],
  },
  htmlLinkInMarkdown: {
    // A plain Markdown entry: raw HTML is not JSX there, and its links are checked all the same.
    edits: [{ file: 'guides/plain.md', replace: '---\ntitle: Plain\nsummary: A guide written in plain Markdown.\norder: 3\n---\nFirst a line.\n\nSee <a href="../nowhere/">the rest</a>.\n' }],
    expect: ['guides/plain.md:8: links to ../nowhere/ (from this page, /guides/plain/, it leads to /guides/nowhere/), but there is no entry "nowhere" in guides'],
  },
  missingImage: {
    edits: [{ file: 'components/data-platform.mdx', find: /$/, replace: '\n![The platform](./platform.png)\n' }],
    expect: ['components/data-platform.mdx:', 'shows the image ./platform.png, but there is no file', 'components/platform.png', 'put the image there'],
  },
  schemaErrorKeepsReferencesAndLinks: {
    // A wrong value, a dangling reference and a link to nowhere in one file: all three in the first run.
    edits: [
      { file: 'use-cases/forecast.mdx', find: 'valueDriver: cost', replace: 'valueDriver: cots' },
      { file: 'use-cases/forecast.mdx', find: 'businessOwner: owner', replace: 'businessOwner: ownr' },
      { file: 'use-cases/forecast.mdx', find: 'Forecasting cuts stock.', replace: 'Forecasting cuts stock, says [nobody](/roles/nobody/).' },
    ],
    expect: [
      'use-cases/forecast.mdx:8 valueDriver: "cots" is not allowed here',
      'use-cases/forecast.mdx:5 businessOwner: "ownr" is not an entry of roles',
      'did you mean "owner"?',
      'use-cases/forecast.mdx:10: links to /roles/nobody/, but there is no entry "nobody" in roles',
    ],
  },
  mistypedCollectionFolder: {
    edits: [{ file: 'role/chief.mdx', replace: readFileSync(path.join(minimalFixture, 'roles', 'sponsor.mdx'), 'utf8') }],
    expect: ['role/: is not a collection folder, so nothing in it is read', 'did you mean', 'roles/?'],
  },
  mistypedExtension: {
    edits: [{ file: 'roles/chief.md.txt', replace: readFileSync(path.join(minimalFixture, 'roles', 'sponsor.mdx'), 'utf8') }],
    expect: ['roles/chief.md.txt: is not read: roles entries are MDX files (.md or .mdx)', 'did you mean', 'roles/chief.md?'],
  },
  nonPositiveWeight: {
    edits: [{ file: 'assessment/readiness.yaml', find: '        prompt: Is a named business owner committed to adopt the result?', replace: '        prompt: Is a named business owner committed to adopt the result?\n        weight: 0' }],
    expect: ['assessment/readiness.yaml:', 'dimensions[0].questions[0].weight: 0 is too small here', 'use a number more than 0'],
  },
  thresholdsOutOfOrder: {
    // A rule over valid fields: alone, since another mistake in the same file (a weight of 0) hides it.
    alone: true,
    edits: [{ file: 'assessment/readiness.yaml', find: 'minScore: 60', replace: 'minScore: 0' }],
    expect: ['assessment/readiness.yaml:11 levels[1].minScore', 'thresholds are out of order'],
  },
  gateMinimumOffTheScale: {
    alone: true,
    edits: [{ file: 'assessment/readiness.yaml', find: 'gate: { minimum: 2,', replace: 'gate: { minimum: 7,' }],
    expect: ['assessment/readiness.yaml:', 'gate.minimum'],
  },
  translationChangesAReference: {
    edits: [
      {
        file: 'de/roles/owner.mdx',
        replace: '---\ntitle: Verantwortliche\nsummary: Verantwortet den Anwendungsfall und verpflichtet den Bereich zur Nutzung.\nreportsTo: owner\n---\nDer Text auf Deutsch.\n',
      },
    ],
    expect: ['de/roles/owner.mdx:4 reportsTo: changes a reference ("sponsor" became "owner")', 'keep "sponsor": a translation changes only text'],
  },
  translationOfNothing: {
    edits: [{ file: 'de/roles/ownr.mdx', replace: '---\ntitle: Verantwortliche\n---\nText.\n' }],
    expect: ['de/roles/ownr.mdx: translates "ownr", which is not an entry of roles', 'did you mean owner?'],
  },
  translationLink: {
    // A translated page is at /de/…: a relative link resolves from there, and the message says so.
    edits: [{ file: 'de/stall-patterns/no-owner.mdx', replace: '---\ntitle: Niemand verantwortlich\n---\nSiehe [hier](./nicht-da/).\n' }],
    expect: [
      'de/stall-patterns/no-owner.mdx:4: links to ./nicht-da/ (from this page, /de/stall-patterns/no-owner/, it leads to /de/stall-patterns/no-owner/nicht-da/), which is not a page of this site',
      "this page's own address (/de/stall-patterns/no-owner/)",
    ],
  },
  unknownInterfaceString: {
    edits: [{ file: 'i18n/de.yaml', replace: 'nav.hom: Start\nsite.title: Ein Playbook\n' }],
    expect: ['i18n/de.yaml:1 nav.hom: "nav.hom" is not an interface string', 'did you mean "nav.home"?'],
  },
} satisfies Record<string, { edits: Edit[]; expect: string[]; alone?: boolean }>;

export type RuleBreak = keyof typeof ruleBreaks;
const isAlone = (rule: RuleBreak) => 'alone' in ruleBreaks[rule] && (ruleBreaks[rule] as { alone?: boolean }).alone === true;

/** The mistakes that can all be made at once, each still reported (rules over valid fields are tried alone). */
export const combinableRules = (Object.keys(ruleBreaks) as RuleBreak[]).filter((rule) => !isAlone(rule));
export const combinableBreaks = combinableRules.map((rule) => ruleBreaks[rule]);
/** The mistakes tried one at a time. */
export const aloneRules = (Object.keys(ruleBreaks) as RuleBreak[]).filter(isAlone);

/**
 * The fixture sets the tests run the real `npm run check` and `npm run build` on: one with every combinable
 * mistake, one per mistake tried alone. Each rule's expectations are checked against its set's single run.
 */
export function fixtureSets(prefix: string): { name: string; dir: string; rules: RuleBreak[] }[] {
  return [
    { name: 'combined', dir: brokenFixture(`${prefix}-combined`, combinableBreaks.flatMap((b) => b.edits)), rules: combinableRules },
    ...aloneRules.map((rule) => ({ name: rule, dir: brokenFixture(`${prefix}-${rule}`, ruleBreaks[rule].edits), rules: [rule] })),
  ];
}

/** One reference field of one collection, set to an id that does not exist. */
export interface DanglingReference {
  file: string;
  /** The field as the report prints it, e.g. `steps[0].accountable`. */
  field: string;
  /** The id written there. */
  id: string;
  target: string;
}

/**
 * A copy of the minimal fixture with a dangling reference in every reference field of every collection, found
 * from the schemas (so a new reference field is covered without touching this file).
 */
export function danglingEverywhere(name: string): { dir: string; references: DanglingReference[] } {
  const dir = brokenFixture(name, []);
  const references: DanglingReference[] = [];
  for (const collection of collectionNames) {
    const schema = playbookSchemas[collection];
    const fields = describeFields(schema, schemaNames.get(schema)!, () => undefined, schemaNames);
    const folder = path.join(dir, collection);
    const file = readdirSync(folder).sort()[0]!;
    const text = readFileSync(path.join(folder, file), 'utf8');
    const yamlAt = formatOf(collection).hasBody ? /^---\n([\s\S]*?)\n---\n/.exec(text)! : undefined;
    const doc = parseDocument(yamlAt ? yamlAt[1]! : text);
    const visit = (list: readonly FieldDescription[], prefix: (string | number)[]) => {
      for (const field of list) {
        const at = [...prefix, field.name];
        if (field.fields) {
          if (doc.hasIn(field.list ? [...at, 0] : at)) visit(field.fields, field.list ? [...at, 0] : at);
          continue;
        }
        if (!field.references) continue;
        const target = field.references === 'any' ? 'roles' : field.references;
        const id = `no-such-${collection}-${at.filter((p) => typeof p === 'string').join('-')}`.toLowerCase();
        const value = field.references === 'any' ? `${target}/${id}` : id;
        doc.setIn(at, field.list ? [value] : value);
        references.push({ file: `${collection}/${file}`, field: formatFieldPath(field.list ? [...at, 0] : at), id, target });
      }
    };
    visit(fields, []);
    const yaml = doc.toString();
    writeFileSync(path.join(folder, file), yamlAt ? text.replace(yamlAt[1]!, yaml.trimEnd()) : yaml);
  }
  return { dir, references };
}
