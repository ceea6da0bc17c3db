// Reads the content folder straight from disk, the same way the build sees it, so `npm run check` and the
// build report every problem, with lines, in one run. Node-only: the pure rules live in src/lib/.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { playbookSchemas } from '../schemas/index.ts';
import { collectionNames, formatOf, type CollectionName } from '../lib/collections.ts';
import { entryIdFromPath } from '../lib/ids.ts';
import type { ContentProblem } from '../lib/problems.ts';
import type { FieldPath, PlaybookEntry } from '../lib/references.ts';
import { bodyLinkProblems, playbookRuleProblems, type BodyLink } from '../lib/rules.ts';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { checkInterfaceStrings } from './interface-strings.ts';
import { checkTranslations } from './translations.ts';
import { checkMermaidBlocks, mermaidBlocks } from './mermaid-check.ts';

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

/** The 1-based line of the YAML node at `fieldPath`, or of its closest existing parent. */
function lineOf(doc: Document, counter: LineCounter, fieldPath: FieldPath, firstLine: number): number {
  for (let depth = fieldPath.length; depth > 0; depth--) {
    const node = doc.getIn(fieldPath.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      // For a key that exists, point at the key's line (the value may start on the next line).
      const parent = depth > 1 ? doc.getIn(fieldPath.slice(0, depth - 1), true) : doc.contents;
      const key = fieldPath[depth - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        const keyRange = (pair?.key as { range?: [number, number, number] } | null)?.range;
        if (keyRange) return counter.linePos(keyRange[0]).line + firstLine - 1;
      }
      return counter.linePos(node.range[0]).line + firstLine - 1;
    }
  }
  return firstLine;
}

const describeType = (value: unknown) =>
  value === undefined ? 'nothing' : value === null ? 'an empty value' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;

/** One zod issue as an author-facing problem. */
function problemFromIssue(file: string, issue: z.core.$ZodIssue, line: number): ContentProblem {
  const fieldPath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = String(fieldPath.at(-1) ?? 'the entry');
  const input = (issue as { input?: unknown }).input;
  // A message written for authors in the schema says what is wrong and, after " — ", how to fix it.
  const [what, how] = issue.message.split(' — ');
  if (how) return { file, path: fieldPath, line, message: what!, fix: how };
  const generic = /^Invalid input/.test(issue.message);
  if (issue.code === 'invalid_type' && input === undefined && generic) {
    return {
      file,
      path: fieldPath,
      line,
      message: `"${field}" is missing`,
      fix: `add "${field}:" with ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} (see the content model in the README)`,
    };
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return {
      file,
      path: fieldPath,
      line,
      message: `${JSON.stringify(input)} is not allowed here`,
      fix: `use one of: ${issue.values.map((v) => String(v)).join(', ')}`,
    };
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && /^Too (small|big)/.test(issue.message)) {
    const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    const small = issue.code === 'too_small';
    const bound = issue.inclusive ? (small ? 'at least' : 'at most') : small ? 'more than' : 'less than';
    const unit = issue.origin === 'string' ? ' characters long' : issue.origin === 'array' ? ` item${limit === 1 ? '' : 's'}` : '';
    const what = issue.origin === 'array' ? `list ${bound} ${limit}${unit}` : issue.origin === 'string' ? `text ${bound} ${limit}${unit}` : `number ${bound} ${limit}`;
    return {
      file,
      path: fieldPath,
      line,
      message: `${JSON.stringify(input) ?? 'the value'} is too ${small ? 'small' : 'large'} here`,
      fix: `use a ${what}`,
    };
  }
  if (issue.code === 'unrecognized_keys') {
    return {
      file,
      path: fieldPath,
      line,
      message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      fix: 'check the spelling against the field list (README and authoring guide), or remove the field',
    };
  }
  return {
    file,
    path: fieldPath,
    line,
    message: generic ? `${issue.message.replace(/^Invalid input: /, '')} (got ${describeType(input)})` : issue.message,
    fix: generic ? 'correct the value to the expected type' : 'correct the value as the message says',
  };
}

