import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro.ts';

describe('package-lock.json', () => {
  it('lists every optional dependency of every locked package, so npm ci accepts it on a fresh machine', () => {
    const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const missing = Object.entries(lock.packages).flatMap(([key, meta]) =>
      Object.keys(meta.optionalDependencies ?? {}).filter(
        (dep) => !lock.packages[`node_modules/${dep}`] && !lock.packages[`${key}/node_modules/${dep}`],
      ),
    );
    expect(missing, 'run: node .ci/lockfile-platforms.mjs').toEqual([]);
  });
});
