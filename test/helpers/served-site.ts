// A built site on a static server, and a browser to look at it, for the tests that need both.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export interface ServedSite {
  server: RunningServer;
  browser: Browser;
}

/** Serves `dir` under `base` and launches Chromium before the file's tests; closes both after them. */
export function useServedSite(dir: string, base: string): ServedSite {
  const served = {} as ServedSite;
  beforeAll(async () => {
    served.server = await serveStatic(dir, base);
    served.browser = await launchBrowser();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
