import { z } from 'astro/zod';
import { pageFields, statements } from './common.ts';
import { anyRef } from './refs.ts';

/** One thing to do against a stall pattern, with the parts of the operating model that do it. */
export const countermeasureSchema = z.strictObject({
  /** The action, in one sentence. */
  action: z.string().min(10),
  /** Roles, processes or components that carry it out, as "collection/id" (e.g. "processes/stage-gate-lifecycle"). */
  uses: z.array(anyRef).min(1, { error: 'link at least one role, process or component that carries it out' }),
});

/** A reason AI strategies stall, how to spot it early, and what prevents it. */
export const stallPatternSchema = z.strictObject({
  ...pageFields,
  /** Observable signs that the pattern is setting in. */
  warningSigns: statements('warning sign'),
  /** What prevents or reverses it. */
  countermeasures: z.array(countermeasureSchema).min(1, { error: 'list at least one countermeasure' }),
  /** Position in lists (lower first). */
  order: z.number().int().optional(),
});
export type StallPattern = z.infer<typeof stallPatternSchema>;
