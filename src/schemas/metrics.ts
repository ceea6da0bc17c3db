import { z } from 'astro/zod';
import { pageFields } from './common.ts';
import { ref, refs } from './refs.ts';
import { metricDirections, metricKinds } from '../lib/vocabulary.ts';


/** A metric: how the playbook measures business outcomes and the technical work that serves them. */
export const metricSchema = z.strictObject({
  ...pageFields,
  /** business-outcome, adoption, operational or technical. */
  kind: z.enum(metricKinds),
  /** The unit it is reported in, e.g. "%", "hours", "EUR per case". */
  unit: z.string().min(1),
  /** Which way is better: increase, decrease, or hold within a range. */
  direction: z.enum(metricDirections),
  /** Exactly how it is calculated, including the data source. */
  definition: z.string().min(10),
  /** How to set the baseline before the change goes live. */
  baseline: z.string().min(10),
  /** How to set a target that is ambitious and credible. */
  target: z.string().min(10),
  /** The role accountable for reporting it, by id. */
  owner: ref('roles'),
  /** The metrics this one contributes to, by id: a technical metric names the outcome it serves. */
  supports: refs('metrics'),
  /** How often it is reviewed, e.g. "Monthly". */
  cadence: z.string().optional(),
});
export type Metric = z.infer<typeof metricSchema>;
