import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { withBase, withoutBase } from '../lib/paths.ts';
import { openFeed } from './pagefind-feed.ts';
import { indexableHtml } from '../lib/search.ts';

export interface PagefindOptions {
  /** The languages the site is published in, from the site settings: one index each. */
  languages: readonly string[];
}

/** Where the index goes inside the build, and the address it is served at (below the base path). */
export const pagefindFolder = 'pagefind';

/**
 * Kept out of the index wherever a page puts them, besides what Pagefind leaves out by itself (nav, footer,
 * form, label, svg, script): the header and its controls, breadcrumbs, "Referenced by" lists (other entries'
 * titles, not this page's words), and diagram sources (each diagram's text equivalent is indexed instead, see
 * `indexableHtml`). `:has()` silently matches nothing here.
 */
export const excludedFromSearch = [
  '.site-header',
  '.breadcrumbs',
  '.skip-link',
  '.backlinks',
  'button',
  'select',
  'dialog',
  'pre.mermaid-source',
  'code.language-mermaid',
];

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Every HTML file under `dir`, as paths relative to it. */
const htmlFiles = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();

/** The address Pagefind gives a page: `roles/owner/index.html` → `/roles/owner/` (the UI adds the base path). */
const pageUrl = (file: string) => `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

function assertNoErrors<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger, step: string): T {
  if (response.errors.length === 0) return response;
  for (const error of response.errors) logger.error(`${step}: ${error}`);
  throw new Error(`Pagefind could not ${step}: ${response.errors.join('; ')}`);
}

/** A page's address below the base path, as Pagefind records it: `/playbook/roles/owner` → `/roles/owner/`. */
export function indexedPath(pathname: string, base: string): string {
  const path = withoutBase(base, pathname);
  return path.endsWith('/') || /\.[a-z]+$/.test(path) ? path : `${path}/`;
}

/**
 * The search index of one build. Pages come in while the build renders them (`add`, from the middleware), up to
 * eight in flight to Pagefind's process at once; `finish` adds what was not handed over (pages rendered without
 * the middleware), writes the index and says how many pages are searchable.
 */
async function openIndex(options: PagefindOptions, logger: AstroIntegrationLogger) {
  // One language: say which (Pagefind's own detection says "unknown" otherwise). Several: Pagefind makes one
  // index per language from each page's <html lang>, and search reads the reader's.
  const language = options.languages.length === 1 ? { forceLanguage: options.languages[0]! } : {};
  const { index } = assertNoErrors(await pagefind.createIndex({ ...language, excludeSelectors: excludedFromSearch }), logger, 'start');
  if (!index) throw new Error('Pagefind returned no index');
  const added = new Set<string>();
  const waiting: { url: string; html: string }[] = [];
  let inFlight = 0;
  let failure: unknown;
  let drained: (() => void) | undefined;
  const pump = () => {
    while (inFlight < 8 && waiting.length > 0) {
      const { url, html } = waiting.shift()!;
      inFlight++;
      index
        .addHTMLFile({ url, content: indexableHtml(html) })
        .then((response) => assertNoErrors(response, logger, `index ${url}`))
        .catch((error: unknown) => (failure ??= error))
        .finally(() => {
          inFlight--;
          pump();
          if (inFlight === 0 && waiting.length === 0) drained?.();
        });
    }
  };
  const add = (url: string, html: string) => {
    if (added.has(url)) return;
    added.add(url);
    waiting.push({ url, html });
    pump();
  };
  const finish = async (dir: string): Promise<number> => {
    const finishing = performance.now();
    const handedOver = added.size;
    for (const file of htmlFiles(dir)) {
      const url = pageUrl(file);
      if (added.has(url)) continue;
      const html = readFileSync(path.join(dir, file), 'utf8');
      if (html.includes('data-pagefind-body')) add(url, html);
    }
    if (inFlight > 0 || waiting.length > 0) await new Promise<void>((resolve) => (drained = resolve));
    if (failure) throw failure;
    assertNoErrors(await index.writeFiles({ outputPath: path.join(dir, pagefindFolder) }), logger, 'write the index');
    const entry = JSON.parse(readFileSync(path.join(dir, pagefindFolder, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    if (pages === 0) throw new Error('no page is marked for search (data-pagefind-body): the index would be empty');
    logger.info(
      `search index: ${pages} pages (${handedOver} indexed while the build rendered them), ready ${Math.round(performance.now() - finishing)} ms after the last page`,
    );
    return pages;
  };
  return { add, finish };
}

/**
 * Builds the Pagefind search index as part of `astro build`, with Pagefind's Node API, from the pages just
 * written. Under `astro dev` there is no build, so the index of the last build (`dist/pagefind`) is served
 * at the same address; the search island says so when there is none.
 */
export default function pagefindIntegration(options: PagefindOptions): AstroIntegration {
  let outDir = '';
  let base = '/';
  let searchIndex: Awaited<ReturnType<typeof openIndex>> | undefined;
  return {
    name: 'playbook-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        const folder = path.join(outDir, pagefindFolder);
        const prefix = withBase(base, `/${pagefindFolder}/`);
        logger.info(
          existsSync(folder)
            ? `search: serving the index of the last build (${path.relative(process.cwd(), folder) || folder})`
            : 'search: no index yet; run "npm run build" once and search works here too',
        );
        server.middlewares.use((req, res, next) => {
          // Astro removes the base path from req.url before this runs; originalUrl keeps it.
          const requested = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '/';
          const pathname = decodeURIComponent(new URL(requested, 'http://localhost').pathname);
          if (!pathname.startsWith(prefix)) return next();
          const file = path.join(folder, path.normalize(pathname.slice(prefix.length)));
          const exists = file.startsWith(folder + path.sep) && existsSync(file) && statSync(file).isFile();
          if (!exists) {
            res.statusCode = 404;
            res.setHeader('content-type', 'text/plain; charset=utf-8');
            res.end('No search index: run "npm run build" once, then reload.');
            return;
          }
          res.setHeader('content-type', types[path.extname(file)] ?? 'application/octet-stream');
          res.setHeader('cache-control', 'no-cache');
          res.end(readFileSync(file));
        });
      },
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ order: 'post', entrypoint: new URL('./pagefind-middleware.ts', import.meta.url) });
      },
      'astro:build:start': async ({ logger }) => {
        const opened = await openIndex(options, logger);
        searchIndex = opened;
        openFeed({ add: (pathname, html) => opened.add(indexedPath(pathname, base), html) });
      },
      'astro:build:done': async ({ dir }) => {
        openFeed(undefined);
        try {
          await searchIndex!.finish(fileURLToPath(dir));
        } finally {
          searchIndex = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
