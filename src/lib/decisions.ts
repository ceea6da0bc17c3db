// The decision-rights table: every process step that carries a `decision`, with its RACI. The step's single
// accountable role owns the decision; governance decisions are read from here, not restated on role pages.
import type { EntryRef } from './collections.ts';

/** A process step as the decision-rights table reads it. */
export interface DecisionStep {
  id: string;
  title: string;
  decision?: string | undefined;
  responsible: readonly EntryRef[];
  accountable: EntryRef;
  consulted: readonly EntryRef[];
  informed: readonly EntryRef[];
}

/** A process as the decision-rights table reads it. */
export interface DecisionProcess {
  id: string;
  title: string;
  order?: number | undefined;
  steps: readonly DecisionStep[];
}

/** One row of the decision-rights table. */
export interface DecisionRight {
  processId: string;
  processTitle: string;
  stepId: string;
  stepTitle: string;
  /** What is decided. */
  decision: string;
  /** The one role that owns the decision. */
  accountable: EntryRef;
  responsible: readonly EntryRef[];
  consulted: readonly EntryRef[];
  informed: readonly EntryRef[];
}

/** Processes in the order the playbook lists them: by `order` (unordered last), then by title. */
function inProcessOrder<P extends DecisionProcess>(processes: readonly P[]): P[] {
  return [...processes].sort(
    (a, b) =>
      (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || a.title.localeCompare(b.title),
  );
}

/** Every decision point of every process, in process order and then step order. */
export function decisionRights(processes: readonly DecisionProcess[]): DecisionRight[] {
  return inProcessOrder(processes).flatMap((process) =>
    process.steps
      .filter((step): step is DecisionStep & { decision: string } => typeof step.decision === 'string' && step.decision.trim() !== '')
      .map((step) => ({
        processId: process.id,
        processTitle: process.title,
        stepId: step.id,
        stepTitle: step.title,
        decision: step.decision,
        accountable: step.accountable,
        responsible: step.responsible,
        consulted: step.consulted,
        informed: step.informed,
      })),
  );
}

/** The rows whose decision a role owns (is accountable for). */
export function decisionsOwnedBy(rows: readonly DecisionRight[], roleId: string): DecisionRight[] {
  return rows.filter((row) => row.accountable.id === roleId);
}
