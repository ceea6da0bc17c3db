// Copies of the minimal fixture playbook, each with one thing broken, for the checker and build tests.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, outputRoot } from './astro.ts';

export const minimalFixture = path.join(projectRoot, 'test', 'fixtures', 'minimal');

export interface Edit {
  /** File inside the content folder, e.g. "roles/owner.mdx". */
  file: string;
  /** Replace this exact text … */
  find?: string;
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
      writeFileSync(file, edit.replace);
    } else {
      const text = readFileSync(file, 'utf8');
      if (!text.includes(edit.find)) throw new Error(`fixture edit: "${edit.find}" not found in ${edit.file}`);
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
} satisfies Record<string, { edits: Edit[]; expect: string[] }>;
