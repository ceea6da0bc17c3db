import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { brokenFixture } from '../helpers/fixtures.ts';

let dev: DevServer;
let browser: Browser;
let origin: string;
let contentDir: string;

beforeAll(async () => {
  contentDir = brokenFixture('dev', []);
  dev = await startDevServer('dev', [], { PLAYBOOK_CONTENT_DIR: contentDir });
  origin = dev.origin;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  dev?.process.kill();
});

const edit = (file: string, find: string, replace: string) => {
  const full = path.join(contentDir, file);
  writeFileSync(full, readFileSync(full, 'utf8').replace(find, replace));
};

describe('astro dev while someone edits the content', () => {
  it('reloads on a change, shows a content error as an overlay, and recovers when it is fixed', { timeout: 120_000 }, async () => {
    // The first request makes Vite prepare its dependencies; wait for that before a browser looks.
    await expect.poll(async () => (await fetch(`${origin}/roles/owner/`)).status, { timeout: 30_000, interval: 500 }).toBe(200);
    const page = await browser.newPage();
    await page.goto(`${origin}/roles/owner/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Owner', null, { timeout: 30_000 });

    edit('roles/owner.mdx', 'title: Owner', 'title: Business owner (renamed)');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Business owner (renamed)', null, { timeout: 20_000 });

    edit('roles/owner.mdx', 'reportsTo: sponsor', 'reportsTo: sponsr');
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 20_000 });
    await expect.poll(() => overlay.evaluate((el) => el.shadowRoot?.textContent ?? ''), { timeout: 10_000 }).toContain(
      'roles/owner.mdx:7 reportsTo: "sponsr" is not an entry of roles',
    );

    edit('roles/owner.mdx', 'reportsTo: sponsr', 'reportsTo: sponsor');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Business owner (renamed)' && !document.querySelector('vite-error-overlay'), null, { timeout: 20_000 });
    await page.close();
  });
});
