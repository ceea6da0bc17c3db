// The capacity schedule: the platform team's person-weeks per quarter spent on the components still to build,
// in dependency order. A component starts in the quarter after everything it is built on is finished; work
// already started is finished first; then the components in the order of `priority` (the planner passes the
// unblock ranking). A component larger than what is left of a quarter continues in the next ones.
import type { PlannedComponent } from './needs.ts';

export interface ScheduledComponent {
  id: string;
  /** The first quarter with work on it (1 = the first quarter of the plan). */
  startQuarter: number;
  /** The quarter in which it is finished. */
  endQuarter: number;
}

export interface QuarterWork {
  quarter: number;
  /** Person-weeks spent on each component this quarter, in the order the work was planned. */
  work: { id: string; personWeeks: number }[];
  /** Person-weeks spent this quarter (at most the capacity). */
  spent: number;
  /** Person-weeks spent from the start of the plan to the end of this quarter. */
  spentSoFar: number;
}

export interface CapacitySchedule {
  capacity: number;
  components: ScheduledComponent[];
  quarters: QuarterWork[];
  /** Components left out because the plan would run past `maxQuarters` (or a dependency cycle). */
  unscheduled: string[];
}

/** No plan runs longer than this many quarters (25 years); what does not fit is reported as unscheduled. */
export const maxQuarters = 100;
const epsilon = 1e-9;

/**
 * Schedules the components in `missing` against `capacity` person-weeks per quarter. `priority` orders
 * components that could both start (higher first); ties go to the one at the head of the longest chain of
 * setup still to build on top of it (so the longest chain starts first), then id.
 */
export function capacitySchedule(
  components: readonly PlannedComponent[],
  missing: ReadonlySet<string>,
  capacity: number,
  priority: (id: string) => number = () => 0,
): CapacitySchedule {
  const byId = new Map(components.map((c) => [c.id, c]));
  const remaining = new Map([...missing].map((id) => [id, Math.max(0, byId.get(id)?.setupCost ?? 0)]));
  const missingDeps = (id: string) => (byId.get(id)?.dependsOn ?? []).filter((d) => missing.has(d) && d !== id);
  const dependants = new Map<string, string[]>();
  for (const id of missing) for (const dep of missingDeps(id)) dependants.set(dep, [...(dependants.get(dep) ?? []), id]);
  // The setup of the longest chain from a component up through what is built on it.
  const chain = new Map<string, number>();
  const chainOf = (id: string, path: Set<string>): number => {
    const known = chain.get(id);
    if (known !== undefined) return known;
    path.add(id);
    const above = Math.max(0, ...(dependants.get(id) ?? []).filter((d) => !path.has(d)).map((d) => chainOf(d, path)));
    path.delete(id);
    const value = remaining.get(id)! + above;
    chain.set(id, value);
    return value;
  };
  for (const id of missing) chainOf(id, new Set());
  const order = [...missing].sort((a, b) => priority(b) - priority(a) || chain.get(b)! - chain.get(a)! || a.localeCompare(b));
  const position = new Map(order.map((id, i) => [id, i]));

  const started = new Map<string, number>();
  const finished = new Map<string, number>();
  const quarters: QuarterWork[] = [];
  let spentSoFar = 0;
  for (let quarter = 1; finished.size < missing.size && quarter <= maxQuarters && capacity > 0; quarter++) {
    const ready = order.filter(
      (id) => !finished.has(id) && missingDeps(id).every((dep) => (finished.get(dep) ?? Infinity) < quarter),
    );
    if (ready.length === 0) break;
    // Work already under way first, so nothing is left half-built for long.
    ready.sort((a, b) => Number(started.has(b)) - Number(started.has(a)));
    let left = capacity;
    const work: QuarterWork['work'] = [];
    for (const id of ready) {
      if (left <= epsilon) break;
      const need = remaining.get(id)!;
      const spend = Math.min(need, left);
      if (!started.has(id)) started.set(id, quarter);
      if (spend > 0) work.push({ id, personWeeks: spend });
      left -= spend;
      remaining.set(id, need - spend);
      if (need - spend <= epsilon) finished.set(id, quarter);
    }
    const spent = capacity - Math.max(0, left);
    spentSoFar += spent;
    quarters.push({ quarter, work, spent: round(spent), spentSoFar: round(spentSoFar) });
  }
  return {
    capacity,
    components: order
      .filter((id) => finished.has(id))
      .map((id) => ({ id, startQuarter: started.get(id)!, endQuarter: finished.get(id)! }))
      .sort((a, b) => a.endQuarter - b.endQuarter || a.startQuarter - b.startQuarter || position.get(a.id)! - position.get(b.id)!),
    quarters: quarters.map((q) => ({ ...q, work: q.work.map((w) => ({ ...w, personWeeks: round(w.personWeeks) })) })),
    unscheduled: order.filter((id) => !finished.has(id)),
  };
}

/** Person-weeks to a thousandth, so sums of quarters read as the numbers put in. */
const round = (n: number) => Math.round(n * 1000) / 1000;
