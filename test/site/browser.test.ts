import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site.ts';
import { translate } from '../../src/i18n/index.ts';
import { sites } from '../helpers/astro.ts';

const t = translate('en');

// The browser tests run against the sub-path build: it is the harder case for links and assets.
const site = sites.sub;

const served = useServedSite(site.dir, site.base);
const problems: string[] = [];

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
  const context = await served.browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  // A request the browser cancels itself (a reload or a navigation while the favicon loads) is not a failure.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${page.url()}: failed ${request.url()} (${request.failure()?.errorText})`);
  });
  await page.goto(new URL(path, served.server.root).href);
  return page;
}


describe('in a real browser, under /playbook/', () => {
  // Each test's pages log no console error, no uncaught exception and no failed request.
  afterEach(() => {
    const seen = problems.splice(0);
    expect(seen).toEqual([]);
  });

  it('loads the home page with the three ways in', async () => {
    const page = await open('');
    await expect(page.locator('h1').textContent()).resolves.toBe('AI Operating Model Playbook');
    const ways = page.locator('#ways-heading + ul a');
    expect(await ways.allTextContents()).toEqual([t('home.browse.title'), t('home.assess.title'), t('home.plan.title')]);
    await page.context().close();
  });

  it('reaches an entry through the navigation and shows its fields and backlinks', async () => {
    const page = await open('');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
    await page.waitForURL(/\/playbook\/roles\/$/);
    await page.getByRole('link', { name: 'Business owner', exact: true }).first().click();
    await page.waitForURL(/\/playbook\/roles\/business-owner\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Business owner');
    await expect(page.getByText('Accountable for', { exact: true }).isVisible()).resolves.toBe(true);
    const backlinks = page.locator('.backlinks');
    await expect(backlinks.getByRole('heading', { name: 'Accountable in' }).isVisible()).resolves.toBe(true);
    await expect(backlinks.getByRole('heading', { name: 'Use cases it owns' }).isVisible()).resolves.toBe(true);
    await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Roles' }).click();
    await page.waitForURL(/\/playbook\/roles\/$/);
    await page.context().close();
  });

  it('keeps the chosen theme across a reload, and follows the system until one is chosen', async () => {
    const page = await open('', { colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    await page.getByLabel('Colour theme').selectOption('dark');
    const darkBackground = await background();
    expect(darkBackground).not.toBe(lightBackground);
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    await expect(page.getByLabel('Colour theme').inputValue()).resolves.toBe('dark');
    expect(await background()).toBe(darkBackground);
    await page.getByLabel('Colour theme').selectOption('system');
    await page.reload();
    expect(await background()).toBe(lightBackground);
    await page.context().close();

    const darkSystem = await open('', { colorScheme: 'dark' });
    expect(await darkSystem.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);
    await darkSystem.context().close();
  });

  it('fits a phone-sized screen without sideways scrolling on every kind of page', async () => {
    for (const path of ['', 'roles/business-owner/', 'processes/stage-gate-lifecycle/', 'raci/', 'sequence/', 'assessment/', 'authoring/', 'guides/sequencing-investments/']) {
      const page = await open(path, { width: 360 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });
});
