// The build refuses a questionnaire the assessment could not score, naming the file, the field and the fix,
// like every other content rule.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, outputRoot } from '../helpers/astro.ts';
import { brokenFixture } from '../helpers/fixtures.ts';

describe('npm run build refuses a broken questionnaire', () => {
  it('with thresholds out of order, a gate minimum off the scale and a duplicate question id, all in one run', async () => {
    const file = 'assessment/readiness.yaml';
    const dir = brokenFixture('questionnaire-build', [
      { file, find: 'minScore: 60', replace: 'minScore: 0' },
      { file, find: 'minimum: 2', replace: 'minimum: 7' },
      { file, find: 'id: data-ready', replace: 'id: named-owner' },
    ]);
    const outDir = path.join(outputRoot, 'broken-questionnaire');
    const result = await astroBuild({ outDir, contentDir: dir, cacheName: 'broken-questionnaire' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('The playbook content has 3 problems');
    expect(result.output).toMatch(/assessment\/readiness\.yaml:\d+ levels\[1\]\.minScore: 0 is not above the threshold of the level before it/);
    expect(result.output).toMatch(/assessment\/readiness\.yaml:\d+ dimensions\[0\]\.questions\[0\]\.gate\.minimum: 7 is not on the answer scale \(0, 1, 2, 3\)/);
    expect(result.output).toMatch(/assessment\/readiness\.yaml:\d+ dimensions\[0\]\.questions\[1\]\.id: question id "named-owner" is used twice/);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });
});
