// One plan for a selection: what it needs, what is in place, the waves, the cost with and without sharing,
// the unblock ranking and the quarter schedule. Pages and the planner island both call `planInvestments`.
import { componentsNeeded, useCasesWaitingOn, type PlannedComponent, type PlannedUseCase } from './needs.ts';
import { investmentWaves, type InvestmentWave } from './waves.ts';
import { sharingCost, type SharingCost } from './cost.ts';
import { unblockRanking, type UnblockRank } from './unblock.ts';
import { capacityScheduler, maxQuarters, type CapacitySchedule } from './capacity.ts';

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
  /** The capacity used when the selection sets none, and the quarters it takes. */
  defaultCapacity: DefaultCapacity;
}

/** The capacity the planner uses when none is chosen, and how many quarters the plan then takes. */
export interface DefaultCapacity {
  /** Person-weeks per quarter, a whole number (at least one). */
  capacity: number;
  /** Quarters the schedule takes at that capacity (0 when nothing is to build). */
  quarters: number;
}

/** A plan aims at four quarters (a year), or one quarter per wave when the dependencies need more. */
export const defaultQuarters = (waves: number) => Math.max(4, waves);

/**
 * The least whole capacity with which everything is built within defaultQuarters(waves) quarters, so at least
 * the setup still needed divided by those quarters. `finishesWithin` says whether a capacity builds everything
 * in so many quarters; at a capacity of the whole setup each wave takes one quarter, so one always does.
 */
export function defaultCapacity(totalSetup: number, waves: number, finishesWithin: (capacity: number, quarters: number) => boolean): number {
  if (totalSetup <= 0) return 1;
  const target = defaultQuarters(waves);
  let low = Math.max(1, Math.ceil(totalSetup / target));
  let high = Math.max(low, Math.ceil(totalSetup));
  if (!finishesWithin(high, target)) return high;
  // Fewer person-weeks never finish sooner (up to the odd packing accident): search between the two.
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (finishesWithin(middle, target)) high = middle;
    else low = middle + 1;
  }
  return high;
}

export function planInvestments(
  components: readonly PlannedComponent[],
  allUseCases: readonly PlannedUseCase[],
  selection: PlanSelection,
): InvestmentPlan {
  const byId = new Map(components.map((c) => [c.id, c]));
  const chosen = new Set(selection.useCases);
  const useCases = allUseCases.filter((u) => chosen.has(u.id));
  const needs = componentsNeeded(components, useCases);
  const waitingOn = useCasesWaitingOn(needs);
  const inPlaceIds = new Set(selection.inPlace);
  const needed = components.filter((c) => waitingOn.has(c.id)).map((c) => c.id);
  const missingIds = new Set(needed.filter((id) => !inPlaceIds.has(id)));
  const { waves, waveOf } = investmentWaves(components, missingIds, waitingOn);
  const ranking = unblockRanking(components, missingIds, waitingOn, new Map(useCases.map((u) => [u.id, u.requires])));
  const rank = new Map(ranking.map((r, i) => [r.id, i]));
  const missingOf = useCases.map((u) => [...needs.get(u.id)!].filter((id) => missingIds.has(id)));
  const priority = (id: string) => -(rank.get(id) ?? 0);
  const orders = [capacityScheduler(components, missingIds, priority), capacityScheduler(components, missingIds, priority, true)] as const;
  const schedules = new Map<number, CapacitySchedule>();
  const scheduleAt = (capacity: number) => {
    let schedule = schedules.get(capacity);
    if (!schedule) schedules.set(capacity, (schedule = bestSchedule(orders.map((order) => order(capacity)), missingOf)));
    return schedule;
  };
  const setupToBuild = [...missingIds].reduce((sum, id) => sum + Math.max(0, byId.get(id)?.setupCost ?? 0), 0);
  // The best schedule finishes within so many quarters when either order does (fewer quarters wins).
  const finishesWithin = (capacity: number, quarters: number) =>
    orders.some((order) => {
      const schedule = order(capacity, quarters);
      return schedule.unscheduled.length === 0 && schedule.quarters.length <= quarters;
    });
  const fallbackCapacity = defaultCapacity(setupToBuild, waves.length, finishesWithin);
  const fallback = { capacity: fallbackCapacity, quarters: missingIds.size > 0 ? scheduleAt(fallbackCapacity).quarters.length : 0 };
  const capacity = selection.capacity !== undefined && selection.capacity > 0 ? selection.capacity : fallback.capacity;
  const schedule = scheduleAt(capacity);
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
    defaultCapacity: fallback,
  };
}

/**
 * Of the schedules of two build orders, the one that builds everything in fewer quarters, then the one whose
 * use cases can start sooner in all (each use case's start quarter summed), then the first (the unblock
 * ranking's): the ranking's order unblocks the most use cases early, the longest chain first leaves less idle
 * capacity at the end.
 */
function bestSchedule(candidates: readonly CapacitySchedule[], missingOf: readonly string[][]): CapacitySchedule {
  const score = (schedule: CapacitySchedule) => {
    const end = new Map(schedule.components.map((s) => [s.id, s.endQuarter]));
    const starts = missingOf.reduce((sum, ids) => sum + Math.max(0, ...ids.map((id) => end.get(id) ?? maxQuarters)) + 1, 0);
    return [schedule.unscheduled.length, schedule.quarters.length, starts];
  };
  const scores = candidates.map(score);
  let best = 0;
  for (let i = 1; i < candidates.length; i++) {
    const differs = scores[i]!.findIndex((x, k) => x !== scores[best]![k]);
    if (differs >= 0 && scores[i]![differs]! < scores[best]![differs]!) best = i;
  }
  return candidates[best]!;
}
