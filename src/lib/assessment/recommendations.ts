// What to do next: the gaps worth closing first (weight × gap, hard gates before everything else) and the stall
// patterns the answers expose the initiative to.
import { questionShares, questionsOf, scalePoint, type Questionnaire, type ScalePoint } from './model.ts';
import { answered, answerFraction, gateResults, type Answers, type GateResult } from './scoring.ts';

export interface Recommendation {
  questionId: string;
  dimensionId: string;
  /** `gate`: a hard gate not met; `gap`: answered below the top; `unknown`: answered "Don't know". */
  kind: 'gate' | 'gap' | 'unknown';
  /** Points (0–100) the overall score would gain if the question reached the top of the scale. */
  gain: number;
  /** The answer given, when it has a value. */
  value?: number | undefined;
  /**
   * The answer to aim for: the next one up; for a gate not met, at least its minimum. Absent for "Don't know" on a
   * question without a gate, where the first step is to find out (no answer below the top is worth aiming for).
   */
  next?: ScalePoint | undefined;
  gate?: GateResult | undefined;
  /** Entries that help, as "collection/id". */
  learnMore: string[];
  /** Stall patterns the gap points to, by id. */
  addresses: string[];
}

/**
 * The gaps of an initiative in the order to close them: hard gates not met first, then by the points each would
 * add to the overall score (the question's weight times its gap). "Don't know" counts as the whole gap: nobody
 * has shown otherwise. Questions not answered at all are left out (except gated ones): they are no evidence.
 */
export function recommendations(questionnaire: Questionnaire, answers: Answers): Recommendation[] {
  const shares = questionShares(questionnaire);
  const gates = new Map(gateResults(questionnaire, answers).map((g) => [g.questionId, g]));
  const list: (Recommendation & { order: number })[] = [];
  questionsOf(questionnaire).forEach(({ question, dimension }, order) => {
    const a = answered(questionnaire, question, answers);
    const gate = gates.get(question.id);
    const gateOpen = gate !== undefined && gate.status !== 'met';
    const gap = a.kind === 'value' ? 1 - answerFraction(questionnaire, a.value) : 1;
    if (!gateOpen && (a.kind === 'none' || gap <= 0)) return;
    const next =
      gateOpen && gate && (a.kind !== 'value' || a.value < gate.minimum)
        ? scalePoint(questionnaire, gate.minimum)
        : a.kind === 'value'
          ? questionnaire.scale.find((p) => p.value > a.value)
          : undefined;
    list.push({
      questionId: question.id,
      dimensionId: dimension.id,
      kind: gateOpen ? 'gate' : a.kind === 'unknown' ? 'unknown' : 'gap',
      gain: 100 * (shares.get(question.id) ?? 0) * gap,
      ...(a.kind === 'value' ? { value: a.value } : {}),
      ...(next ? { next } : {}),
      ...(gateOpen ? { gate } : {}),
      learnMore: question.learnMore,
      addresses: question.addresses,
      order,
    });
  });
  const rank = (r: Recommendation) => (r.kind === 'gate' ? 0 : 1);
  return list
    .sort((a, b) => rank(a) - rank(b) || b.gain - a.gain || a.order - b.order)
    .map(({ order: _order, ...r }) => r);
}

export interface Exposure {
  /** Stall-pattern id. */
  pattern: string;
  /** 0–1: the weighted share of the pattern's questions that fall short (answered below the top or "Don't know"). */
  exposure: number;
  /** `high` at half or more, or with a hard gate not met; `some` from a quarter. */
  degree: 'high' | 'some';
  /** The questions that fall short, most weight first. */
  questions: string[];
  /** Hard gates not met among them. */
  gates: string[];
}

/** Share of exposure from which a stall pattern is shown. */
export const exposureThresholds = { some: 0.25, high: 0.5 } as const;

/**
 * The stall patterns the answers expose the initiative to, most exposed first. Each pattern is weighed over the
 * answered questions that point to it ("Don't know" counts as the whole gap); patterns below a quarter, and
 * without a gate failed or unconfirmed, are left out. Questions not answered yet do not count.
 */
export function stallPatternExposure(questionnaire: Questionnaire, answers: Answers): Exposure[] {
  const shares = questionShares(questionnaire);
  const gates = new Map(gateResults(questionnaire, answers).map((g) => [g.questionId, g]));
  const byPattern = new Map<string, { weight: number; shortfall: number; questions: { id: string; w: number }[]; gates: string[] }>();
  for (const { question } of questionsOf(questionnaire)) {
    const a = answered(questionnaire, question, answers);
    // A question not answered yet is no evidence either way.
    if (a.kind === 'none') continue;
    const gap = a.kind === 'value' ? 1 - answerFraction(questionnaire, a.value) : 1;
    const w = shares.get(question.id) ?? 0;
    const gateOpen = (gates.get(question.id)?.status ?? 'met') !== 'met';
    for (const pattern of question.addresses) {
      const entry = byPattern.get(pattern) ?? { weight: 0, shortfall: 0, questions: [], gates: [] };
      byPattern.set(pattern, entry);
      entry.weight += w;
      entry.shortfall += w * gap;
      if (gap > 0) entry.questions.push({ id: question.id, w: w * gap });
      if (gateOpen) entry.gates.push(question.id);
    }
  }
  const exposures: Exposure[] = [];
  for (const [pattern, e] of byPattern) {
    const exposure = e.weight > 0 ? e.shortfall / e.weight : 0;
    if (exposure < exposureThresholds.some && e.gates.length === 0) continue;
    exposures.push({
      pattern,
      exposure,
      degree: exposure >= exposureThresholds.high || e.gates.length > 0 ? 'high' : 'some',
      questions: e.questions.sort((a, b) => b.w - a.w).map((q) => q.id),
      gates: e.gates,
    });
  }
  return exposures.sort((a, b) => b.gates.length - a.gates.length || b.exposure - a.exposure || a.pattern.localeCompare(b.pattern));
}
