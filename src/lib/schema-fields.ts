// Describes a zod schema as a list of fields an author can read: name, whether it is required, what it takes.
// Used by the authoring guide and by `npm run new`. The words come from the schemas' doc comments.
import type { z } from 'astro/zod';

export interface FieldDescription {
  name: string;
  required: boolean;
  /** What the field takes, in words: "text", "a role id", "one of: a, b", "a list of steps". */
  type: string;
  /** Its doc comment. */
  doc: string;
  /** Allowed values of an enum. */
  values?: string[];
  /** The collection a reference points into ("any" for "collection/id"). */
  references?: string;
  /** Whether it holds a list. */
  list: boolean;
  /** Minimum number of items of a list. */
  minItems: number;
  /** The fields of each item, when it is a list of objects (or an object). */
  fields?: FieldDescription[];
  /** The default value, when there is one. */
  defaultValue?: unknown;
  /** The name the docs know the item object by, e.g. "processStepSchema". */
  itemName?: string;
}

type AnySchema = z.core.$ZodType;
interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; minimum?: number } } }[];
  defaultValue?: unknown;
  options?: AnySchema[];
}
const defOf = (schema: AnySchema) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: AnySchema) =>
  (schema as unknown as { meta?: () => { references?: string } | undefined }).meta?.();

/** Documentation lookup: `docFor('roleSchema', 'group')`. */
export type DocLookup = (objectName: string, field: string) => string | undefined;

/** Names of the object schemas, so nested objects can find their docs. */
export type SchemaNames = ReadonlyMap<AnySchema, string>;

function unwrap(schema: AnySchema): { schema: AnySchema; optional: boolean; defaultValue?: unknown; references?: string } {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  let references = metaOf(current)?.references;
  for (;;) {
    const def = defOf(current);
    references ??= metaOf(current)?.references;
    if (def.type === 'optional') optional = true;
    if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    }
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'nullable') && def.innerType) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      if (def.out) references ??= metaOf(def.out)?.references;
      current = defOf(def.in).type === 'unknown' && def.out ? def.out : def.in;
    } else break;
  }
  return { schema: current, optional, defaultValue, ...(references ? { references } : {}) };
}

const minItemsOf = (def: Def) =>
  Math.max(0, ...(def.checks ?? []).map((c) => (c._zod.def.check === 'min_length' ? (c._zod.def.minimum ?? 0) : 0)));

const referenceWords = (collection: string, plural: boolean) =>
  collection === 'any'
    ? plural ? 'links as "collection/id"' : 'a link as "collection/id"'
    : `${plural ? '' : 'a '}${collection.replace(/-/g, ' ').replace(/s$/, '')} id${plural ? 's' : ''}`;

/** The fields of an object schema, in the order they are declared. */
export function describeFields(objectSchema: AnySchema, objectName: string, docFor: DocLookup, names: SchemaNames): FieldDescription[] {
  const shape = defOf(objectSchema).shape ?? {};
  return Object.entries(shape).map(([name, fieldSchema]) => {
    const { schema, optional, defaultValue, references } = unwrap(fieldSchema);
    const def = defOf(schema);
    const base = { name, required: !optional, doc: docFor(objectName, name) ?? '', list: false, minItems: 0 };
    const withDefault = defaultValue === undefined ? {} : { defaultValue };
    if (references) return { ...base, ...withDefault, type: referenceWords(references, false), references };
    if (def.type === 'enum') {
      const values = Object.values(def.entries ?? {});
      return { ...base, ...withDefault, type: `one of: ${values.join(', ')}`, values };
    }
    if (def.type === 'array' && def.element) {
      const item = unwrap(def.element);
      const itemDef = defOf(item.schema);
      const list = { ...base, ...withDefault, list: true, minItems: minItemsOf(def) };
      if (item.references) return { ...list, type: `a list of ${referenceWords(item.references, true)}`, references: item.references };
      if (itemDef.type === 'object') {
        const itemName = names.get(item.schema) ?? `${objectName}.${name}`;
        return { ...list, type: 'a list of items with the fields below', itemName, fields: describeFields(item.schema, itemName, docFor, names) };
      }
      return { ...list, type: itemDef.type === 'string' ? 'a list of texts' : `a list of ${itemDef.type}s` };
    }
    if (def.type === 'object') {
      const itemName = names.get(schema) ?? `${objectName}.${name}`;
      return { ...base, type: 'the fields below', itemName, fields: describeFields(schema, itemName, docFor, names) };
    }
    return { ...base, ...withDefault, type: def.type === 'string' ? 'text' : `a ${def.type}` };
  });
}
