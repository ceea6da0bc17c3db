// Reads the content folder straight from disk, the same way the build sees it, so `npm run check` and the
// build report every problem, with lines, in one run. Node-only: the pure rules live in src/lib/.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { playbookSchemas } from '../schemas/index.ts';
import { collectionNames, formatOf, isCollectionName, type CollectionName } from '../lib/collections.ts';
import { closestId, entryIdFromPath } from '../lib/ids.ts';
import type { ContentProblem } from '../lib/problems.ts';
import type { FieldPath, PlaybookEntry } from '../lib/references.ts';
import { bodyLinkProblems, danglingReferenceProblems, playbookRuleProblems, type BodyLink, type PublishedSite } from '../lib/rules.ts';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { checkInterfaceStrings, interfaceStringsFolder } from './interface-strings.ts';
import { checkTranslations, listTranslations } from './translations.ts';
import { mermaidBlocks, startMermaidCheck } from './mermaid-check.ts';
import { validateYaml } from './yaml-check.ts';
import { loadSettings } from './settings-file.ts';

export interface SourceFile {
  collection: CollectionName;
  id: string;
  /** Relative to the project root, with forward slashes. */
  file: string;
  text: string;
}

export interface ParsedSource {
  entry: PlaybookEntry;
  /** The MDX body (empty for YAML). */
  body: string;
  /** Every link the body makes, with its file line. */
  links: BodyLink[];
  /** The fields as written (before parsing), for comparing a translation with them. */
  raw?: unknown;
  /** 1-based file line of the body's first line. */
  bodyStartLine: number;
  /** 1-based file line of a field (or of its closest existing parent). */
  lineOf: (fieldPath: FieldPath) => number;
  valid: boolean;
  /**
   * For a file whose fields are wrong: every field (and item of a list) that is right on its own, as the schema
   * parses it, so its references are checked in the same run as its schema problems.
   */
  salvaged?: unknown;
}

/** Every content file of every collection under `contentDir`, sorted by path. */
export function listSourceFiles(root: string, contentDir: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const collection of collectionNames) {
    const folder = path.resolve(root, contentDir, collection);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) continue;
    const names = readdirSync(folder)
      .filter((name) => (formatOf(collection).extensions as readonly string[]).includes(path.extname(name)))
      .sort();
    for (const name of names) {
      const absolute = path.join(folder, name);
      files.push({
        collection,
        id: entryIdFromPath(name),
        file: path.relative(root, absolute).split(path.sep).join('/'),
        text: readFileSync(absolute, 'utf8'),
      });
    }
  }
  return files;
}

/** Splits `---\nyaml\n---\nbody` into its parts; `frontmatter` is undefined when there is none. */
export function splitFrontmatter(text: string): { frontmatter?: string; body: string; bodyStartLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\s*?(?:\r?\n|$)/.exec(text);
  if (!match) return { body: text, bodyStartLine: 1 };
  const consumedLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length), bodyStartLine: consumedLines + 1 };
}

type AnySchema = z.core.$ZodType;
interface SchemaDef {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
}
const defOf = (schema: AnySchema) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/**
 * What is right in data the schema refuses as a whole: the parsed value where it parses, and otherwise, inside an
 * object or a list, each field and item that parses on its own (a wrong field is left out, not guessed).
 */
