/** A directed graph as adjacency lists: node id → ids it depends on. */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

/** A group of nodes that depend on each other, with one cycle through them. */
export interface Cycle {
  /** A shortest closed path through the group's alphabetically first node, e.g. `['a', 'b', 'a']`. */
  path: string[];
  /** Every node of the group, sorted; more than the path when several cycles overlap. */
  members: string[];
}

/**
 * The cycles of the graph, one for each strongly connected component (a group of nodes that all depend on
 * each other, directly or through others, or a node that depends on itself). A group with several
 * overlapping cycles is reported once, with one shortest cycle through it and all of its members: breaking
 * that cycle may leave another inside the group, which the next check reports. Edges to unknown nodes are
 * ignored (they are reported as dangling references elsewhere). Sorted by first node, so reports are stable.
 */
export function findCycles(graph: DependencyGraph): Cycle[] {
  const next = (node: string) => [...(graph.get(node) ?? [])].filter((n) => graph.has(n)).sort();
  // Tarjan's algorithm: one pass, each node and edge once.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const target of next(node)) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || next(node).includes(node)) groups.push(group.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);

  return groups
    .map((members) => {
      const start = members[0]!;
      const inGroup = new Set(members);
      // Breadth-first from the start back to itself, inside the group: a shortest cycle through it.
      const cameFrom = new Map<string, string>();
      const queue = [start];
      while (queue.length > 0) {
        const node = queue.shift()!;
        const targets = next(node).filter((t) => inGroup.has(t));
        if (targets.includes(start)) {
          const path = [start];
          for (let at = node; at !== start; at = cameFrom.get(at)!) path.splice(1, 0, at);
          return { path: [...path, start], members };
        }
        for (const target of targets) if (!cameFrom.has(target)) (cameFrom.set(target, node), queue.push(target));
      }
      return { path: [start, start], members };
    })
    .sort((a, b) => a.path[0]!.localeCompare(b.path[0]!));
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
