// The schema of the site settings file, playbook.config.yaml: every key, its default and its one-line meaning.
import { z } from 'astro/zod';
import { languageTagPattern } from '../lib/locales.ts';

const languageTag = z.string().regex(languageTagPattern, { error: 'expected a language tag such as "en" or "de-CH"' });

/** Site settings, read from playbook.config.yaml at the project root. */
export const settingsSchema = z.strictObject({
  /** The organization that publishes the playbook, shown in the header and footer. */
  organization: z.string().min(1),
  /** The site's name, shown in the header and in every page title. */
  title: z.string().min(1),
  /** One line under the title on the home page. */
  tagline: z.string().min(1),
  /** What the playbook is, in two or three sentences: the home page's introduction and the default page description. */
  description: z.string().min(20).default(
    'How this organization takes AI from strategy to results: who is accountable for what, how use cases are approved, which shared platform components to build first, and how success is measured in business outcomes.',
  ),
  /** The default language: the language of the content, as a BCP 47 tag, e.g. "en" or "en-GB"; its pages are at the root. */
  language: languageTag.default('en'),
  /** Every language the site is published in, the default language among them; the others get pages under their prefix, e.g. /de/. */
  locales: z
    .array(
      z.strictObject({
        /** The language tag, e.g. "de"; also the prefix of its pages. */
        code: languageTag,
        /** The language's name in itself, shown in the language switcher, e.g. "Deutsch". */
        name: z.string().min(1),
        /** The writing direction: ltr (left to right) or rtl. */
        dir: z.enum(['ltr', 'rtl']).default('ltr'),
      }),
    )
    .min(1)
    .refine((locales) => new Set(locales.map((l) => l.code)).size === locales.length, {
      error: 'lists the same language twice — keep one entry per language code',
    })
    .optional(),
  /** The public URL of the site without the base path, e.g. "https://ai.example.com"; used for the sitemap and canonical links. */
  site: z.httpUrl({ error: 'expected an http(s) URL such as "https://ai.example.com"' }).optional(),
  /** The sub-path the site is served under, e.g. "/playbook/"; "/" for the root. `astro build --base` overrides it. */
  base: z.string().regex(/^\/([^/\s]+\/)*$/, { error: 'expected a path that starts and ends with "/", e.g. "/playbook/"' }).default('/'),
  /** Where the playbook's content lives, relative to this file; PLAYBOOK_CONTENT_DIR overrides it. */
  contentDir: z.string().min(1).default('content'),
  /** Repository of the content: its home page, and the URL to edit a file where {path} is the file's path. */
  repository: z
    .strictObject({
      /** The repository's home page, linked in the footer. */
      url: z.httpUrl(),
      /** Edit link pattern, e.g. "https://github.com/acme/playbook/edit/main/{path}". */
      editUrl: z.httpUrl().refine((u) => u.includes('%7Bpath%7D') || u.includes('{path}'), {
        error: 'must contain {path}, where the file path goes',
      }).optional(),
    })
    .optional(),
}).refine((settings) => !settings.locales || settings.locales.some((l) => l.code === settings.language), {
  path: ['locales'],
  error: 'does not list the default language — add the "language" code to "locales", or change "language"',
});
export type Settings = z.infer<typeof settingsSchema>;

/** The settings as the build uses them: every path resolved from the project root, every language listed. */
export interface ProjectSettings extends Omit<Settings, 'locales'> {
  /** Every language the site is published in, the default language first. */
  locales: { code: string; name: string; dir: 'ltr' | 'rtl' }[];
  /** The project folder (where playbook.config.yaml is). */
  root: string;
  /** The content folder as an absolute path. */
  contentPath: string;
}
