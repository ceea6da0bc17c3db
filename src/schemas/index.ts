import type { z } from 'astro/zod';
import { assessmentSchema } from './assessment.ts';
import { componentSchema } from './components.ts';
import { guideSchema } from './guides.ts';
import { metricSchema } from './metrics.ts';
import { processSchema } from './processes.ts';
import type { CollectionName } from '../lib/collections.ts';
import { roleSchema } from './roles.ts';
import { stallPatternSchema } from './stall-patterns.ts';
import { useCaseSchema } from './use-cases.ts';

/** The schema of every collection: one source for Astro's content config and for `npm run check`. */
export const playbookSchemas = {
  guides: guideSchema,
  roles: roleSchema,
  processes: processSchema,
  components: componentSchema,
  'use-cases': useCaseSchema,
  metrics: metricSchema,
  'stall-patterns': stallPatternSchema,
  assessment: assessmentSchema,
} satisfies Record<CollectionName, z.ZodType>;

export type PlaybookData = { [C in CollectionName]: z.infer<(typeof playbookSchemas)[C]> };

export * from './refs.ts';

import { answerOptionSchema, dimensionSchema, gateSchema, levelSchema, questionSchema } from './assessment.ts';
import { processStepSchema } from './processes.ts';
import { countermeasureSchema } from './stall-patterns.ts';

/** Each object schema with the variable name its doc comments are filed under. */
export const schemaNames = new Map<z.core.$ZodType, string>([
  [guideSchema, 'guideSchema'],
  [roleSchema, 'roleSchema'],
  [processSchema, 'processSchema'],
  [processStepSchema, 'processStepSchema'],
  [componentSchema, 'componentSchema'],
  [useCaseSchema, 'useCaseSchema'],
  [metricSchema, 'metricSchema'],
  [stallPatternSchema, 'stallPatternSchema'],
  [countermeasureSchema, 'countermeasureSchema'],
  [assessmentSchema, 'assessmentSchema'],
  [dimensionSchema, 'dimensionSchema'],
  [questionSchema, 'questionSchema'],
  [answerOptionSchema, 'answerOptionSchema'],
  [gateSchema, 'gateSchema'],
  [levelSchema, 'levelSchema'],
]);
