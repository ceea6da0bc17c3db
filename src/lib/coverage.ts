// Properties of a meaningful operating model, beyond valid references: everyone answers for something,
// every foundation is used, every use case is measured by a business outcome.
import type { EntryRef } from './collections.ts';
import { allReferences, referenceKind, type PlaybookEntry } from './references.ts';

const idsOf = (entries: readonly PlaybookEntry[], collection: string) =>
  entries.filter((e) => e.collection === collection).map((e) => e.id);

/** Roles that are accountable for no process step and own nothing (no process, component or metric). */
export function idleRoles(entries: readonly PlaybookEntry[]): string[] {
  const carrying = new Set(
    allReferences(entries)
      .filter((r) =>
        ['processes.steps.accountable', 'processes.owner', 'components.owner', 'metrics.owner', 'use-cases.businessOwner'].includes(
          referenceKind(r),
        ),
      )
      .map((r) => r.to.id),
  );
  return idsOf(entries, 'roles').filter((id) => !carrying.has(id));
}

/** Components that no use case requires and no other component depends on. */
export function unusedComponents(entries: readonly PlaybookEntry[]): string[] {
  const used = new Set(
    allReferences(entries)
      .filter((r) => ['use-cases.requires', 'components.dependsOn'].includes(referenceKind(r)))
      .map((r) => r.to.id),
  );
  return idsOf(entries, 'components').filter((id) => !used.has(id));
}

/** Use cases none of whose outcome metrics is a business-outcome metric. */
export function useCasesWithoutBusinessOutcome(entries: readonly PlaybookEntry[]): string[] {
  const kindOf = new Map(
    entries.filter((e) => e.collection === 'metrics').map((e) => [e.id, (e.data as { kind?: string }).kind]),
  );
  return entries
    .filter((e) => e.collection === 'use-cases')
    .filter((e) => !((e.data as { outcomeMetrics?: EntryRef[] }).outcomeMetrics ?? []).some((m) => kindOf.get(m.id) === 'business-outcome'))
    .map((e) => e.id);
}

/** Metrics that are not business outcomes and do not lead, through `supports`, to one. */
export function metricsNotServingAnOutcome(entries: readonly PlaybookEntry[]): string[] {
  const metrics = new Map(
    entries
      .filter((e) => e.collection === 'metrics')
      .map((e) => [e.id, e.data as { kind?: string; supports?: EntryRef[] }]),
  );
  const servesOutcome = (id: string, seen: Set<string>): boolean => {
    const metric = metrics.get(id);
    if (!metric || seen.has(id)) return false;
    if (metric.kind === 'business-outcome') return true;
    seen.add(id);
    return (metric.supports ?? []).some((s) => servesOutcome(s.id, seen));
  };
  return [...metrics.keys()].filter((id) => !servesOutcome(id, new Set()));
}

/** Words of prose in an MDX body: code blocks, link targets and Markdown punctuation do not count. */
export function proseWordCount(body: string): number {
  const prose = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`|[\]-]/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Fenced Mermaid diagrams in a body. */
export function mermaidBlocks(body: string): string[] {
  return [...body.matchAll(/```mermaid\r?\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/**
 * Questionnaire questions that point nowhere: without an entry that helps (`learnMore`) or without a stall
 * pattern they guard against (their own `addresses`, or their dimension's). Their recommendations would lead
 * the user nowhere.
 */
export function questionsWithoutGuidance(entries: readonly PlaybookEntry[]): string[] {
  type Dimension = { addresses?: EntryRef[]; questions?: { id: string; learnMore?: EntryRef[]; addresses?: EntryRef[] }[] };
  return entries
    .filter((e) => e.collection === 'assessment')
    .flatMap((e) => (e.data as { dimensions?: Dimension[] }).dimensions ?? [])
    .flatMap((d) =>
      (d.questions ?? [])
        .filter((q) => (q.learnMore ?? []).length === 0 || ((q.addresses ?? []).length === 0 && (d.addresses ?? []).length === 0))
        .map((q) => q.id),
    );
}
