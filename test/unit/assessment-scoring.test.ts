import { describe, expect, it } from 'vitest';
import { questionnaireModel, questionShares, type Questionnaire } from '../../src/lib/assessment/model.ts';
import { assessReadiness, type Answers } from '../../src/lib/assessment/scoring.ts';
import { recommendations, stallPatternExposure } from '../../src/lib/assessment/recommendations.ts';
import { answersFor, forSeeds, questionnaire as randomQuestionnaire } from './assessment-generators.ts';

const at = '2026-11-20T10:00:00.000Z';
const ref = (collection: 'roles' | 'stall-patterns', id: string) => ({ collection, id });

/** Two dimensions: ownership (weight 2) with a gated question, data (weight 1). Scale 0–3. */
const small: Questionnaire = questionnaireModel({
  title: 'Small',
  summary: 'A small questionnaire for tests.',
  version: 1,
  scale: [0, 1, 2, 3].map((value) => ({ value, label: ['Not yet', 'Started', 'Mostly', 'In place'][value]! })),
  minimumEvidence: 0.75,
  levels: [
    { id: 'not-ready', title: 'Not ready', minScore: 0, meaning: 'Fix the gates first.', learnMore: [] },
    { id: 'pilot', title: 'Pilot', minScore: 50, meaning: 'A bounded pilot.', learnMore: [] },
    { id: 'production', title: 'Production', minScore: 80, meaning: 'Build for production.', learnMore: [] },
  ],
  checkpoints: [],
  dimensions: [
    {
      id: 'ownership',
      title: 'Ownership',
      summary: 'Who owns it.',
      weight: 2,
      addresses: [ref('stall-patterns', 'no-owner')],
      questions: [
        { id: 'owner', prompt: 'Named owner?', weight: 2, learnMore: [ref('roles', 'owner')], addresses: [], dontKnow: false, gate: { minimum: 2, reason: 'Nobody adopts what nobody owns.', blocks: 'pilot' } },
        { id: 'budget', prompt: 'Budget?', weight: 1, learnMore: [], addresses: [], dontKnow: true },
      ],
    },
    {
      id: 'data',
      title: 'Data',
      summary: 'Data ready.',
      weight: 1,
      addresses: [ref('stall-patterns', 'late-data')],
      questions: [
        { id: 'profiled', prompt: 'Profiled?', weight: 1, learnMore: [], addresses: [], dontKnow: true, gate: { minimum: 2, reason: 'Data first.', blocks: 'production' } },
        { id: 'feed', prompt: 'Feed?', weight: 1, learnMore: [], addresses: [ref('stall-patterns', 'no-owner')], dontKnow: true },
      ],
    },
  ],
});

const answers = (values: Record<string, number | 'unknown'>): Answers =>
  Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, at }]));

