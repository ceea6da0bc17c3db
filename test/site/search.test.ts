// Search as a reader uses it, in Chromium, on the build under /playbook/: Pagefind's index of the built pages
// and its Component UI in the header, loaded only when search is opened.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { loadSettings } from '../../src/node/settings-file.ts';
import { pageCollections } from '../../src/lib/collections.ts';
import { translate } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { projectRoot, sites } from '../helpers/astro.ts';
import { builtPages } from '../helpers/html.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { securityHeaders } from '../../src/lib/security.ts';

const t = translate('en');

const site = sites.sub;
const served = useServedSite(site.dir, site.base);
const { entries } = checkContentFolder(projectRoot, 'content');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Role = { id: string; data: { title: string; aliases: string[] } };
const roles = entries.filter((e) => e.collection === 'roles') as unknown as Role[];
const pageEntries = entries.filter((e) => (pageCollections as readonly string[]).includes(e.collection));

let context: BrowserContext;
const problems: string[] = [];

beforeAll(async () => {
  context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(() => context?.close());

async function open(pathname: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  await page.goto(new URL(pathname, served.server.root).href);
  return page;
}

const modal = (page: Page) => page.locator('dialog.pf-modal');
const resultTitles = (page: Page) => modal(page).locator('.pf-result-link');

/** Opens search with its button and types `term`; waits for Pagefind's summary of the results ("12 results for …"). */
async function search(page: Page, term: string) {
  await page.getByRole('button', { name: en['search.label'], exact: true }).click();
  await modal(page).getByRole('searchbox').fill(term);
  const summary = () => modal(page).locator('pagefind-summary').textContent();
  await expect.poll(async () => { const text = (await summary()) ?? ''; return text.includes(term) && /\d/.test(text); }, { timeout: 15_000 }).toBe(true);
}

/** The number of results Pagefind reports ("12 results for …"). */
const resultCount = async (page: Page) => Number(/\d+/.exec((await modal(page).locator('pagefind-summary').textContent()) ?? '')?.[0] ?? NaN);

describe('search, under /playbook/', () => {
  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });

  it('indexes every entry page once, in the site language, each with its title and type', async () => {
    const entry = JSON.parse(readFileSync(path.join(site.dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    // One index per published language; the English pages are in the English one.
    expect(Object.keys(entry.languages).sort()).toEqual(loadSettings(projectRoot).locales.map((l) => l.code).sort());
    const page = await open('');
    // The index as a browser reads it, through Pagefind's own search API: every page with a type filter.
    // (A string, so the test runner leaves this import() alone.)
    const indexed: { url: string; meta: Record<string, string> }[] = await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${served.server.root}pagefind/pagefind.js`)});
      await pagefind.options({ baseUrl: '/playbook/' });
      const found = await pagefind.search(null, { filters: {} });
      return Promise.all(found.results.map((r) => r.data()));
    })()`);
    const byUrl = new Map(indexed.map((d) => [d.url, d.meta]));
    expect(indexed.length).toBe(byUrl.size);
    for (const e of pageEntries) {
      const meta = byUrl.get(`/playbook/${e.collection}/${e.id}/`);
      expect(meta, `${e.collection}/${e.id}`).toBeDefined();
      expect(meta!['title']).toBe((e.data as { title: string }).title);
      expect(meta!['type']).toBe(t(`collection.${e.collection}.singular`));
      expect(meta!['summary']).toBe((e.data as { summary: string }).summary.replace(/\s+/g, ' ').trim());
    }
    // Pages that are not content stay out: the home page, the 404 page.
    expect(byUrl.has('/playbook/')).toBe(false);
    expect([...byUrl.keys()].some((url) => url.includes('404'))).toBe(false);
    await page.close();
  });

  it('keeps navigation, breadcrumbs, footers and diagram source out of the index, and diagram text in', () => {
    const pages = builtPages(site.dir).filter((p) => p.endsWith('/'));
    const fragments = path.join(site.dir, 'pagefind', 'fragment');
    expect(pages.length).toBeGreaterThan(80);
    // Each fragment is the indexed text of one page, gzipped, after a short signature.
    const texts = readdirSync(fragments).map((file) => {
      const raw = gunzipSync(readFileSync(path.join(fragments, file))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    });
    expect(texts.length).toBeGreaterThan(80);
    // Words of the page around the content: header, breadcrumbs, table of contents, backlinks, footers.
    const chrome = [en['skip.link'], en['nav.menu'], en['theme.label'], en['footer.privacy'], en['entry.referencedBy'], en['entry.onThisPage'], en['entry.edit'], en['entry.lastUpdated']];
    for (const e of pageEntries) {
      const source = readFileSync(path.join(projectRoot, e.file), 'utf8');
      const text = texts.find((t) => t.url === `/${e.collection}/${e.id}/`)?.content ?? '';
      for (const words of chrome.filter((w) => !source.includes(w))) expect(text, `${e.file}: ${words}`).not.toContain(words);
      expect(text, e.file).not.toMatch(/flowchart|accTitle|accDescr|-->/);
    }
    // The text equivalent of a diagram in a guide is searchable.
    const withDiagram = entries.find((e) => e.collection === 'guides' && /accTitle:/.test(readFileSync(path.join(projectRoot, e.file), 'utf8')))!;
    const title = /accTitle:\s*(.+)/.exec(readFileSync(path.join(projectRoot, withDiagram.file), 'utf8'))![1]!.trim();
    expect(texts.find((t) => t.url === `/guides/${withDiagram.id}/`)?.content).toContain(title);
    // The questionnaire's questions are searchable.
    const questionnaire = entries.find((e) => e.collection === 'assessment')!.data as { dimensions: { questions: { prompt: string }[] }[] };
    const prompt = questionnaire.dimensions[0]!.questions[0]!.prompt;
    expect(texts.find((t) => t.url === '/assessment/')?.content).toContain(prompt);
  });

  it('loads none of Pagefind until search is opened', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(new URL('roles/', served.server.root).href, { waitUntil: 'networkidle' });
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await search(page, roles[0]!.data.title);
    expect(requests.filter((url) => url.includes('/playbook/pagefind/')).length).toBeGreaterThan(2);
    expect(requests.filter((url) => new URL(url).pathname.startsWith('/pagefind/'))).toEqual([]);
    await page.close();
  });

  it('finds a role by its title and takes the reader to its page', async () => {
    const role = roles[0]!;
    const page = await open('');
    await search(page, role.data.title);
    const result = resultTitles(page).filter({ hasText: new RegExp(`^${role.data.title}$`) });
    await result.first().click();
    await page.waitForURL(`**/playbook/roles/${role.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(role.data.title);
    await page.close();
  });

  it('finds a role by another name it goes by, and says so in the result', async () => {
    // An alias none of the titles contain, so only the alias can find the role.
    const titles = roles.map((r) => r.data.title.toLowerCase()).join(' ');
    const [role, alias] = roles
      .flatMap((r) => r.data.aliases.map((a) => [r, a] as const))
      .filter(([, a]) => !a.toLowerCase().split(/\s+/).some((word) => titles.includes(word)))
      .sort(([, a], [, b]) => a.length - b.length)[0]!;
    const page = await open('');
    await search(page, alias);
    const result = modal(page).locator('.search-result').filter({ has: page.locator('.pf-result-link', { hasText: role.data.title }) });
    await expect.poll(() => result.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect(result.first().locator('.search-result__aliases').textContent()).resolves.toContain(alias);
    await page.close();
  });

  it('narrows the results to one type of entry with the type filter', async () => {
    const page = await open('');
    await search(page, 'data');
    const before = await resultCount(page);
    const roleLabel = t('collection.roles.singular');
    await modal(page).locator(`input[type="checkbox"][value="${roleLabel}"]`).check();
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBeLessThan(before);
    expect(await resultCount(page)).toBeGreaterThan(0);
    const shownTypes = async () => [...new Set(await modal(page).locator('.search-result__type').allTextContents())];
    await expect.poll(shownTypes, { timeout: 10_000 }).toEqual([roleLabel]);
    await page.close();
  });

  it('opens with / and Ctrl+K, focused on the search field, and closes with Escape', async () => {
    const page = await open('roles/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect.poll(() => modal(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')), { timeout: 10_000 }).toBe('search');
    await page.keyboard.press('Escape');
    await expect.poll(() => modal(page).isVisible(), { timeout: 10_000 }).toBe(false);
    await page.keyboard.press('Control+k');
    await expect.poll(() => modal(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: en['search.label'], exact: true }).getAttribute('aria-expanded'), { timeout: 10_000 }).toBe('false');
    // In a field of the page (a notes box, say), "/" is a character and Ctrl+K is the field's own.
    await page.evaluate(() => document.querySelector('main')!.prepend(Object.assign(document.createElement('textarea'), { ariaLabel: 'Notes' })));
    await page.getByLabel('Notes').fill('');
    await page.keyboard.press('/');
    await page.keyboard.press('Control+k');
    await expect(page.getByLabel('Notes').inputValue()).resolves.toBe('/');
    expect(await modal(page).isVisible()).toBe(false);
    await page.close();
  });

  it('works under the strict Content-Security-Policy the site is built for', async () => {
    const strictServer = await serveStatic(site.dir, site.base, { headers: securityHeaders });
    const strict = await served.browser.newContext();
    const page = await strict.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text());
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP ${event.violatedDirective}: ${event.blockedURI}`)),
    );
    const response = await page.goto(new URL('roles/', strictServer.root).href);
    expect(response?.headers()['content-security-policy']).toBe(securityHeaders['Content-Security-Policy']);
    await search(page, roles[0]!.data.title);
    await expect.poll(() => resultTitles(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    await strict.close();
    await strictServer.close();
  });

  it('says so when search cannot be loaded, and keeps the page usable', async () => {
    const page = await open('roles/');
    problems.length = 0;
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.getByRole('button', { name: en['search.label'], exact: true }).click();
    const note = page.locator('dialog.site-search__note');
    await expect.poll(() => note.isVisible()).toBe(true);
    await expect(note.textContent()).resolves.toContain(en['search.failed']);
    await page.keyboard.press('Escape');
    await expect.poll(() => note.isVisible()).toBe(false);
    await page.close();
    // The failed requests are the point of this test.
    problems.length = 0;
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with search open and showing results, ${colorScheme} theme`, async () => {
      const themed = await served.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await themed.newPage();
      await page.goto(new URL('roles/', served.server.root).href);
      await search(page, 'owner');
      await expect.poll(() => modal(page).locator('.search-result__type').count()).toBeGreaterThan(2);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map((v) => `${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await themed.close();
    });
  }
});
