// Checks every Mermaid diagram of the content before the site is built, so a syntax error stops `npm run check`
// and the build with the file and line, instead of reaching a reader as a broken diagram.
//
// Mermaid parses asynchronously and needs a DOM for some labels (DOMPurify); the content check is synchronous.
// So the parse runs in a child Node process with a happy-dom window (this file, run as a script), and the
// sources known to be valid are remembered in node_modules/.cache, so an unchanged playbook is checked in
// milliseconds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentProblem } from '../lib/problems.ts';

/** One fenced ```mermaid block of a content file. */
export interface MermaidBlock {
  /** Content file, relative to the project root. */
  file: string;
  /** 1-based file line of the diagram's first source line (the line after the opening fence). */
  line: number;
  source: string;
}

/** The fenced ```mermaid (or ~~~mermaid) blocks of a Markdown body; `firstLine` is the body's first file line. */
export function mermaidBlocks(file: string, body: string, firstLine = 1): MermaidBlock[] {
  const lines = body.split('\n');
  const blocks: MermaidBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s{0,3}(`{3,}|~{3,})\s*mermaid\s*$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    let end = i + 1;
    while (end < lines.length && !new RegExp(`^\\s{0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(lines[end]!)) end++;
    blocks.push({ file, line: firstLine + i + 1, source: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

/** A diagram without an accessible title and description (`accTitle:` and `accDescr:` lines). */
export function accessibilityProblems(block: MermaidBlock): ContentProblem[] {
  const missing = ['accTitle', 'accDescr'].filter((key) => !new RegExp(`^\\s*${key}\\s*(:|\\{)`, 'm').test(block.source));
  if (missing.length === 0) return [];
  return [
    {
      file: block.file,
      path: [],
      line: block.line,
      message: `a Mermaid diagram has no ${missing.join(' and no ')}, so a screen reader cannot describe it`,
      fix: `add ${missing.map((key) => `"  ${key}: …"`).join(' and ')} after the diagram type, saying what the diagram shows`,
    },
  ];
}

/**
 * A diagram that needs a layout engine the site does not ship (it draws with dagre only, see
 * src/integrations/mermaid.ts): a mindmap, an architecture diagram, `flowchart-elk`, or any layout
 * other than dagre set in the diagram's own configuration, in its front matter (`config:` … `layout: elk`) or
 * in an init directive (`%%{init: {"layout": "elk"}}%%`, `"flowchart": {"defaultRenderer": "elk"}`). One
 * problem per setting, on its file line.
 */
export function layoutProblems(block: MermaidBlock): ContentProblem[] {
  const lines = block.source.split('\n');
  const problem = (index: number, what: string): ContentProblem => ({
    file: block.file,
    path: [],
    line: block.line + Math.max(0, index),
    message: `this Mermaid diagram needs a layout engine the site does not include (${what}); the site draws with the dagre layout only`,
    fix: 'draw it as a flowchart ("flowchart TD" or "flowchart LR") and remove the layout setting (or set it to "dagre")',
  });
  const problems: ContentProblem[] = [];
  const setting = /["']?\b(layout|defaultRenderer)["']?\s*:\s*["']?([\w.-]+)/g;
  const refuse = (text: string, lineOf: (offset: number) => number) => {
    for (const match of text.matchAll(setting)) {
      if (!/^dagre/i.test(match[2]!)) problems.push(problem(lineOf(match.index), `${match[1]}: ${match[2]}`));
    }
  };
  // Front matter: from a first line "---" to the next.
  let body = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    const end = close < 0 ? lines.length : close;
    for (let i = 1; i < end; i++) if (/^\s*(layout|defaultRenderer)\s*:/.test(lines[i]!)) refuse(lines[i]!, () => i);
    body = end + 1;
  }
  // Init directives, on one line or several.
  const source = block.source;
  for (const directive of source.matchAll(/%%\{([\s\S]*?)\}%%/g)) {
    const at = directive.index + 3;
    refuse(directive[1]!, (offset) => source.slice(0, at + offset).split('\n').length - 1);
  }
  // The diagram type: the first line after the front matter that is neither blank nor a comment or directive.
  const directiveLines = new Set<number>();
  for (const directive of source.matchAll(/%%[\s\S]*?(?:\}%%|$)/gm)) {
    const first = source.slice(0, directive.index).split('\n').length - 1;
    directive[0].split('\n').forEach((_, i) => directiveLines.add(first + i));
  }
  const first = lines.findIndex((l, i) => i >= body && l.trim() !== '' && !directiveLines.has(i));
  const type = /^\s*([\w-]+)/.exec(lines[first] ?? '')?.[1] ?? '';
  if (/^(mindmap|architecture(-beta)?|flowchart-elk)$/.test(type)) problems.unshift(problem(first, type));
  return problems;
}

/**
 * Parses each block with Mermaid in this process (it needs a DOM: a happy-dom window is installed first).
 * One answer per block: its problem, or null when it parses.
 */
export async function parseEachMermaidBlock(blocks: readonly MermaidBlock[]): Promise<(ContentProblem | null)[]> {
  if (blocks.length === 0) return [];
  const globals = globalThis as unknown as Record<string, unknown>;
  if (!globals['document']) {
    const { Window } = await import('happy-dom');
    const window = new Window();
    globals['window'] = window;
    globals['document'] = window.document;
  }
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  const answers: (ContentProblem | null)[] = [];
  for (const block of blocks) {
    try {
      await mermaid.parse(block.source);
      answers.push(null);
    } catch (error) {
      answers.push(syntaxProblem(block, error));
    }
  }
  return answers;
}

/** The syntax problems of the blocks, parsed in this process. */
export async function parseMermaidBlocks(blocks: readonly MermaidBlock[]): Promise<ContentProblem[]> {
  return (await parseEachMermaidBlock(blocks)).filter((p): p is ContentProblem => p !== null);
}

/** A Mermaid parse error as a problem on the file line where it happened. */
export function syntaxProblem(block: MermaidBlock, error: unknown): ContentProblem {
  const text = String((error as Error)?.message ?? error);
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const at = /line (\d+)/i.exec(lines[0] ?? '');
  const sourceLine = at ? Number(at[1]) : 1;
  const expecting = lines.find((l) => /^Expecting /.test(l));
  const what = (lines[0] ?? 'unknown error').replace(/^Parse error on line \d+:?\s*/i, '').replace(/:$/, '');
  const near = lines.find((l) => /\^/.test(l)) ? lines[lines.findIndex((l) => /\^/.test(l)) - 1] : undefined;
  const detail = [what && what !== 'Parse error' ? what : '', near ? `near "${near.replace(/^\.\.\./, '').trim()}"` : '', expecting ?? '']
    .filter(Boolean)
    .join('; ');
  return {
    file: block.file,
    path: [],
    line: block.line + Math.max(0, Math.min(sourceLine, block.source.split('\n').length) - 1),
    message: `Mermaid syntax error${detail ? `: ${detail}` : ''}`,
    fix: 'correct the diagram (keep node labels in double quotes, e.g. a["Label"]); see https://mermaid.js.org/intro/syntax-reference.html',
  };
}

const hash = (source: string) => createHash('sha256').update(source).digest('hex').slice(0, 24);

/**
 * Checks the blocks synchronously: accessibility in this process, syntax in a child process. Sources that
 * parsed before (by content hash, per Mermaid version) are not parsed again.
 */
export function checkMermaidBlocks(root: string, blocks: readonly MermaidBlock[]): ContentProblem[] {
  const problems = blocks.flatMap((block) => [...accessibilityProblems(block), ...layoutProblems(block)]);
  const cacheFile = path.join(root, 'node_modules', '.cache', 'playbook', 'mermaid-valid.json');
  const version = mermaidVersion(root);
  let valid = new Set<string>();
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { version: string; valid: string[] };
    if (cached.version === version) valid = new Set(cached.valid);
  } catch {
    // No cache yet.
  }
  const unknown = blocks.filter((b) => !valid.has(hash(b.source)));
  if (unknown.length === 0) return problems;
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
    cwd: root,
    input: JSON.stringify(unknown),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  let answers: (ContentProblem | null)[];
  try {
    answers = JSON.parse(child.stdout) as (ContentProblem | null)[];
    if (answers.length !== unknown.length) throw new Error('one answer per diagram expected');
  } catch {
    return [
      ...problems,
      {
        file: unknown[0]!.file,
        path: [],
        line: unknown[0]!.line,
        message: `the Mermaid diagrams could not be checked: ${(child.stderr || child.error?.message || 'no answer').split('\n')[0]}`,
        fix: 'run "npm ci" so that mermaid and happy-dom are installed, then check again',
      },
    ];
  }
  unknown.forEach((block, i) => {
    if (!answers[i]) valid.add(hash(block.source));
  });
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ version, valid: [...valid].slice(-2000) }));
  } catch {
    // A read-only checkout checks again next time.
  }
  return [...problems, ...answers.filter((p): p is ContentProblem => p !== null)];
}

function mermaidVersion(root: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'node_modules', 'mermaid', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

// Run as a script: read blocks as JSON on stdin, print the problems as JSON.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const input = readFileSync(0, 'utf8');
  const answers = await parseEachMermaidBlock(JSON.parse(input) as MermaidBlock[]);
  process.stdout.write(JSON.stringify(answers));
  // Mermaid and happy-dom may keep timers alive; the answer is written.
  process.exit(0);
}
