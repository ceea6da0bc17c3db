// The sequencing planner in a real browser, under /playbook/: the choice changes waves, costs and schedule,
// survives a reload and a shared link, reads the self-assessment's links (a sample use case or components of
// its own), keeps what is typed as capacity, fits every table on a phone, exports, and passes axe.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site.ts';
import { projectRoot, sites } from '../helpers/astro.ts';
import { encodePlanLink } from '../../src/lib/plan-link.ts';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { planInvestments } from '../../src/lib/planner/plan.ts';
import { initiativeId } from '../../src/lib/planner/state.ts';

// What the model says about the playbook the site was built from: the page must show the same.
const { entries } = checkContentFolder(projectRoot, 'content');
type Ref = { id: string };
const catalogue = entries
  .filter((e) => e.collection === 'components')
  .map((e) => {
    const d = e.data as { title: string; dependsOn: Ref[]; setupCost: number; onboardingCost: number; status: string };
    return { id: e.id, title: d.title, dependsOn: d.dependsOn.map((r) => r.id), setupCost: d.setupCost, onboardingCost: d.onboardingCost, status: d.status };
  });
const useCases = entries
  .filter((e) => e.collection === 'use-cases')
  .map((e) => {
    const d = e.data as { title: string; businessUnit: string; requires: Ref[] };
    return { id: e.id, title: d.title, businessUnit: d.businessUnit, requires: d.requires.map((r) => r.id) };
  });
const available = catalogue.filter((c) => c.status === 'available').map((c) => c.id);
const titleOf = (id: string) => catalogue.find((c) => c.id === id)?.title ?? useCases.find((u) => u.id === id)?.title ?? id;
/** A use case with something left to build when the catalogue's available components are in place. */
const withWork = useCases
  .map((u) => ({ u, plan: planInvestments(catalogue, useCases, { useCases: [u.id], inPlace: available }) }))
  .sort((a, b) => b.plan.missing.length - a.plan.missing.length)[0]!;

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
const capacityLabel = 'Platform team capacity, in person-weeks per quarter';
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

