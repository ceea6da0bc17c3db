// Diagrams in a real browser, under /playbook/: every diagram of every page draws in both themes, pages
// without a Mermaid diagram load no Mermaid, labels stay readable on a phone, and a broken diagram shows its
// source. Prints what a diagram page loads, gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site.ts';
import { sites } from '../helpers/astro.ts';
import { builtPages } from '../helpers/html.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { securityHeaders } from '../../src/lib/security.ts';

const site = sites.sub;
const served = useServedSite(site.dir, site.base);
const html = (path: string) => readFileSync(join(site.dir, path, 'index.html'), 'utf8');
const pages = () => builtPages(site.dir).filter((p) => p.endsWith('/'));
const withMermaid = () => pages().filter((p) => /class="(language-mermaid|mermaid-source)"/.test(html(p)));
const withMaps = () => pages().filter((p) => html(p).includes('class="dependency-map"'));

let context: BrowserContext;
const problems: string[] = [];
beforeAll(async () => {
  context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => context?.close());

async function open(path: string, requests?: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${path}: ${message.text()}`);
  });
  if (requests) page.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL(path.replace(/^\//, ''), served.server.root).href);
  return page;
}

/** Scrolls every diagram into view and waits until none is pending or loading. */
async function drawAll(page: Page) {
  for (const figure of await page.locator('figure.diagram').all()) await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('.diagram:is([data-state="pending"], [data-state="loading"])').length === 0, null, { timeout: 30_000 });
}

const setTheme = (page: Page, theme: 'light' | 'dark' | 'system') => page.locator('theme-switch select').selectOption(theme);

describe('diagrams in a real browser, under /playbook/', () => {
  it('draws every diagram of every page, in the light and the dark theme', async () => {
    const mermaidPages = withMermaid();
    const mapPages = withMaps();
    expect(mermaidPages.length).toBeGreaterThanOrEqual(5);
    expect(mapPages.length).toBeGreaterThanOrEqual(10);
    const started = performance.now();
    for (const path of [...new Set([...mermaidPages, ...mapPages])]) {
      const page = await open(path);
      for (const theme of ['light', 'dark'] as const) {
        await setTheme(page, theme);
        await drawAll(page);
        const figures = page.locator('figure.diagram');
        expect(await page.locator('.diagram[data-state="failed"]').count(), `${path} ${theme}`).toBe(0);
        expect(await page.locator('figure.diagram .diagram__frame > svg').count(), `${path} ${theme}`).toBe(await figures.count());
        // Every diagram says what it shows to a screen reader.
        for (const svg of await page.locator('figure.diagram svg').all()) {
          const named = await svg.evaluate((el) => {
            const ids = `${el.getAttribute('aria-labelledby') ?? ''} ${el.getAttribute('aria-describedby') ?? ''}`.trim().split(/\s+/);
            return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').filter(Boolean).length;
          });
          expect(named, `${path}: accessible title and description`).toBeGreaterThanOrEqual(2);
        }
      }
      await page.close();
    }
    console.log(`drew ${mermaidPages.length + mapPages.length} diagram pages in both themes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(problems.splice(0)).toEqual([]);
    // About 60 pages, two themes each: a busy machine needs more than the default two minutes.
  }, 300_000);

  it('follows the theme: a drawn diagram takes the dark colours when the theme changes', async () => {
    const page = await open('/guides/sequencing-investments/');
    await setTheme(page, 'light');
    await drawAll(page);
    const nodeFill = () => page.locator('.diagram svg .node rect, .diagram svg .node path').first().evaluate((el) => getComputedStyle(el).fill);
    const textColour = () => page.locator('.diagram svg .nodeLabel').first().evaluate((el) => getComputedStyle(el).color);
    const light = [await nodeFill(), await textColour()];
    await setTheme(page, 'dark');
    await page.waitForFunction(() => document.querySelector('.diagram')?.getAttribute('data-state') === 'ready');
    await page.waitForFunction((before) => {
      const rect = document.querySelector('.diagram svg .node rect, .diagram svg .node path');
      return rect && getComputedStyle(rect).fill !== before;
    }, light[0]);
    const dark = [await nodeFill(), await textColour()];
    expect(dark[0]).not.toBe(light[0]);
    expect(dark[1]).not.toBe(light[1]);
    await setTheme(page, 'system');
    await page.close();
  });

  it('loads no Mermaid on pages without a Mermaid diagram, component pages with their map included', async () => {
    for (const path of ['/', '/roles/business-owner/', '/components/model-serving/', '/use-cases/claims-triage/']) {
      const requests: string[] = [];
      const page = await open(path, requests);
      await page.waitForLoadState('networkidle');
      for (const figure of await page.locator('figure.diagram').all()) await figure.scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
      expect(requests.filter((url) => /mermaid|flowDiagram|dagre|katex/i.test(url)), path).toEqual([]);
      await page.close();
    }
  });

  it('keeps labels at 11 px or more on a phone, scrolling inside the frame, never the page', async () => {
    const phone = await served.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    for (const path of ['/components/model-serving/', '/sequence/', '/guides/sequencing-investments/']) {
      const page = await phone.newPage();
      await page.goto(new URL(path.slice(1), served.server.root).href);
      await drawAll(page);
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('figure.diagram svg')].map((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width);
          const labels = [...svg.querySelectorAll<Element>('.nodeLabel, .dependency-map__node text, text.taskText, text.taskTextOutsideRight, text.taskTextOutsideLeft')];
          return Math.min(...labels.map((el) => parseFloat(getComputedStyle(el).fontSize) * scale));
        }),
      );
      expect(sizes.length, path).toBeGreaterThan(0);
      for (const size of sizes) expect(size, path).toBeGreaterThanOrEqual(11);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
      await page.close();
    }
    await phone.close();
  });

  it('fits a diagram to its frame on request, and shows it full screen', async () => {
    const page = await open('/sequence/');
    await page.setViewportSize({ width: 390, height: 844 });
    const figure = page.locator('#dependency-graph');
    await figure.scrollIntoViewIfNeeded();
    const width = () => figure.locator('svg').evaluate((el) => el.getBoundingClientRect().width);
    const frame = await figure.locator('.diagram__frame').evaluate((el) => el.clientWidth);
    const natural = await width();
    expect(natural).toBeGreaterThan(frame);
    await figure.getByRole('button', { name: 'Fit to width' }).click();
    expect(await width()).toBeLessThanOrEqual(frame);
    await figure.getByRole('button', { name: 'Fit to width' }).click();
    expect(await width()).toBe(natural);
    await figure.getByRole('button', { name: 'Full screen' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.locator('svg.dependency-map').count()).toBe(1);
    await page.keyboard.press('Escape');
    // The dialog hands the drawing back when it has closed (its close event comes after the key press).
    await expect.poll(() => figure.locator('svg.dependency-map').count()).toBe(1);
    await expect.poll(() => dialog.count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.close();
  });

  it('links each node of a map to its page and marks the current entry, in view on a phone', async () => {
    const page = await open('/components/model-serving/');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const current = page.locator('figure.diagram a[aria-current="page"]');
    expect(await current.getAttribute('href')).toBe('/playbook/components/model-serving/');
    const frameElement = page.locator('figure.diagram .diagram__frame');
    expect(await frameElement.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const frame = await frameElement.boundingBox();
    const box = await current.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(frame!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(frame!.x + frame!.width);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('figure.diagram').getByRole('link', { name: 'Model registry' }).click();
    await page.waitForURL(/\/playbook\/components\/model-registry\/$/);
    const caption = page.locator('figure.diagram figcaption a');
    expect(await caption.getAttribute('href')).toBe('/playbook/sequence/#dependency-graph');
    await page.close();
  });

  it('shows a note and the source for a diagram that cannot be drawn, and the rest of the page keeps working', async () => {
    const page = await open('/guides/sequencing-investments/');
    await page.evaluate(() => {
      const pre = document.createElement('pre');
      pre.className = 'mermaid-source';
      pre.id = 'broken';
      pre.textContent = 'flowchart LR\n  a["x"] -->';
      document.querySelector('main')!.append(pre);
      pre.dispatchEvent(new CustomEvent('playbook:diagrams', { bubbles: true }));
    });
    await drawAll(page);
    const broken = page.locator('figure.diagram:has(#broken)');
    expect(await broken.getAttribute('data-state')).toBe('failed');
    expect(await broken.locator('.diagram__note').textContent()).toContain('could not be drawn');
    expect(await page.locator('#broken').isVisible()).toBe(true);
    expect(await page.locator('.diagram[data-state="ready"]').count()).toBeGreaterThan(0);
    await page.close();
    problems.splice(0);
  });

  it('draws Mermaid diagrams, dependency maps and the planner under the strict Content-Security-Policy', async () => {
    const strict = await serveStatic(site.dir, site.base, { headers: securityHeaders });
    const isolated = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const refused: string[] = [];
    try {
      for (const path of ['guides/sequencing-investments/', 'components/model-serving/', 'sequence/#use-cases=claims-triage&in-place=&capacity=10']) {
        const page = await isolated.newPage();
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(`${path}: ${message.text()}`);
        });
        const response = await page.goto(new URL(path, strict.root).href);
        expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
        await page.waitForSelector('figure.diagram');
        if (path.startsWith('sequence/')) await page.waitForSelector('planner-island:not([data-drawing])');
        await drawAll(page);
        expect(await page.locator('.diagram[data-state="failed"]').count(), path).toBe(0);
        expect(await page.locator('figure.diagram .diagram__frame > svg').count(), path).toBe(await page.locator('figure.diagram').count());
        await page.close();
      }
    } finally {
      await isolated.close();
      await strict.close();
    }
    expect(refused).toEqual([]);
  });

  it('prints the gzipped bytes a diagram page loads', async () => {
    const rows: string[] = [];
    for (const path of ['/components/model-serving/', '/guides/sequencing-investments/', '/sequence/']) {
      const fresh = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await fresh.newPage();
      const files = new Set<string>();
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.origin === new URL(served.server.root).origin && response.status() === 200) files.add(url.pathname);
      });
      await page.goto(new URL(path.slice(1), served.server.root).href);
      await drawAll(page);
      await page.waitForLoadState('networkidle');
      let raw = 0;
      let gzip = 0;
      let scripts = 0;
      for (const file of files) {
        const local = join(site.dir, decodeURIComponent(file).replace(/^\/playbook\//, ''), file.endsWith('/') ? 'index.html' : '');
        const bytes = readFileSync(local);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
        if (file.endsWith('.js')) scripts++;
      }
      rows.push(`${path.padEnd(34)} ${String(files.size).padStart(3)} files (${scripts} scripts)  ${(raw / 1024).toFixed(0).padStart(5)} kB  ${(gzip / 1024).toFixed(0).padStart(4)} kB gzipped`);
      expect(files.size).toBeGreaterThan(0);
      await fresh.close();
    }
    console.log(`What a diagram page loads, everything drawn:\n${rows.join('\n')}`);
  });
});
