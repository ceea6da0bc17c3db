// The sequencing planner in a real browser, under /playbook/: the choice changes waves, costs and schedule,
// survives a reload and a shared link, reads the self-assessment's links, exports, and passes axe.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site.ts';
import { sites } from '../helpers/astro.ts';
import { encodePlanLink } from '../../src/lib/plan-link.ts';

const site = sites.sub;
const served = useServedSite(site.dir, site.base);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let context: BrowserContext;
const problems: string[] = [];
beforeAll(async () => {
  context = await served.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});
afterAll(async () => context?.close());

async function open(fragment = ''): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(`${new URL('sequence/', served.server.root).href}${fragment}`);
  await page.waitForFunction(() => customElements.get('planner-island') !== undefined);
  return page;
}

/** What a reader sees of the plan: headline, waves, cost table and schedule table. */
async function readPlan(page: Page) {
  const rows = (id: string) =>
    page.locator(`[data-table="${id}"] tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent?.trim() ?? '')));
  return { headline: await page.locator('[data-headline]').textContent(), waves: await rows('waves'), cost: await rows('cost'), schedule: await rows('schedule') };
}

/** Opens the list of components in place (a disclosure, closed at first). */
async function showInPlace(page: Page) {
  const list = page.locator('details.planner__in-place');
  if (!(await list.evaluate((el) => (el as HTMLDetailsElement).open))) await list.locator('summary').click();
}

const costOf = (plan: Awaited<ReturnType<typeof readPlan>>, label: RegExp) => plan.cost.find((row) => label.test(row[0] ?? ''))?.[1];

describe('the sequencing planner, under /playbook/', () => {
  it('shows the whole portfolio plan, built at build time, before any choice', async () => {
    const html = readFileSync(`${site.dir}/sequence/index.html`, 'utf8');
    expect(html).toContain('The recommended plan for the whole portfolio');
    for (const table of ['waves', 'cost', 'ranking', 'schedule']) expect(html).toContain(`data-table="${table}"`);
    expect(html).toMatch(/Build 14 components in \d waves/);
    expect(html).toContain('data-pagefind-body');
  });

  it('changes waves, costs and schedule as the choice changes, and keeps it across a reload and in a shared link', async () => {
    const page = await open();
    const before = await readPlan(page);
    expect(before.headline).toMatch(/^Build 14 components in 4 waves/);

    // Only the Marketing use cases.
    for (const unit of await page.locator('input[data-group]').all()) await unit.uncheck();
    await page.getByRole('checkbox', { name: 'Marketing', exact: true }).check();
    const marketing = await readPlan(page);
    expect(marketing.headline).not.toBe(before.headline);
    expect(marketing.waves.length).toBeLessThan(before.waves.length);
    expect(Number(costOf(marketing, /^With sharing/)?.replace(/,/g, ''))).toBeLessThan(Number(costOf(before, /^With sharing/)?.replace(/,/g, '')));
    expect(await page.locator('[data-results-heading]').textContent()).toBe('Your plan');

    // Observability already exists: it leaves the waves and costs no setup.
    expect(marketing.waves.some((row) => row[1] === 'Observability')).toBe(true);
    await showInPlace(page);
    await page.getByRole('checkbox', { name: 'Observability' }).check();
    const withObservability = await readPlan(page);
    expect(withObservability.waves.some((row) => row[1] === 'Observability')).toBe(false);
    expect(costOf(withObservability, /^Setup, each/)).not.toBe(costOf(marketing, /^Setup, each/));

    // Less capacity: more quarters.
    await page.getByLabel('Platform team capacity, in person-weeks per quarter').fill('5');
    const slow = await readPlan(page);
    expect(slow.schedule.length).toBeGreaterThan(withObservability.schedule.length);
    expect(page.url()).toMatch(/#use-cases=churn-prevention,marketing-content-generation&in-place=data-platform,identity-access,observability&capacity=5$/);

    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-results-heading]')?.textContent === 'Your plan');
    expect(await readPlan(page)).toEqual(slow);
    expect(await page.getByRole('checkbox', { name: 'Observability' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Claims triage' }).isChecked()).toBe(false);

    const shared = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const other = await shared.newPage();
    await other.goto(page.url());
    await other.waitForFunction(() => document.querySelector('[data-results-heading]')?.textContent === 'Your plan');
    expect(await readPlan(other)).toEqual(slow);
    await shared.close();
    await page.close();
  });

  it("opens with the self-assessment's choice, keeps what it can from a link with unknown ids, and says what it dropped", async () => {
    const link = encodePlanLink({ useCases: ['claims-triage', 'no-such-use-case'], inPlace: ['data-platform', 'ghost'], capacity: 20 });
    const page = await open(`#${link}`);
    await page.waitForFunction(() => document.querySelector('[data-results-heading]')?.textContent === 'Your plan');
    expect(await page.getByRole('checkbox', { name: 'Claims triage' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Fraud detection' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Identity and access' }).isChecked()).toBe(false);
    expect(await page.getByLabel('Platform team capacity, in person-weeks per quarter').inputValue()).toBe('20');
    // The link's list of what exists differs from the catalogue's: the list is open to show it.
    expect(await page.locator('details.planner__in-place').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    const note = page.locator('[data-dropped]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('no-such-use-case, ghost');
    expect((await readPlan(page)).schedule[0]?.[0]).toMatch(/^Quarter 1/);
    await page.close();
  });

  it('opens from a use-case page with that use case chosen', async () => {
    const page = await context.newPage();
    await page.goto(new URL('use-cases/contract-review/', served.server.root).href);
    const rows = await page.locator('.build-order tbody tr').count();
    expect(rows).toBeGreaterThan(3);
    expect(await page.locator('.build-order .status-badge').first().textContent()).toMatch(/Available|Being built|Planned/);
    await page.getByRole('link', { name: 'Plan this use case in the planner' }).click();
    await page.waitForURL(/\/playbook\/sequence\/#use-cases=contract-review$/);
    await page.waitForFunction(() => document.querySelector('[data-results-heading]')?.textContent === 'Your plan');
    expect(await page.getByRole('checkbox', { name: 'Contract review' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Claims triage' }).isChecked()).toBe(false);
    // The catalogue's available components count as in place when the link does not say.
    await showInPlace(page);
    expect(await page.getByRole('checkbox', { name: 'Data platform' }).isChecked()).toBe(true);
    const waves = (await readPlan(page)).waves;
    expect(waves.length).toBe(rows - 2);
    await page.close();
  });

  it('draws the schedule as a Gantt chart and the selection as a dependency map, and exports CSV and Markdown', async () => {
    const page = await open('#use-cases=fraud-detection&capacity=12');
    const gantt = page.locator('[data-diagram-slot="gantt"] figure.diagram');
    await gantt.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-diagram-slot="gantt"] figure')?.getAttribute('data-state') === 'ready');
    expect(await gantt.locator('svg[aria-roledescription="gantt"]').count()).toBe(1);
    expect(await gantt.locator('svg title').textContent()).toBe('Quarter schedule');
    const map = page.locator('[data-diagram-slot="graph"] svg.dependency-map');
    expect(await map.getByRole('link', { name: 'Fraud detection' }).count()).toBe(1);
    expect(await map.locator('.dependency-map__node--in-place').count()).toBe(2);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csv.suggestedFilename()).toBe('plan.csv');
    expect(csvText).toContain('"Waves: what to build, in order",Wave,Component,Category,Setup,Use cases waiting,Built in');
    expect(csvText).toMatch(/,Wave 1,Observability,Observability,8,1,/);

    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    const mdText = readFileSync((await markdown.path())!, 'utf8');
    expect(mdText).toMatch(/^# Plan your next quarters\n\nBuild \d+ components/);
    expect(mdText).toContain('| Wave | Component | Category | Setup | Use cases waiting | Built in |');
    expect(mdText).toContain('```mermaid\ngantt\n');
    expect(mdText).toContain('```mermaid\nflowchart BT\n');
    await page.close();
  });

  it('finds no axe violation on /sequence/ before and after planning, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const themed = await served.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
      const page = await themed.newPage();
      await page.goto(new URL('sequence/', served.server.root).href);
      const axe = async (when: string) => {
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () => {
          const runner = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          return runner.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        });
        return result.violations.map((v) => `${colorScheme} ${when}: ${v.id} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      };
      const violations = await axe('before');
      await page.getByRole('checkbox', { name: 'Finance' }).uncheck();
      await showInPlace(page);
      await page.getByRole('checkbox', { name: 'ML pipelines' }).check();
      await page.getByLabel('Platform team capacity, in person-weeks per quarter').fill('15');
      // The planner redraws its diagrams a moment after the last change.
      await page.waitForSelector('planner-island:not([data-drawing])');
      for (const figure of await page.locator('figure.diagram').all()) await figure.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelectorAll('.diagram:is([data-state="pending"], [data-state="loading"])').length === 0);
      violations.push(...(await axe('after')));
      expect(violations).toEqual([]);
      await themed.close();
    }
    expect(problems.splice(0)).toEqual([]);
  });
});