describe('the sequencing planner, under /playbook/', () => {
  it('shows the whole portfolio plan, built at build time, before any choice', async () => {
    const html = readFileSync(`${site.dir}/sequence/index.html`, 'utf8');
    expect(html).toContain('The recommended plan for the whole portfolio');
    for (const table of ['waves', 'cost', 'ranking', 'schedule']) expect(html).toContain(`data-table="${table}"`);
    const portfolio = planInvestments(catalogue, useCases, { useCases: useCases.map((u) => u.id), inPlace: available });
    expect(html).toContain(`Build ${plural(portfolio.missing.length, 'component')} in ${plural(portfolio.waves.length, 'wave')}`);
    expect(html).toContain('data-pagefind-body');
    // Without the script the form cannot plan: it is built disabled, and the note says why.
    expect(html).toMatch(/<fieldset[^>]*data-controls[^>]*disabled/);
    // The dependency map's text equivalent says what is built on what.
    const [first] = portfolio.useCases;
    expect(html).toMatch(new RegExp(`<li>${titleOf(first!)} requires [^<]+\\.</li>`));
  });

  it('changes waves, costs and schedule as the choice changes, and keeps it across a reload and in a shared link', async () => {
    const page = await open();
    const before = await readPlan(page);
    const portfolio = planInvestments(catalogue, useCases, { useCases: useCases.map((u) => u.id), inPlace: available });
    expect(before.waves.map((row) => row[1])).toEqual(portfolio.waves.flatMap((w) => w.components.map(titleOf)));

    // Only the business unit of the use case with the most to build, and nothing in place.
    const unit = withWork.u.businessUnit;
    for (const box of await page.locator('input[data-group]').all()) await box.uncheck();
    await page.getByRole('checkbox', { name: unit, exact: true }).check();
    await showInPlace(page);
    for (const id of available) await page.getByRole('checkbox', { name: titleOf(id), exact: true }).uncheck();
    const chosen = useCases.filter((u) => u.businessUnit === unit).map((u) => u.id);
    const expected = planInvestments(catalogue, useCases, { useCases: chosen, inPlace: [] });
    const unitPlan = await readPlan(page);
    expect(unitPlan.headline).not.toBe(before.headline);
    expect(unitPlan.headline).toMatch(new RegExp(`^Build ${plural(expected.missing.length, 'component')} in ${plural(expected.waves.length, 'wave')} `));
    expect(unitPlan.waves.map((row) => row[1])).toEqual(expected.waves.flatMap((w) => w.components.map(titleOf)));
    expect(await page.locator('[data-results-heading]').textContent()).toBe('Your plan');

    // The first component of the first wave already exists: it leaves the waves and its setup is no longer counted.
    const first = expected.waves[0]!.components[0]!;
    await page.getByRole('checkbox', { name: titleOf(first), exact: true }).check();
    const withFirst = await readPlan(page);
    expect(withFirst.waves.some((row) => row[1] === titleOf(first))).toBe(false);
    const setup = (plan: Awaited<ReturnType<typeof readPlan>>) => Number(costOf(plan, /^Setup, each/)?.replace(/,/g, ''));
    expect(setup(unitPlan) - setup(withFirst)).toBeCloseTo(catalogue.find((c) => c.id === first)!.setupCost, 5);

    // Less capacity: more quarters.
    await page.getByLabel(capacityLabel).fill('2');
    const slow = await readPlan(page);
    expect(slow.schedule.length).toBeGreaterThan(withFirst.schedule.length);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#use-cases=${[...chosen].sort().join(',')}&in-place=${first}&capacity=2`);

    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-results-heading]')?.textContent === 'Your plan');
    expect(await readPlan(page)).toEqual(slow);
    expect(await page.getByRole('checkbox', { name: titleOf(first), exact: true }).isChecked()).toBe(true);
    const other = useCases.find((u) => u.businessUnit !== unit)!;
    expect(await page.getByRole('checkbox', { name: other.title, exact: true }).isChecked()).toBe(false);

    const shared = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const second = await shared.newPage();
    await second.goto(page.url());
    await second.waitForFunction(() => document.querySelector('[data-results-heading]')?.textContent === 'Your plan');
    expect(await readPlan(second)).toEqual(slow);
    await shared.close();
    await page.close();
  });

  it('keeps the plan on screen when the reader follows the skip link or a link to a table in the page', async () => {
    const page = await open();
    for (const box of await page.locator('input[data-group]').all()) await box.uncheck();
    await page.getByRole('checkbox', { name: withWork.u.businessUnit, exact: true }).check();
    const chosen = await readPlan(page);
    // The island has its own hashchange listener, added first: once ours has run, the island has had its say.
    const hashChanged = () => page.evaluate(() => new Promise((done) => addEventListener('hashchange', done, { once: true })));
    let changed = hashChanged();
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    await changed;
    expect(new URL(page.url()).hash).toBe('#main');
    expect(await readPlan(page)).toEqual(chosen);
    const tableLink = page.locator('a[href^="#plan-"]').first();
    const anchor = await tableLink.getAttribute('href');
    changed = hashChanged();
    await tableLink.click();
    await changed;
    expect(new URL(page.url()).hash).toBe(anchor);
    expect(await readPlan(page)).toEqual(chosen);
    expect(await page.getByRole('checkbox', { name: withWork.u.businessUnit, exact: true }).isChecked()).toBe(true);
    await page.close();
  });

  it("opens with the self-assessment's choice, keeps what it can from a link with unknown ids, and says what it dropped", async () => {
    const [one, two] = useCases;
    const [kept, notKept] = available;
    const link = encodePlanLink({ useCases: [one!.id, 'no-such-use-case'], inPlace: [kept!, 'ghost'], capacity: 20 });
    const page = await open(`#${link}`);
    await page.waitForFunction(() => document.querySelector('[data-results-heading]')?.textContent === 'Your plan');
    expect(await page.getByRole('checkbox', { name: one!.title, exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: two!.title, exact: true }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: titleOf(kept!), exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: titleOf(notKept!), exact: true }).isChecked()).toBe(false);
    expect(await page.getByLabel(capacityLabel).inputValue()).toBe('20');
    // The link's list of what exists differs from the catalogue's: the list is open to show it.
    expect(await page.locator('details.planner__in-place').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    const note = page.locator('[data-dropped]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('no-such-use-case, ghost');
    const expected = planInvestments(catalogue, useCases, { useCases: [one!.id], inPlace: [kept!], capacity: 20 });
    expect((await readPlan(page)).schedule.length).toBe(expected.schedule.quarters.length);
    await page.close();
  });

  it('keeps what the reader types as capacity, with the default as the placeholder, and refuses less than 1', async () => {
    const page = await open();
    const field = page.getByLabel(capacityLabel);
    const portfolio = planInvestments(catalogue, useCases, { useCases: useCases.map((u) => u.id), inPlace: available });
    const { capacity, quarters } = portfolio.defaultCapacity;
    expect(await field.inputValue()).toBe('');
    expect(await field.getAttribute('placeholder')).toBe(String(capacity));
    expect(await page.locator('[data-capacity-help]').textContent()).toBe(`Default: ${capacity}, the least that builds everything in ${plural(quarters, 'quarter')}.`);
    // Type, clear with the keyboard, type again: the field holds what was typed, never the default between.
    await field.click();
    await page.keyboard.type('9');
    await page.keyboard.press('Backspace');
    expect(await field.inputValue()).toBe('');
    expect(new URL(page.url()).hash).not.toContain('capacity=');
    await page.keyboard.type('20');
    expect(await field.inputValue()).toBe('20');
    expect(new URL(page.url()).hash).toMatch(/&capacity=20$/);
    expect((await readPlan(page)).schedule.length).toBe(planInvestments(catalogue, useCases, { useCases: useCases.map((u) => u.id), inPlace: available, capacity: 20 }).schedule.quarters.length);
    await field.fill('0.5');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-capacity-help]').textContent()).toBe(`Capacity must be a number from 1 to 10,000; the plan uses ${capacity} until then.`);
    await page.close();
  });

  it("opens from the readiness check with components of the initiative's own, planned as this initiative", async () => {
    const needs = catalogue.filter((c) => c.status !== 'available').slice(-2).map((c) => c.id);
    const before = planInvestments(catalogue, [{ id: initiativeId, requires: needs }], { useCases: [initiativeId], inPlace: available });
    const untick = before.inPlace[0]!;
    const page = await context.newPage();
    await page.goto(new URL('assessment/', served.server.root).href);
    await page.waitForSelector('assessment-tool[data-ready]');
    await page.fill('#new-name', 'An initiative of our own');
    await page.click('.assessment-new button[type="submit"]');
    await page.waitForURL(/#\/a\/[a-z0-9]+\/d\/1$/);
    await page.goto(page.url().replace(/\/d\/\d+$/, '/results'));
    await page.selectOption('#foundations-use-case', '*');
    for (const id of needs) await page.check(`#foundations-needs-${id}`);
    await page.uncheck(`#foundations-existing-${untick}`);
    await page.locator('[data-planner-link]').click();
    await page.waitForURL(/\/playbook\/sequence\/#v=2&needs=/);
    await page.waitForFunction(() => document.querySelector('[data-results-heading]')?.textContent === 'Your plan');

    const initiative = page.getByRole('checkbox', { name: 'This initiative', exact: true });
    expect(await initiative.isChecked()).toBe(true);
    for (const u of useCases) expect(await page.getByRole('checkbox', { name: u.title, exact: true }).isChecked(), u.id).toBe(false);
    expect(await page.locator('[data-initiative-help]').textContent()).toBe(`The components the readiness check chose for this initiative: ${needs.map(titleOf).join(', ')}.`);
    const expected = planInvestments(catalogue, [{ id: initiativeId, requires: needs }], { useCases: [initiativeId], inPlace: available.filter((id) => id !== untick) });
    const plan = await readPlan(page);
    expect(plan.waves.map((row) => row[1])).toEqual(expected.waves.flatMap((w) => w.components.map(titleOf)));
    expect(plan.waves.map((row) => row[1])).toContain(titleOf(untick));
    const readiness = await page.locator('[data-table="readiness"] tbody tr th').allTextContents();
    expect(readiness).toEqual(['This initiative']);
    expect(await page.locator('[data-dependency-list] li').last().textContent()).toBe(`This initiative requires ${needs.map(titleOf).join(', ')}.`);
    // Unticked, it leaves the plan and the address.
    await initiative.uncheck();
    expect(await page.locator('[data-headline]').textContent()).toBe('Choose at least one use case to see a plan.');
    expect(new URL(page.url()).hash).not.toContain('needs=');
    await page.close();
  });

  it('fits every table of the planner and of a use-case page in its column at 1280 and 390 px, in both languages', async () => {
    const pages = ['sequence/', 'de/sequence/', `use-cases/${withWork.u.id}/`, `de/use-cases/${withWork.u.id}/`, `sequence/#v=2&needs=${withWork.u.requires.join(',')}&in-place=&capacity=3`];
    for (const width of [1280, 390]) {
      const sized = await served.browser.newContext({ viewport: { width, height: 900 } });
      const page = await sized.newPage();
      for (const path of pages) {
        await page.goto(new URL(path, served.server.root).href);
        await page.waitForLoadState('load');
        const clipped = await page.evaluate(() => {
          const found: string[] = [];
          const frames = [...document.querySelectorAll<HTMLElement>('.table-scroll')];
          if (frames.length === 0) found.push('no table');
          for (const frame of frames) {
            const name = frame.closest<HTMLElement>('[data-table]')?.dataset['table'] ?? frame.closest('section')?.className ?? '?';
            if (frame.scrollWidth > frame.clientWidth + 1) found.push(`${name}: ${frame.scrollWidth} px of table in a ${frame.clientWidth} px frame`);
            const box = frame.getBoundingClientRect();
            for (const cell of frame.querySelectorAll<HTMLElement>('th, td')) {
              // Column headings a phone keeps for screen readers only.
              if (cell.closest('thead') && getComputedStyle(cell.closest('thead')!).position === 'absolute') continue;
              const at = cell.getBoundingClientRect();
              if (cell.scrollWidth > cell.clientWidth + 1 || at.right > box.right + 1 || at.left < box.left - 1) found.push(`${name}: "${cell.textContent?.trim()}" cut off`);
            }
          }
          if (document.documentElement.scrollWidth > document.documentElement.clientWidth) found.push('the page scrolls sideways');
          return found;
        });
        expect(clipped, `${path} at ${width} px`).toEqual([]);
      }
      await sized.close();
    }
  });

  it('opens from a use-case page with that use case chosen', async () => {
    const { u } = withWork;
    const page = await context.newPage();
    await page.goto(new URL(`use-cases/${u.id}/`, served.server.root).href);
    const statuses = await page.locator('.build-order tbody .status-badge').allTextContents();
    expect(statuses.length).toBe(planInvestments(catalogue, useCases, { useCases: [u.id], inPlace: [] }).needed.length);
    expect(new Set(statuses).size).toBeGreaterThan(0);
    for (const status of statuses) expect(['Available', 'Being built', 'Planned']).toContain(status);
    await page.getByRole('link', { name: 'Plan this use case in the planner' }).click();
    await page.waitForURL(new RegExp(`/playbook/sequence/#use-cases=${u.id}$`));
    await page.waitForFunction(() => document.querySelector('[data-results-heading]')?.textContent === 'Your plan');
    expect(await page.getByRole('checkbox', { name: u.title, exact: true }).isChecked()).toBe(true);
    // The catalogue's available components count as in place when the link does not say.
    await showInPlace(page);
    for (const id of available) expect(await page.getByRole('checkbox', { name: titleOf(id), exact: true }).isChecked()).toBe(true);
    // What is still to build is what the use-case page did not mark available.
    expect((await readPlan(page)).waves.length).toBe(statuses.filter((s) => s !== 'Available').length);
    await page.close();
  });

  it('draws the schedule as a Gantt chart and the selection as a dependency map, and exports CSV and Markdown', async () => {
    const page = await open(`#use-cases=${withWork.u.id}&in-place=&capacity=12`);
    const gantt = page.locator('[data-diagram-slot="gantt"] figure.diagram');
    await gantt.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-diagram-slot="gantt"] figure')?.getAttribute('data-state') === 'ready');
    expect(await gantt.locator('svg[aria-roledescription="gantt"]').count()).toBe(1);
    expect(await gantt.locator('svg title').textContent()).toBe('Quarter schedule');
    const map = page.locator('[data-diagram-slot="graph"] svg.dependency-map');
    expect(await map.getByRole('link', { name: withWork.u.title }).count()).toBe(1);
    expect(await map.locator('.dependency-map__node--in-place').count()).toBe(0);
    expect(await map.locator('.dependency-map__node--component').count()).toBe(withWork.plan.needed.length);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csv.suggestedFilename()).toBe('plan.csv');
    expect(csvText).toContain('"Waves: what to build, in dependency order",Wave,Component,Category,Setup,Use cases waiting,Built in');
    // What the plan was made from comes first: the capacity and the link that brings it back.
    const link = /,/.test(page.url()) ? `"${page.url()}"` : page.url();
    expect(csvText.replace(/^\uFEFF/, '').split('\r\n').slice(0, 4)).toEqual(['Plan your next quarters', `"${capacityLabel}",12`, `Link to this plan,${link}`, '']);
    const firstRow = (await readPlan(page)).waves[0]!;
    expect(csvText).toContain(`,${firstRow.slice(0, 4).join(',')},1,`);

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
      await page.locator('input[data-group]').first().uncheck();
      await showInPlace(page);
      await page.locator('input[name="in-place"]:not(:checked)').first().check();
      await page.getByLabel(capacityLabel).fill('15');
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
