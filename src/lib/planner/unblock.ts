// The unblock ranking answers "what should we build next": for each component still to build, how many
// selected use cases wait on it (directly or through what is built on it), and what it costs per use case.
import type { PlannedComponent } from './needs.ts';

export interface UnblockRank {
  id: string;
  /** Selected use cases that need it, directly or underneath. */
  waiting: string[];
  /** Of those, the use cases that name it in their requirements. */
  directly: string[];
  /** Its own setup plus the setup of every missing component it is built on: what it takes to have it. */
  costToReach: number;
  /** costToReach divided by the use cases waiting: lower means more use cases per person-week. */
  costPerUseCase: number;
  /** True when everything it is built on is in place, so work can start now. */
  canStartNow: boolean;
}

/** Most use cases waiting first; then the lower cost per use case; then id. */
export function unblockRanking(
  components: readonly PlannedComponent[],
  missing: ReadonlySet<string>,
  waitingOn: ReadonlyMap<string, readonly string[]>,
  directRequirements: ReadonlyMap<string, readonly string[]>,
): UnblockRank[] {
  const byId = new Map(components.map((c) => [c.id, c]));
  const reach = new Map<string, Set<string>>();
  const reachOf = (id: string, path: Set<string>): Set<string> => {
    const known = reach.get(id);
    if (known) return known;
    const set = new Set<string>([id]);
    path.add(id);
    for (const dep of byId.get(id)?.dependsOn ?? []) {
      if (missing.has(dep) && !path.has(dep)) for (const d of reachOf(dep, path)) set.add(d);
    }
    path.delete(id);
    reach.set(id, set);
    return set;
  };
  return [...missing]
    .map((id) => {
      const waiting = [...(waitingOn.get(id) ?? [])];
      const costToReach = round([...reachOf(id, new Set())].reduce((sum, c) => sum + (byId.get(c)?.setupCost ?? 0), 0));
      return {
        id,
        waiting,
        directly: waiting.filter((u) => directRequirements.get(u)?.includes(id)),
        costToReach,
        costPerUseCase: waiting.length > 0 ? round(costToReach / waiting.length) : costToReach,
        canStartNow: (byId.get(id)?.dependsOn ?? []).every((d) => !missing.has(d)),
      };
    })
    .sort((a, b) => b.waiting.length - a.waiting.length || a.costPerUseCase - b.costPerUseCase || a.id.localeCompare(b.id));
}

const round = (n: number) => Math.round(n * 100) / 100;
