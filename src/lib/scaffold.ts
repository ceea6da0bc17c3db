// Writes a new, valid entry from a collection's field descriptions: every field present, each with its
// doc comment, so an author fills in blanks instead of remembering the schema.
import type { FieldDescription } from './schema-fields.ts';
import { slugify } from './ids.ts';

export interface ScaffoldContext {
  title: string;
  /** An existing id in a collection, used as a valid example value for references. */
  exampleId: (collection: string) => string | undefined;
  /** A value for a required number field (e.g. the next free `order`). */
  numberFor: (field: string) => number;
}

/** The id a new entry gets from its title: "Chief Data Officer" → "chief-data-officer". */
export const idFromTitle = (title: string) => slugify(title).replace(/-+/g, '-').replace(/^-|-$/g, '');

const yamlString = (text: string) => JSON.stringify(text);

function exampleReference(references: string, context: ScaffoldContext): string {
  if (references === 'any') {
    const id = context.exampleId('roles');
    return id ? `roles/${id}` : 'roles/TODO';
  }
  return context.exampleId(references) ?? 'TODO';
}

function valueFor(field: FieldDescription, context: ScaffoldContext, nested: boolean): string | undefined {
  if (field.name === 'title') return yamlString(nested ? 'TODO: name it' : context.title);
  if (field.name === 'id') return 'first';
  if (field.name === 'summary') return yamlString(`TODO: say in one or two sentences what ${context.title} is and why it matters.`);
  if (field.references) {
    const example = exampleReference(field.references, context);
    return field.list ? (field.minItems > 0 ? `[${example}]` : '[]') : example;
  }
  if (field.values) return field.values[0];
  if (field.list) return field.minItems > 0 ? `[${yamlString(`TODO: ${field.name}`)}]` : '[]';
  if (field.type === 'a number') return String(context.numberFor(field.name));
  if (field.type === 'text') return yamlString(`TODO: write the ${field.name}`);
  return undefined;
}

function commentFor(field: FieldDescription): string {
  const need = field.required ? (field.list && field.minItems > 0 ? `required, at least ${field.minItems}` : 'required') : 'optional';
  return `# ${field.doc}${field.doc ? ' ' : ''}(${need}; ${field.type})`;
}

/** YAML lines for a set of fields at an indentation; optional single values are written commented out. */
export function fieldLines(fields: readonly FieldDescription[], context: ScaffoldContext, indent = ''): string[] {
  const lines: string[] = [];
  for (const field of fields) {
    lines.push(`${indent}${commentFor(field)}`);
    if (field.fields) {
      const itemLines = fieldLines(field.fields, context, `${indent}    `);
      if (field.list) {
        lines.push(`${indent}${field.name}:`);
        // The first line of the item carries the "- " marker, after the comment lines.
        const firstValue = itemLines.findIndex((line) => !line.trimStart().startsWith('#'));
        itemLines[firstValue] = `${indent}  - ${itemLines[firstValue]!.trimStart()}`;
        lines.push(...itemLines);
      } else {
        lines.push(`${indent}${field.name}:`, ...itemLines.map((line) => line.replace(`${indent}    `, `${indent}  `)));
      }
      continue;
    }
    const value = valueFor(field, context, indent !== '');
    const optionalScalar = !field.required && !field.list;
    if (optionalScalar || value === undefined) lines.push(`${indent}# ${field.name}: ${value ?? ''}`.trimEnd());
    else lines.push(`${indent}${field.name}: ${value}`);
  }
  return lines;
}

/** A complete MDX file for a new entry. */
export function scaffoldEntry(fields: readonly FieldDescription[], context: ScaffoldContext): string {
  const role = context.exampleId('roles');
  return [
    '---',
    ...fieldLines(fields, context),
    '---',
    '',
    '## What good looks like',
    '',
    'TODO: write at least 150 words of practical guidance: what good looks like, a worked example, what to',
    `avoid, and links to related entries${role ? ` such as [this role](/roles/${role}/)` : ''}.`,
    '',
  ].join('\n');
}
