// `npm run new -- <collection> "<title>"`: creates a valid entry with every field present and commented.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSourceFiles, parseSource } from '../node/content-files.ts';
import { loadSettings } from '../node/settings-file.ts';
import { schemaDocLookup } from '../node/schema-docs.ts';
import { describeFields } from '../lib/schema-fields.ts';
import { idFromTitle, scaffoldEntry } from '../lib/scaffold.ts';
import { formatProblem } from '../lib/problems.ts';
import { playbookSchemas, schemaNames } from '../schemas/index.ts';
import { formatOf, isCollectionName, isPageCollection, pageCollections } from '../lib/collections.ts';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [collection, title] = process.argv.slice(2);
const usage = `Usage: npm run new -- <collection> "<title>"\n  collections: ${pageCollections.join(', ')}`;
if (!collection || !title) fail(usage);
if (!isCollectionName(collection)) fail(`"${collection}" is not a collection.\n${usage}`);
if (!isPageCollection(collection)) {
  fail(`${collection} is a YAML data file, not a collection of pages: edit it in the content folder (see the authoring guide).`);
}

const { contentDir } = loadSettings(root);
const id = idFromTitle(title);
if (!id) fail(`"${title}" gives no usable id: use letters or digits in the title.`);
const existing = listSourceFiles(root, contentDir);
const clash = existing.find((s) => s.collection === collection && s.id === id);
if (clash) fail(`There is already an entry "${id}" in ${collection}: ${clash.file}. Choose another title, or edit that file.`);

const schema = playbookSchemas[collection];
const fields = describeFields(schema, schemaNames.get(schema)!, schemaDocLookup(), schemaNames);
const orders = existing
  .filter((s) => s.collection === collection)
  .map((s) => Number(/^order:\s*(\d+)/m.exec(s.text)?.[1] ?? 0));
const text = scaffoldEntry(fields, {
  title,
  exampleId: (c) => existing.find((s) => s.collection === c)?.id,
  numberFor: (field) => (field === 'order' ? Math.max(0, ...orders) + 1 : 1),
});

const file = path.join(path.resolve(root, contentDir), collection, `${id}.${formatOf(collection).newFileExtension}`);
const relative = path.relative(root, file).split(path.sep).join('/');
const { problems } = parseSource({ collection, id, file: relative, text });
if (problems.length > 0) fail(`Could not make a valid entry:\n${problems.map(formatProblem).join('\n')}`);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, text, { flag: 'wx' });
console.log(`Created ${relative}\n  Fill in the TODOs, then run: npm run check`);
