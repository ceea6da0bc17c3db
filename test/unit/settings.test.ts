import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings, SettingsError } from '../../src/node/settings-file.ts';
import { checkInterfaceStrings, interfaceStringsFile } from '../../src/node/interface-strings.ts';
import { localizedPath, pathLocale } from '../../src/lib/locales.ts';
import { projectRoot } from '../helpers/astro.ts';

const withSettings = (text: string) => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'playbook-settings-')), 'playbook.config.yaml');
  writeFileSync(file, `organization: Org\ntitle: A playbook\ntagline: One line.\n${text}`);
  return () => loadSettings(projectRoot, { PLAYBOOK_SETTINGS: file });
};
const problemsOf = (load: () => unknown) => {
  try {
    load();
    return [];
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return error.problems.map((p) => `${p.line ?? ''} ${p.message}`);
  }
};

describe('site settings: the file', () => {
  it('refuse a PLAYBOOK_SETTINGS that names no file, instead of building with the defaults', () => {
    const missing = path.join(os.tmpdir(), 'playbook-no-such-settings.yaml');
    const problems = problemsOf(() => loadSettings(projectRoot, { PLAYBOOK_SETTINGS: missing }));
    expect(problems).toEqual([expect.stringContaining('does not exist (PLAYBOOK_SETTINGS names it)')]);
  });
});

describe('site settings: languages', () => {
  it('publish the default language alone when no locales are listed, named in itself', () => {
    const settings = withSettings('language: de\n')();
    expect(settings.locales).toEqual([{ code: 'de', name: 'Deutsch', dir: 'ltr' }]);
  });
  it('put the default language first, whatever the order of the list', () => {
    const settings = withSettings('language: de\nlocales:\n  - { code: en, name: English }\n  - { code: de, name: Deutsch }\n  - { code: ar, name: العربية, dir: rtl }\n')();
    expect(settings.locales.map((l) => `${l.code}:${l.dir}`)).toEqual(['de:ltr', 'en:ltr', 'ar:rtl']);
  });
  it('refuse a list without the default language, a language twice, and an unknown direction, with lines', () => {
    expect(problemsOf(withSettings('language: fr\nlocales:\n  - { code: en, name: English }\n'))).toEqual([
      expect.stringMatching(/^5 does not list the default language/),
    ]);
    expect(problemsOf(withSettings('locales:\n  - { code: en, name: English }\n  - { code: en, name: Englisch }\n')).join()).toContain('lists the same language twice');
    expect(problemsOf(withSettings('locales:\n  - { code: en, name: English, dir: up }\n')).join()).toContain('"up" is not allowed here');
  });
});

describe('language prefixes', () => {
  it('put other languages under their prefix and the default at the root, and read them back', () => {
    expect(localizedPath('/roles/owner/', 'de', 'en')).toBe('/de/roles/owner/');
    expect(localizedPath('/roles/owner/', 'en', 'en')).toBe('/roles/owner/');
    // Files (open data, public/) exist once, for every language.
    expect(localizedPath('/playbook.json', 'de', 'en')).toBe('/playbook.json');
    expect(localizedPath('/llms.txt#top', 'de', 'en')).toBe('/llms.txt#top');
    expect(localizedPath('/raci/#decisions', 'de', 'en')).toBe('/de/raci/#decisions');
    expect(localizedPath('https://example.org/', 'de', 'en')).toBe('https://example.org/');
    expect(pathLocale('/de/roles/owner/', ['en', 'de'], 'en')).toEqual({ code: 'de', path: '/roles/owner/' });
    expect(pathLocale('/de', ['en', 'de'], 'en')).toEqual({ code: 'de', path: '/' });
    expect(pathLocale('/designing/', ['en', 'de'], 'en')).toEqual({ code: 'en', path: '/designing/' });
  });
});

describe('interface strings of a language', () => {
  it('are read from the same file the check checks, .yaml or .yml', () => {
    const content = mkdtempSync(path.join(os.tmpdir(), 'playbook-strings-'));
    mkdirSync(path.join(content, 'i18n'));
    writeFileSync(path.join(content, 'i18n', 'de.yml'), 'site.title: Unser Playbook\n');
    expect(checkInterfaceStrings(content, '.')).toEqual({ files: 1, problems: [] });
    expect(interfaceStringsFile(content, 'de')).toBe(path.join(content, 'i18n', 'de.yml'));
    expect(interfaceStringsFile(content, 'fr')).toBeUndefined();
  });
});
