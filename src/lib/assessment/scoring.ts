// Readiness of one initiative from its answers: a score per dimension and overall (0–100), how much of it rests
// on evidence, the hard gates, and the readiness level. Pure: the same answers always give the same result.
import { questionsOf, scaleRange, type Dimension, type Level, type Question, type Questionnaire } from './model.ts';

/** An answer's value: a scale value, or "Don't know". */
export type AnswerValue = number | 'unknown';

/** One answer, with its evidence note and when it was last changed (ISO date), for merging two copies. */
export interface Answer {
  value?: AnswerValue | undefined;
  note?: string | undefined;
  at: string;
}

/** Answers by question id. */
export type Answers = Readonly<Record<string, Answer | undefined>>;

/** What a question's answer counts as: a scale value, "Don't know", or nothing yet. */
export type Answered = { kind: 'value'; value: number } | { kind: 'unknown' } | { kind: 'none' };

/** The answer to a question as scoring sees it; values the question does not offer count as no answer. */
export function answered(questionnaire: Questionnaire, question: Question, answers: Answers): Answered {
  const value = Object.hasOwn(answers, question.id) ? answers[question.id]?.value : undefined;
  if (value === 'unknown') return question.dontKnow ? { kind: 'unknown' } : { kind: 'none' };
  if (typeof value === 'number' && questionnaire.scale.some((p) => p.value === value)) return { kind: 'value', value };
  return { kind: 'none' };
}

export interface DimensionScore {
  id: string;
  /** 0–100 over the questions answered with a value; null when none is. */
  score: number | null;
  /** Questions answered with a scale value. */
  answered: number;
  /** Questions answered "Don't know". */
  unknown: number;
  total: number;
}

export interface Evidence {
  total: number;
  answered: number;
  unknown: number;
  unanswered: number;
  /** Share of questions answered with a value (0–1). */
  share: number;
  /** Whether the share reaches the questionnaire's `minimumEvidence`. */
  sufficient: boolean;
}

export type GateStatus = 'met' | 'failed' | 'unconfirmed';

export interface GateResult {
  questionId: string;
  dimensionId: string;
  minimum: number;
  reason: string;
  /** The level the gate guards. */
  blocks: string;
  /** Met, failed (answered below the minimum), or unconfirmed ("Don't know" or not answered). */
  status: GateStatus;
  value?: number | undefined;
}

export type Verdict =
  /** Too little evidence for a level: the score is indicative only. */
  | 'not-enough-evidence'
  /**
   * Too little evidence for a confident score, but a hard gate answered below its minimum already settles the
   * lowest level: no other answer can lift the result above it.
   */
  | 'settled-by-gate'
  /** A gate keeps the level below what the score alone would give. */
  | 'held-back'
  /** The level the score gives. */
  | 'level';

export interface Readiness {
  dimensions: DimensionScore[];
  /** 0–100, weighted over dimensions with a score; null when nothing is answered with a value. */
  overall: number | null;
  evidence: Evidence;
  gates: GateResult[];
  /** The level the overall score alone reaches. */
  scoreLevel: Level | undefined;
  /** The level after the gates; undefined when the evidence is not enough (unless a failed gate settles it). */
  level: Level | undefined;
  /** Gates not met that keep the level below the score's level (or, with too little evidence, settle it). */
  holdingBack: GateResult[];
  verdict: Verdict;
}

const round = (x: number) => Math.round(x);

/** A question's answer as a fraction of the scale (0–1), when it has a value. */
export function answerFraction(questionnaire: Questionnaire, value: number): number {
  const { min, max } = scaleRange(questionnaire);
  return max === min ? 1 : Math.min(1, Math.max(0, (value - min) / (max - min)));
}

function dimensionScore(questionnaire: Questionnaire, dimension: Dimension, answers: Answers): DimensionScore & { exact: number | null } {
  let weighted = 0;
  let weights = 0;
  let answeredCount = 0;
  let unknown = 0;
  for (const question of dimension.questions) {
    const a = answered(questionnaire, question, answers);
    if (a.kind === 'unknown') unknown++;
    if (a.kind !== 'value') continue;
    answeredCount++;
    weighted += question.weight * answerFraction(questionnaire, a.value);
    weights += question.weight;
  }
  const exact = weights > 0 ? (100 * weighted) / weights : null;
  return { id: dimension.id, score: exact === null ? null : round(exact), exact, answered: answeredCount, unknown, total: dimension.questions.length };
}

