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
 * src/integrations/mermaid.ts): mindmaps, architecture diagrams and the ELK layout.
 */
export function layoutProblems(block: MermaidBlock): ContentProblem[] {
  const lines = block.source.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('%%') && l.trim() !== '---');
  const type = /^\s*([\w-]+)/.exec(lines[first] ?? '')?.[1] ?? '';
  const layout = lines.findIndex((l) => /^\s*(layout|defaultRenderer)\s*:\s*["']?(elk|cose)/i.test(l));
  if (!/^(mindmap|architecture(-beta)?|flowchart-elk)$/.test(type) && layout < 0) return [];
  return [
    {
      file: block.file,
      path: [],
      line: block.line + Math.max(0, layout >= 0 ? layout : first),
      message: `this Mermaid diagram needs a layout engine the site does not include (${layout >= 0 ? 'ELK or cose' : type}); the site draws with the dagre layout only`,
      fix: 'draw it as a flowchart ("flowchart TD" or "flowchart LR") without a layout setting',
    },
  ];
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