describe('readiness scoring', () => {
  it('scores each dimension 0–100 by question weight, and overall by dimension weight', () => {
    const r = assessReadiness(small, answers({ owner: 3, budget: 0, profiled: 3, feed: 1 }));
    // ownership: (2·1 + 1·0) / 3 = 66.7; data: (1 + 1/3) / 2 = 66.7; overall (2·66.7 + 66.7) / 3
    expect(r.dimensions.map((d) => d.score)).toEqual([67, 67]);
    expect(r.overall).toBe(67);
    expect(r.level?.id).toBe('pilot');
    expect(r.verdict).toBe('level');
  });

  it('gives the top level when every answer is at the top, and the lowest when every answer is at the bottom', () => {
    expect(assessReadiness(small, answers({ owner: 3, budget: 3, profiled: 3, feed: 3 }))).toMatchObject({ overall: 100, level: { id: 'production' } });
    expect(assessReadiness(small, answers({ owner: 0, budget: 0, profiled: 0, feed: 0 }))).toMatchObject({ overall: 0, level: { id: 'not-ready' } });
  });

  it('holds the level below the one a failed gate guards, whatever the average, and says which gate', () => {
    const r = assessReadiness(small, answers({ owner: 1, budget: 3, profiled: 3, feed: 3 }));
    expect(r.overall).toBe(70);
    expect(r.scoreLevel?.id).toBe('pilot');
    expect(r.level?.id).toBe('not-ready');
    expect(r.verdict).toBe('held-back');
    expect(r.holdingBack.map((g) => [g.questionId, g.status])).toEqual([['owner', 'failed']]);
  });

  it('lets a gate hold back only the level it guards and those above it', () => {
    const r = assessReadiness(small, answers({ owner: 3, budget: 3, profiled: 1, feed: 3 }));
    expect(r.scoreLevel?.id).toBe('production');
    expect(r.level?.id).toBe('pilot');
    expect(r.gates.find((g) => g.questionId === 'profiled')).toMatchObject({ status: 'failed', value: 1, blocks: 'production' });
  });

  it('counts "Don\'t know" on a gated question as an unconfirmed gate, which holds back like a failed one', () => {
    const r = assessReadiness(small, answers({ owner: 3, budget: 3, profiled: 'unknown', feed: 3 }));
    expect(r.gates.find((g) => g.questionId === 'profiled')?.status).toBe('unconfirmed');
    expect(r.level?.id).toBe('pilot');
  });

  it('says "not enough evidence" instead of a level when too many answers are "Don\'t know" or missing', () => {
    const r = assessReadiness(small, answers({ owner: 3, budget: 'unknown', profiled: 'unknown', feed: 3 }));
    expect(r.evidence).toMatchObject({ total: 4, answered: 2, unknown: 2, unanswered: 0, share: 0.5, sufficient: false });
    expect(r.verdict).toBe('not-enough-evidence');
    expect(r.level).toBeUndefined();
    expect(r.overall).toBe(100);
  });

  it('gives the lowest level, with too little evidence, when a failed gate already settles it', () => {
    // owner answered below its gate, which guards the second level: nothing else can lift the result.
    const settled = assessReadiness(small, answers({ owner: 1, budget: 'unknown', profiled: 'unknown' }));
    expect(settled.evidence.sufficient).toBe(false);
    expect(settled.verdict).toBe('settled-by-gate');
    expect(settled.level?.id).toBe('not-ready');
    expect(settled.holdingBack.map((g) => g.questionId)).toEqual(['owner']);
    // A failed gate that guards a higher level leaves the level open; so does an unconfirmed gate.
    expect(assessReadiness(small, answers({ owner: 3, budget: 'unknown', profiled: 1 }))).toMatchObject({ verdict: 'not-enough-evidence', level: undefined });
    expect(assessReadiness(small, answers({ budget: 'unknown', profiled: 1, feed: 0 }))).toMatchObject({ verdict: 'not-enough-evidence', level: undefined });
  });

  it('ignores "Don\'t know" where the question does not offer it, and values off the scale', () => {
    const r = assessReadiness(small, answers({ owner: 'unknown', budget: 7, profiled: 3, feed: 3 }));
    expect(r.evidence).toMatchObject({ answered: 2, unknown: 0, unanswered: 2 });
  });

  it('has no score and no level before any answer', () => {
    const r = assessReadiness(small, {});
    expect(r).toMatchObject({ overall: null, level: undefined, verdict: 'not-enough-evidence' });
    expect(r.dimensions.every((d) => d.score === null)).toBe(true);
  });

  it('gives each question its share of the overall score; the shares add up to 1', () => {
    const shares = questionShares(small);
    expect(shares.get('owner')).toBeCloseTo((2 / 3) * (2 / 3));
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });
});

