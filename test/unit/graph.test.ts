import { describe, expect, it } from 'vitest';
import { dependencyLayers, findCycles, transitiveDependencies } from '../../src/lib/graph.ts';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCycles', () => {
  const paths = (edges: Record<string, string[]>) => findCycles(graph(edges)).map((c) => c.path);
  it('finds nothing in an acyclic graph', () => {
    expect(findCycles(graph({ a: [], b: ['a'], c: ['a', 'b'] }))).toEqual([]);
  });
  it('names a cycle from its alphabetically first node, closed', () => {
    expect(findCycles(graph({ c: ['a'], a: ['b'], b: ['c'] }))).toEqual([{ path: ['a', 'b', 'c', 'a'], members: ['a', 'b', 'c'] }]);
  });
  it('finds a self-dependency and separate cycles, each once', () => {
    expect(paths({ a: ['a'], b: ['c'], c: ['b'], d: ['b'] })).toEqual([['a', 'a'], ['b', 'c', 'b']]);
  });
  it('reports overlapping cycles as one group with every member, and a shortest cycle through it', () => {
    // a→b→d→a and a→c→d→a share a and d: one group of four.
    const cycles = findCycles(graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: ['a'] }));
    expect(cycles).toEqual([{ path: ['a', 'b', 'd', 'a'], members: ['a', 'b', 'c', 'd'] }]);
  });
  it('reports every separate group, however the graph is ordered', () => {
    const edges = { x: ['y'], y: ['x'], a: ['b'], b: ['c'], c: ['a'], m: ['x', 'a'] };
    expect(paths(edges)).toEqual([['a', 'b', 'c', 'a'], ['x', 'y', 'x']]);
  });
  it('ignores edges to unknown nodes', () => {
    expect(findCycles(graph({ a: ['ghost'] }))).toEqual([]);
  });
});

describe('dependencyLayers', () => {
  it('puts each node one layer above its deepest dependency', () => {
    const layers = dependencyLayers(graph({ base: [], mid: ['base'], side: ['base'], top: ['mid', 'side', 'base'] }));
    expect(Object.fromEntries(layers)).toEqual({ base: 0, mid: 1, side: 1, top: 2 });
  });
  it('leaves out nodes on or above a cycle', () => {
    const layers = dependencyLayers(graph({ a: ['b'], b: ['a'], c: ['a'], d: [] }));
    expect(Object.fromEntries(layers)).toEqual({ d: 0 });
  });
});

describe('transitiveDependencies', () => {
  it('collects everything underneath', () => {
    expect([...transitiveDependencies(graph({ a: ['b'], b: ['c'], c: [], d: [] }), 'a')].sort()).toEqual(['b', 'c']);
  });
});
