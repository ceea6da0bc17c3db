import type { EntryRef } from './collections.ts';

/** R, A, C, I: responsible, accountable, consulted, informed. */
export type RaciLetter = 'R' | 'A' | 'C' | 'I';
export const raciLetters: readonly RaciLetter[] = ['R', 'A', 'C', 'I'];

/** The RACI part of a process step, as the process schema parses it. */
export interface RaciStep {
  id: string;
  title: string;
  responsible: readonly EntryRef[];
  accountable: EntryRef;
  consulted: readonly EntryRef[];
  informed: readonly EntryRef[];
}

/** A step's RACI in R, A, C, I order: each letter with the roles that hold it. */
export function stepRaci(step: RaciStep): { letter: RaciLetter; roles: readonly EntryRef[] }[] {
  return [
    { letter: 'R', roles: step.responsible },
    { letter: 'A', roles: [step.accountable] },
    { letter: 'C', roles: step.consulted },
    { letter: 'I', roles: step.informed },
  ];
}

export interface RaciProcess {
  id: string;
  title: string;
  steps: readonly RaciStep[];
}

/** The letters a role holds in one step, in R, A, C, I order (A and R together is common and allowed). */
export function lettersFor(step: RaciStep, roleId: string): RaciLetter[] {
  const letters: RaciLetter[] = [];
  if (step.responsible.some((r) => r.id === roleId)) letters.push('R');
  if (step.accountable.id === roleId) letters.push('A');
  if (step.consulted.some((r) => r.id === roleId)) letters.push('C');
  if (step.informed.some((r) => r.id === roleId)) letters.push('I');
  return letters;
}

export interface RaciColumn {
  processId: string;
  processTitle: string;
  stepId: string;
  stepTitle: string;
}

export interface RaciMatrix {
  columns: RaciColumn[];
  rows: { roleId: string; cells: RaciLetter[][] }[];
}

/** Roles × process steps, derived from the processes' step RACI. */
export function raciMatrix(processes: readonly RaciProcess[], roleIds: readonly string[]): RaciMatrix {
  const steps = processes.flatMap((process) => process.steps.map((step) => ({ process, step })));
  return {
    columns: steps.map(({ process, step }) => ({
      processId: process.id,
      processTitle: process.title,
      stepId: step.id,
      stepTitle: step.title,
    })),
    rows: roleIds.map((roleId) => ({ roleId, cells: steps.map(({ step }) => lettersFor(step, roleId)) })),
  };
}

/** One process as a matrix of its own: the roles that take part (in `roleIds` order) × its steps. */
export function processMatrix(process: RaciProcess, roleIds: readonly string[]): RaciMatrix {
  const matrix = raciMatrix([process], roleIds);
  return { columns: matrix.columns, rows: matrix.rows.filter((row) => row.cells.some((letters) => letters.length > 0)) };
}

/** How many steps a role holds each letter in, across the processes: the RACI page's view by role. */
export function roleLetterCounts(processes: readonly RaciProcess[], roleId: string): Record<RaciLetter, number> {
  const counts: Record<RaciLetter, number> = { R: 0, A: 0, C: 0, I: 0 };
  for (const process of processes) for (const step of process.steps) for (const letter of lettersFor(step, roleId)) counts[letter]++;
  return counts;
}
