import { z } from 'astro/zod';
import { anyRef, entryId, refs } from './refs.ts';

/** One point on the answer scale. */
export const answerOptionSchema = z.strictObject({
  /** Score of this answer (higher is more ready). */
  value: z.number().int().min(0),
  /** Short label shown on the answer button. */
  label: z.string().min(1),
  /** What this answer means in practice, so two people score alike. */
  description: z.string().optional(),
});

/** One question of the readiness self-assessment. */
export const questionSchema = z.strictObject({
  /** A short id, unique within the questionnaire; saved answers are keyed by it. */
  id: entryId,
  /** The question as the user reads it. */
  prompt: z.string().min(10),
  /** Guidance on how to answer, with what evidence to look for. */
  help: z.string().optional(),
  /** How much the question counts within its dimension. */
  weight: z.number().positive().default(1),
  /** Entries that help raise the score, as "collection/id". */
  learnMore: z.array(anyRef).default([]),
});

/** A dimension of readiness: a group of questions scored together. */
export const dimensionSchema = z.strictObject({
  /** A short id, unique within the questionnaire. */
  id: entryId,
  /** Name of the dimension, e.g. "Business ownership". */
  title: z.string().min(3),
  /** What this dimension checks and why it matters. */
  summary: z.string().min(10),
  /** Stall patterns a low score here points to, by id. */
  addresses: refs('stall-patterns'),
  /** The questions of this dimension. */
  questions: z.array(questionSchema).min(1),
});

/** The readiness self-assessment questionnaire (YAML). */
export const assessmentSchema = z.strictObject({
  /** Title of the questionnaire. */
  title: z.string().min(3),
  /** What it assesses and when to use it. */
  summary: z.string().min(20),
  /** The answer scale shared by every question, lowest first. */
  scale: z.array(answerOptionSchema).min(2),
  /** The dimensions, in the order they are asked. */
  dimensions: z.array(dimensionSchema).min(1),
});
export type Assessment = z.infer<typeof assessmentSchema>;