describe('recommendations and stall-pattern exposure', () => {
  it('put gates not met first, then the largest weight × gap, each with the next answer to aim for', () => {
    const list = recommendations(small, answers({ owner: 1, budget: 0, profiled: 3, feed: 2 }));
    expect(list.map((r) => [r.questionId, r.kind])).toEqual([
      ['owner', 'gate'],
      ['budget', 'gap'],
      ['feed', 'gap'],
    ]);
    expect(list[0]).toMatchObject({ value: 1, next: { value: 2, label: 'Mostly' }, learnMore: ['roles/owner'] });
    // budget: share 2/3 · 1/3 = 0.222, whole gap → 22.2 points; feed: 1/3 · 1/2, a third of the gap → 5.6
    expect(list[1]!.gain).toBeCloseTo(22.2, 1);
    expect(list[2]!.gain).toBeCloseTo(5.6, 1);
  });

  it('ask to find out what "Don\'t know" hides, and leave questions not yet answered alone', () => {
    const list = recommendations(small, answers({ owner: 3, budget: 'unknown' }));
    expect(list.map((r) => [r.questionId, r.kind])).toEqual([
      ['profiled', 'gate'],
      ['budget', 'unknown'],
    ]);
    // Nothing to aim for below the top before anyone knows: the step is to find out. A gate aims for its minimum.
    expect(list[1]!.next).toBeUndefined();
    expect(list[0]!.next).toMatchObject({ value: 2 });
    const gated = recommendations(small, answers({ owner: 3, budget: 3, profiled: 'unknown', feed: 3 }));
    expect(gated.map((r) => [r.questionId, r.kind, r.next?.label])).toEqual([['profiled', 'gate', 'Mostly']]);
  });

  it('name the stall patterns whose questions fall short, most exposed first, with the questions behind it', () => {
    const exposure = stallPatternExposure(small, answers({ owner: 3, budget: 1, profiled: 1, feed: 0 }));
    expect(exposure.map((e) => [e.pattern, e.degree])).toEqual([
      ['late-data', 'high'],
      ['no-owner', 'some'],
    ]);
    expect(exposure[0]).toMatchObject({ gates: ['profiled'], questions: ['profiled'] });
    expect(exposure[1]!.questions).toEqual(['feed', 'budget']);
  });

  it('name no stall pattern when every answer is at the top, nor before any answer', () => {
    expect(stallPatternExposure(small, answers({ owner: 3, budget: 3, profiled: 3, feed: 3 }))).toEqual([]);
    expect(stallPatternExposure(small, {})).toEqual([]);
  });

  it('count "Don\'t know" on a gated question as exposure', () => {
    expect(stallPatternExposure(small, answers({ owner: 3, budget: 3, profiled: 'unknown', feed: 3 }))).toMatchObject([{ pattern: 'late-data', degree: 'high', gates: ['profiled'] }]);
  });
});

describe('scoring properties, over random questionnaires and answers', () => {
  it('keeps every score within 0–100 and every level one of the questionnaire\'s', () => {
    forSeeds(300, (r) => {
      const q = randomQuestionnaire(r);
      const result = assessReadiness(q, answersFor(r, q));
      for (const score of [result.overall, ...result.dimensions.map((d) => d.score)]) {
        if (score !== null) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
          expect(Number.isInteger(score)).toBe(true);
        }
      }
      if (result.level) expect(q.levels).toContain(result.level);
      expect(result.evidence.answered + result.evidence.unknown + result.evidence.unanswered).toBe(result.evidence.total);
      for (const rec of recommendations(q, answersFor(r, q))) expect(rec.gain).toBeGreaterThanOrEqual(0);
    });
  });

  it('never lowers a score, nor the level, when one answer is raised', () => {
    forSeeds(300, (r) => {
      const q = randomQuestionnaire(r);
      const before = answersFor(r, q);
      const answeredIds = Object.keys(before).filter((id) => typeof before[id]!.value === 'number');
      if (answeredIds.length === 0) return;
      const id = r.pick(answeredIds);
      const higher = q.scale.filter((p) => p.value > (before[id]!.value as number));
      if (higher.length === 0) return;
      const after = { ...before, [id]: { value: r.pick(higher).value, at } };
      const a = assessReadiness(q, before);
      const b = assessReadiness(q, after);
      expect(b.overall!).toBeGreaterThanOrEqual(a.overall!);
      b.dimensions.forEach((d, i) => expect(d.score ?? 0).toBeGreaterThanOrEqual(a.dimensions[i]!.score ?? 0));
      const rank = (id: string | undefined) => q.levels.findIndex((l) => l.id === id);
      if (a.level && b.level) expect(rank(b.level.id)).toBeGreaterThanOrEqual(rank(a.level.id));
    });
  });
});
