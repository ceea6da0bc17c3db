import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import settings from 'virtual:playbook/settings';
import { playbookSchemas } from './schemas/index.ts';
import { formatOf, type CollectionName } from './lib/collections.ts';
import { entryIdFromPath } from './lib/ids.ts';

// The content folder is configurable (playbook.config.yaml or PLAYBOOK_CONTENT_DIR), so a playbook can live elsewhere.
const loader = (name: CollectionName) =>
  glob({
    pattern: formatOf(name).pattern,
    base: pathToFileURL(path.join(settings.contentPath, name)),
    // The same ids `npm run check` computes, so both agree on what a reference points at.
    generateId: ({ entry }) => entryIdFromPath(entry),
  });

// References are checked by the playbook integration before Astro loads anything (src/integrations/playbook.ts).
export const collections = {
  guides: defineCollection({ loader: loader('guides'), schema: playbookSchemas.guides }),
  roles: defineCollection({ loader: loader('roles'), schema: playbookSchemas.roles }),
  processes: defineCollection({ loader: loader('processes'), schema: playbookSchemas.processes }),
  components: defineCollection({ loader: loader('components'), schema: playbookSchemas.components }),
  'use-cases': defineCollection({ loader: loader('use-cases'), schema: playbookSchemas['use-cases'] }),
  metrics: defineCollection({ loader: loader('metrics'), schema: playbookSchemas.metrics }),
  'stall-patterns': defineCollection({ loader: loader('stall-patterns'), schema: playbookSchemas['stall-patterns'] }),
  assessment: defineCollection({ loader: loader('assessment'), schema: playbookSchemas.assessment }),
} satisfies Record<CollectionName, unknown>;
