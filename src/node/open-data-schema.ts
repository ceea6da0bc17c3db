// The JSON Schemas of the open-data documents, generated from the zod schemas with zod 4's own
// `z.toJSONSchema`, every property described in the words of the schemas' doc comments; and the check that a
// document follows its schema, with Ajv (the standard JSON Schema validator), run at every build.
import path from 'node:path';
import { z } from 'astro/zod';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { collectionNames, idPattern } from '../lib/collections.ts';
import { schemaNames } from '../schemas/index.ts';
import { openDataSchemaNames, playbookDocumentSchema, questionnaireDocumentSchema } from '../schemas/open-data.ts';
import { readSchemaDocs, schemaDocLookup } from './schema-docs.ts';
import type { DocLookup } from '../lib/schema-fields.ts';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema> };

/** A reference field, as the documents hold it: the `{ collection, id }` the content schema parses an id into. */
function referenceSchema(collection: string): JsonSchema {
  return {
    type: 'object',
    properties: {
      collection: collection === 'any' ? { enum: [...collectionNames] } : { const: collection },
      id: { type: 'string', pattern: idPattern.source },
    },
    required: ['collection', 'id'],
    additionalProperties: false,
  };
}

const metaOf = (schema: z.core.$ZodType) => z.globalRegistry.get(schema) as { references?: string } | undefined;

interface ZodDef {
  type: string;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
}
const defOf = (schema: z.core.$ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

/** Adds each property's doc comment to the JSON Schema, walking the zod schema beside it. */
function describe(schema: z.core.$ZodType, json: JsonSchema, docFor: DocLookup, name?: string): void {
  const def = defOf(schema);
  name = openDataSchemaNames.get(schema) ?? schemaNames.get(schema) ?? name;
  if (def.innerType) {
    // optional, default, nullable, readonly: a nullable is `anyOf: [the schema, null]`.
    const inner = Array.isArray(json['anyOf']) ? ((json['anyOf'] as JsonSchema[]).find((s) => s['type'] !== 'null') ?? json) : json;
    return describe(def.innerType, inner, docFor, name);
  }
  if (def.type === 'array' && def.element && json['items']) return describe(def.element, json['items'] as JsonSchema, docFor, name);
  if (def.type !== 'object' || !def.shape || !json.properties) return;
  for (const [key, child] of Object.entries(def.shape)) {
    const property = json.properties[key];
    if (!property) continue;
    const description = name ? docFor(name, key) : undefined;
    if (description && !property['description']) property['description'] = description;
    // An object inside an unnamed object files its docs under `parent.field`, as the doc reader does.
    describe(child, property, docFor, name ? `${name}.${key}` : undefined);
  }
}

/**
 * The JSON Schema of a document schema: zod's output form (what the site reads after defaults), with each
 * reference as `{ collection, id }` and each property's description from the doc comments in src/schemas/.
 */
export function documentJsonSchema(schema: z.ZodType, options: { id?: string | undefined; title: string; schemasDir?: string }): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io: 'output',
    // Transforms have no JSON form; the only ones in the content model are references, replaced here.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const references = metaOf(zodSchema)?.references;
      if (!references) return;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as JsonSchema)[key];
      Object.assign(jsonSchema, referenceSchema(references));
    },
  });
  // A deep copy: zod shares one JSON node between every use of one zod schema (an id, a title), and each use
  // gets its own description.
  const json = structuredClone(generated) as JsonSchema;
  describe(schema, json, schemaDocLookup(readSchemaDocs(options.schemasDir)));
  return { $schema: json['$schema'], ...(options.id ? { $id: options.id } : {}), title: options.title, ...json };
}

export const playbookJsonSchema = (options: { id?: string | undefined; title: string; schemasDir?: string }) =>
  documentJsonSchema(playbookDocumentSchema, options);
export const questionnaireJsonSchema = (options: { id?: string | undefined; title: string; schemasDir?: string }) =>
  documentJsonSchema(questionnaireDocumentSchema, options);

/** Where the schema files live when the build has bundled this module elsewhere. */
export const schemasDirOf = (root: string) => path.join(root, 'src', 'schemas');

const validators = new WeakMap<object, ValidateFunction>();

/** One line per way `document` breaks `schema`: `/entries/roles/3/fields/group: must be equal to one of the allowed values`. */
export function schemaProblems(schema: JsonSchema, document: unknown): string[] {
  let validate = validators.get(schema);
  if (!validate) {
    validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    validators.set(schema, validate);
  }
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => {
    const detail = error.params && 'allowedValues' in error.params ? ` (${(error.params['allowedValues'] as unknown[]).join(', ')})` : '';
    return `${error.instancePath || '/'}: ${error.message ?? 'is not valid'}${detail}`;
  });
}

/** Throws when `document` does not follow `schema`, listing every problem: the build stops instead of publishing it. */
export function assertFollowsSchema(schema: JsonSchema, document: unknown, file: string): void {
  const problems = schemaProblems(schema, document);
  if (problems.length === 0) return;
  throw new Error(
    `${file} does not follow its own JSON Schema (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
      problems.slice(0, 20).map((p) => `  ${p}`).join('\n') +
      (problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '') +
      '\n  fix: this is a bug in the open-data builders (src/lib/open-data/), not in the content; please report it.',
  );
}
