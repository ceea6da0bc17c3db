// Foundations one initiative needs: the platform components it requires (those of the sample use case it
// resembles, or those chosen), everything they are built on, which are missing, and in which order to build them.
// The order is the sequencing planner's: its investment waves for this one initiative, so both name the same wave.
import { dependencyLayers, transitiveDependencies } from '../graph.ts';
import { componentsNeeded, useCasesWaitingOn } from '../planner/needs.ts';
import { investmentWaves } from '../planner/waves.ts';
import { initiativeId, writePlanFragment } from '../planner/state.ts';

/** What this needs of a component (the page embeds them from the component catalogue). */
export interface FoundationComponent {
  id: string;
  dependsOn: readonly string[];
  setupCost: number;
  onboardingCost: number;
  /** `available` components exist already unless the user says otherwise. */
  status: string;
}

export interface FoundationUseCase {
  id: string;
  requires: readonly string[];
}

/** What the user chose: a sample use case it resembles, or components; and which components exist already. */
export interface FoundationChoice {
  useCase?: string | undefined;
  components?: readonly string[] | undefined;
  /** Components the organization has; when not given, those whose status is `available`. */
  inPlace?: readonly string[] | undefined;
}

export interface MissingComponent {
  id: string;
  /**
   * The planner's investment wave for this initiative (1 first): one more than the latest wave among the missing
   * components it is built on, so what is in place holds nothing back.
   */
  wave: number;
  setupCost: number;
  onboardingCost: number;
  status: string;
  /** Whether the initiative needs it directly (rather than as a base of something it needs). */
  direct: boolean;
  /** Needed components that are built on it, directly or through others. */
  neededFor: string[];
}

export interface Foundations {
  /** The components the initiative needs directly. */
  direct: string[];
  /** Everything it needs, directly or underneath, in build order. */
  needed: string[];
  /** What exists already, of what it needs. */
  inPlace: string[];
  /** What is missing, in build order: by wave, and within a wave in the planner's order. */
  missing: MissingComponent[];
  /** Setup cost of the missing components, in person-weeks. */
  setupCost: number;
  /** Onboarding cost onto every needed component, in person-weeks. */
  onboardingCost: number;
}

/** The components a choice asks for directly: the use case's, or the chosen ones (unknown ids left out). */
export function directComponents(choice: FoundationChoice, components: readonly FoundationComponent[], useCases: readonly FoundationUseCase[]): string[] {
  const known = new Set(components.map((c) => c.id));
  const useCase = choice.useCase ? useCases.find((u) => u.id === choice.useCase) : undefined;
  const ids = useCase ? useCase.requires : (choice.components ?? []);
  return [...new Set(ids)].filter((id) => known.has(id));
}

/** The components the choice treats as existing. */
export function inPlaceComponents(choice: FoundationChoice, components: readonly FoundationComponent[]): Set<string> {
  const known = new Set(components.map((c) => c.id));
  return new Set(choice.inPlace ? choice.inPlace.filter((id) => known.has(id)) : components.filter((c) => c.status === 'available').map((c) => c.id));
}

/** What the initiative needs, what is missing, in build order, and what the missing part costs. */
export function missingFoundations(
  choice: FoundationChoice,
  components: readonly FoundationComponent[],
  useCases: readonly FoundationUseCase[],
): Foundations {
  const graph = new Map(components.map((c) => [c.id, c.dependsOn]));
  const byId = new Map(components.map((c) => [c.id, c]));
  const layers = dependencyLayers(graph);
  const direct = directComponents(choice, components, useCases);
  const needed = new Set<string>();
  for (const id of direct) {
    needed.add(id);
    for (const dep of transitiveDependencies(graph, id)) if (byId.has(dep)) needed.add(dep);
  }
  const layerOf = (id: string) => layers.get(id) ?? Number.MAX_SAFE_INTEGER;
  const inBuildOrder = [...needed].sort((a, b) => layerOf(a) - layerOf(b) || a.localeCompare(b));
  const existing = inPlaceComponents(choice, components);
  // The planner's waves, for the initiative as the one use case selected (what it needs directly, under its own id).
  const waitingOn = useCasesWaitingOn(componentsNeeded(components, [{ id: choice.useCase ?? '', requires: direct }]));
  const { waves } = investmentWaves(components, new Set(inBuildOrder.filter((id) => !existing.has(id))), waitingOn);
  const missing = waves
    .flatMap(({ wave, components: ids }) => ids.map((id) => ({ id, wave })))
    .map(({ id, wave }): MissingComponent => {
      const c = byId.get(id)!;
      return {
        id,
        wave,
        setupCost: c.setupCost,
        onboardingCost: c.onboardingCost,
        status: c.status,
        direct: direct.includes(id),
        neededFor: inBuildOrder.filter((other) => other !== id && transitiveDependencies(graph, other).has(id)),
      };
    });
  return {
    direct,
    needed: inBuildOrder,
    inPlace: inBuildOrder.filter((id) => existing.has(id)),
    missing,
    setupCost: missing.reduce((sum, c) => sum + c.setupCost, 0),
    onboardingCost: inBuildOrder.reduce((sum, id) => sum + byId.get(id)!.onboardingCost, 0),
  };
}

/**
 * The fragment that opens the sequencing planner with this choice (without "#"): the use case, or the chosen
 * components as "this initiative", and exactly the components in place (none is written as none, not left to
 * the catalogue's default). Undefined when nothing is chosen.
 */
export function plannerFragment(choice: FoundationChoice, components: readonly FoundationComponent[]): string | undefined {
  const inPlace = [...inPlaceComponents(choice, components)];
  if (choice.useCase) return writePlanFragment({ useCases: [choice.useCase], inPlace });
  const known = new Set(components.map((c) => c.id));
  const needs = (choice.components ?? []).filter((id) => known.has(id));
  return needs.length > 0 ? writePlanFragment({ useCases: [initiativeId], inPlace }, needs) : undefined;
}
