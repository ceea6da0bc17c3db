import { mkdirSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { formatProblemReport } from '../../src/lib/problems.ts';
import { projectRoot } from '../helpers/astro.ts';
import { brokenFixture, combinableBreaks, danglingEverywhere, minimalFixture, ruleBreaks } from '../helpers/fixtures.ts';

const report = (dir: string) => formatProblemReport(checkContentFolder(projectRoot, dir).problems);

describe('content check', () => {
  it('passes a clean playbook', () => {
    const result = checkContentFolder(projectRoot, minimalFixture);
    expect(result.problems).toEqual([]);
    expect(result.files).toBe(15);
  });

  it('passes the built-in default playbook', () => {
    const result = checkContentFolder(projectRoot, 'content');
    expect(formatProblemReport(result.problems)).toBe(formatProblemReport([]));
  });

  for (const [rule, { edits, expect: expected }] of Object.entries(ruleBreaks)) {
    it(`reports ${rule} with the file, the field and the fix`, () => {
      const text = report(brokenFixture(rule, edits));
      for (const part of expected) expect(text).toContain(part);
    });
  }

  it('reports every problem of a run, not only the first, with line numbers', () => {
    const dir = brokenFixture('several', combinableBreaks.flatMap((b) => b.edits));
    const { problems } = checkContentFolder(projectRoot, dir);
    const text = formatProblemReport(problems);
    for (const { expect: expected } of combinableBreaks) for (const part of expected) expect(text).toContain(part);
    expect(text).toMatch(/^\S*processes\/intake\.mdx:\d+ steps\[0\]\.accountable: /m);
  });

  it('points at the line of the field', () => {
    const dir = brokenFixture('line', ruleBreaks.danglingReference.edits);
    const [problem] = checkContentFolder(projectRoot, dir).problems;
    expect(problem?.line).toBe(6);
  });

  it('reports a wrong type, an unknown value, an unknown field and broken YAML', () => {
    const dir = brokenFixture('schema', [
      { file: 'components/model-service.mdx', find: 'setupCost: 10', replace: 'setupCost: ten' },
      { file: 'metrics/cost.mdx', find: 'kind: business-outcome', replace: 'kind: outcome' },
      { file: 'roles/sponsor.mdx', find: 'group: leadership', replace: 'group: leadership\nreportTo: owner' },
      { file: 'guides/next.mdx', find: 'order: 2', replace: 'order: [2' },
    ]);
    const text = report(dir);
    expect(text).toContain('components/model-service.mdx:7 setupCost: expected a number of person-weeks');
    expect(text).toContain('metrics/cost.mdx:4 kind: "outcome" is not allowed here');
    expect(text).toContain('use one of: business-outcome, adoption, operational, technical');
    expect(text).toContain('unknown field "reportTo"');
    expect(text).toMatch(/guides\/next\.mdx:\d+: is not valid YAML/);
  });

  it('reports a link in a body to a page that does not exist', () => {
    const dir = brokenFixture('link', [{ file: 'guides/next.mdx', find: '(/assessment/)', replace: '(/roles/sponsr/)' }]);
    const text = report(dir);
    expect(text).toContain('guides/next.mdx:6: links to /roles/sponsr/, but there is no entry "sponsr" in roles');
    expect(text).toContain('did you mean /roles/sponsor/?');
  });

  it('reports a dangling reference in every reference field of every collection, all in one run', () => {
    const { dir, references } = danglingEverywhere('dangling-everywhere');
    // Every collection has reference fields, and nested ones (process steps, questions) are reached.
    expect(new Set(references.map((r) => r.file.split('/')[0])).size).toBeGreaterThanOrEqual(6);
    expect(references.map((r) => r.field)).toEqual(expect.arrayContaining(['steps[0].accountable', 'countermeasures[0].uses[0]']));
    const { problems } = checkContentFolder(projectRoot, dir);
    const text = formatProblemReport(problems);
    for (const r of references) expect(text).toMatch(new RegExp(`${r.file.replace(/[.]/g, '\\.')}:\\d+ ${r.field.replace(/[[\].]/g, '\\$&')}: "${r.id}" is not an entry of ${r.target}`));
    expect(problems).toHaveLength(references.length);
  });

  it('reports an empty content folder', () => {
    const dir = brokenFixture('empty', []);
    rmSync(dir, { recursive: true });
    mkdirSync(dir);
    expect(report(dir)).toContain('the content folder holds no entries');
  });

  it('reports a missing content folder', () => {
    expect(report('no/such/folder')).toContain('the content folder does not exist');
  });
});
