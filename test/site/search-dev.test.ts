// Search under `npm run dev`: there is no index until a build has run, so the dev server serves the last
// build's index, and the search button says clearly what to do when there is none.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { childEnv, outputRoot, projectRoot, sites } from '../helpers/astro.ts';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { en } from '../../src/i18n/en.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

// The dev server's output folder: empty at first (no build yet), then given the index of the /playbook/ build.
const outDir = path.join(outputRoot, 'search-dev-dist');
const role = checkContentFolder(projectRoot, 'content').entries.find((e) => e.collection === 'roles')!;
const roleTitle = (role.data as { title: string }).title;

let dev: ChildProcess;
let browser: Browser;
let root: string;

beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const cacheDir = path.join(outputRoot, 'cache', 'search-dev');
  rmSync(cacheDir, { recursive: true, force: true });
  const port = await freePort();
  root = `http://127.0.0.1:${port}/playbook/`;
  const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  dev = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1', '--base', '/playbook/', '--outDir', outDir], {
    cwd: projectRoot,
    env: childEnv({ PLAYBOOK_CACHE_DIR: cacheDir }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${log}`)), 60_000);
    dev.stdout!.on('data', (chunk) => {
      log += chunk;
      if (log.includes('watching for file changes')) {
        clearTimeout(timer);
        resolve();
      }
    });
    dev.stderr!.on('data', (chunk) => (log += chunk));
  });
  // The first request makes Vite prepare its dependencies; wait for that before a browser looks.
  for (let started = Date.now(); (await fetch(`${root}roles/`).then((r) => r.status, () => 0)) !== 200; ) {
    if (Date.now() - started > 60_000) throw new Error(`astro dev does not serve ${root}roles/:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  dev?.kill();
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
