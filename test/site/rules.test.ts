import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { astroBuild, outputRoot, projectRoot, type BuildResult } from '../helpers/astro.ts';
import { brokenFixture, combinableBreaks, combinableRules, danglingEverywhere, fixtureSets, ruleBreaks, type RuleBreak } from '../helpers/fixtures.ts';
import { runCheck } from '../helpers/cli.ts';
import { runNew } from '../helpers/cli.ts';
import { pageCollections } from '../../src/lib/collections.ts';

/** An author sees the problems and their fixes, not Astro's "unhandled error" or a stack trace. */
function expectOnlyTheProblems(output: string) {
  expect(output).toMatch(/The (playbook content|site settings) ha(s|ve) \d+ problems?:/);
  expect(output).not.toMatch(/unhandled error|Stack trace|\n\s+at .+:\d+:\d+/i);
}

describe('npm run build refuses broken content', () => {
  // One build per fixture set (every combinable mistake at once; each mistake that would hide others alone), made
  // when a test first needs it: each rule's expectations are checked against its set's build.
  type Built = BuildResult & { outDir: string; dir: string };
  let sets: ReturnType<typeof fixtureSets> | undefined;
  const builds = new Map<string, Promise<Built>>();
  const buildOf = (rule: RuleBreak): Promise<Built> => {
    sets ??= fixtureSets('build');
    const set = sets.find((s) => s.rules.includes(rule))!;
    const outDir = path.join(outputRoot, `broken-${set.name}`);
    if (!builds.has(set.name)) builds.set(set.name, astroBuild({ outDir, contentDir: set.dir, cacheName: `broken-${set.name}` }).then((r) => ({ ...r, outDir, dir: set.dir })));
    return builds.get(set.name)!;
  };
  for (const [rule, { expect: expected }] of Object.entries(ruleBreaks) as [RuleBreak, (typeof ruleBreaks)[RuleBreak]][]) {
    it(`fails on ${rule}, naming the file, the field and the fix`, async () => {
      const result = await buildOf(rule);
      expect(result.code).not.toBe(0);
      for (const part of expected) expect(result.output).toContain(part);
      expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
      expectOnlyTheProblems(result.output);
    });
  }

  it('fails on a dangling reference in every reference field of every collection, naming each', async () => {
    const { dir, references } = danglingEverywhere('build-dangling');
    const result = await astroBuild({ outDir: path.join(outputRoot, 'broken-dangling'), contentDir: dir, cacheName: 'broken-dangling' });
    expect(result.code).not.toBe(0);
    for (const r of references) expect(result.output).toContain(`${r.field}: "${r.id}" is not an entry of ${r.target}`);
    expectOnlyTheProblems(result.output);
  });

  it('fails on an empty or a missing content folder, saying so', async () => {
    const empty = path.join(outputRoot, 'fixtures', 'empty-content');
    rmSync(empty, { recursive: true, force: true });
    mkdirSync(empty, { recursive: true });
    for (const [dir, message] of [[empty, 'the content folder holds no entries'], [path.join(outputRoot, 'fixtures', 'no-such-content'), 'the content folder does not exist']] as const) {
      const result = await astroBuild({ outDir: path.join(outputRoot, 'broken-folder'), contentDir: dir, cacheName: 'broken-folder' });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(message);
      expectOnlyTheProblems(result.output);
      const check = runCheck(dir);
      expect(check.status).toBe(1);
      expect(check.stderr).toContain(message);
    }
  });

  it('fails on a settings file with an unknown key, naming the file, the line and the key', async () => {
    const settingsFile = path.join(outputRoot, 'fixtures', 'settings-unknown-key.yaml');
    mkdirSync(path.dirname(settingsFile), { recursive: true });
    const settings = readFileSync(path.join(projectRoot, 'playbook.config.yaml'), 'utf8');
    writeFileSync(settingsFile, `${settings}colour: blue\n`);
    const line = settings.split('\n').length;
    const expected = `${path.relative(projectRoot, settingsFile)}:${line}: unknown field "colour"`;
    const result = await astroBuild({ outDir: path.join(outputRoot, 'broken-settings'), cacheName: 'broken-settings', settingsFile });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(expected);
    expectOnlyTheProblems(result.output);
    const check = runCheck(undefined, { PLAYBOOK_SETTINGS: settingsFile });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(expected);
  });

  it('reports every problem in one run', async () => {
    const result = await buildOf(combinableRules[0]!);
    expect(result.code).not.toBe(0);
    // The build reports the same problems as `npm run check`, all of them, in one run.
    const { problems } = checkContentFolder(projectRoot, result.dir);
    expect(problems.length).toBeGreaterThanOrEqual(combinableBreaks.length);
    expect(result.output).toContain(`The playbook content has ${problems.length} problems`);
    for (const { expect: expected } of combinableBreaks) for (const part of expected) expect(result.output).toContain(part);
  });

  it('builds a content folder given through PLAYBOOK_CONTENT_DIR, with entries made by npm run new', async () => {
    const contentDir = brokenFixture('scaffolded', []);
    for (const collection of pageCollections) {
      const made = runNew(contentDir, collection, 'New entry');
      expect(made.status, made.stderr).toBe(0);
    }
    const outDir = path.join(outputRoot, 'scaffolded');
    const result = await astroBuild({ outDir, contentDir, cacheName: 'scaffolded' });
    expect(result.code, result.output).toBe(0);
    expect(existsSync(path.join(outDir, 'roles', 'owner', 'index.html'))).toBe(true);
    for (const collection of pageCollections) {
      expect(existsSync(path.join(outDir, collection, 'new-entry', 'index.html')), collection).toBe(true);
    }
    expect(existsSync(path.join(outDir, 'roles', 'business-owner', 'index.html'))).toBe(false);
  });
});
