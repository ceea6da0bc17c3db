// The component graph as pages use it: what sequencing needs of each component, and a use case's build order.
// The planner's model (waves, capacity, cost, unblock ranking) is in ./planner/.
import { dependencyLayers, transitiveDependencies, type DependencyGraph } from './graph.ts';
import type { ComponentCategory, ComponentStatus } from './vocabulary.ts';

/** What sequencing needs to know about a component. */
export interface SequencedComponent {
  id: string;
  dependsOn: readonly string[];
  setupCost: number;
  onboardingCost: number;
  /** Yearly effort to run it once it exists, in person-weeks per year, when the playbook states it. */
  runCost?: number | undefined;
  /** Where the organization stands with it; an `available` component costs nothing more to set up. */
  status?: ComponentStatus | undefined;
}

/** A component as the pages and diagrams draw it: what sequencing needs, with its name and category. */
export interface ComponentNode extends SequencedComponent {
  title: string;
  category: ComponentCategory;
  status: ComponentStatus;
}

/** What sequencing needs to know about a use case. */
export interface SequencedUseCase {
  id: string;
  requires: readonly string[];
}

export const componentGraph = (components: readonly SequencedComponent[]): DependencyGraph =>
  new Map(components.map((c) => [c.id, c.dependsOn]));

/** Every component a set of requirements needs: the components required and everything they are built on. */
export function componentsNeededBy(requires: readonly string[], graph: DependencyGraph): Set<string> {
  const needed = new Set<string>();
  for (const id of requires) {
    needed.add(id);
    for (const dep of transitiveDependencies(graph, id)) needed.add(dep);
  }
  return needed;
}

/**
 * Everything the required components need, in an order they can be built: by dependency layer, then title.
 * Each entry says whether the use case requires the component directly.
 */
export function buildOrder<T extends ComponentNode>(components: readonly T[], requires: readonly string[]): { component: T; direct: boolean }[] {
  const graph = componentGraph(components);
  const needed = componentsNeededBy(requires, graph);
  const layers = dependencyLayers(graph);
  return components
    .filter((c) => needed.has(c.id))
    .sort((a, b) => (layers.get(a.id) ?? 0) - (layers.get(b.id) ?? 0) || a.title.localeCompare(b.title))
    .map((component) => ({ component, direct: requires.includes(component.id) }));
}

export interface FoundationLayer {
  /** 0 for components with no dependencies. */
  layer: number;
  components: { id: string; usedBy: string[] }[];
}

/**
 * Every component grouped into build layers (its depth in the dependency graph, whatever is in place), each
 * with the use cases that need it, directly or underneath; most used first. playbook.json publishes these; the
 * planner's waves (./planner/waves.ts) leave out what is in place.
 */
export function foundationLayers(components: readonly SequencedComponent[], useCases: readonly SequencedUseCase[]): FoundationLayer[] {
  const graph = componentGraph(components);
  const layers = dependencyLayers(graph);
  const needs = useCases.map((u) => ({ id: u.id, needed: componentsNeededBy(u.requires, graph) }));
  const grouped = new Map<number, FoundationLayer['components']>();
  for (const component of components) {
    const layer = layers.get(component.id);
    if (layer === undefined) continue;
    const usedBy = needs.filter((n) => n.needed.has(component.id)).map((n) => n.id);
    grouped.set(layer, [...(grouped.get(layer) ?? []), { id: component.id, usedBy }]);
  }
  return [...grouped.entries()]
    .sort(([a], [b]) => a - b)
    .map(([layer, list]) => ({
      layer,
      components: list.sort((a, b) => b.usedBy.length - a.usedBy.length || a.id.localeCompare(b.id)),
    }));
}
