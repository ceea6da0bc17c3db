// The languages a playbook is published in: the default one at the root of the site, every other under its
// own prefix (`/de/roles/business-owner/`). Pure, so pages, islands and tests agree on every address.

/** A language the site is published in. */
export interface Locale {
  /** A BCP 47 language tag, e.g. "de" or "pt-BR"; the prefix of its pages. */
  code: string;
  /** Its name in itself, for the language switcher, e.g. "Deutsch". */
  name: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
}

/** A language tag as settings, translation folders and interface-string files name it: "de", "pt-BR". */
export const languageTagPattern = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

/** The prefix of a language's pages: '' for the default language, `/de` for German. */
export const localePrefix = (code: string, defaultCode: string) => (code === defaultCode ? '' : `/${code}`);

/** A path to a file rather than a page (`/playbook.json`, `/favicon.svg`): files are the same in every language. */
const isFilePath = (path: string) => /\.[A-Za-z0-9]+$/.test(path.split(/[?#]/)[0]!);

/** A root-relative site path in a language: `/roles/` in German is `/de/roles/`; files keep their one address. */
export function localizedPath(path: string, code: string, defaultCode: string): string {
  if (!path.startsWith('/') || path.startsWith('//') || isFilePath(path)) return path;
  return `${localePrefix(code, defaultCode)}${path}`;
}

/** Which language a root-relative path (without the base) is in, and the path without its prefix. */
export function pathLocale(path: string, codes: readonly string[], defaultCode: string): { code: string; path: string } {
  for (const code of codes) {
    if (code === defaultCode) continue;
    if (path === `/${code}` || path.startsWith(`/${code}/`)) return { code, path: path.slice(code.length + 1) || '/' };
  }
  return { code: defaultCode, path };
}
