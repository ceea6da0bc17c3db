// One plan for a selection: what it needs, what is in place, the waves, the cost with and without sharing,
// the unblock ranking and the quarter schedule. Pages and the planner island both call `planInvestments`.
import { componentsNeeded, useCasesWaitingOn, type PlannedComponent, type PlannedUseCase } from './needs.ts';
import { investmentWaves, type InvestmentWave } from './waves.ts';
import { sharingCost, type SharingCost } from './cost.ts';
import { unblockRanking, type UnblockRank } from './unblock.ts';
import { capacitySchedule, type CapacitySchedule } from './capacity.ts';

export interface PlanSelection {
  /** Use cases to plan for (unknown ids are ignored). */
  useCases: readonly string[];
  /** Components that already exist. */
  inPlace: readonly string[];
  /** Person-weeks the platform team spends per quarter; the default when absent (see defaultCapacity). */
  capacity?: number | undefined;
}

export interface UseCaseReadiness {
  id: string;
  /** Every component it needs, in the catalogue's order. */
  needs: string[];
  /** Of those, the ones still to build. */
  missing: string[];
  /** The wave after which it can start; 0 when everything it needs is in place. */
  afterWave: number;
  /** The quarter in which it can start (1 = now, when nothing is missing). */
  startQuarter: number;
  /** Setup spent on the whole plan by the start of that quarter, in person-weeks. */
  setupSpentBy: number;
}

export interface InvestmentPlan {
  /** The selected use cases, in the catalogue's order. */
  useCases: string[];
  /** Every component the selection needs, in the catalogue's order. */
  needed: string[];
  /** Needed and already in place. */
  inPlace: string[];
  /** Needed and still to build. */
  missing: string[];
  /** For each needed component, the selected use cases that need it (its reuse). */
  waitingOn: Map<string, string[]>;
  waves: InvestmentWave[];
  waveOf: Map<string, number>;
  readiness: UseCaseReadiness[];
  cost: SharingCost;
  ranking: UnblockRank[];
  schedule: CapacitySchedule;
}

/**
 * The default capacity: enough to build everything the selection still needs in about four quarters, rounded
 * up to a whole person-week (at least one).
 */
export function defaultCapacity(components: readonly PlannedComponent[], missing: Iterable<string>): number {
  const byId = new Map(components.map((c) => [c.id, c]));
  let total = 0;
  for (const id of missing) total += byId.get(id)?.setupCost ?? 0;
  return Math.max(1, Math.ceil(total / 4));
}

export function planInvestments(
  components: readonly PlannedComponent[],
  allUseCases: readonly PlannedUseCase[],
  selection: PlanSelection,
): InvestmentPlan {
  const chosen = new Set(selection.useCases);
  const useCases = allUseCases.filter((u) => chosen.has(u.id));
  const needs = componentsNeeded(components, useCases);
  const waitingOn = useCasesWaitingOn(needs);
  const inPlaceIds = new Set(selection.inPlace);
  const needed = components.filter((c) => waitingOn.has(c.id)).map((c) => c.id);
  const missingIds = new Set(needed.filter((id) => !inPlaceIds.has(id)));
  const { waves, waveOf } = investmentWaves(components, missingIds, waitingOn);
  const capacity = selection.capacity !== undefined && selection.capacity > 0 ? selection.capacity : defaultCapacity(components, missingIds);
  const ranking = unblockRanking(components, missingIds, waitingOn, new Map(useCases.map((u) => [u.id, u.requires])));
  // The schedule builds in the order of the unblock ranking, so "build next" is what quarter 1 starts with.
  const rank = new Map(ranking.map((r, i) => [r.id, i]));
  const schedule = capacitySchedule(components, missingIds, capacity, (id) => -(rank.get(id) ?? 0));
  const finishedIn = new Map(schedule.components.map((s) => [s.id, s.endQuarter]));
  const spentBy = (quarter: number) => (quarter <= 1 ? 0 : (schedule.quarters[quarter - 2]?.spentSoFar ?? schedule.quarters.at(-1)?.spentSoFar ?? 0));
  const order = new Map(components.map((c, i) => [c.id, i]));
  const readiness = useCases.map((u) => {
    const list = [...needs.get(u.id)!].sort((a, b) => order.get(a)! - order.get(b)!);
    const missing = list.filter((id) => missingIds.has(id));
    const lastQuarter = Math.max(0, ...missing.map((id) => finishedIn.get(id) ?? Infinity));
    const startQuarter = lastQuarter + 1;
    return {
      id: u.id,
      needs: list,
      missing,
      afterWave: Math.max(0, ...missing.map((id) => waveOf.get(id) ?? 0)),
      startQuarter,
      setupSpentBy: Number.isFinite(startQuarter) ? spentBy(startQuarter) : Infinity,
    };
  });
  return {
    useCases: useCases.map((u) => u.id),
    needed,
    inPlace: needed.filter((id) => inPlaceIds.has(id)),
    missing: needed.filter((id) => missingIds.has(id)),
    waitingOn,
    waves,
    waveOf,
    readiness,
    cost: sharingCost(components, needs, missingIds),
    ranking,
    schedule,
  };
}
