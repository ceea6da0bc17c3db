// Site-wide values for pages and components: settings, and the one base-path helper bound to this build.
import path from 'node:path';
import { loadSettings } from './node/settings.ts';
import { withBase } from './lib/paths.ts';

export const settings = loadSettings(path.resolve(process.cwd()));

/** A root-relative site path with the base path added: `url('/roles/')`. Every generated link goes through it. */
export function url(pathname: string): string {
  return withBase(import.meta.env.BASE_URL, pathname);
}
