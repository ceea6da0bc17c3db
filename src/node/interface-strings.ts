// The organization's own interface strings per language (content/i18n/<code>.yaml): checked like content, so
// an unknown key or a wrong value names the file, the line and the fix.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { en } from '../i18n/en.ts';
import { closestId } from '../lib/ids.ts';
import { languageTagPattern } from '../lib/locales.ts';
import type { ContentProblem } from '../lib/problems.ts';
import { validateYaml } from './yaml-check.ts';

/** Keys of site settings a language may say in its own words. */
export const siteStringKeys = ['site.title', 'site.tagline', 'site.description', 'site.organization'] as const;
export type SiteStringKey = (typeof siteStringKeys)[number];

const message = z.union([
  z.string().min(1),
  z.strictObject({
    zero: z.string().optional(),
    one: z.string().optional(),
    two: z.string().optional(),
    few: z.string().optional(),
    many: z.string().optional(),
    other: z.string().min(1),
  }),
], { error: 'expected a text, or plural forms such as { one: "…", other: "…" }' });

/** The folder of the organization's interface strings, inside the content folder. */
export const interfaceStringsFolder = 'i18n';

/** A file of interface strings is named after its language: `de.yaml` (or `de.yml`). */
const stringsFileName = /^(.+)\.ya?ml$/;

/** The file of a language's own interface strings in a content folder, if there is one. */
export function interfaceStringsFile(contentPath: string, code: string): string | undefined {
  return [`${code}.yaml`, `${code}.yml`].map((name) => path.join(contentPath, interfaceStringsFolder, name)).find((file) => existsSync(file));
}

/** Every problem in the content folder's interface strings, and how many files there are. */
export function checkInterfaceStrings(root: string, contentDir: string): { files: number; problems: ContentProblem[] } {
  const folder = path.resolve(root, contentDir, interfaceStringsFolder);
  if (!existsSync(folder)) return { files: 0, problems: [] };
  const known = new Set<string>([...Object.keys(en), ...siteStringKeys]);
  const problems: ContentProblem[] = [];
  const names = readdirSync(folder).filter((name) => stringsFileName.test(name)).sort();
  for (const name of names) {
    const file = path.relative(root, path.join(folder, name)).split(path.sep).join('/');
    if (!languageTagPattern.test(stringsFileName.exec(name)![1]!)) {
      problems.push({ file, path: [], message: 'is not named after a language', fix: 'name it after the language tag it translates, e.g. de.yaml' });
      continue;
    }
    const checked = validateYaml(file, readFileSync(path.join(folder, name), 'utf8'), z.record(z.string(), message));
    problems.push(...checked.problems);
    if (!checked.data) continue;
    for (const key of Object.keys(checked.data as object)) {
      if (known.has(key)) continue;
      const guess = closestId(key, known);
      problems.push({
        file,
        path: [key],
        line: checked.lineOf([key]),
        message: `"${key}" is not an interface string`,
        fix: guess ? `did you mean "${guess}"?` : `use a key of src/i18n/en.ts, or one of ${siteStringKeys.join(', ')}`,
      });
    }
    const placeholders = (text: unknown) => new Set([...JSON.stringify(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    for (const [key, value] of Object.entries(checked.data as Record<string, unknown>)) {
      const original = (en as Record<string, unknown>)[key];
      if (original === undefined) continue;
      const missing = [...placeholders(original)].filter((p) => !placeholders(value).has(p));
      if (missing.length > 0) {
        problems.push({
          file,
          path: [key],
          line: checked.lineOf([key]),
          message: `leaves out ${missing.map((m) => `{${m}}`).join(', ')}`,
          fix: `keep every placeholder of the original ("${JSON.stringify(original).slice(1, 120)}")`,
        });
      }
    }
  }
  return { files: names.length, problems };
}
