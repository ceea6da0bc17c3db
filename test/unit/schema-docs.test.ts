import { describe, expect, it } from 'vitest';
import { describeFields, type FieldDescription } from '../../src/lib/schema-fields.ts';
import { schemaDocLookup } from '../../src/node/schema-docs.ts';
import { playbookSchemas, schemaNames } from '../../src/schemas/index.ts';
import { collectionNames } from '../../src/lib/collections.ts';
import { settingsSchema } from '../../src/schemas/playbook-config.ts';

const lookup = schemaDocLookup();
const flatten = (fields: readonly FieldDescription[], prefix: string): [string, FieldDescription][] =>
  fields.flatMap((f) => [[`${prefix}.${f.name}`, f] as [string, FieldDescription], ...flatten(f.fields ?? [], `${prefix}.${f.name}`)]);

describe('the content model', () => {
  it('documents every field of every collection in one line', () => {
    for (const collection of collectionNames) {
      const schema = playbookSchemas[collection];
      const fields = flatten(describeFields(schema, schemaNames.get(schema)!, lookup, schemaNames), collection);
      expect(fields.length).toBeGreaterThan(2);
      const undocumented = fields.filter(([, f]) => !f.doc).map(([name]) => name);
      expect(undocumented).toEqual([]);
      for (const [, field] of fields) expect(field.doc).not.toContain('\n');
    }
  });

  it('documents every site setting', () => {
    const fields = flatten(describeFields(settingsSchema, 'settingsSchema', lookup, new Map()), 'settings');
    expect(fields.filter(([, f]) => !f.doc).map(([name]) => name)).toEqual([]);
  });

  it('knows which fields are references, and to what', () => {
    const process = describeFields(playbookSchemas.processes, 'processSchema', lookup, schemaNames);
    const step = process.find((f) => f.name === 'steps')!.fields!;
    expect(step.find((f) => f.name === 'accountable')).toMatchObject({ references: 'roles', required: true, list: false });
    expect(step.find((f) => f.name === 'responsible')).toMatchObject({ references: 'roles', required: true, list: true, minItems: 1 });
    expect(process.find((f) => f.name === 'addresses')).toMatchObject({ references: 'stall-patterns', required: false });
  });
});
