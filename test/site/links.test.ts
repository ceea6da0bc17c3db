import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { pageCollections } from '../../src/lib/collections.ts';
import { staticRoutes } from '../../src/lib/routes.ts';
import { projectRoot, sites } from '../helpers/astro.ts';
import { anchorsIn, builtPages, linksIn } from '../helpers/html.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';

const { entries } = checkContentFolder(projectRoot, 'content');

describe.each(Object.entries(sites))('the site built at %s', (_name, site) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveStatic(site.dir, site.base);
  });
  afterAll(() => server.close());

  it('has a page for every entry, every collection and the site pages', () => {
    const pages = new Set(builtPages(site.dir));
    const pageEntries = entries.filter((e) => (pageCollections as readonly string[]).includes(e.collection));
    expect(pageEntries.length).toBeGreaterThan(60);
    for (const entry of pageEntries) expect(pages, `${entry.file}`).toContain(`/${entry.collection}/${entry.id}/`);
    for (const page of [...staticRoutes, '/404.html', ...pageCollections.map((c) => `/${c}/`)]) {
      expect(pages).toContain(page);
    }
  });

  it('serves every page, and every link, asset and #fragment in it resolves inside the site', async () => {
    const broken: string[] = [];
    const anchors = new Map<string, Set<string>>();
    const fetchPage = async (url: string) => {
      const response = await fetch(url, { redirect: 'manual' });
      return { status: response.status, text: response.status === 200 ? await response.text() : '' };
    };
    const pages = builtPages(site.dir);
    let checked = 0;
    for (const page of pages) {
      const pageUrl = new URL(page.slice(1), server.root).href;
      const { status, text } = await fetchPage(pageUrl);
      expect(status, pageUrl).toBe(200);
      anchors.set(pageUrl, anchorsIn(text));
      for (const link of linksIn(text)) {
        const target = new URL(link, pageUrl);
        if (target.origin !== server.origin) continue;
        checked++;
        const where = `${page} → ${link}`;
        if (!target.pathname.startsWith(site.base)) {
          broken.push(`${where} (outside ${site.base})`);
          continue;
        }
        const resource = `${target.origin}${target.pathname}`;
        if (!anchors.has(resource)) {
          const { status: targetStatus, text: targetText } = await fetchPage(resource);
          if (targetStatus !== 200) {
            broken.push(`${where} (HTTP ${targetStatus})`);
            continue;
          }
          anchors.set(resource, anchorsIn(targetText));
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        // A fragment with "=" is page state (a planner link, src/lib/plan-link.ts), not an anchor.
        if (fragment && !fragment.includes('=') && !anchors.get(resource)!.has(fragment)) broken.push(`${where} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('writes a sitemap of every page under the base path', () => {
    const sitemap = readFileSync(path.join(site.dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`https://playbook.example.com${site.base}roles/business-owner/`);
    expect(sitemap).not.toContain('404');
  });

  it('answers an unknown address with the 404 page', async () => {
    const response = await fetch(new URL('no-such-page/', server.root));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
});
