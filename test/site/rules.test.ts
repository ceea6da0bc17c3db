import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { astroBuild, outputRoot, projectRoot } from '../helpers/astro.ts';
import { brokenFixture, ruleBreaks } from '../helpers/fixtures.ts';
import { runNew } from '../helpers/cli.ts';
import { pageCollections } from '../../src/lib/collections.ts';

describe('npm run build refuses broken content', () => {
  for (const [rule, { edits, expect: expected }] of Object.entries(ruleBreaks)) {
    it(`fails on ${rule}, naming the file, the field and the fix`, async () => {
      const outDir = path.join(outputRoot, `broken-${rule}`);
      const result = await astroBuild({ outDir, contentDir: brokenFixture(rule, edits), cacheName: `broken-${rule}` });
      expect(result.code).not.toBe(0);
      for (const part of expected) expect(result.output).toContain(part);
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
    });
  }

  it('reports every problem in one run', async () => {
    const dir = brokenFixture('all-rules', Object.values(ruleBreaks).flatMap((b) => b.edits));
    const result = await astroBuild({ outDir: path.join(outputRoot, 'broken-all'), contentDir: dir, cacheName: 'broken-all' });
    expect(result.code).not.toBe(0);
    // The build reports the same problems as `npm run check`, all of them, in one run.
    const { problems } = checkContentFolder(projectRoot, dir);
    expect(problems.length).toBeGreaterThanOrEqual(Object.keys(ruleBreaks).length);
    expect(result.output).toContain(`The playbook content has ${problems.length} problems`);
    for (const { expect: expected } of Object.values(ruleBreaks)) for (const part of expected) expect(result.output).toContain(part);
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
