// Hands each page the build renders to the search index as soon as it is rendered (see pagefind-feed.ts), so
// Pagefind's own process indexes pages while the next ones render, instead of reading every file after the build.
// It does nothing outside a build.
import { defineMiddleware } from 'astro/middleware';
import { currentFeed } from './pagefind-feed.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = currentFeed();
  if (!feed || !context.isPrerendered || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  // Only pages marked for search are indexed (data-pagefind-body); the integration reads any other file itself.
  if (html.includes('data-pagefind-body')) feed.add(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
