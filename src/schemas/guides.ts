import { z } from 'astro/zod';
import { pageFields } from './common.ts';

/** A guide: a chapter of the playbook that explains an idea and links to the entries that carry it out. */
export const guideSchema = z.strictObject({
  ...pageFields,
  /** Reading order (lower first). */
  order: z.number({ error: 'expected a number that sets the reading order, e.g. 1' }).int(),
});
export type Guide = z.infer<typeof guideSchema>;
