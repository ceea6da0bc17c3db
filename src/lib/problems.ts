import type { FieldPath } from './references.ts';
import { formatFieldPath } from './references.ts';

/** A mistake in the content, said the way an author can act on it. */
export interface ContentProblem {
  /** Source file, relative to the project root. */
  file: string;
  /** Field inside the entry, e.g. `['steps', 2, 'accountable']`; empty for the entry as a whole. */
  path: FieldPath;
  /** 1-based line in the file, when it is known. */
  line?: number;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** `content/processes/intake.mdx:14 steps[2].accountable: what is wrong\n    fix: how to fix it` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = formatFieldPath(problem.path);
  return `${where}${field ? ` ${field}` : ''}: ${problem.message}\n    fix: ${problem.fix}`;
}

/** All problems as one report, grouped in file order, with a count: "The playbook content has 2 problems:". */
export function formatProblemReport(problems: readonly ContentProblem[], subject = 'The playbook content has'): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `${subject} ${count}:\n\n${sorted.map(formatProblem).join('\n\n')}\n`;
}
