/** A directed graph as adjacency lists: node id → ids it depends on. */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

/**
 * Every cycle in the graph, each once, as a path that starts and ends at the same node
 * (`['a', 'b', 'a']`), starting at its alphabetically first node so reports are stable.
 * Edges to unknown nodes are ignored (they are reported as dangling references elsewhere).
 */
export function findCycles(graph: DependencyGraph): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];

  const visit = (node: string) => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'visiting') {
        const cycle = stack.slice(stack.indexOf(next));
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        const key = rotated.join('>');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...rotated, rotated[0]!]);
        }
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };

  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/**
 * The layer of each node: 0 for nodes with no dependencies, otherwise one more than its deepest dependency.
 * Nodes on a cycle (and those above them) are left out; check `findCycles` first.
 */
export function dependencyLayers(graph: DependencyGraph): Map<string, number> {
  const layers = new Map<string, number>();
  const onPath = new Set<string>();
  const layerOf = (node: string): number | undefined => {
    if (layers.has(node)) return layers.get(node);
    if (onPath.has(node)) return undefined;
    onPath.add(node);
    let layer = 0;
    for (const dep of graph.get(node) ?? []) {
      if (!graph.has(dep)) continue;
      const depLayer = layerOf(dep);
      if (depLayer === undefined) {
        onPath.delete(node);
        return undefined;
      }
      layer = Math.max(layer, depLayer + 1);
    }
    onPath.delete(node);
    layers.set(node, layer);
    return layer;
  };
  for (const node of graph.keys()) layerOf(node);
  return layers;
}

/** Every node that `start` depends on, directly or through others (not including `start`). */
export function transitiveDependencies(graph: DependencyGraph, start: string): Set<string> {
  const found = new Set<string>();
  const pending = [...(graph.get(start) ?? [])];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (found.has(node) || node === start) continue;
    found.add(node);
    pending.push(...(graph.get(node) ?? []));
  }
  return found;
}
