import { isPageCollection, newFileFor, pageCollections, refKey, type CollectionName } from './collections.ts';
import { staticRoutes } from './routes.ts';
import { findCycles } from './graph.ts';
import { closestId } from './ids.ts';
import type { ContentProblem } from './problems.ts';
import { allReferences, type FieldPath, type PlaybookEntry } from './references.ts';
import { assessmentRuleProblems } from './assessment/rules.ts';

/** Two files that resolve to the same id in one collection. */
export function duplicateIdProblems(entries: readonly PlaybookEntry[]): ContentProblem[] {
  const byKey = new Map<string, PlaybookEntry[]>();
  for (const entry of entries) {
    const key = refKey(entry);
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  return [...byKey.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((entry) => ({
        file: entry.file,
        path: [],
        message: `has the id "${entry.id}", and so do ${group
          .filter((other) => other !== entry)
          .map((other) => other.file)
          .join(', ')}: ids must be unique within ${entry.collection}`,
        fix: 'rename one of the files (the id is the file name without its extension)',
      })),
    );
}

/** References to entries that do not exist, with the likely intended id. */
export function danglingReferenceProblems(entries: readonly PlaybookEntry[]): ContentProblem[] {
  const known = new Map<CollectionName, Set<string>>();
  for (const entry of entries) known.set(entry.collection, (known.get(entry.collection) ?? new Set()).add(entry.id));
  const fileOf = new Map(entries.map((e) => [refKey(e), e.file]));

  return allReferences(entries)
    .filter((ref) => !known.get(ref.to.collection)?.has(ref.to.id))
    .map((ref) => {
      const candidates = known.get(ref.to.collection) ?? new Set<string>();
      const guess = closestId(ref.to.id, candidates);
      const some = [...candidates].sort().slice(0, 8).join(', ');
      return {
        file: fileOf.get(refKey(ref.from))!,
        path: ref.path,
        message: `"${ref.to.id}" is not an entry of ${ref.to.collection}`,
        fix: guess
          ? `did you mean "${guess}"?`
          : candidates.size > 0
            ? `use an existing id (${some}${candidates.size > 8 ? ', …' : ''}) or create ${newFileFor(ref.to.collection, ref.to.id)}`
            : `create ${newFileFor(ref.to.collection, ref.to.id)}`,
      };
    });
}

interface WithDependsOn {
  dependsOn?: readonly { id: string }[];
}

/** Cycles in the components' `dependsOn`: a component cannot be built before itself. */
export function dependencyCycleProblems(entries: readonly PlaybookEntry[]): ContentProblem[] {
  const components = entries.filter((e) => e.collection === 'components');
  const graph = new Map(
    components.map((c) => [c.id, ((c.data as WithDependsOn).dependsOn ?? []).map((d) => d.id)]),
  );
  const fileOf = new Map(components.map((c) => [c.id, c.file]));
  return findCycles(graph).map(({ path: cycle, members }) => {
    const [first, second] = cycle as [string, string];
    const index = (graph.get(first) ?? []).indexOf(second);
    const others = members.filter((m) => !cycle.includes(m));
    return {
      file: fileOf.get(first)!,
      path: ['dependsOn', index],
      message: `dependency cycle: ${cycle.join(' → ')}${
        others.length > 0 ? ` (${members.join(', ')} all depend on each other: there is more than one cycle among them)` : ''
      }`,
      fix: `remove one of these dependsOn links so that the components can be built in order (for example "${second}" from ${first})`,
    };
  });
}

/** Ids that must be unique inside one entry: process steps, questionnaire dimensions and questions. */
export function innerIdProblems(entries: readonly PlaybookEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const checkUnique = (entry: PlaybookEntry, items: readonly { id: string }[], path: (i: number) => FieldPath, what: string) => {
    const firstAt = new Map<string, number>();
    items.forEach((item, i) => {
      if (firstAt.has(item.id)) {
        problems.push({
          file: entry.file,
          path: [...path(i), 'id'],
          message: `${what} id "${item.id}" is used twice (also at position ${firstAt.get(item.id)! + 1})`,
          fix: `give each ${what} its own id`,
        });
      } else firstAt.set(item.id, i);
    });
  };
  for (const entry of entries) {
    if (entry.collection === 'processes') {
      const { steps = [] } = entry.data as { steps?: { id: string }[] };
      checkUnique(entry, steps, (i) => ['steps', i], 'step');
    }
    if (entry.collection === 'assessment') {
      const { dimensions = [] } = entry.data as { dimensions?: { id: string; questions?: { id: string }[] }[] };
      checkUnique(entry, dimensions, (i) => ['dimensions', i], 'dimension');
      const questions = dimensions.flatMap((d, di) => (d.questions ?? []).map((q, qi) => ({ id: q.id, di, qi })));
      checkUnique(entry, questions, (i) => ['dimensions', questions[i]!.di, 'questions', questions[i]!.qi], 'question');
    }
  }
  return problems;
}

/** A root-relative link written in an entry's body, with the line it is on (1-based, within the body). */
export interface BodyLink {
  href: string;
  line: number;
}

/** Root-relative Markdown links in a body: `[text](/roles/business-owner/)`. */
export function bodyLinks(body: string): BodyLink[] {
  const links: BodyLink[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/\]\((\/[^)\s]*)\)/g)) links.push({ href: match[1]!, line: index + 1 });
  });
  return links;
}

/** Whether a root-relative href points at a page the site generates (ignoring `#fragment` and `?query`). */
export function isKnownRoute(href: string, entries: readonly PlaybookEntry[]): boolean {
  const path = href.replace(/[?#].*$/, '');
  const normalized = path.endsWith('/') ? path : `${path}/`;
  if (staticRoutes.includes(normalized)) return true;
  const [collection, id, ...rest] = normalized.split('/').filter(Boolean);
  if (!collection || !isPageCollection(collection) || rest.length > 0) return false;
  return id === undefined || entries.some((e) => e.collection === collection && e.id === id);
}

/** Links in bodies to pages that do not exist. `bodyLine` maps a body line to a file line. */
export function bodyLinkProblems(
  entry: PlaybookEntry,
  body: string,
  entries: readonly PlaybookEntry[],
  bodyLine: (line: number) => number,
): ContentProblem[] {
  return bodyLinks(body)
    .filter((link) => !isKnownRoute(link.href, entries))
    .map((link) => {
      const [collection, id] = link.href.replace(/[?#].*$/, '').split('/').filter(Boolean);
      const isCollection = isPageCollection(collection ?? '');
      const ids = entries.filter((e) => e.collection === collection).map((e) => e.id);
      const guess = id ? closestId(id, ids) : undefined;
      return {
        file: entry.file,
        path: [],
        line: bodyLine(link.line),
        message: isCollection
          ? `links to ${link.href}, but there is no entry "${id}" in ${collection}`
          : `links to ${link.href}, which is not a page of this site`,
        fix: guess
          ? `did you mean /${collection}/${guess}/?`
          : isCollection
            ? `create ${newFileFor(collection as CollectionName, id ?? '')} or correct the link`
            : `link to an entry as /collection/id/ (collections: ${pageCollections.join(', ')}) or to ${staticRoutes.join(', ')}`,
      };
    });
}

/** Every cross-entry rule over parsed entries (schema problems are found while parsing). */
export function playbookRuleProblems(entries: readonly PlaybookEntry[]): ContentProblem[] {
  return [
    ...duplicateIdProblems(entries),
    ...danglingReferenceProblems(entries),
    ...dependencyCycleProblems(entries),
    ...innerIdProblems(entries),
    ...assessmentRuleProblems(entries),
  ];
}