export function salvage(schema: AnySchema, raw: unknown): unknown {
  const parsed = (schema as z.ZodType).safeParse(raw);
  if (parsed.success) return parsed.data;
  let current = schema;
  for (let def = defOf(current); ; def = defOf(current)) {
    if (['optional', 'default', 'prefault', 'nullable', 'readonly'].includes(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  const def = defOf(current);
  if (def.type === 'object' && def.shape && raw && typeof raw === 'object' && !Array.isArray(raw)) {
    return Object.fromEntries(
      Object.entries(raw)
        .filter(([key]) => Object.hasOwn(def.shape!, key))
        .map(([key, value]) => [key, salvage(def.shape![key]!, value)])
        .filter(([, value]) => value !== undefined),
    );
  }
  // A list keeps its positions, so each reference is reported at its own index.
  if (def.type === 'array' && def.element && Array.isArray(raw)) return raw.map((item) => salvage(def.element!, item));
  return undefined;
}

/** Parses and validates one file against its collection's schema, and checks its Markdown body. */
export function parseSource(source: SourceFile): { parsed: ParsedSource; problems: ContentProblem[] } {
  const { hasBody } = formatOf(source.collection);
  const split = hasBody ? splitFrontmatter(source.text) : { frontmatter: source.text, body: '', bodyStartLine: 1 };
  const problems: ContentProblem[] = [];
  const body = hasBody ? parseBody(source.file, split.body, split.bodyStartLine) : { links: [], problems: [] };
  problems.push(...body.problems);
  const result = (data: unknown, valid: boolean, lineOf: (fieldPath: FieldPath) => number, raw?: unknown) => ({
    parsed: {
      entry: { collection: source.collection, id: source.id, file: source.file, data },
      body: split.body,
      bodyStartLine: split.bodyStartLine,
      links: body.links,
      lineOf,
      valid,
      raw,
      ...(!valid && raw !== undefined ? { salvaged: salvage(playbookSchemas[source.collection], raw) } : {}),
    },
    problems,
  });

  if (split.frontmatter === undefined) {
    problems.unshift({
      file: source.file,
      path: [],
      line: 1,
      message: 'has no frontmatter',
      fix: 'start the file with the entry\'s fields between two "---" lines',
    });
    return result({}, false, () => 1);
  }
  // Frontmatter starts on the line after "---"; a YAML document on the first line.
  const validated = validateYaml(source.file, split.frontmatter, playbookSchemas[source.collection], hasBody ? 2 : 1);
  problems.unshift(...validated.problems);
  return result(validated.data ?? {}, validated.data !== undefined, validated.lineOf, validated.raw);
}

/** The body-relative `(line:column)` positions a parser message may carry, in the file's lines. */
const inFileLines = (message: string, bodyStartLine: number) =>
  message.replace(/\((\d+):(\d+)\)/g, (_, line: string, column: string) => `(line ${Number(line) + bodyStartLine - 1}, column ${column})`);

/** `href="…"`, `href='…'` or `href=…` of the `<a>` and `src` of the `<img>` elements in a piece of raw HTML, with the offset of each. */
function htmlLinks(html: string): { href: string; index: number }[] {
  const found: { href: string; index: number }[] = [];
  for (const tag of html.matchAll(/<(a|img)\b[^>]*>/gi)) {
    const image = tag[1]!.toLowerCase() === 'img';
    const attribute = new RegExp(`\\s${image ? 'src' : 'href'}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag[0]);
    const href = attribute && (attribute[1] ?? attribute[2] ?? attribute[3]);
    if (href !== undefined && href !== null) found.push({ href, index: tag.index });
  }
  return found;
}

/**
 * Parses a body the way the build will (Astro's own MDX processor, Sätteri), so a syntax error is reported with
 * its line before the build meets it, and returns every link the body makes, in any form: inline links, reference
 * definitions, autolinks, images, and `<a href>` and `<img src>` written as JSX (in MDX) or as HTML (in Markdown).
 */
export function parseBody(file: string, body: string, bodyStartLine: number): { links: BodyLink[]; problems: ContentProblem[] } {
  const isMdx = file.endsWith('.mdx');
  let tree: MdastNode;
  try {
    tree = (isMdx ? mdxToMdast(body, { position: true }) : markdownToMdast(body, { position: true })) as MdastNode;
  } catch (error) {
    const text = (error as Error).message;
    const [, line, column, message] = /^(\d+):(\d+): ([\s\S]*)$/.exec(text) ?? [undefined, '1', '1', text];
    return {
      links: [],
      problems: [
        {
          file,
          path: [],
          line: Number(line) + bodyStartLine - 1,
          // Positions inside the message are the body's: said in the file's lines, like the problem's own.
          message: `is not valid MDX (column ${column}): ${inFileLines(message!.replace(/\s*\(mdx[^)]*\)\s*$/, ''), bodyStartLine)}`,
          fix: 'in MDX write "less than" instead of a bare "<", avoid "{" and "}" in text, and close every tag you open',
        },
      ],
    };
  }
  // A definition an image refers to (`![x][diagram]` … `[diagram]: ./x.png`) names an image.
  const imageLabels = new Set<string>();
  const collect = (node: MdastNode) => {
    if (node.type === 'imageReference' && node.identifier) imageLabels.add(node.identifier);
    for (const child of node.children ?? []) collect(child);
  };
  collect(tree);
  const links: BodyLink[] = [];
  const visit = (node: MdastNode) => {
    const line = (node.position?.start.line ?? 1) + bodyStartLine - 1;
    if (node.type === 'link' && typeof node.url === 'string') links.push({ href: node.url, line, kind: 'markdown' });
    if (node.type === 'image' && typeof node.url === 'string') links.push({ href: node.url, line, kind: 'image' });
    if (node.type === 'definition' && typeof node.url === 'string') {
      links.push({ href: node.url, line, kind: node.identifier && imageLabels.has(node.identifier) ? 'image' : 'markdown' });
    }
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node.name === 'a' || node.name === 'img')) {
      const href = node.attributes?.find((a) => a.name === (node.name === 'a' ? 'href' : 'src'))?.value;
      if (typeof href === 'string') links.push({ href, line, kind: 'element' });
    }
    if (node.type === 'html' && typeof node.value === 'string') {
      for (const { href, index } of htmlLinks(node.value)) {
        links.push({ href, line: line + (node.value.slice(0, index).match(/\n/g)?.length ?? 0), kind: 'element' });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { links, problems: [] };
}

/** The parts of a Markdown syntax tree the checker reads. */
interface MdastNode {
  type: string;
  url?: string;
  value?: string;
  identifier?: string;
  name?: string | null;
  attributes?: { name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdastNode[];
}

export interface ContentCheckResult {
  files: number;
  entries: PlaybookEntry[];
  /** Each file as parsed, with its body. */
  parsed: ParsedSource[];
  problems: ContentProblem[];
  /** How many entries each language other than the default translates. */
  translated?: Map<string, number>;
}

/** Every file of a folder and its subfolders, as paths relative to it with forward slashes (hidden ones left out). */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return (readdirSync(folder, { recursive: true }) as string[])
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => !name.split('/').some((part) => part.startsWith('.')) && (statSync(path.join(folder, name), { throwIfNoEntry: false })?.isFile() ?? false));
}

/** The site's addresses besides entries, from the settings of the project at `root`: its languages and `public/`. */
export function publishedSiteOf(root: string, settings: { locales: readonly { code: string }[]; language: string }): PublishedSite {
  return {
    languages: settings.locales.map((l) => l.code),
    defaultLanguage: settings.language,
    publicFiles: new Set(filesUnder(path.join(root, 'public')).map((name) => `/${name}`)),
    isFile: (projectPath) => statSync(path.resolve(root, projectPath), { throwIfNoEntry: false })?.isFile() ?? false,
  };
}

/** Extensions that say a file was meant as an entry: `x.md.txt`, `x.markdown`. */
const entryLike = /\.(mdx?|ya?ml|markdown|mdown|mkd|txt)(\.|$)/i;

/**
 * Files and folders the build would silently skip although they look like entries: a mistyped collection folder
 * (`role/`), an entry with the wrong extension (`x.md.txt`, a YAML file among MDX entries), an entry in a subfolder.
 */
export function strayFileProblems(root: string, contentDir: string, languages: readonly string[]): ContentProblem[] {
  const base = path.resolve(root, contentDir);
  const problems: ContentProblem[] = [];
  const relative = (...parts: string[]) => path.relative(root, path.join(base, ...parts)).split(path.sep).join('/');
  const translationFolders = new Set(listTranslations(root, contentDir).map((t) => t.language));
  const translationFile = /\.(mdx?|ya?ml)$/;
  /** `read`: the names directly in the folder that another check reads (and reports on) already. */
  const checkCollection = (parts: string[], collection: CollectionName, read: (name: string) => boolean) => {
    const { extensions, label, newFileExtension } = formatOf(collection);
    for (const name of filesUnder(path.join(base, ...parts))) {
      const [first, ...rest] = name.split('/');
      if (rest.length === 0 && read(name)) continue;
      if (!entryLike.test(name)) continue;
      const stem = path.basename(name).replace(/\.[^.]*$/, '');
      const meant = (extensions as readonly string[]).some((e) => stem.endsWith(e)) ? stem : `${stem.replace(/\.[^.]*$/, '')}.${newFileExtension}`;
      problems.push({
        file: relative(...parts, name),
        path: [],
        message: rest.length > 0 ? `is not read: entries of ${collection} sit directly in its folder, not in ${first}/` : `is not read: ${collection} entries are ${label} files (${extensions.join(' or ')})`,
        fix: rest.length > 0 ? `move it to ${relative(...parts, path.basename(name))}` : `did you mean ${relative(...parts, meant)}? (rename it, or move it out of the content folder)`,
      });
    }
  };
  for (const name of readdirSync(base).sort()) {
    if (name.startsWith('.') || !statSync(path.join(base, name)).isDirectory()) continue;
    if (isCollectionName(name)) {
      const { extensions } = formatOf(name);
      checkCollection([name], name, (file) => (extensions as readonly string[]).includes(path.extname(file)));
      continue;
    }
    if (name === interfaceStringsFolder) continue;
    if (translationFolders.has(name) || languages.includes(name)) {
      // A translation folder holds collection folders; checkTranslations names a folder that is none.
      for (const sub of readdirSync(path.join(base, name)).sort()) {
        if (isCollectionName(sub) && statSync(path.join(base, name, sub)).isDirectory()) checkCollection([name, sub], sub, (file) => translationFile.test(file));
      }
      continue;
    }
    // Any other folder is the organization's own, unless it looks like a collection: a near name, or entries in it.
    const guess = closestId(name, collectionNames);
    if (!guess && !filesUnder(path.join(base, name)).some((file) => /\.mdx$/i.test(file))) continue;
    problems.push({
      file: `${relative(name)}/`,
      path: [],
      message: `is not a collection folder, so nothing in it is read`,
      fix: guess
        ? `did you mean ${relative(guess)}/? (the collections: ${collectionNames.join(', ')})`
        : `put entries in one of the collection folders: ${collectionNames.join(', ')}`,
    });
  }
  return problems;
}

/**
 * Validates the whole content folder: schemas, references, cycles, RACI, ids, links in bodies and Mermaid diagrams.
 * `settings` gives the published languages (for links to translated pages); by default the project's own.
 */
export function checkContentFolder(
  root: string,
  contentDir: string,
  settings: { locales: readonly { code: string }[]; language: string } = loadSettings(root),
): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const folder = path.resolve(root, contentDir);
  /** The whole folder cannot be checked: one problem, on the folder itself. */
  const folderProblem = (message: string, fix: string): ContentCheckResult => ({
    files: 0,
    entries: [],
    parsed: [],
    problems: [{ file: path.relative(root, folder) || contentDir, path: [], message, fix }],
  });
  if (!existsSync(folder)) {
    return folderProblem(
      'the content folder does not exist',
      'create it, or point "contentDir" in playbook.config.yaml (or PLAYBOOK_CONTENT_DIR) at your playbook',
    );
  }
  const site = publishedSiteOf(root, settings);
  const strays = strayFileProblems(root, contentDir, site.languages);
  const sources = listSourceFiles(root, contentDir);
  if (sources.length === 0) {
    const empty = folderProblem(
      'the content folder holds no entries',
      `add entries in its collection folders (${collectionNames.join(', ')}), e.g. with "npm run new -- roles \"Business owner\"", or point "contentDir" in playbook.config.yaml (or PLAYBOOK_CONTENT_DIR) at your playbook`,
    );
    return { ...empty, problems: [...empty.problems, ...strays] };
  }
  problems.push(...strays);
  // Every Mermaid diagram parses and has an accessible title and description (also in a file whose fields are
  // wrong: the body is there all the same). Diagrams are found first, so Mermaid parses them in other threads
  // while this one checks the rest.
  const diagramCheck = startMermaidCheck(
    root,
    sources
      .filter((source) => formatOf(source.collection).hasBody)
      .flatMap((source) => {
        const split = splitFrontmatter(source.text);
        return mermaidBlocks(source.file, split.body, split.bodyStartLine);
      }),
  );
  const parsed = sources.map((source) => {
    const result = parseSource(source);
    problems.push(...result.problems);
    return result.parsed;
  });
  const entries = parsed.map((p) => p.entry);
  problems.push(...playbookRuleProblems(entries));
  // A file with schema problems still makes references: those that parse are checked too, in the same run. (The
  // other rules wait for the file to be valid: judging half a file would say confusing things.)
  const salvaged = parsed.flatMap((p) => (p.salvaged === undefined ? [] : [{ ...p.entry, data: p.salvaged }]));
  problems.push(...danglingReferenceProblems(entries, salvaged));
  const strings = checkInterfaceStrings(root, contentDir);
  problems.push(...strings.problems);
  const translations = checkTranslations(root, contentDir, parsed, entries, site);
  problems.push(...translations.problems);
  // Links are checked whenever the body parsed, whatever the fields say.
  for (const p of parsed) problems.push(...bodyLinkProblems(p.entry, p.links, entries, site));
  problems.push(...diagramCheck.finish());
  // Rule problems point at fields; give them the field's line.
  const byFile = new Map(parsed.map((p) => [p.entry.file, p]));
  for (const problem of problems) {
    const source = byFile.get(problem.file);
    if (source && problem.line === undefined && problem.path.length > 0) problem.line = source.lineOf(problem.path);
  }
  return { files: sources.length, entries, parsed, problems, translated: translations.translated };
}

/**
 * A cheap summary of the whole content folder (each file's path, size and modification time), to notice a change:
 * entries, their translations and the interface strings alike, since the check reads them all.
 */
export function contentFingerprint(root: string, contentDir: string): string {
  const folder = path.resolve(root, contentDir);
  if (!existsSync(folder)) return '';
  const parts: string[] = [];
  for (const name of (readdirSync(folder, { recursive: true }) as string[]).sort()) {
    const stat = statSync(path.join(folder, name), { throwIfNoEntry: false });
    if (stat?.isFile()) parts.push(`${name}:${stat.size}:${stat.mtimeMs}`);
  }
  return parts.join('|');
}
