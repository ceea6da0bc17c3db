// The cost of a selection with and without sharing. With sharing, each component still to build is built once
// and every use case is onboarded onto each component it needs. Without sharing, each use case builds every
// missing component it needs on its own. The difference is the setup cost a disconnected portfolio pays again
// and again. Components already in place cost no setup either way, and use cases are onboarded onto them
// either way: they count on both sides.
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
  /** withoutSharing − withSharing: setup paid repeatedly when nothing is shared (negative for one use case). */
  repeatedSetupAvoided: number;
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
  let withoutSharing = 0;
  let runPerYearWithoutSharing = 0;
  const needed = new Set<string>();
  for (const list of needs.values()) {
    for (const id of list) {
      const c = byId.get(id);
      if (!c) continue;
      needed.add(id);
      onboarding += c.onboardingCost;
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
    repeatedSetupAvoided: round(withoutSharing - withSharing),
    runPerYear: round(runPerYear),
    runPerYearWithoutSharing: round(runPerYearWithoutSharing),
    runCostKnown: { known, needed: needed.size },
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
