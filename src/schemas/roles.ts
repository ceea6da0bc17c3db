import { z } from 'astro/zod';
import { pageFields, statements } from './common.ts';
import { ref } from './refs.ts';
import { roleGroups } from '../lib/vocabulary.ts';


/** A role in the AI operating model: who is accountable for what, and who decides what. */
export const roleSchema = z.strictObject({
  ...pageFields,
  /** The part of the organization the role belongs to: one of leadership, business, delivery, data, platform, governance. */
  group: z.enum(roleGroups),
  /** What this role answers for: outcomes it owns, not tasks it does. */
  accountabilities: statements('accountability'),
  /** Day-to-day calls this role makes on its own within its remit; governance decisions are not listed here: they come from the process steps it is accountable for (the decision-rights table). */
  decisionRights: z.array(z.string().min(3)).default([]),
  /** The role this one reports to or escalates to, by id. */
  reportsTo: ref('roles').optional(),
  /** Roughly how much of a person's time the role takes, e.g. "Full-time per platform". */
  staffing: z.string().optional(),
});
export type Role = z.infer<typeof roleSchema>;
