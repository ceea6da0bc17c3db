import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { sites } from '../helpers/astro.ts';
import { builtPages } from '../helpers/html.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = sites.sub;

// One page of each kind: every layout and component the site has.
const kinds = (pages: string[]) => {
  const chosen = new Map<string, string>();
  for (const page of pages) {
    const key = page.split('/').filter(Boolean).length >= 2 ? page.split('/')[1]! : page;
    if (!chosen.has(key)) chosen.set(key, page);
  }
  return [...chosen.values()];
};

const served = useServedSite(site.dir, site.base);

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violations on any kind of page, ${colorScheme} theme`, async () => {
      const pages = kinds(builtPages(site.dir));
      expect(pages.length).toBeGreaterThan(10);
      const context = await served.browser.newContext({ colorScheme });
      const violations: string[] = [];
      for (const path of pages) {
        const page = await context.newPage();
        await page.goto(new URL(path.slice(1), served.server.root).href);
        await page.waitForFunction(() => document.querySelectorAll('.diagram[data-state="loading"]').length === 0, null, { timeout: 30_000 });
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
          return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, exclude: [['.diagram svg']] });
        });
        for (const v of result.violations) violations.push(`${path}: ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        await page.close();
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  }
});
