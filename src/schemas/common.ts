import { z } from 'astro/zod';

/** Fields every MDX entry of the playbook has. */
export const pageFields = {
  /** The name shown as the page heading, in links and in search results. */
  title: z.string().min(3, { error: 'needs a title of at least 3 characters' }),
  /** One or two sentences that say what this is and why it matters; shown in lists and link previews. */
  summary: z
    .string()
    .min(20, { error: 'needs a summary of at least 20 characters' })
    .max(400, { error: 'the summary is longer than 400 characters — shorten it and put detail in the body' }),
  /** Other names people use for it; they are searched and shown under the title. */
  aliases: z.array(z.string()).default([]),
};

/** A non-empty list of short, plain-language statements. */
export const statements = (what: string) =>
  z.array(z.string().min(3)).min(1, { error: `list at least one ${what}` });
