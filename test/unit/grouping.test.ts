import { describe, expect, it } from 'vitest';
import { groupEntries } from '../../src/lib/grouping.ts';

const entry = (id: string, data: object) => ({ id, data });

describe('index grouping', () => {
  it('groups by the enum field in the enum’s order, keeping entry order within a group', () => {
    const roles = [entry('a', { group: 'platform' }), entry('b', { group: 'leadership' }), entry('c', { group: 'platform' })];
    expect(groupEntries('roles', roles).map((g) => [g.key, g.entries.map((e) => e.id)])).toEqual([
      ['leadership', ['b']],
      ['platform', ['a', 'c']],
    ]);
  });
  it('groups free text alphabetically and leaves ungrouped collections whole', () => {
    const useCases = [entry('x', { businessUnit: 'Sales' }), entry('y', { businessUnit: 'Claims' })];
    expect(groupEntries('use-cases', useCases).map((g) => g.key)).toEqual(['Claims', 'Sales']);
    expect(groupEntries('guides', useCases)).toEqual([{ key: '', entries: useCases }]);
  });
});
