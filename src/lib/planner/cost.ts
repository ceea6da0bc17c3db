// The cost of a selection with and without sharing. With sharing, each component still to build is built once
// and every use case is onboarded onto each component it needs. Without sharing, each use case builds every
// missing component it needs on its own (its own copy needs no onboarding). So sharing saves the setup a
// disconnected portfolio pays more than once (the repeated setup) and costs the onboarding onto the components
// it builds once for several use cases; what is left is the net saving. With one use case nothing is built
// twice: sharing starts to pay from the second use case that needs the same component. Components already in
// place cost no setup either way, and use cases are onboarded onto them either way: they count on both sides.
import type { PlannedComponent } from './needs.ts';

export interface SharingCost {
  /** Setup of every missing component, each built once. */
  setupShared: number;
  /** Onboarding of every selected use case onto every component it needs (in place or not). */
  onboarding: number;
  /** setupShared + onboarding: what the selection costs when foundations are shared. */
  withSharing: number;
  /** Each use case builds every missing component it needs for itself (and is onboarded onto what exists). */
  withoutSharing: number;
  /**
   * Setup a disconnected portfolio pays more than once: for each missing component, its setup times the number
   * of selected use cases that need it, less one. 0 for a single use case.
   */
  repeatedSetup: number;
  /** Onboarding onto the missing components, which sharing adds (a use case's own copy needs none). */
  sharedOnboarding: number;
  /** repeatedSetup − sharedOnboarding = withoutSharing − withSharing (negative when sharing does not pay yet). */
  netSaving: number;
  /** Yearly run cost of every needed component once, for components whose run cost is known. */
  runPerYear: number;
  /** Yearly run cost if each use case ran its own copy of everything it needs. */
  runPerYearWithoutSharing: number;
  /** How many needed components have a known run cost, and how many are needed. */
  runCostKnown: { known: number; needed: number };
}

export function sharingCost(
  components: readonly PlannedComponent[],
  needs: ReadonlyMap<string, ReadonlySet<string>>,
  missing: ReadonlySet<string>,
): SharingCost {
  const byId = new Map(components.map((c) => [c.id, c]));
  let onboarding = 0;
  let sharedOnboarding = 0;
  let withoutSharing = 0;
  // Every use case's own copies of what is missing.
  let setupAlone = 0;
  let runPerYearWithoutSharing = 0;
  const needed = new Set<string>();
  for (const list of needs.values()) {
    for (const id of list) {
      const c = byId.get(id);
      if (!c) continue;
      needed.add(id);
      onboarding += c.onboardingCost;
      if (missing.has(id)) (sharedOnboarding += c.onboardingCost, setupAlone += c.setupCost);
      withoutSharing += missing.has(id) ? c.setupCost : c.onboardingCost;
      runPerYearWithoutSharing += c.runCost ?? 0;
    }
  }
  let setupShared = 0;
  let runPerYear = 0;
  let known = 0;
  for (const id of needed) {
    const c = byId.get(id)!;
    if (missing.has(id)) setupShared += c.setupCost;
    if (c.runCost !== undefined) (runPerYear += c.runCost, known++);
  }
  const withSharing = setupShared + onboarding;
  return {
    setupShared: round(setupShared),
    onboarding: round(onboarding),
    withSharing: round(withSharing),
    withoutSharing: round(withoutSharing),
    // Less one copy of each: the setup built more than once.
    repeatedSetup: round(setupAlone - setupShared),
    sharedOnboarding: round(sharedOnboarding),
    netSaving: round(withoutSharing - withSharing),
    runPerYear: round(runPerYear),
    runPerYearWithoutSharing: round(runPerYearWithoutSharing),
    runCostKnown: { known, needed: needed.size },
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
