import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { playbookSchemas } from './schemas/index.ts';
import { collectionNames, type CollectionName } from './schemas/refs.ts';
import { collectionPatterns } from './node/content-files.ts';
import { entryIdFromPath } from './lib/ids.ts';
import { loadSettings } from './node/settings.ts';

const { contentDir } = loadSettings(process.cwd());

const collection = <C extends CollectionName>(name: C) =>
  defineCollection({
    loader: glob({
      pattern: collectionPatterns[name],
      base: pathToFileURL(path.resolve(contentDir, name)),
      // The same ids `npm run check` computes, so both agree on what a reference points at.
      generateId: ({ entry }) => entryIdFromPath(entry),
    }),
    schema: playbookSchemas[name],
  });

export const collections = Object.fromEntries(collectionNames.map((name) => [name, collection(name)])) as {
  [C in CollectionName]: ReturnType<typeof collection<C>>;
};
