import { z } from 'astro/zod';
import { pageFields } from './common.ts';
import { ref, refs } from './refs.ts';
import { componentCategories, componentStatuses } from '../lib/vocabulary.ts';


/** A reusable platform component: built once, used by many use cases. */
export const componentSchema = z.strictObject({
  ...pageFields,
  /** The kind of component: data, security, ml-platform, generative-ai, observability or governance. */
  category: z.enum(componentCategories),
  /** The role accountable for building and running it, by id. */
  owner: ref('roles'),
  /** Components that must exist before this one can be built, by id (no cycles). */
  dependsOn: refs('components'),
  /** One-off effort to build it the first time, in person-weeks. */
  setupCost: z.number({ error: 'expected a number of person-weeks, e.g. 12' }).positive(),
  /** Effort to bring one more use case onto it once it exists, in person-weeks. */
  onboardingCost: z.number({ error: 'expected a number of person-weeks, e.g. 1.5' }).nonnegative(),
  /** Yearly cost to run it once it exists (operations, support, licences, infrastructure), in person-weeks per year. */
  runCost: z.number({ error: 'expected a number of person-weeks per year, e.g. 6' }).nonnegative(),
  /** Where the organization stands with it: planned, building or available. */
  status: z.enum(componentStatuses).default('planned'),
});
export type Component = z.infer<typeof componentSchema>;
