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
    expect: ['guides/next.mdx:', 'is not valid YAML'],
  },
  mdxSyntaxError: {
    edits: [{ file: 'stall-patterns/late-data.mdx', find: /$/, replace: '\nA line.\n\nSpend {less than half\n' }],
    expect: ['stall-patterns/late-data.mdx:', 'is not valid MDX', 'write "less than" instead of a bare "<"'],
  },
  relativeLink: {
    edits: [{ file: 'roles/owner.mdx', find: 'Read [intake](/processes/intake/#submit).', replace: 'Read [intake](../../processes/intake/#submit) and [the sponsor](./sponsor/).' }],
    expect: ['roles/owner.mdx:10: links to ./sponsor/ (from this page it leads to /roles/owner/sponsor/), which is not a page of this site', 'did you mean /roles/sponsor/?', 'write root-relative links'],
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
  unknownInterfaceString: {
    edits: [{ file: 'i18n/de.yaml', replace: 'nav.hom: Start\nsite.title: Ein Playbook\n' }],
    expect: ['i18n/de.yaml:1 nav.hom: "nav.hom" is not an interface string', 'did you mean "nav.home"?'],
  },
} satisfies Record<string, { edits: Edit[]; expect: string[]; alone?: boolean }>;

/** The mistakes that can all be made at once, each still reported (rules over valid fields are tried alone). */
export const combinableBreaks = Object.values(ruleBreaks).filter((b) => !('alone' in b && b.alone));

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
