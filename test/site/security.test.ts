// The built site under the Content-Security-Policy it ships with (src/lib/security.ts), every kind of page and
// every tool in use: no violation, no uncaught error. And hostile text typed, imported or linked renders as text:
// no script runs, no element is injected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';
import { sites } from '../helpers/astro.ts';
import { builtPages } from '../helpers/html.ts';
import { securityHeaders } from '../../src/lib/security.ts';
import { encodePlanLink } from '../../src/lib/plan-link.ts';

const site = sites.sub;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(site.dir, site.base, { headers: securityHeaders, gzip: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A payload that would set a flag if any of it ran, and leave an element behind if markup were injected. */
const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

interface Watched {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** A fresh context that records CSP violations, uncaught errors, console errors and dialogs (alert, …). */
async function watched(): Promise<Watched> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __violations: string[] }).__violations ??= [];
      (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, problems };
}

/** What went wrong on the page so far, CSP violations included. */
async function everythingWrong({ page, problems }: Watched): Promise<string[]> {
  const violations = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
  const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
  const injected = await page.evaluate(() => document.querySelectorAll('main img[src="x"], main script:not([type])').length);
  return [
    ...problems,
    ...violations.map((v) => `CSP: ${v}`),
    ...(pwned ? [`script ran (${pwned})`] : []),
    ...(injected ? [`${injected} element(s) injected`] : []),
  ];
}

const address = (path: string) => new URL(path.replace(/^\//, ''), server.root).href;

describe('under the strict Content-Security-Policy, under /playbook/', () => {
  it('notices a violation, an injected element and a script that runs (the checks themselves can fail)', async () => {
    const w = await watched();
    await w.page.goto(address('/'));
    await w.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 3';
      document.head.append(script);
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="x" alt="">');
      (window as unknown as { __pwned?: number }).__pwned ??= 4;
    });
    await w.page.waitForTimeout(200);
    const wrong = await everythingWrong(w);
    expect(wrong.some((p) => p.startsWith('CSP: script-src'))).toBe(true);
    expect(wrong).toContain('script ran (4)');
    expect(wrong).toContain('1 element(s) injected');
    await w.context.close();
  });

  it('serves every kind of page without a violation or an error', async () => {
    const seen = new Set<string>();
    const pages = builtPages(site.dir).filter((page) => {
      const kind = page.split('/').filter(Boolean).slice(0, 1).join('/') + (page.split('/').filter(Boolean).length > 1 ? '/*' : '');
      if (seen.has(kind)) return false;
      seen.add(kind);
      return true;
    });
    expect(pages.length).toBeGreaterThan(12);
    const problems: string[] = [];
    for (const path of pages) {
      const w = await watched();
      const response = await w.page.goto(address(path));
      expect(response?.headers()['content-security-policy'], path).toBe(securityHeaders['Content-Security-Policy']);
      await w.page.waitForLoadState('networkidle');
      // Pages with a diagram draw it when it comes near the screen.
      await w.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await w.page.waitForFunction(() => document.querySelectorAll('.diagram[data-state="loading"]').length === 0, null, { timeout: 30_000 });
      problems.push(...(await everythingWrong(w)).map((p) => `${path}: ${p}`));
      await w.context.close();
    }
    expect(problems).toEqual([]);
  });

  it('searches without a violation', async () => {
    const w = await watched();
    await w.page.goto(address('/roles/'));
    await w.page.locator('h1').click();
    await w.page.keyboard.press('/');
    await w.page.locator('dialog.pf-modal input').waitFor();
    await w.page.keyboard.type('business owner');
    await w.page.locator('.search-result').first().waitFor({ timeout: 15_000 });
    await w.page.keyboard.type(hostile);
    await w.page.waitForTimeout(500);
    expect(await everythingWrong(w)).toEqual([]);
    await w.context.close();
  });

  it('runs the readiness check with hostile names, notes and an imported file shown as text', async () => {
    const w = await watched();
    await w.page.goto(address('/assessment/'));
    await w.page.waitForSelector('assessment-tool[data-ready]');
    await w.page.fill('#new-name', hostile);
    await w.page.fill('#new-by', hostile);
    await w.page.click('.assessment-new button[type="submit"]');
    await w.page.waitForURL(/\/d\/1$/);
    const radio = w.page.locator('input[type="radio"]').first();
    await radio.check();
    const note = w.page.locator('.question__note summary').first();
    await note.click();
    await w.page.locator('textarea').first().fill(hostile);
    await w.page.locator('textarea').first().blur();
    await w.page.goto(address('/assessment/#/'));
    await w.page.waitForSelector('.initiatives');
    expect(await w.page.locator('.initiative__name').first().textContent()).toBe(hostile);
    // An imported file whose name and notes are markup: imported as a copy, shown as text.
    const file = JSON.stringify({
      format: 'ai-playbook-assessment-export',
      version: 1,
      initiatives: [JSON.parse((await w.page.evaluate(() => Object.values(localStorage).find((v) => v.includes('initiatives'))))!).initiatives[0]],
    });
    await w.page.setInputFiles('#import-file', { name: `${hostile}.json`, mimeType: 'application/json', buffer: Buffer.from(file) });
    await w.page.locator('.assessment-notice').first().waitFor();
    await w.page.locator('.initiative__actions a[href$="/results"]').first().click();
    await w.page.waitForSelector('.verdict');
    expect(await everythingWrong(w)).toEqual([]);
    await w.context.close();
  });

  it('plans from a link whose ids are markup, saying what it dropped as text', async () => {
    const w = await watched();
    await w.page.goto(address(`/sequence/#${encodePlanLink({ useCases: [hostile, 'claims-triage'], inPlace: [hostile] })}`));
    await w.page.waitForLoadState('networkidle');
    const box = w.page.locator('input[type="checkbox"]').first();
    await box.click();
    await w.page.waitForTimeout(300);
    expect(await everythingWrong(w)).toEqual([]);
    expect(await w.page.locator('main').textContent()).toContain('<img');
    await w.context.close();
  });
});
