import { z } from 'astro/zod';
import { pageFields } from './common.ts';
import { ref, refs } from './refs.ts';
import { useCaseStages, valueDrivers } from '../lib/vocabulary.ts';


/** A use case in the sample portfolio: a business problem that AI helps solve. */
export const useCaseSchema = z.strictObject({
  ...pageFields,
  /** The business unit that owns the outcome, e.g. "Customer Service". */
  businessUnit: z.string().min(2),
  /** The role that commits to adopt it and answers for its business outcome, by id. */
  businessOwner: ref('roles'),
  /** Platform components it needs, by id (at least one). */
  requires: refs('components', { min: 1, error: 'name at least one component the use case needs' }),
  /** The business-outcome metrics that say whether it worked, by id (at least one). */
  outcomeMetrics: refs('metrics', { min: 1, error: 'name at least one metric that shows the business outcome' }),
  /** The main kind of value: cost, revenue, customer-experience or risk. */
  valueDriver: z.enum(valueDrivers),
  /** Where it is in the lifecycle: idea, discovery, pilot, production, scaled or retired. */
  stage: z.enum(useCaseStages).default('idea'),
});
export type UseCase = z.infer<typeof useCaseSchema>;
