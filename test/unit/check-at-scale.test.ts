// A large playbook with mistakes spread through it: `npm run check` reports every one of them in one run.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { outputRoot, projectRoot } from '../helpers/astro.ts';
import { writeSyntheticPlaybook } from '../bench/synthetic-playbook.ts';

/** Mistakes that each cause exactly one problem in the file they are made in. */
const mistakes: ((text: string) => string)[] = [
  (text) => text.replace(/^summary: .*$/m, 'summary: Too short.'),
  (text) => text.replace(/^title: (.*)$/m, 'title: $1\ncolour: blue'),
  (text) => `${text}\nSee [nothing](/roles/no-such-role-at-all/).\n`,
  (text) => `${text}\nA sentence with a {broken expression\n`,
  (text) => text.replace(/^title: (.*)$/m, 'title: [$1'),
];

describe('npm run check on a large playbook', () => {
  it('reports all 50 mistakes spread through 1000 entries in one run', { timeout: 120_000 }, () => {
    const dir = path.join(outputRoot, 'fixtures', 'scale-1000');
    writeSyntheticPlaybook(dir, 1000);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'))
      .sort();
    expect(files.length).toBeGreaterThanOrEqual(1000);
    const broken = Array.from({ length: 50 }, (_, i) => files[Math.floor((i * files.length) / 50)]!);
    broken.forEach((file, i) => {
      const full = path.join(dir, file);
      writeFileSync(full, mistakes[i % mistakes.length]!(readFileSync(full, 'utf8')));
    });
    const { problems } = checkContentFolder(projectRoot, dir);
    const files_ = new Set(problems.map((p) => path.relative(dir, path.resolve(projectRoot, p.file)).split(path.sep).join('/')));
    expect([...files_].sort()).toEqual([...broken].sort());
    expect(problems).toHaveLength(50);
  });
});
