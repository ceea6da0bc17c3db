import { z } from 'astro/zod';
import { anyRef, entryId, refs } from './refs.ts';

// Rules that compare fields with each other (thresholds in order, a gate minimum on the scale, a gate that
// names a level) are in src/lib/assessment/rules.ts, so one run reports them all with their file and field.

/** One point on the answer scale. */
export const answerOptionSchema = z.strictObject({
  /** Score of this answer (higher is more ready); the scale lists each value once, lowest first. */
  value: z.number().int().min(0),
  /** Short label shown on the answer button. */
  label: z.string().min(1),
  /** What this answer means in practice, so two people score alike. */
  description: z.string().optional(),
});

/** A hard gate: the lowest answer at which an initiative can be ready, whatever its average. */
export const gateSchema = z.strictObject({
  /** The lowest acceptable answer, as a value of the scale; a lower answer (or "Don't know") holds the initiative back. */
  minimum: z.number().int({ error: 'expected a whole number: a value of the answer scale' }),
  /** Why the gate exists, shown to the user when it is not met, e.g. "No development starts without a named business owner". */
  reason: z.string().min(10),
  /** The readiness level this gate guards, by id: while the gate is not met the result stays below it (default: every level above the lowest). */
  blocks: entryId.optional(),
});

/** One question of the readiness self-assessment. */
export const questionSchema = z.strictObject({
  /** A short id, unique within the questionnaire; saved answers are keyed by it. */
  id: entryId,
  /** The question as the user reads it. */
  prompt: z.string().min(10),
  /** A short name for it (a few words), shown in results, comparisons and reports; the prompt when left out. */
  title: z.string().min(3).max(80, { error: 'is longer than 80 characters — keep the title to a few words; the prompt asks the question' }).optional(),
  /** Guidance on how to answer, with what evidence to look for. */
  help: z.string().optional(),
  /** How much the question counts within its dimension. */
  weight: z.number().positive().default(1),
  /** Entries that help raise the score, as "collection/id". */
  learnMore: z.array(anyRef).default([]),
  /** Stall patterns a low answer points to, by id; when left out, the dimension's. */
  addresses: refs('stall-patterns'),
  /** Whether "Don't know" is offered as an answer (true unless set to false). */
  dontKnow: z.boolean().default(true),
  /** A hard gate on this question: the minimum answer below which the initiative is not ready, and why. */
  gate: gateSchema.optional(),
});

/** A dimension of readiness: a group of questions scored together. */
export const dimensionSchema = z.strictObject({
  /** A short id, unique within the questionnaire. */
  id: entryId,
  /** Name of the dimension, e.g. "Business ownership". */
  title: z.string().min(3),
  /** What this dimension checks and why it matters. */
  summary: z.string().min(10),
  /** How much the dimension counts in the overall score (1 unless set). */
  weight: z.number().positive().default(1),
  /** Stall patterns a low score here points to, by id. */
  addresses: refs('stall-patterns'),
  /** The questions of this dimension. */
  questions: z.array(questionSchema).min(1),
});

/** A readiness level: a band of the overall score and what it means for the next decision. */
export const levelSchema = z.strictObject({
  /** A short id, unique among the levels; gates name the level they guard by it. */
  id: entryId,
  /** Name of the level, e.g. "Ready for a bounded pilot". */
  title: z.string().min(3),
  /** The lowest overall score (0 to 100) of this level; the first level starts at 0 and each next one higher. */
  minScore: z.number().min(0).max(100),
  /** What the level means for the next decision, e.g. "Fund a time-boxed pilot on the production path". */
  meaning: z.string().min(10),
  /** Entries that say how to take that decision, as "collection/id". */
  learnMore: z.array(anyRef).default([]),
});

/** The readiness self-assessment questionnaire (YAML). */
export const assessmentSchema = z.strictObject({
  /** Title of the questionnaire. */
  title: z.string().min(3),
  /** What it assesses and when to use it. */
  summary: z.string().min(20),
  /** A whole number, raised whenever questions are added, removed or change meaning; saved answers record it. */
  version: z
    .number({ error: 'needs a "version", a whole number — add "version: 1", and raise it whenever questions are added, removed or change meaning' })
    .int()
    .min(1),
  /** The answer scale shared by every question, lowest first. */
  scale: z.array(answerOptionSchema).min(2),
  /** The share of questions (0 to 1) that need a real answer, not "Don't know" or blank, for a confident result. */
  minimumEvidence: z.number().min(0).max(1).default(0.8),
  /** The readiness levels, lowest first, each with the score it starts at. */
  levels: z.array(levelSchema).min(2, { error: 'list at least two readiness levels, lowest first' }),
  /** Names of the moments to keep a dated snapshot, e.g. the stage gates; offered when saving one. */
  checkpoints: z.array(z.string().min(2)).default([]),
  /** The dimensions, in the order they are asked. */
  dimensions: z.array(dimensionSchema).min(1),
});
export type Assessment = z.infer<typeof assessmentSchema>;
