// Translated entries (content/<language>/<collection>/<id>.mdx or .yaml): checked against the entries they
// translate. A translation changes only text, keeps the original's shape, and its body is valid MDX whose links
// lead somewhere, so a translation can never break a page or quietly change the model.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { playbookSchemas } from '../schemas/index.ts';
import { collectionNames, formatOf, isCollectionName, refKey, type CollectionName } from '../lib/collections.ts';
import { closestId, entryIdFromPath } from '../lib/ids.ts';
import { languageTagPattern } from '../lib/locales.ts';
import type { ContentProblem } from '../lib/problems.ts';
import type { PlaybookEntry } from '../lib/references.ts';
import { bodyLinkProblems, type PublishedSite } from '../lib/rules.ts';
import { translationProblems } from '../lib/translation.ts';
import { parseBody, splitFrontmatter, type ParsedSource } from './content-files.ts';
import { validateYaml } from './yaml-check.ts';
import { interfaceStringsFolder } from './interface-strings.ts';


/** A translation file found in the content folder. */
export interface TranslationFile {
  language: string;
  collection: CollectionName;
  id: string;
  /** Relative to the project root. */
  file: string;
}

/** Every translation file: folders of the content folder named like a language, each with collection folders. */
export function listTranslations(root: string, contentDir: string): TranslationFile[] {
  const base = path.resolve(root, contentDir);
  if (!existsSync(base)) return [];
  const found: TranslationFile[] = [];
  for (const language of readdirSync(base).sort()) {
    if (!languageTagPattern.test(language) || isCollectionName(language) || language === interfaceStringsFolder) continue;
    if (!statSync(path.join(base, language)).isDirectory()) continue;
    // A folder named like a language holds translations only when it has collection folders.
    if (!readdirSync(path.join(base, language)).some((name) => isCollectionName(name))) continue;
    for (const collection of readdirSync(path.join(base, language)).sort()) {
      const folder = path.join(base, language, collection);
      if (!statSync(folder).isDirectory()) continue;
      for (const name of readdirSync(folder).sort()) {
        if (!/\.(mdx?|ya?ml)$/.test(name)) continue;
        found.push({
          language,
          collection: collection as CollectionName,
          id: entryIdFromPath(name),
          file: path.relative(root, path.join(folder, name)).split(path.sep).join('/'),
        });
      }
    }
  }
  return found;
}

/** Deep-merges the texts of `translated` into the original as written, for checking the result with the schema. */
function mergeRaw(raw: unknown, translated: unknown): unknown {
  if (translated === undefined) return raw;
  if (Array.isArray(raw) && Array.isArray(translated)) return raw.map((item, i) => mergeRaw(item, translated[i]));
  if (raw && translated && typeof raw === 'object' && typeof translated === 'object' && !Array.isArray(raw)) {
    return { ...(raw as object), ...Object.fromEntries(Object.entries(translated).map(([k, v]) => [k, mergeRaw((raw as Record<string, unknown>)[k], v)])) };
  }
  return translated;
}

export interface TranslationCheck {
  problems: ContentProblem[];
  /** How many entries each language translates. */
  translated: Map<string, number>;
}

/** Checks every translation against the entry it translates. */
export function checkTranslations(root: string, contentDir: string, parsed: readonly ParsedSource[], entries: readonly PlaybookEntry[], site?: PublishedSite): TranslationCheck {
  const problems: ContentProblem[] = [];
  const translated = new Map<string, number>();
  const byKey = new Map(parsed.map((p) => [refKey(p.entry), p]));
  for (const translation of listTranslations(root, contentDir)) {
    const { file, collection, id, language } = translation;
    if (!isCollectionName(collection)) {
      problems.push({
        file,
        path: [],
        message: `is in a folder "${collection}", which is not a collection`,
        fix: closestId(collection, collectionNames)
          ? `did you mean ${language}/${closestId(collection, collectionNames)}/?`
          : `put translations in ${language}/<collection>/, with one of: ${collectionNames.join(', ')}`,
      });
      continue;
    }
    const original = byKey.get(refKey({ collection, id }));
    if (!original) {
      const guess = closestId(id, parsed.filter((p) => p.entry.collection === collection).map((p) => p.entry.id));
      problems.push({
        file,
        path: [],
        message: `translates "${id}", which is not an entry of ${collection}`,
        fix: guess ? `did you mean ${guess}? (the file name must be the original's)` : `name the file after the entry it translates, as in ${collection}/`,
      });
      continue;
    }
    translated.set(language, (translated.get(language) ?? 0) + 1);
    if (!original.valid) continue;
    const text = readFileSync(path.resolve(root, file), 'utf8');
    const { hasBody } = formatOf(collection);
    const split = hasBody ? splitFrontmatter(text) : { frontmatter: text, body: '', bodyStartLine: 1 };
    if (split.frontmatter === undefined) {
      problems.push({ file, path: [], line: 1, message: 'has no frontmatter', fix: 'start with the translated fields between two "---" lines, as in the original' });
      continue;
    }
    const yaml = validateYaml(file, split.frontmatter, z.record(z.string(), z.unknown()), hasBody ? 2 : 1);
    problems.push(...yaml.problems);
    if (!yaml.data) continue;
    for (const problem of translationProblems(original.entry.data, original.raw, yaml.data)) {
      problems.push({ file, path: problem.path, line: yaml.lineOf(problem.path), message: problem.message, fix: problem.fix });
    }
    const merged = playbookSchemas[collection].safeParse(mergeRaw(original.raw, yaml.data));
    if (!merged.success) {
      for (const issue of merged.error.issues) {
        const fieldPath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        problems.push({
          file,
          path: fieldPath,
          line: yaml.lineOf(fieldPath),
          message: `makes the entry invalid: ${issue.message}`,
          fix: 'translate the text only; keep values such as statuses and kinds as the original has them',
        });
      }
    }
    if (hasBody && split.body.trim()) {
      const body = parseBody(file, split.body, split.bodyStartLine);
      problems.push(...body.problems);
      // Links are checked from the translated page's own address (/de/…), as the site renders them there.
      problems.push(...bodyLinkProblems({ ...original.entry, file }, body.links, entries, site, site?.languages.includes(language) ? language : undefined));
    }
  }
  return { problems, translated };
}
