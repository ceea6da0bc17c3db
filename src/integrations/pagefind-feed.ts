// Where the pages of a build meet the search index while they are rendered: the Pagefind integration opens a feed
// when the build starts, and its middleware (pagefind-middleware.ts), which runs inside the build's rendering,
// hands it each page. A global, because the middleware is bundled with the pages, apart from the integration.
const key = Symbol.for('playbook.pagefind.feed');

export interface PagefindFeed {
  /** A rendered page: its path below the base path (`/roles/owner/`) and its HTML. */
  add(pathname: string, html: string): void;
}

export const currentFeed = (): PagefindFeed | undefined => (globalThis as Record<symbol, PagefindFeed | undefined>)[key];

export function openFeed(feed: PagefindFeed | undefined): void {
  (globalThis as Record<symbol, PagefindFeed | undefined>)[key] = feed;
}