/** YAML text checked against a schema: the data when it is valid, every problem otherwise, and field lines. */
export interface ValidatedYaml {
  data?: unknown;
  /** The YAML as written, before the schema turned ids into references and filled in defaults. */
  raw?: unknown;
  problems: ContentProblem[];
  /** 1-based file line of a field (or of its closest existing parent). */
  lineOf: (fieldPath: FieldPath) => number;
}

/**
 * Parses YAML that starts on `firstLine` of `file` and validates it against `schema`, reporting every problem
 * with its line: the one path for content files and the site settings alike.
 */
export function validateYaml(file: string, text: string, schema: z.ZodType, firstLine = 1): ValidatedYaml {
  const problems: ContentProblem[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const locate = (fieldPath: FieldPath) => lineOf(doc, counter, fieldPath, firstLine);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        file,
        path: [],
        line: counter.linePos(error.pos[0]).line + firstLine - 1,
        message: `is not valid YAML: ${error.message.split('\n')[0]}`,
        fix: 'check indentation and quote values that contain ":" or start with a special character',
      });
    }
    return { problems, lineOf: locate };
  }
  const raw = doc.toJS() ?? {};
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const fieldPath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      // An unknown field has no path of its own: point at the first unknown key.
      const linePath = issue.code === 'unrecognized_keys' ? [...fieldPath, issue.keys[0]!] : fieldPath;
      problems.push(problemFromIssue(file, issue, locate(linePath)));
    }
    return { problems, lineOf: locate, raw };
  }
  return { data: parsed.data, raw, problems, lineOf: locate };
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

/**
 * Parses a body the way the build will (Astro's own MDX processor, Sätteri), so a syntax error is reported with
 * its line before the build meets it, and returns every link the body makes, in any form: inline, reference
 * definitions, autolinks and `<a href>`.
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
          message: `is not valid MDX (column ${column}): ${message!.replace(/\s*\(mdx[^)]*\)\s*$/, '')}`,
          fix: 'in MDX write "less than" instead of a bare "<", avoid "{" and "}" in text, and close every tag you open',
        },
      ],
    };
  }
  const links: BodyLink[] = [];
  const visit = (node: MdastNode) => {
    const line = (node.position?.start.line ?? 1) + bodyStartLine - 1;
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') links.push({ href: node.url, line });
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a') {
      const href = node.attributes?.find((a) => a.name === 'href')?.value;
      if (typeof href === 'string') links.push({ href, line });
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

/** Validates the whole content folder: schemas, references, cycles, RACI, ids, links in bodies and Mermaid diagrams. */
export function checkContentFolder(root: string, contentDir: string): ContentCheckResult {
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
  const sources = listSourceFiles(root, contentDir);
  if (sources.length === 0) {
    return folderProblem(
      'the content folder holds no entries',
      `add entries in its collection folders (${collectionNames.join(', ')}), e.g. with "npm run new -- roles \"Business owner\"", or point "contentDir" in playbook.config.yaml (or PLAYBOOK_CONTENT_DIR) at your playbook`,
    );
  }
  const parsed = sources.map((source) => {
    const result = parseSource(source);
    problems.push(...result.problems);
    return result.parsed;
  });
  const entries = parsed.map((p) => p.entry);
  problems.push(...playbookRuleProblems(entries));
  const strings = checkInterfaceStrings(root, contentDir);
  problems.push(...strings.problems);
  const translations = checkTranslations(root, contentDir, parsed, entries);
  problems.push(...translations.problems);
  for (const p of parsed) {
    if (p.valid) problems.push(...bodyLinkProblems(p.entry, p.links, entries));
  }
  // Every Mermaid diagram parses and has an accessible title and description (also in a file whose fields
  // are wrong: the body is there all the same).
  const diagrams = parsed.filter((p) => formatOf(p.entry.collection).hasBody).flatMap((p) => mermaidBlocks(p.entry.file, p.body, p.bodyStartLine));
  problems.push(...checkMermaidBlocks(root, diagrams));
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
