// What a selection of use cases needs from the component catalogue: every component each use case needs,
// directly or underneath, and which selected use cases wait on each component.

/** What the planner needs to know about a component. */
export interface PlannedComponent {
  id: string;
  /** Components that must exist before this one can be built. */
  dependsOn: readonly string[];
  /** One-off effort to build it, in person-weeks. */
  setupCost: number;
  /** Effort to bring one more use case onto it, in person-weeks. */
  onboardingCost: number;
  /** Yearly effort to run it once it exists, in person-weeks per year (absent: not known). */
  runCost?: number | undefined;
}

/** What the planner needs to know about a use case. */
export interface PlannedUseCase {
  id: string;
  /** Components it needs directly. */
  requires: readonly string[];
}

/**
 * For each use case, every component it needs: what it requires and everything those are built on. Each
 * component's closure is computed once, so a large catalogue with many use cases stays fast. Unknown ids
 * and cycles are ignored (the content check refuses both).
 */
export function componentsNeeded(
  components: readonly PlannedComponent[],
  useCases: readonly PlannedUseCase[],
): Map<string, Set<string>> {
  const byId = new Map(components.map((c) => [c.id, c]));
  const closures = new Map<string, Set<string>>();
  const closureOf = (id: string, path: Set<string>): Set<string> => {
    const known = closures.get(id);
    if (known) return known;
    const closure = new Set<string>([id]);
    if (path.has(id)) return closure;
    path.add(id);
    for (const dep of byId.get(id)?.dependsOn ?? []) {
      if (!byId.has(dep)) continue;
      for (const c of closureOf(dep, path)) closure.add(c);
    }
    path.delete(id);
    closures.set(id, closure);
    return closure;
  };
  return new Map(
    useCases.map((u) => {
      const needed = new Set<string>();
      for (const id of u.requires) if (byId.has(id)) for (const c of closureOf(id, new Set())) needed.add(c);
      return [u.id, needed];
    }),
  );
}

/** For each component, the use cases (of those given) that need it, in the order given. */
export function useCasesWaitingOn(needs: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string[]> {
  const waiting = new Map<string, string[]>();
  for (const [useCase, needed] of needs) {
    for (const id of needed) {
      const list = waiting.get(id);
      if (list) list.push(useCase);
      else waiting.set(id, [useCase]);
    }
  }
  return waiting;
}
