import { z } from 'astro/zod';
import { pageFields } from './common.ts';
import { entryId, ref, refs } from './refs.ts';

/** One step of a governance process, with its RACI. */
export const processStepSchema = z.strictObject({
  /** A short id, unique within the process; it is the step's anchor (#id) on the page. */
  id: entryId,
  /** What the step is called, e.g. "Score against the portfolio criteria". */
  title: z.string().min(3),
  /** What happens in the step, in a sentence or two. */
  description: z.string().min(10),
  /** Roles that do the work (at least one). */
  responsible: refs('roles', { min: 1, error: 'name at least one responsible role: the role ids that do the work' }),
  /** The one role that answers for the step's outcome: exactly one role id. */
  accountable: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'missing: every step needs exactly one accountable role — add one role id, e.g. "accountable: business-owner"'
          : Array.isArray(issue.input)
            ? `names ${issue.input.length} roles, but exactly one role is accountable for a step — keep one and move the others to "responsible" or "consulted"`
            : 'is not a role id — write one role id, e.g. "accountable: business-owner"',
    })
    .pipe(ref('roles')),
  /** Roles asked for input before the decision (two-way). */
  consulted: refs('roles'),
  /** Roles told of the outcome (one-way). */
  informed: refs('roles'),
  /** What the step needs before it starts. */
  inputs: z.array(z.string()).default([]),
  /** What the step produces. */
  outputs: z.array(z.string()).default([]),
  /** What must be true for the step to be done. */
  exitCriteria: z.array(z.string()).default([]),
  /** The decision this step takes, when it is a decision point, e.g. "Approve the use case for build"; such steps form the decision-rights table. */
  decision: z.string().min(10, { error: 'is too short to name a decision — say what is decided, e.g. "Approve the use case for build"' }).optional(),
});

/** A governance process: how use cases are proposed, prioritized, approved, reviewed and retired. */
export const processSchema = z.strictObject({
  ...pageFields,
  /** The role that owns and improves the process itself, by id. */
  owner: ref('roles'),
  /** What starts the process, e.g. "A business unit submits a use-case idea". */
  trigger: z.string().min(3),
  /** How often it runs when it runs on a schedule, e.g. "Quarterly". */
  cadence: z.string().optional(),
  /** The steps in order; each has exactly one accountable role. */
  steps: z.array(processStepSchema).min(1, { error: 'a process needs at least one step' }),
  /** Stall patterns this process prevents or catches, by id. */
  addresses: refs('stall-patterns'),
  /** Metrics this process produces, reviews or depends on, by id. */
  metrics: refs('metrics'),
  /** Position in lists and in the lifecycle (lower first). */
  order: z.number().int().optional(),
});
export type Process = z.infer<typeof processSchema>;
export type ProcessStep = Process['steps'][number];
