// Seeded random data for the assessment's property tests: questionnaires, answers, initiatives and hostile
// strings. A failing run prints its seed; `SEED=… npx vitest run test/unit/assessment` repeats it.
import { questionnaireModel, type Questionnaire } from '../../src/lib/assessment/model.ts';
import type { Answer, AnswerValue } from '../../src/lib/assessment/scoring.ts';
import type { Initiative, Snapshot } from '../../src/lib/assessment/state.ts';
import type { CodecProblem } from '../../src/lib/assessment/codec.ts';

/** A small fast PRNG (mulberry32): the same seed gives the same sequence. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const bool = (p = 0.5) => next() < p;
  return { next, int, pick, bool };
}
export type Random = ReturnType<typeof prng>;

export const baseSeed = Number(process.env['SEED'] ?? 20261120);
/** Runs `body` for `runs` seeds; a failure names the seed. */
export function forSeeds(runs: number, body: (random: Random, seed: number) => void) {
  for (let i = 0; i < runs; i++) {
    const seed = baseSeed + i;
    try {
      body(prng(seed), seed);
    } catch (error) {
      (error as Error).message = `seed ${seed}: ${(error as Error).message}`;
      throw error;
    }
  }
}

const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const word = (r: Random, min = 1, max = 8) => Array.from({ length: r.int(min, max) }, () => r.pick([...letters])).join('');
export const id = (r: Random) => `${word(r, 1, 6)}${r.bool(0.5) ? `-${word(r, 1, 6)}` : ''}`;
export const iso = (r: Random) => new Date(Date.UTC(2026, r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59), r.int(0, 999))).toISOString();

/** Text people type: letters, punctuation, markup, quotes, emoji and other scripts (no control characters). */
export function humanText(r: Random, max = 60): string {
  const parts = ['Claims', 'triage', ' ', '<img src=x onerror=alert(1)>', '"', "'", ',', '\n', 'é', 'ü', '数据', '🚀', '# ', '*bold*', '[x](javascript:alert(1))', '=SUM(A1)', '|', '\\', '&amp;', '</script>', '{n}'];
  let text = '';
  const n = r.int(0, 8);
  for (let i = 0; i < n; i++) text += r.pick(parts);
  return text.slice(0, max);
}

/** Any string at all, including broken surrogates, control characters and JSON-ish fragments. */
export function hostileString(r: Random): string {
  const fragments = ['{', '}', '[', ']', '"', ':', ',', 'null', 'true', '1e999', '-1', '__proto__', 'constructor', 'format', 'version', 'share=', 'share=1.', '%', '#', '\u0000', '\ud800', '\uffff', '=', '.', '-', '_', 'eyJ', 'AAAA'];
  let text = '';
  const n = r.int(0, 30);
  for (let i = 0; i < n; i++) text += r.bool(0.7) ? r.pick(fragments) : String.fromCharCode(r.int(0, 0xffff));
  return text;
}

/** A valid questionnaire: 1–4 dimensions, 1–5 questions each, a scale, levels with rising thresholds, some gates. */
export function questionnaire(r: Random): Questionnaire {
  const scaleSize = r.int(2, 5);
  let value = r.int(0, 1);
  const scale = Array.from({ length: scaleSize }, (_, i) => {
    const point = { value, label: `Point ${i}` };
    value += r.int(1, 2);
    return point;
  });
  const levelCount = r.int(2, 4);
  const thresholds = [0, ...Array.from({ length: levelCount - 1 }, () => r.int(1, 100))].sort((a, b) => a - b);
  const levels = thresholds.map((minScore, i) => ({ id: `level-${i}`, title: `Level ${i}`, minScore: minScore + i * 0.001, meaning: 'What it means here.', learnMore: [] }));
  const used = new Set<string>();
  const uniqueId = () => {
    let candidate = id(r);
    while (used.has(candidate)) candidate = `${candidate}-${used.size}`;
    used.add(candidate);
    return candidate;
  };
  const dimensions = Array.from({ length: r.int(1, 4) }, () => ({
    id: uniqueId(),
    title: 'Dimension',
    summary: 'What it checks.',
    weight: r.pick([0.5, 1, 1.5, 2, 3]),
    addresses: [{ collection: 'stall-patterns' as const, id: r.pick(['a', 'b', 'c']) }],
    questions: Array.from({ length: r.int(1, 5) }, () => ({
      id: uniqueId(),
      prompt: 'A question to answer?',
      weight: r.pick([0.5, 1, 2, 3]),
      learnMore: [{ collection: 'roles' as const, id: 'owner' }],
      addresses: r.bool(0.3) ? [{ collection: 'stall-patterns' as const, id: r.pick(['a', 'b', 'c', 'd']) }] : [],
      dontKnow: r.bool(0.8),
      ...(r.bool(0.3)
        ? { gate: { minimum: r.pick(scale.slice(1)).value, reason: 'Why it matters.', blocks: r.pick(levels.slice(1)).id } }
        : {}),
    })),
  }));
  return questionnaireModel({
    title: 'Generated',
    summary: 'A generated questionnaire.',
    version: r.int(1, 5),
    scale,
    minimumEvidence: r.pick([0, 0.5, 0.8, 1]),
    levels,
    checkpoints: [],
    dimensions,
  });
}

