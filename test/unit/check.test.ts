import type { SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder, parseBody } from '../../src/node/content-files.ts';
import { validateYaml } from '../../src/node/yaml-check.ts';
import { formatProblemReport } from '../../src/lib/problems.ts';
import { projectRoot } from '../helpers/astro.ts';
import { runCheck } from '../helpers/cli.ts';
import { brokenFixture, combinableBreaks, danglingEverywhere, fixtureSets, minimalFixture, ruleBreaks, type RuleBreak } from '../helpers/fixtures.ts';
import { z } from 'astro/zod';

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

  // `npm run check` itself, once per fixture set (every combinable mistake at once, and each one tried alone).
  const cliOutput = new Map<RuleBreak, SpawnSyncReturns<string>>();
  beforeAll(() => {
    for (const set of fixtureSets('cli')) {
      const run = runCheck(set.dir);
      for (const rule of set.rules) cliOutput.set(rule, run);
    }
  }, 180_000);

  for (const [rule, { edits, expect: expected }] of Object.entries(ruleBreaks) as [RuleBreak, (typeof ruleBreaks)[RuleBreak]][]) {
    it(`reports ${rule} with the file, the field and the fix, and npm run check stops on it`, () => {
      const text = report(brokenFixture(rule, edits));
      for (const part of expected) expect(text).toContain(part);
      const cli = cliOutput.get(rule)!;
      expect(cli.status, cli.stderr).toBe(1);
      for (const part of expected) expect(cli.stderr).toContain(part);
      // Only the problems: the translation summary is for a clean run.
      expect(cli.stdout).not.toMatch(/entries translated/);
    });
  }

  it('reports every problem of a run, not only the first, with line numbers', () => {
    const dir = brokenFixture('several', combinableBreaks.flatMap((b) => b.edits));
    const { problems } = checkContentFolder(projectRoot, dir);
    const text = formatProblemReport(problems);
    for (const { expect: expected } of combinableBreaks) for (const part of expected) expect(text).toContain(part);
    expect(text).toMatch(/^\S*processes\/intake\.mdx:\d+ steps\[0\]\.accountable: /m);
  });

  it('says each problem once, also for a file with schema problems whose references and links are checked too', () => {
    const { problems } = checkContentFolder(projectRoot, brokenFixture('once', combinableBreaks.flatMap((b) => b.edits)));
    const said = problems.map((p) => `${p.file}:${p.line} ${p.message}`);
    expect(said.filter((p, i) => said.indexOf(p) !== i)).toEqual([]);
    // A wrong value is not also reported as a dangling reference, and a wrong id not as both.
    const forecast = problems.filter((p) => p.file.endsWith('use-cases/forecast.mdx'));
    expect(forecast.map((p) => p.path.join('.') || `line ${p.line}`).sort()).toEqual(['businessOwner', 'line 10', 'valueDriver']);
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
    expect(text).toMatch(/guides\/next\.mdx:4: is not valid YAML/);
  });

  it('reports a link in a body to a page that does not exist', () => {
    const dir = brokenFixture('link', [{ file: 'guides/next.mdx', find: '(/assessment/)', replace: '(/roles/sponsr/)' }]);
    const text = report(dir);
    expect(text).toContain('guides/next.mdx:6: links to /roles/sponsr/, but there is no entry "sponsr" in roles');
    expect(text).toContain('did you mean /roles/sponsor/?');
  });

  it('accepts links to every address the site has: open-data files, translated pages, files in public/, images beside the entry', () => {
    const dir = brokenFixture('good-links', [
      {
        file: 'guides/next.mdx',
        find: 'Assess an initiative on [the assessment](/assessment/).',
        replace: [
          'Assess an initiative on [the assessment](/assessment/).',
          '',
          'Take [the data](/playbook.json), [its schema](/playbook.schema.json), [the RACI](/raci.csv) and [llms.txt](/llms.txt).',
          'Read [the owner in German](/de/roles/owner/), [the German guides](/de/guides/) and [the German start page](/de/).',
          'See [the icon](/favicon.svg), [the sponsor](../../roles/sponsor/), [start](../start/) and [this page](./#top).',
          '',
          '![A diagram](./diagram.png)',
          '',
          '<a href="/de/raci/">RACI auf Deutsch</a> <img src="/favicon.svg" alt="" />',
        ].join('\n'),
      },
      { file: 'guides/diagram.png', replace: 'not really a png' },
    ]);
    expect(report(dir)).toBe(formatProblemReport([]));
  });

  it('reports a Markdown image whose file does not exist, and one in public/ that is not there', () => {
    const dir = brokenFixture('images', [
      { file: 'guides/next.mdx', find: /$/, replace: '\n![Flow](../pictures/flow.svg)\n\n![Logo](/logo.png)\n\n![Chart][chart]\n\n[chart]: ./chart.png\n' },
    ]);
    const text = report(dir);
    expect(text).toMatch(/guides\/next\.mdx:8: shows the image \.\.\/pictures\/flow\.svg, but there is no file \S*\/pictures\/flow\.svg/);
    expect(text).toContain('guides/next.mdx:10: shows the image /logo.png, which is not a file of this site');
    expect(text).toContain('goes in public/');
    expect(text).toMatch(/guides\/next\.mdx:14: shows the image \.\/chart\.png, but there is no file \S*\/guides\/chart\.png/);
  });

  it('leaves alone what is no entry: hidden files, images in a collection folder, the organization’s own folders', () => {
    const dir = brokenFixture('own-files', [
      { file: 'roles/.DS_Store', replace: 'x' },
      { file: 'roles/portrait.png', replace: 'x' },
      { file: 'assets/logo.svg', replace: '<svg/>' },
      { file: '.github/CODEOWNERS', replace: '* @someone' },
    ]);
    expect(report(dir)).toBe(formatProblemReport([]));
  });

  it('reports an entry in a subfolder of a collection, a YAML file among MDX entries, and a translation in a mistyped folder', () => {
    const dir = brokenFixture('strays', [
      { file: 'roles/old/chief.mdx', replace: '---\ntitle: Chief\n---\n' },
      { file: 'roles/chief.yaml', replace: 'title: Chief\n' },
      { file: 'de/role/owner.mdx', replace: '---\ntitle: Verantwortliche\n---\n' },
      { file: 'de/roles/owner.mdx', replace: '---\ntitle: Verantwortliche\n---\nText.\n' },
    ]);
    const text = report(dir);
    expect(text).toMatch(/roles\/old\/chief\.mdx: is not read: entries of roles sit directly in its folder, not in old\/\n\s+fix: move it to \S*roles\/chief\.mdx/);
    expect(text).toMatch(/roles\/chief\.yaml: is not read: roles entries are MDX files \(\.md or \.mdx\)\n\s+fix: did you mean \S*roles\/chief\.mdx\?/);
    expect(text).toMatch(/de\/role\/owner\.mdx: is in a folder "role", which is not a collection\n\s+fix: did you mean de\/roles\/\?/);
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

  it('reports an empty content folder, and says where the entries went when they are in a mistyped folder', () => {
    const dir = brokenFixture('empty-but', []);
    rmSync(dir, { recursive: true });
    mkdirSync(path.join(dir, 'role'), { recursive: true });
    writeFileSync(path.join(dir, 'role', 'owner.mdx'), '---\ntitle: Owner\n---\n');
    const text = report(dir);
    expect(text).toContain('the content folder holds no entries');
    expect(text).toMatch(/role\/: is not a collection folder, so nothing in it is read\n\s+fix: did you mean \S*roles\/\?/);
  });

  it('reports a missing content folder', () => {
    expect(report('no/such/folder')).toContain('the content folder does not exist');
  });

  it('prints, on a clean run of npm run check, what it checked and how far each language is translated', () => {
    const run = runCheck(minimalFixture);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/✓ 15 files in \S+ are valid/);
    expect(run.stdout).toMatch(/Deutsch \(de\): 0 of 15 entries translated/);
    expect(run.stderr).toBe('');
  });
});

describe('positions in messages', () => {
  it('gives an MDX error one line, the file’s, also where the parser names a position inside its message', () => {
    const [problem] = parseBody('content/guides/x.mdx', 'Text\n\n<div>\n  <p>x\n</div>\n', 11).problems;
    expect(problem?.line).toBe(14);
    expect(problem?.message).toBe('is not valid MDX (column 3): Expected a closing tag for `<p>` (line 14, column 3) before the end of `paragraph`');
  });

  it('reports invalid YAML at the line of the mistake, not where the parser noticed it', () => {
    const schema = z.record(z.string(), z.unknown());
    const at = (text: string) => validateYaml('x.mdx', text, schema, 2).problems.map((p) => p.line);
    expect(at('title: [Data owner\nsummary: x\n')).toEqual([2]);
    expect(at('title: x\nsummary: {a: 1\nowner: y\n')).toEqual([3]);
    expect(at('title: x\nsummary: "unclosed\nowner: y\n')).toEqual([3]);
    expect(at("title: x\nsummary: [a, [b], 'c'\nowner: y\n")).toEqual([3]);
  });
});
