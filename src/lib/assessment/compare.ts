// Two or more sets of answers side by side: where people disagree (the business owner and the AI product
// manager on one initiative) and what changed (one initiative at two dates), and the trend over snapshots.
import { questionsOf, type Questionnaire } from './model.ts';
import { answered, assessReadiness, type AnswerValue, type Answers, type Readiness } from './scoring.ts';
import type { Initiative } from './state.ts';

/** Answers that differ by this many scale points or more are a disagreement. */
export const disagreementPoints = 2;

export interface ComparedQuestion {
  questionId: string;
  dimensionId: string;
  /** Each column's answer, as scoring counts it (undefined: not answered). */
  values: (AnswerValue | undefined)[];
  /** Highest minus lowest scale value among the columns that gave one; null with fewer than two. */
  spread: number | null;
  /** The spread reaches `disagreementPoints`. */
  disagree: boolean;
  /** Not every column says the same (a value, "Don't know" or nothing). */
  changed: boolean;
}

export interface Comparison {
  readiness: Readiness[];
  questions: ComparedQuestion[];
  disagreements: ComparedQuestion[];
  changes: ComparedQuestion[];
}

/** The columns' answers compared question by question, with each column's readiness. */
export function compareAnswers(questionnaire: Questionnaire, columns: readonly Answers[]): Comparison {
  const questions = questionsOf(questionnaire).map(({ question, dimension }): ComparedQuestion => {
    const values = columns.map((answers) => {
      const a = answered(questionnaire, question, answers);
      return a.kind === 'value' ? a.value : a.kind === 'unknown' ? ('unknown' as const) : undefined;
    });
    const numbers = values.filter((v): v is number => typeof v === 'number');
    const spread = numbers.length >= 2 ? Math.max(...numbers) - Math.min(...numbers) : null;
    return {
      questionId: question.id,
      dimensionId: dimension.id,
      values,
      spread,
      disagree: spread !== null && spread >= disagreementPoints,
      changed: values.some((v) => v !== values[0]),
    };
  });
  return {
    readiness: columns.map((answers) => assessReadiness(questionnaire, answers)),
    questions,
    disagreements: questions.filter((q) => q.disagree),
    changes: questions.filter((q) => q.changed),
  };
}

export interface TrendPoint {
  /** Snapshot id, or undefined for the answers as they are now. */
  snapshotId?: string | undefined;
  label: string;
  at: string;
  overall: number | null;
  levelId: string | undefined;
  sufficient: boolean;
}

/** The initiative's snapshots, oldest first, then its answers now, each scored against today's questionnaire. */
export function trend(questionnaire: Questionnaire, initiative: Initiative, nowLabel: string): TrendPoint[] {
  const point = (answers: Answers, label: string, at: string, snapshotId?: string): TrendPoint => {
    const r = assessReadiness(questionnaire, answers);
    return { ...(snapshotId ? { snapshotId } : {}), label, at, overall: r.overall, levelId: r.level?.id, sufficient: r.evidence.sufficient };
  };
  return [
    ...[...initiative.snapshots].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt)).map((s) => point(s.answers, s.label, s.takenAt, s.id)),
    point(initiative.answers, nowLabel, initiative.updatedAt),
  ];
}
