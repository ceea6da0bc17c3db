// The playbook in more than one language: every page of the second language says its language, points to the
// same page in the others, and shows no interface string left in English (text in English, such as an entry not
// yet translated, is marked as English); switching language keeps the reader's page and saved work.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sites, projectRoot } from '../helpers/astro.ts';
import { builtPages } from '../helpers/html.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { loadSettings } from '../../src/node/settings-file.ts';
import { dictionaries, translate } from '../../src/i18n/index.ts';
import type { UiKey } from '../../src/i18n/en.ts';
import { Window } from 'happy-dom';
import { parse } from 'yaml';

const settings = loadSettings(projectRoot);
const [first, second] = settings.locales;
const site = sites.sub;
const read = (page: string) => readFileSync(path.join(site.dir, page.endsWith('/') ? `${page}index.html` : page), 'utf8');

/** English interface strings that the second language says differently: none may show on its pages. */
const englishOnly = (() => {
  const en = dictionaries['en']!;
  const other = dictionaries[second!.code]!;
  return (Object.keys(en) as UiKey[])
    .map((key) => [en[key], other[key]] as const)
    .filter(([english, local]) => typeof english === 'string' && english !== local && !english.includes('{'))
    .map(([english]) => english as string)
    .filter((english) => english.split(/\s+/).length >= 3);
})();

/** The text and attribute values of a page, without what is marked as being in another language or is data. */
function shownInPageLanguage(html: string): string {
  const window = new Window();
  const document = window.document;
  document.write(html);
  for (const element of document.querySelectorAll('script, style, template')) element.remove();
  const own = document.documentElement.getAttribute('lang') ?? '';
  for (const element of [...document.body.querySelectorAll('[lang]')]) if (element.getAttribute('lang') !== own) element.remove();
  const attributes = [...document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? ''),
  );
  const text = `${document.title} ${document.body.textContent} ${attributes.join(' ')}`.replace(/\s+/g, ' ');
  void window.happyDOM.close();
  return text;
}

