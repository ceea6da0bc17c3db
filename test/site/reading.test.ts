// Reading the playbook as a new reader would, at desktop and phone widths: finding one's way, the RACI
// matrix, backlinks and checklists.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site.ts';
import { sites } from '../helpers/astro.ts';
import { translate } from '../../src/i18n/index.ts';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { allReferences } from '../../src/lib/references.ts';
import { isPageCollection, refKey } from '../../src/lib/collections.ts';
import { projectRoot } from '../helpers/astro.ts';

const t = translate('en');

const served = useServedSite(sites.sub.dir, sites.sub.base);
const errors: string[] = [];

async function open(path: string, width = 1280): Promise<Page> {
  const context = await served.browser.newContext({ viewport: { width, height: width > 500 ? 900 : 844 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && errors.push(`${path}: ${message.text()}`));
  await page.goto(new URL(path, served.server.root).href);
  return page;
}

afterEach(() => {
  expect(errors.splice(0)).toEqual([]);
});

describe('finding one’s way', () => {
  it('shows the section sidebar with the current entry marked, and previous/next in its order', async () => {
    const page = await open('roles/business-owner/');
    const sidebar = page.getByRole('navigation', { name: 'Roles', exact: true });
    await expect(sidebar.isVisible()).resolves.toBe(true);
    const current = sidebar.locator('a[aria-current="page"]');
    await expect(current.textContent()).resolves.toBe('Business owner');
    const order = await sidebar.locator('li a').allTextContents();
    const at = order.indexOf('Business owner');
    const pager = page.getByRole('navigation', { name: t('entry.pager', { section: 'Roles' }) });
    await expect(pager.locator('a[rel="prev"] .pager__title').textContent()).resolves.toContain(order[at - 1]!);
    await expect(pager.locator('a[rel="next"] .pager__title').textContent()).resolves.toContain(order[at + 1]!);
    await expect(pager.locator('a[rel="prev"]').textContent()).resolves.toContain(t('entry.previous'));
    await page.context().close();
  });

  it('lets a keyboard user skip the header and the sidebar straight to the entry', async () => {
    const page = await open('roles/business-owner/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(t('skip.link'));
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('content');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('article')))).resolves.toBe(true);
    await page.context().close();
  });

  it('lists a process’s Steps in the sticky contents list, and keeps it in view while reading', async () => {
    const page = await open('processes/stage-gate-lifecycle/');
    const contents = page.getByRole('navigation', { name: t('entry.onThisPage') });
    const items = await contents.locator('li a').allTextContents();
    expect(items[0]).toBe('Steps');
    expect(items).toContain(t('entry.referencedBy'));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await page.waitForTimeout(100);
    const box = await contents.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(300);
    await expect(contents.locator('a[aria-current="true"]').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('lists warning signs and countermeasures on a stall pattern', async () => {
    const page = await open('stall-patterns/isolated-pilots/');
    const items = await page.getByRole('navigation', { name: t('entry.onThisPage') }).locator('li a').allTextContents();
    expect(items.slice(0, 2)).toEqual(['Warning signs', 'Countermeasures']);
    await page.context().close();
  });

  it('fits the phone header in one row, and closes the menu after navigation and on scroll', async () => {
    const page = await open('guides/the-execution-gap/', 390);
    const header = page.locator('.site-header__inner');
    const tops = await Promise.all(['.site-brand', '.theme-switch', '.site-nav-toggle'].map((s) => header.locator(s).boundingBox()));
    const height = (await header.boundingBox())!.height;
    expect(height).toBeLessThan(70);
    for (const box of tops) expect(box!.y + box!.height).toBeLessThanOrEqual(height + 1);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.locator('.site-nav-toggle summary').click();
    await expect(nav.isVisible()).resolves.toBe(true);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => nav.isVisible()).toBe(false);
    await page.locator('.site-nav-toggle summary').click();
    await nav.getByRole('link', { name: 'Roles', exact: true }).click();
    await page.waitForURL(/\/roles\/$/);
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.goBack();
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('offers the sidebar and the contents list as disclosures on a phone', async () => {
    const page = await open('processes/stage-gate-lifecycle/', 390);
    const summary = page.getByText(t('entry.onThisPage'), { exact: true });
    await summary.click();
    const steps = page.getByRole('navigation', { name: t('entry.onThisPage') }).getByRole('link', { name: 'Steps' });
    await steps.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#steps');
    await expect(steps.isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe('a page that does not exist', () => {
  it('offers search and the three ways in', async () => {
    const page = await open('no-such-page/');
    await expect(page.getByRole('heading', { name: t('notFound.title') }).isVisible()).resolves.toBe(true);
    const ways = await page.locator('#ways-heading + ul a').allTextContents();
    expect(ways).toEqual([t('home.browse.title'), t('home.assess.title'), t('home.plan.title')]);
    await page.getByRole('button', { name: t('notFound.search') }).click();
    await expect.poll(() => page.locator('dialog.pf-modal').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.context().close();
    // The browser logs the page's own 404 status; nothing else may go wrong.
    const own = errors.findIndex((e) => /status of 404/.test(e));
    expect(own).toBeGreaterThanOrEqual(0);
    errors.splice(own, 1);
  });
});

describe('the RACI matrix', () => {
  for (const width of [1280, 390]) {
    it(`shows every step name in full, at ${width} px, without sideways scrolling of the page`, async () => {
      const page = await open('raci/', width);
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.raci-table thead th, .raci-table tbody th')]
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1 || cell.scrollHeight > cell.clientHeight + 1)
          .map((cell) => cell.textContent),
      );
      expect(cut).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.context().close();
    });
  }

  it('keeps the step names in view while scrolling a process on a desktop', async () => {
    const page = await open('raci/');
    const table = page.locator('.raci-process').nth(1).locator('table');
    await table.locator('tbody tr').last().scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    const headerBottom = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().bottom);
    const tableTop = (await table.boundingBox())!.y;
    const headTop = (await table.locator('thead th').first().boundingBox())!.y;
    expect(tableTop).toBeLessThan(headerBottom);
    expect(Math.abs(headTop - headerBottom)).toBeLessThan(2);
    await page.context().close();
  });

  it('offers a view by role: how many steps each role holds per letter, linked to the steps on its page', async () => {
    const page = await open('raci/', 390);
    await page.getByRole('link', { name: t('raci.byRole'), exact: true }).first().click();
    const row = page.locator('.raci-roles tbody tr').filter({ has: page.getByRole('link', { name: 'Business owner', exact: true }) });
    const counts = (await row.locator('td').allTextContents()).map((c) => Number(c) || 0);
    expect(counts).toHaveLength(4);
    expect(counts[1]).toBeGreaterThan(0);
    await row.getByRole('link').click();
    await page.waitForURL(/\/roles\/business-owner\/#referenced-by$/);
    // The role page lists the same number of steps where the role is accountable.
    const accountable = page.locator('.backlinks__group').filter({ has: page.getByRole('heading', { name: /^Accountable in/ }) });
    await expect(accountable.locator('.count').textContent()).resolves.toBe(String(counts[1]));
    await page.context().close();
  });
});

describe('backlinks and checklists', () => {
  it('groups a role’s backlinks in R, A, C, I order with counts, folding long groups', async () => {
    const page = await open('roles/business-owner/');
    const headings = await page.locator('.backlinks h3').allTextContents();
    const letters = ['Responsible in', 'Accountable in', 'Consulted in', 'Informed in'].map((h) => headings.findIndex((x) => x.startsWith(h)));
    expect(letters.filter((i) => i >= 0)).toEqual([...letters.filter((i) => i >= 0)].sort((a, b) => a - b));
    expect(headings[0]).toMatch(/^Responsible in \d+$/);
    const group = page.locator('.backlinks__group').filter({ has: page.locator('details') }).first();
    const count = Number((await group.locator('.count').textContent())!);
    expect(count).toBeGreaterThan(5);
    await expect(group.locator('> .backlinks__list > li').count()).resolves.toBe(5);
    await expect(group.locator('details li').first().isVisible()).resolves.toBe(false);
    await group.locator('summary').click();
    await expect(group.locator('li').count()).resolves.toBe(count);
    await expect(group.locator('details li').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('shows "Referenced by" only where something links to the entry', async () => {
    const { entries } = checkContentFolder(projectRoot, 'content');
    const linked = new Set(allReferences(entries).map((r) => refKey(r.to)));
    const pages = entries.filter((e) => isPageCollection(e.collection));
    const lonely = pages.find((e) => !linked.has(refKey(e)));
    const popular = pages.find((e) => linked.has(refKey(e)))!;
    for (const [entry, expected] of [[popular, 1], ...(lonely ? [[lonely, 0] as const] : [])] as const) {
      const page = await open(`${entry.collection}/${entry.id}/`);
      await expect(page.getByRole('heading', { name: t('entry.referencedBy') }).count()).resolves.toBe(expected);
      await page.context().close();
    }
  });

  it('turns task lists into checklists that remember their ticks', async () => {
    const page = await open('guides/designing-for-execution/');
    const boxes = page.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(2);
    const label = await page.locator('.checklist li label').first().textContent();
    await page.getByRole('checkbox', { name: label!.trim() }).check();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: label!.trim() }).isChecked()).resolves.toBe(true);
    await expect(page.locator('.checklist__status').first().textContent()).resolves.toContain(t('checklist.progress', { done: 1, n: await page.locator('ul.checklist').first().locator('li').count() }));
    await page.context().close();
  });
});
