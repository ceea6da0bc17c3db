// The capacity schedule: the platform team's person-weeks per quarter spent on the components still to build,
// in dependency order. A component starts in the quarter after everything it is built on is finished; work
// already started is finished first; then the components in the order of `priority` (the planner passes the
// unblock ranking), or the longest chain first. A component larger than what is left of a quarter continues in
// the next ones.
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
 * setup still to build on top of it, then id. With `longestChainFirst`, the longest chain decides first and
 * `priority` breaks ties: the plan then tends to finish sooner, the ranking's order to unblock sooner.
 */
export function capacitySchedule(
  components: readonly PlannedComponent[],
  missing: ReadonlySet<string>,
  capacity: number,
  priority: (id: string) => number = () => 0,
  longestChainFirst = false,
): CapacitySchedule {
  return capacityScheduler(components, missing, priority, longestChainFirst)(capacity);
}

/**
 * capacitySchedule for one build order and any capacity: the order is worked out once, so trying many
 * capacities (as the default capacity does) costs only the quarters themselves. `quarterLimit` stops early:
 * what is not finished by then is unscheduled.
 */
export function capacityScheduler(
  components: readonly PlannedComponent[],
  missing: ReadonlySet<string>,
  priority: (id: string) => number = () => 0,
  longestChainFirst = false,
): (capacity: number, quarterLimit?: number) => CapacitySchedule {
  const byId = new Map(components.map((c) => [c.id, c]));
  const setupOf = (id: string) => Math.max(0, byId.get(id)?.setupCost ?? 0);
  const missingDeps = new Map([...missing].map((id) => [id, [...new Set(byId.get(id)?.dependsOn ?? [])].filter((d) => missing.has(d) && d !== id)]));
  const dependants = new Map<string, string[]>();
  for (const [id, deps] of missingDeps) for (const dep of deps) (dependants.get(dep) ?? dependants.set(dep, []).get(dep)!).push(id);
  // The setup of the longest chain from a component up through what is built on it.
  const chain = new Map<string, number>();
  const chainOf = (id: string, path: Set<string>): number => {
    const known = chain.get(id);
    if (known !== undefined) return known;
    path.add(id);
    let above = 0;
    for (const d of dependants.get(id) ?? []) if (!path.has(d)) above = Math.max(above, chainOf(d, path));
    path.delete(id);
    const value = setupOf(id) + above;
    chain.set(id, value);
    return value;
  };
  for (const id of missing) chainOf(id, new Set());
  const rank = new Map([...missing].map((id) => [id, priority(id)]));
  const byPriority = (a: string, b: string) => rank.get(b)! - rank.get(a)!;
  const byChain = (a: string, b: string) => chain.get(b)! - chain.get(a)!;
  const [first, second] = longestChainFirst ? [byChain, byPriority] : [byPriority, byChain];
  const order = [...missing].sort((a, b) => first(a, b) || second(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  // By position in `order` from here on.
  const index = new Map(order.map((id, i) => [id, i]));
  const deps = order.map((id) => missingDeps.get(id)!.map((d) => index.get(d)!));
  const setup = order.map(setupOf);

  return (capacity, quarterLimit = maxQuarters) => {
    const remaining = [...setup];
    const started: number[] = new Array(order.length).fill(0);
    const finished: number[] = new Array(order.length).fill(0);
    const quarters: QuarterWork[] = [];
    let done = 0;
    let spentSoFar = 0;
    const last = Math.min(maxQuarters, quarterLimit);
    for (let quarter = 1; done < order.length && quarter <= last && capacity > 0; quarter++) {
      // Work already under way first, so nothing is left half-built for long; then the rest in order.
      const underWay: number[] = [];
      const fresh: number[] = [];
      for (let i = 0; i < order.length; i++) {
        if (finished[i] || !deps[i]!.every((d) => finished[d]! > 0 && finished[d]! < quarter)) continue;
        (started[i] ? underWay : fresh).push(i);
      }
      if (underWay.length + fresh.length === 0) break;
      let left = capacity;
      const work: QuarterWork['work'] = [];
      for (const i of [...underWay, ...fresh]) {
        if (left <= epsilon) break;
        const need = remaining[i]!;
        const spend = Math.min(need, left);
        if (!started[i]) started[i] = quarter;
        if (spend > 0) work.push({ id: order[i]!, personWeeks: round(spend) });
        left -= spend;
        remaining[i] = need - spend;
        if (need - spend <= epsilon) (finished[i] = quarter, done++);
      }
      const spent = capacity - Math.max(0, left);
      spentSoFar += spent;
      quarters.push({ quarter, work, spent: round(spent), spentSoFar: round(spentSoFar) });
    }
    const built = order.map((id, i) => ({ id, i })).filter(({ i }) => finished[i]! > 0);
    return {
      capacity,
      components: built
        .map(({ id, i }) => ({ id, startQuarter: started[i]!, endQuarter: finished[i]!, i }))
        .sort((a, b) => a.endQuarter - b.endQuarter || a.startQuarter - b.startQuarter || a.i - b.i)
        .map(({ id, startQuarter, endQuarter }) => ({ id, startQuarter, endQuarter })),
      quarters,
      unscheduled: order.filter((_, i) => !finished[i]),
    };
  };
}

/** Person-weeks to a thousandth, so sums of quarters read as the numbers put in. */
const round = (n: number) => Math.round(n * 1000) / 1000;
