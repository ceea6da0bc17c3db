// The sequencing planner's choice as a link: which use cases, which components are already in place, the
// platform team's capacity, and (format version 2) an unnamed initiative that needs a list of components. It
// lives in the URL fragment (`/sequence/#use-cases=a,b&in-place=c&capacity=20`, `#v=2&needs=d,e&use-cases=`),
// which browsers never send to a server. The self-assessment opens the planner with such a link.
//
// Versions: 1 has `use-cases`, `in-place` and `capacity` (and no `v`); 2 adds `needs`. A link names the lowest
// version that reads it (`v=2` only when it carries `needs`), so every link made before stays as it was, and
// a reader told of a newer version keeps what it knows and says what it left out.

/** What a planner link carries. */
export interface PlanChoice {
  /** Use-case ids to plan for. */
  useCases: string[];
  /** Component ids the organization already has. */
  inPlace: string[];
  /** Person-weeks the platform team can spend per quarter, when set. */
  capacity?: number;
  /** Components an initiative of the reader's own needs (it has no use-case page): planned as "this initiative". */
  needs?: string[];
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

const keys = { version: 'v', useCases: 'use-cases', inPlace: 'in-place', capacity: 'capacity', needs: 'needs' } as const;
/** The newest link format this code reads and writes. */
export const planLinkVersion = 2;
/** The smallest and largest capacity a link may carry, in person-weeks per quarter. */
export const minCapacity = 1;
export const maxCapacity = 10_000;

/** Whether `capacity` is one the planner accepts: a number from minCapacity to maxCapacity. */
export const isCapacity = (capacity: number) => Number.isFinite(capacity) && capacity >= minCapacity && capacity <= maxCapacity;

/** The fragment for a choice, without the leading "#": ids in a stable order, so equal plans give equal links. */
export function encodePlanLink(plan: PlanChoice): string {
  const params = new URLSearchParams();
  const list = (ids: readonly string[]) => [...new Set(ids)].sort().join(',');
  if (plan.needs !== undefined) params.set(keys.version, String(planLinkVersion));
  if (plan.needs !== undefined) params.set(keys.needs, list(plan.needs));
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
 * Whether a fragment is a planner link (it names use cases, components in place or needed, or a capacity), as
 * opposed to an anchor in the page such as the skip link's `#main` or a table's `#plan-waves`.
 */
export function isPlanLink(fragment: string): boolean {
  const params = planLinkParams(fragment);
  return params !== undefined && [keys.useCases, keys.inPlace, keys.capacity, keys.needs].some((key) => params.has(key));
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
  if (params.has(keys.needs)) plan.needs = ids(keys.needs, known.components);
  const capacityText = params.get(keys.capacity);
  if (capacityText !== null) {
    const capacity = Number(capacityText);
    if (capacityText.trim() !== '' && isCapacity(capacity)) plan.capacity = capacity;
    else dropped.push(`${keys.capacity}=${capacityText.slice(0, 20)}`);
  }
  const version = params.get(keys.version);
  if (version !== null && !(/^\d+$/.test(version) && Number(version) >= 1 && Number(version) <= planLinkVersion)) {
    dropped.push(`${keys.version}=${version.slice(0, 20)}`);
  }
  // A key this version does not know (from a newer planner, or typed by hand) is named, not silently ignored.
  const knownKeys = new Set<string>(Object.values(keys));
  for (const key of new Set(params.keys())) if (!knownKeys.has(key)) dropped.push(key.slice(0, 40));
  return { plan, dropped };
}
