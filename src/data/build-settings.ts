// Site-wide values for pages and components at build time: the settings, and the one base-path helper bound
// to this build. (Browser code gets the base path from the page and calls `withBase` itself.)
import settings from 'virtual:playbook/settings';
import { withBase } from '../lib/paths.ts';

export { settings };

/** A root-relative site path with the base path added: `url('/roles/')`. Every generated link goes through it. */
export function url(pathname: string): string {
  return withBase(import.meta.env.BASE_URL, pathname);
}
