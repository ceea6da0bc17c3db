import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro.ts';

const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('the Node pin', () => {
  const pinned = pkg.dependencies['node'];
  it('is an exact version of the node package in dependencies, so a production install builds on it too', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies['node']).toBeUndefined();
  });
  it('agrees with .nvmrc and engines', () => {
    expect(readFileSync(path.join(projectRoot, '.nvmrc'), 'utf8').trim()).toBe(pinned);
    expect(pkg.engines.node).toContain(`>=${pinned}`);
    expect(pkg.engines.node).toContain(`<${Number(pinned!.split('.')[0]) + 1}`);
  });
  it('is the Node that runs the npm scripts', () => {
    expect(process.version).toBe(`v${pinned}`);
  });
  it('keeps in dependencies everything the build loads', () => {
    for (const name of ['astro', '@astrojs/mdx', 'mermaid', 'pagefind', 'yaml', 'typescript']) expect(pkg.dependencies[name], name).toBeDefined();
  });
});