/** An answer value the question offers, or "Don't know" where allowed, or (sometimes) nothing. */
export function answerFor(r: Random, q: Questionnaire, dontKnow: boolean): AnswerValue | undefined {
  if (r.bool(0.15)) return undefined;
  if (dontKnow && r.bool(0.15)) return 'unknown';
  return r.pick(q.scale).value;
}

export function answersFor(r: Random, q: Questionnaire, notes = false): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const dimension of q.dimensions) {
    for (const question of dimension.questions) {
      const value = answerFor(r, q, question.dontKnow);
      const note = notes && r.bool(0.3) ? humanText(r) : '';
      if (value === undefined && !note.trim()) continue;
      answers[question.id] = { ...(value !== undefined ? { value } : {}), ...(note.trim() ? { note } : {}), at: iso(r) };
    }
  }
  return answers;
}

/** A valid saved initiative with random answers, notes, snapshots and foundations. */
export function initiative(r: Random, q: Questionnaire): Initiative {
  const snapshots: Snapshot[] = Array.from({ length: r.int(0, 3) }, () => ({ id: word(r, 6, 12), label: humanText(r, 40), takenAt: iso(r), version: q.version, answers: answersFor(r, q) })).sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const result: Initiative = {
    id: word(r, 6, 12),
    name: humanText(r, 100),
    answeredBy: humanText(r, 60),
    createdAt: iso(r),
    updatedAt: iso(r),
    metaAt: iso(r),
    version: q.version,
    answers: answersFor(r, q, true),
    setAside: r.bool(0.2) ? [{ questionId: id(r), version: q.version, value: 1, at: iso(r) }] : [],
    snapshots,
    removedSnapshots: r.bool(0.2) ? [word(r, 6, 12)] : [],
  };
  if (r.bool(0.5)) result.foundations = { at: iso(r), ...(r.bool(0.5) ? { useCase: id(r) } : { components: [id(r), id(r)].filter((v, i, a) => a.indexOf(v) === i) }), ...(r.bool(0.5) ? { inPlace: [id(r)] } : {}) };
  if (r.bool(0.2)) result.notice = { from: 1, to: q.version, setAside: r.int(0, 3) };
  return result;
}

/**
 * One problem of every code a decoder of the assessment can answer with: typed against CodecProblem, so a new code
 * fails `astro check` until it is listed here (and the messages test then asks for its words in every language).
 */
export const problemOfEachCode = {
  empty: { code: 'empty' },
  'too-large': { code: 'too-large', size: 1_200_000, limit: 1_000_000 },
  'not-json': { code: 'not-json' },
  'wrong-format': { code: 'wrong-format' },
  'newer-version': { code: 'newer-version', version: 3, supported: 1 },
  'no-initiatives': { code: 'no-initiatives' },
  unreadable: { code: 'unreadable' },
} as const satisfies { [C in CodecProblem['code']]: Extract<CodecProblem, { code: C }> };