describe(`the site in ${second?.name ?? 'a second language'}`, () => {
  const pages = builtPages(site.dir).filter((p) => p.startsWith(`/${second?.code}/`));

  it('has every page of the default language', () => {
    expect(second).toBeDefined();
    const defaults = builtPages(site.dir).filter((p) => p.endsWith('/') && !settings.locales.slice(1).some((l) => p.startsWith(`/${l.code}/`)));
    expect(pages.sort()).toEqual(defaults.map((p) => `/${second!.code}${p}`).sort());
  });

  it('names a question an entry is referenced by under its dimension in this language', () => {
    const dimensions = (code: string) =>
      (parse(readFileSync(path.join(projectRoot, 'content', ...(code === first!.code ? [] : [code]), 'assessment', 'readiness.yaml'), 'utf8')) as { dimensions: { id: string; title: string }[] }).dimensions;
    const local = new Map(dimensions(second!.code).map((d) => [d.id, d.title]));
    const renamed = dimensions(first!.code).filter((d) => local.has(d.id) && local.get(d.id) !== d.title);
    expect(renamed.length, 'the translated questionnaire names its dimensions in its own words').toBeGreaterThan(0);
    const contexts = pages.flatMap((page) => [...read(page).matchAll(/class="backlinks__context">([^<]*): </g)].map((m) => m[1]!));
    expect(contexts.length).toBeGreaterThan(0);
    for (const dimension of renamed) {
      expect(contexts, dimension.title).not.toContain(dimension.title);
      expect(contexts).toContain(local.get(dimension.id));
    }
  });

  it('says its language and direction, and points to the same page in every language', () => {
    for (const page of pages) {
      const html = read(page);
      expect(html, page).toMatch(new RegExp(`<html lang="${second!.code}" dir="${second!.dir}"`));
      const own = page.slice(second!.code.length + 1);
      for (const locale of settings.locales) {
        const href = `https://playbook.example.com${site.base.replace(/\/$/, '')}${locale.code === first!.code ? '' : `/${locale.code}`}${own}`;
        expect(html, `${page} → ${locale.code}`).toContain(`<link rel="alternate" hreflang="${locale.code}" href="${href}">`);
      }
      expect(html, page).toContain('hreflang="x-default"');
    }
  });

  it('shows no interface string in English, and marks English content as English', () => {
    expect(englishOnly.length).toBeGreaterThan(100);
    const left: string[] = [];
    for (const page of pages) {
      const shown = shownInPageLanguage(read(page));
      for (const english of englishOnly) if (shown.includes(english)) left.push(`${page}: "${english}"`);
    }
    expect(left).toEqual([]);
  });

  it('notices an English string left in a page (the check itself can fail)', () => {
    const english = englishOnly.find((s) => s.length > 20)!;
    expect(shownInPageLanguage(`<html lang="de"><p>${english}</p></html>`)).toContain(english);
    expect(shownInPageLanguage(`<html lang="de"><div lang="en"><p>${english}</p></div></html>`)).not.toContain(english);
  });

  it('lists every language’s pages in the sitemap', () => {
    const sitemap = readFileSync(path.join(site.dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>https://playbook.example.com${site.base}${second!.code}/roles/business-owner/</loc>`);
    expect(sitemap).toContain(`hreflang="${second!.code}"`);
  });
});

describe('switching language in a real browser', () => {
  const served = useServedSite(site.dir, site.base);
  const problems: string[] = [];
  const open = async (page: string): Promise<Page> => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    tab.on('pageerror', (error) => problems.push(error.message));
    await tab.goto(new URL(page.replace(/^\//, ''), served.server.root).href);
    return tab;
  };
  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });

  const switchTo = async (page: Page, name: string) => {
    await page.locator('details.lang-switch summary').click();
    await page.getByRole('link', { name, exact: true }).click();
  };

  it('keeps the reader on the same entry, translated or not', async () => {
    const page = await open('/roles/business-owner/');
    await switchTo(page, second!.name);
    await page.waitForURL(new RegExp(`/playbook/${second!.code}/roles/business-owner/$`));
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(second!.code);
    const t = translate(second!.code);
    await expect(page.getByRole('navigation', { name: t('breadcrumbs.label') }).isVisible()).resolves.toBe(true);
    await page.goto(new URL(`${second!.code}/roles/data-owner/`, served.server.root).href);
    // An entry without a translation says so, and its words are marked as the default language's.
    await expect(page.getByRole('note').textContent()).resolves.toContain(t('lang.notTranslated', { language: second!.name, original: first!.name }));
    await expect(page.locator('.prose').getAttribute('lang')).resolves.toBe(first!.code);
    await switchTo(page, first!.name);
    await page.waitForURL(/\/playbook\/roles\/data-owner\/$/);
    await page.context().close();
  });

  it('finds the same answers and results in the readiness check after switching', async () => {
    const page = await open('/assessment/');
    await page.waitForSelector('assessment-tool[data-ready]');
    await page.fill('#new-name', 'Claims triage');
    await page.click('.assessment-new button[type="submit"]');
    await page.waitForURL(/\/d\/1$/);
    const names = await page.$$eval('input[type=radio]', (els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
    for (const [i, name] of names.entries()) await page.check(`input[name="${name}"][value="${(i % 3) + 1}"]`);
    await page.goto(page.url().replace(/\/d\/\d+$/, '/results'));
    await page.waitForSelector('.verdict');
    const before = { url: page.url(), score: await page.locator('[data-overall]').getAttribute('data-overall'), level: await page.locator('.verdict__level').getAttribute('data-level') };
    await switchTo(page, second!.name);
    await page.waitForURL(new RegExp(`/playbook/${second!.code}/assessment/#`));
    await page.waitForSelector('.verdict');
    expect(page.url().slice(page.url().indexOf('#'))).toBe(before.url.slice(before.url.indexOf('#')));
    expect(await page.locator('[data-overall]').getAttribute('data-overall')).toBe(before.score);
    expect(await page.locator('.verdict__level').getAttribute('data-level')).toBe(before.level);
    // The result is said in the page's language: the heading of the dimension scores, for one.
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(second!.code);
    await expect(page.locator('main').textContent()).resolves.toContain('Claims triage');
    await page.context().close();
  });

  it('searches the reader’s language: a German word finds the German page', async () => {
    const page = await open(`/${second!.code}/roles/`);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal input').waitFor();
    // The title of the translated role, read from its translation.
    const title = /^title: (.*)$/m.exec(readFileSync(path.join(projectRoot, 'content', second!.code, 'roles', 'business-owner.mdx'), 'utf8'))![1]!.replace(/^"|"$/g, '');
    await page.keyboard.type(title);
    const first = page.locator('.search-result a.pf-result-link').first();
    await first.waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('.search-result a.pf-result-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^/playbook/${second!.code}/`));
    expect(hrefs).toContain(`/playbook/${second!.code}/roles/business-owner/`);
    await page.context().close();
  });
});
