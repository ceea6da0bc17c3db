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

/** Whether a component already exists, so its setup cost is spent. */
export const isInPlace = (component: SequencedComponent) => component.status === 'available';

/** What sequencing needs to know about a use case. */
export interface SequencedUseCase {
  id: string;
  requires: readonly string[];
}

export const componentGraph = (components: readonly SequencedComponent[]): DependencyGraph =>
  new Map(components.map((c) => [c.id, c.dependsOn]));

/** Every component a use case needs: what it requires and everything those depend on. */
export function componentsNeededBy(useCase: SequencedUseCase, graph: DependencyGraph): Set<string> {
  const needed = new Set<string>();
  for (const id of useCase.requires) {
    needed.add(id);
    for (const dep of transitiveDependencies(graph, id)) needed.add(dep);
  }
  return needed;
}

export interface FoundationLayer {
  /** 0 for components with no dependencies. */
  layer: number;
  components: { id: string; usedBy: string[] }[];
}

/** Components grouped into build layers, each with the use cases that need it (directly or underneath). */
export function foundationLayers(
  components: readonly SequencedComponent[],
  useCases: readonly SequencedUseCase[],
): FoundationLayer[] {
  const graph = componentGraph(components);
  const layers = dependencyLayers(graph);
  const needs = useCases.map((u) => ({ id: u.id, needed: componentsNeededBy(u, graph) }));
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

/**
 * What the portfolio still costs in person-weeks when foundations are shared (each missing component built
 * once, then each use case onboarded) versus when every use case builds the missing components it needs for
 * itself (setupCostWithoutSharing). Components already in place cost no setup in either case.
 */
export function portfolioCost(components: readonly SequencedComponent[], useCases: readonly SequencedUseCase[]) {
  const graph = componentGraph(components);
  const byId = new Map(components.map((c) => [c.id, c]));
  const needs = useCases.map((u) => [...componentsNeededBy(u, graph)].flatMap((id) => byId.get(id) ?? []));
  const toBuild = (c: SequencedComponent) => !isInPlace(c);
  const built = new Set(needs.flat().filter(toBuild));
  const setupCostShared = [...built].reduce((sum, c) => sum + c.setupCost, 0);
  const onboardingCost = needs.flat().reduce((sum, c) => sum + c.onboardingCost, 0);
  const setupCostWithoutSharing = needs.flat().filter(toBuild).reduce((sum, c) => sum + c.setupCost, 0);
  return {
    withSharing: setupCostShared + onboardingCost,
    setupCostShared,
    onboardingCost,
    setupCostWithoutSharing,
  };
}

/**
 * Everything the required components need, in an order they can be built: by dependency layer, then title.
 * Each entry says whether the use case requires the component directly.
 */
export function buildOrder<T extends ComponentNode>(components: readonly T[], requires: readonly string[]): { component: T; direct: boolean }[] {
  const graph = componentGraph(components);
  const needed = componentsNeededBy({ id: '', requires }, graph);
  const layers = dependencyLayers(graph);
  return components
    .filter((c) => needed.has(c.id))
    .sort((a, b) => (layers.get(a.id) ?? 0) - (layers.get(b.id) ?? 0) || a.title.localeCompare(b.title))
    .map((component) => ({ component, direct: requires.includes(component.id) }));
}
