import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { entryLoader } from './node/entry-loader.ts';
import settings from 'virtual:playbook/settings';
import { playbookSchemas } from './schemas/index.ts';
import { z } from 'astro/zod';
import { collectionNames, formatOf, type CollectionName } from './lib/collections.ts';
import { entryIdFromPath } from './lib/ids.ts';
import { listTranslations } from './node/translations.ts';

// The content folder is configurable (playbook.config.yaml or PLAYBOOK_CONTENT_DIR), so a playbook can live elsewhere.
const loader = (name: CollectionName) =>
  entryLoader({
    pattern: formatOf(name).pattern,
    base: pathToFileURL(path.join(settings.contentPath, name)),
    // The same ids `npm run check` computes, so both agree on what a reference points at.
    generateId: ({ entry }) => entryIdFromPath(entry),
  });

// References are checked by the playbook integration before Astro loads anything (src/integrations/playbook.ts).
// Translations of entries, in content/<language>/<collection>/, for every published language but the default.
// Checked against the entries they translate by the content check; merged into them per language by
// src/data/playbook.ts. Their schema here is loose: what a translation may say depends on its original.
const languages = settings.locales.map((l) => l.code).filter((code) => code !== settings.language);
const either = (items: readonly string[]) => (items.length === 1 ? items[0]! : `{${items.join(',')}}`);
const hasTranslations = languages.length > 0 && listTranslations(settings.root, settings.contentDir).length > 0;
const translations = defineCollection({
  // With nothing to translate, an empty loader: the glob loader would warn that it found no file.
  loader: hasTranslations
    ? entryLoader({
        pattern: `${either(languages)}/${either(collectionNames)}/*.{md,mdx,yaml,yml}`,
        base: pathToFileURL(settings.contentPath),
        generateId: ({ entry }) => entryIdFromPath(entry),
      })
    : async () => [],
  schema: z.looseObject({}),
});

export const collections = {
  translations,
  guides: defineCollection({ loader: loader('guides'), schema: playbookSchemas.guides }),
  roles: defineCollection({ loader: loader('roles'), schema: playbookSchemas.roles }),
  processes: defineCollection({ loader: loader('processes'), schema: playbookSchemas.processes }),
  components: defineCollection({ loader: loader('components'), schema: playbookSchemas.components }),
  'use-cases': defineCollection({ loader: loader('use-cases'), schema: playbookSchemas['use-cases'] }),
  metrics: defineCollection({ loader: loader('metrics'), schema: playbookSchemas.metrics }),
  'stall-patterns': defineCollection({ loader: loader('stall-patterns'), schema: playbookSchemas['stall-patterns'] }),
  assessment: defineCollection({ loader: loader('assessment'), schema: playbookSchemas.assessment }),
} satisfies Record<CollectionName | 'translations', unknown>;
