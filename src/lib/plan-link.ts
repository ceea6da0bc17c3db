// The sequencing planner's choice as a link: which use cases, which components are already in place, and the
// platform team's capacity. It lives in the URL fragment (`/sequence/#use-cases=a,b&in-place=c&capacity=20`),
// which browsers never send to a server. The assessment opens the planner with such a link.

/** What a planner link carries. */
export interface PlanChoice {
  /** Use-case ids to plan for. */
  useCases: string[];
  /** Component ids the organization already has. */
  inPlace: string[];
  /** Person-weeks the platform team can spend per quarter, when set. */
  capacity?: number;
}

/** The ids the planner knows, to check a link against. */
export interface PlanVocabulary {
  useCases: ReadonlySet<string>;
  components: ReadonlySet<string>;
}

export interface DecodedPlan {
  plan: PlanChoice;
  /** What the link asked for that this playbook does not have (or a capacity that is not a positive number). */
  dropped: string[];
}

const keys = { useCases: 'use-cases', inPlace: 'in-place', capacity: 'capacity' } as const;
/** The largest capacity a link may carry, in person-weeks per quarter (a very large platform organization). */
export const maxCapacity = 10_000;

/** The fragment for a choice, without the leading "#": ids in a stable order, so equal plans give equal links. */
export function encodePlanLink(plan: PlanChoice): string {
  const params = new URLSearchParams();
  const list = (ids: readonly string[]) => [...new Set(ids)].sort().join(',');
  if (plan.useCases.length > 0) params.set(keys.useCases, list(plan.useCases));
  if (plan.inPlace.length > 0) params.set(keys.inPlace, list(plan.inPlace));
  if (plan.capacity !== undefined) params.set(keys.capacity, String(plan.capacity));
  // Commas are safe in a fragment; keep the link readable.
  return params.toString().replace(/%2C/g, ',');
}

/** A fragment's parameters (with or without "#"); undefined when it cannot be read as parameters at all. */
export function planLinkParams(fragment: string): URLSearchParams | undefined {
  try {
    return new URLSearchParams(fragment.replace(/^#/, '').slice(0, 20_000));
  } catch {
    return undefined;
  }
}

/**
 * Whether a fragment is a planner link (it names use cases, components in place or a capacity), as opposed to
 * an anchor in the page such as the skip link's `#main` or a table's `#plan-waves`.
 */
export function isPlanLink(fragment: string): boolean {
  const params = planLinkParams(fragment);
  return params !== undefined && Object.values(keys).some((key) => params.has(key));
}

/**
 * Reads a fragment (with or without "#") against the playbook's ids. Never throws: what it cannot use is
 * left out and named in `dropped`, so the planner can keep the rest and say what it dropped.
 */
export function decodePlanLink(fragment: string, known: PlanVocabulary): DecodedPlan {
  const dropped: string[] = [];
  const params = planLinkParams(fragment);
  if (!params) return { plan: { useCases: [], inPlace: [] }, dropped: [fragment.slice(0, 80)] };
  const ids = (key: string, allowed: ReadonlySet<string>) => {
    const kept: string[] = [];
    for (const id of (params.get(key) ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      if (allowed.has(id)) {
        if (!kept.includes(id)) kept.push(id);
      } else dropped.push(id.slice(0, 80));
    }
    return kept;
  };
  const plan: PlanChoice = { useCases: ids(keys.useCases, known.useCases), inPlace: ids(keys.inPlace, known.components) };
  const capacityText = params.get(keys.capacity);
  if (capacityText !== null) {
    const capacity = Number(capacityText);
    if (Number.isFinite(capacity) && capacity > 0 && capacity <= maxCapacity) plan.capacity = capacity;
    else dropped.push(`${keys.capacity}=${capacityText.slice(0, 20)}`);
  }
  return { plan, dropped };
}
