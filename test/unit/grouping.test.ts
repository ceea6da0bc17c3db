import { describe, expect, it } from 'vitest';
import { groupAnchor, groupEntries, sidebarModel } from '../../src/lib/grouping.ts';

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

describe('section sidebar', () => {
  const group = (key: string, n: number) => ({ key, entries: Array.from({ length: n }, (_, i) => ({ id: `${key}-${i}`, data: {} })) });
  it('lists a short collection whole', () => {
    const model = sidebarModel([group('a', 3), group('b', 2)], 'b-1');
    expect(model.map((g) => [g.key, g.entries.length, g.hidden, g.current])).toEqual([['a', 3, 0, false], ['b', 2, 0, true]]);
  });
  it('lists only a window of the current group in a long collection, whatever its size', () => {
    for (const size of [100, 1000, 10_000]) {
      const groups = [group('a', size), group('b', size)];
      const model = sidebarModel(groups, `b-${size - 1}`, { whole: 60, window: 25 });
      expect(model[0]).toMatchObject({ entries: [], hidden: size, current: false });
      expect(model[1]!.entries).toHaveLength(25);
      expect(model[1]!.entries.at(-1)!.id).toBe(`b-${size - 1}`);
      expect(model[1]!.hidden).toBe(size - 25);
    }
  });
  it('centres the window on the current entry', () => {
    const model = sidebarModel([group('a', 200)], 'a-100', { whole: 60, window: 25 });
    const ids = model[0]!.entries.map((e) => e.id);
    expect(ids[0]).toBe('a-88');
    expect(ids).toContain('a-100');
  });
  it('gives each group an anchor on the index page', () => {
    expect(groupAnchor('Insurance Operations')).toBe('group-insurance-operations');
  });
});
