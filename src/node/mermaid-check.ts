// Checks every Mermaid diagram of the content before the site is built, so a syntax error stops `npm run check`
// and the build with the file and line, instead of reaching a reader as a broken diagram.
//
// Mermaid parses asynchronously and needs a DOM for some labels (DOMPurify); the content check is synchronous.
// So the parse runs in worker threads with a happy-dom window each (this file, run as a worker), started before
// the rest of the content check and waited for at its end; the sources known to be valid are remembered in
// node_modules/.cache, so an unchanged playbook is checked in milliseconds.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, MessageChannel, type MessagePort, receiveMessageOnPort, Worker, workerData } from 'node:worker_threads';
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
  // The prebuilt module the site ships (src/integrations/mermaid.ts): the same code parses here as draws in the
  // browser, and it loads in a fifth of the time of Mermaid's unbundled build.
  const prebuilt: string = 'mermaid/dist/mermaid.esm.min.mjs';
  const { default: mermaid } = (await import(/* @vite-ignore */ prebuilt)) as typeof import('mermaid');
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

interface ParserThread {
  worker: Worker;
  port: MessagePort;
  blocks: MermaidBlock[];
}

/**
 * Starts checking the blocks and returns what waits for the answer. Accessibility and layout are checked here at
 * once; the syntax of every source not known to be valid (by content hash, per Mermaid version, remembered in
 * node_modules/.cache) is parsed in worker threads, one share per core, while the caller goes on with the rest of
 * the content check. `finish()` waits for them (the content check is synchronous: it blocks on a shared flag).
 */
export function startMermaidCheck(root: string, blocks: readonly MermaidBlock[]): { finish(): ContentProblem[] } {
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
  const unknown = [...new Map(blocks.filter((b) => !valid.has(hash(b.source))).map((b) => [hash(b.source), b])).values()];
  if (unknown.length === 0) return { finish: () => problems };

  // Mermaid takes about 15 ms a diagram and a second to load: a large playbook's diagrams are split over the cores.
  const shares = Math.max(1, Math.min(os.availableParallelism(), 4, Math.floor(unknown.length / 12)));
  const size = Math.ceil(unknown.length / shares);
  const signal = new Int32Array(new SharedArrayBuffer(4 * shares));
  const threads: ParserThread[] = Array.from({ length: shares }, (_, i) => {
    const part = unknown.slice(i * size, (i + 1) * size);
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { mermaidBlocks: part, port: port2, signal: signal.buffer, index: i },
      transferList: [port2],
    });
    worker.unref();
    return { worker, port: port1, blocks: part };
  });

  return {
    finish() {
      const answers = new Map<string, ContentProblem | null>();
      let failure: string | undefined;
      threads.forEach((thread, i) => {
        Atomics.wait(signal, i, 0, 300_000);
        const reply = receiveMessageOnPort(thread.port)?.message as { answers?: (ContentProblem | null)[]; error?: string } | undefined;
        void thread.worker.terminate();
        if (!reply?.answers || reply.answers.length !== thread.blocks.length) failure ??= reply?.error ?? 'no answer';
        else thread.blocks.forEach((block, j) => answers.set(hash(block.source), reply.answers![j]!));
      });
      if (failure !== undefined) {
        return [
          ...problems,
          {
            file: unknown[0]!.file,
            path: [],
            line: unknown[0]!.line,
            message: `the Mermaid diagrams could not be checked: ${failure.split('\n')[0]}`,
            fix: 'run "npm ci" so that mermaid and happy-dom are installed, then check again',
          },
        ];
      }
      for (const [key, answer] of answers) if (!answer) valid.add(key);
      try {
        mkdirSync(path.dirname(cacheFile), { recursive: true });
        writeFileSync(cacheFile, JSON.stringify({ version, valid: [...valid].slice(-2000) }));
      } catch {
        // A read-only checkout checks again next time.
      }
      // Every block with a problem, also when the same source appears twice (each names its own file and line).
      const syntax = blocks.flatMap((block) => {
        const answer = answers.get(hash(block.source));
        return answer ? [{ ...answer, file: block.file, line: (answer.line ?? block.line) - unknownLine(block) + block.line }] : [];
      });
      return [...problems, ...syntax];
    },
  };

  /** The first line of the block that was parsed for this source (answers carry its lines). */
  function unknownLine(block: MermaidBlock): number {
    return unknown.find((u) => u.source === block.source)!.line;
  }
}

/** Checks the blocks, waiting for the answer: `startMermaidCheck(…).finish()`. */
export function checkMermaidBlocks(root: string, blocks: readonly MermaidBlock[]): ContentProblem[] {
  return startMermaidCheck(root, blocks).finish();
}

function mermaidVersion(root: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'node_modules', 'mermaid', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

// Run as a worker of startMermaidCheck: parse its share, answer on its port, raise its flag.
const job = workerData as { mermaidBlocks?: MermaidBlock[]; port: MessagePort; signal: SharedArrayBuffer; index: number } | null;
if (!isMainThread && job?.mermaidBlocks) {
  const flag = new Int32Array(job.signal);
  try {
    job.port.postMessage({ answers: await parseEachMermaidBlock(job.mermaidBlocks) });
  } catch (error) {
    job.port.postMessage({ error: String((error as Error)?.message ?? error) });
  }
  Atomics.store(flag, job.index, 1);
  Atomics.notify(flag, job.index);
}