/** The highest level whose threshold the score reaches (levels are listed lowest first). */
export function levelForScore(questionnaire: Questionnaire, score: number): Level | undefined {
  let found: Level | undefined;
  for (const level of questionnaire.levels) if (score >= level.minScore) found = level;
  return found ?? questionnaire.levels[0];
}

/** Every hard gate of the questionnaire with its status for these answers. */
export function gateResults(questionnaire: Questionnaire, answers: Answers): GateResult[] {
  return questionsOf(questionnaire).flatMap(({ question, dimension }) => {
    if (!question.gate) return [];
    const a = answered(questionnaire, question, answers);
    const status: GateStatus = a.kind !== 'value' ? 'unconfirmed' : a.value >= question.gate.minimum ? 'met' : 'failed';
    return [
      {
        questionId: question.id,
        dimensionId: dimension.id,
        minimum: question.gate.minimum,
        reason: question.gate.reason,
        blocks: question.gate.blocks,
        status,
        ...(a.kind === 'value' ? { value: a.value } : {}),
      },
    ];
  });
}

/** The readiness of one initiative. */
export function assessReadiness(questionnaire: Questionnaire, answers: Answers): Readiness {
  const dimensions = questionnaire.dimensions.map((d) => dimensionScore(questionnaire, d, answers));
  let weighted = 0;
  let weights = 0;
  questionnaire.dimensions.forEach((dimension, i) => {
    const exact = dimensions[i]!.exact;
    if (exact === null) return;
    weighted += dimension.weight * exact;
    weights += dimension.weight;
  });
  const overall = weights > 0 ? Math.min(100, Math.max(0, round(weighted / weights))) : null;

  const total = dimensions.reduce((sum, d) => sum + d.total, 0);
  const answeredCount = dimensions.reduce((sum, d) => sum + d.answered, 0);
  const unknown = dimensions.reduce((sum, d) => sum + d.unknown, 0);
  const share = total > 0 ? answeredCount / total : 0;
  const evidence: Evidence = {
    total,
    answered: answeredCount,
    unknown,
    unanswered: total - answeredCount - unknown,
    share,
    sufficient: overall !== null && share >= questionnaire.minimumEvidence,
  };

  const gates = gateResults(questionnaire, answers);
  const scoreLevel = overall === null ? undefined : levelForScore(questionnaire, overall);
  const indexOf = (id: string | undefined) => questionnaire.levels.findIndex((l) => l.id === id);
  let cap = indexOf(scoreLevel?.id);
  const holdingBack: GateResult[] = [];
  for (const gate of gates) {
    if (gate.status === 'met') continue;
    const guarded = indexOf(gate.blocks);
    if (guarded >= 0 && guarded <= indexOf(scoreLevel?.id)) {
      holdingBack.push(gate);
      cap = Math.min(cap, guarded - 1);
    }
  }
  const result = { dimensions: dimensions.map(({ exact: _exact, ...d }) => d), overall, evidence, gates, scoreLevel };
  if (evidence.sufficient) {
    return { ...result, level: questionnaire.levels[Math.max(0, cap)], holdingBack, verdict: holdingBack.length > 0 ? 'held-back' : 'level' };
  }
  // Whatever the answers still missing say, a gate answered below its minimum keeps the result below the level it
  // guards: when that leaves only the lowest level, the result is certain. ("Don't know" could still turn out met.)
  const settling = gates.filter((g) => g.status === 'failed' && indexOf(g.blocks) >= 0 && indexOf(g.blocks) <= 1);
  if (settling.length > 0) return { ...result, level: questionnaire.levels[0], holdingBack: settling, verdict: 'settled-by-gate' };
  return { ...result, level: undefined, holdingBack: [], verdict: 'not-enough-evidence' };
}
