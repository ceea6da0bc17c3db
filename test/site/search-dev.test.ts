// Search under `npm run dev`: there is no index until a build has run, so the dev server serves the last
// build's index, and the search button says clearly what to do when there is none.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { outputRoot, projectRoot, sites } from '../helpers/astro.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { en } from '../../src/i18n/en.ts';

// The dev server's output folder: empty at first (no build yet), then given the index of the /playbook/ build.
const outDir = path.join(outputRoot, 'search-dev-dist');
const role = checkContentFolder(projectRoot, 'content').entries.find((e) => e.collection === 'roles')!;
const roleTitle = (role.data as { title: string }).title;

let dev: DevServer;
let browser: Browser;
let root: string;

beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  dev = await startDevServer('search-dev', ['--base', '/playbook/', '--outDir', outDir]);
  root = `${dev.origin}/playbook/`;
  // The first request makes Vite prepare its dependencies; wait for that before a browser looks.
  for (let started = Date.now(); (await fetch(`${root}roles/`).then((r) => r.status, () => 0)) !== 200; ) {
    if (Date.now() - started > 60_000) throw new Error(`astro dev does not serve ${root}roles/:\n${dev.log()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  dev?.process.kill();
  rmSync(outDir, { recursive: true, force: true });
});

async function openSearch(page: Page) {
  await page.goto(`${root}roles/`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: en['search.label'], exact: true }).click();
}

describe('search under astro dev', () => {
  it('says that search needs a build when there is none, then searches the last build once there is one', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    await openSearch(page);
    const note = page.locator('dialog.site-search__note');
    await expect.poll(() => note.isVisible(), { timeout: 20_000 }).toBe(true);
    await expect(note.textContent()).resolves.toContain('npm run build');
    await note.getByRole('button', { name: en['search.close'] }).click();
    await expect.poll(() => note.isVisible()).toBe(false);

    // A build has run: its index is served at the dev server's address, under the base path.
    cpSync(path.join(sites.sub.dir, 'pagefind'), path.join(outDir, 'pagefind'), { recursive: true });
    await openSearch(page);
    await page.locator('dialog.pf-modal').getByRole('searchbox').fill(roleTitle);
    const result = page.locator('dialog.pf-modal .pf-result-link').filter({ hasText: new RegExp(`^${roleTitle}$`) });
    await expect.poll(() => result.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect(result.first().getAttribute('href')).resolves.toBe(`/playbook/roles/${role.id}/`);
    await page.close();
  });
});
