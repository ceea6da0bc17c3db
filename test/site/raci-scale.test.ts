// The RACI matrix as the organization grows: a playbook of 100 roles and 50 processes still renders a matrix
// a reader can use (every role, process and step named in full) within the RACI page's budget.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, outputRoot, projectRoot } from '../helpers/astro.ts';
import { writeSyntheticPlaybook, type SyntheticPlaybook } from '../bench/synthetic-playbook.ts';
import { budgetProblems, budgets, weighSite } from '../bench/budget.ts';
import { pageCollections } from '../../src/lib/collections.ts';

const work = path.join(outputRoot, 'raci-scale');
const outDir = path.join(work, 'dist');
let playbook: SyntheticPlaybook;

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  playbook = writeSyntheticPlaybook(path.join(work, 'content'), 60, 7, { roles: 100, processes: 50 });
  // One language: the matrix's size is what is measured, not the translation.
  const settings = parse(readFileSync(path.join(projectRoot, 'playbook.config.yaml'), 'utf8')) as Record<string, unknown>;
  delete settings['locales'];
  const settingsFile = path.join(work, 'playbook.config.yaml');
  writeFileSync(settingsFile, stringify(settings));
  const result = await astroBuild({ outDir, contentDir: playbook.dir, cacheName: 'raci-scale', settingsFile });
  if (result.code !== 0) throw new Error(`the 100-role build failed:\n${result.output}`);
});

const text = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');

describe('the RACI matrix of a 100-role, 50-process playbook', () => {
  it('names every role, every process and every step in full', () => {
    const html = readFileSync(path.join(outDir, 'raci', 'index.html'), 'utf8');
    const page = text(html);
    expect(playbook.ids.roles).toHaveLength(100);
    expect(playbook.ids.processes).toHaveLength(50);
    const content = path.join(work, 'content');
    for (const id of playbook.ids.roles) {
      const { title } = parse(readFileSync(path.join(content, 'roles', `${id}.mdx`), 'utf8').split('---')[1]!) as { title: string };
      expect(page, `role ${id}`).toContain(title);
    }
    for (const id of playbook.ids.processes) {
      const data = parse(readFileSync(path.join(content, 'processes', `${id}.mdx`), 'utf8').split('---')[1]!) as {
        title: string;
        steps: { title: string }[];
      };
      expect(page, `process ${id}`).toContain(data.title);
      for (const step of data.steps) expect(page, `step of ${id}`).toContain(step.title);
    }
  });

  it('stays within the RACI page’s budget', () => {
    const raci = weighSite(outDir, '/', pageCollections).find((w) => w.page === '/raci/')!;
    console.log(`RACI page of 100 roles and 50 processes: ${(raci.html / 1024).toFixed(1)} kB of HTML gzipped (budget ${(budgets['raci']!.html! / 1024).toFixed(0)} kB)`);
    expect(raci.html).toBeGreaterThan(0);
    expect(budgetProblems([raci])).toEqual([]);
  });
});
