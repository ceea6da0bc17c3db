import { isPageCollection, newFileFor, pageCollections, refKey, type CollectionName, type EntryRef } from './collections.ts';
import { staticRoutes } from './routes.ts';
import { entryPath } from './paths.ts';
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

/** A link written in an entry's body, with its line in the file. */
export interface BodyLink {
  href: string;
  line: number;
}

/** An origin no real link has, to resolve links as a browser on the site would. */
const siteOrigin = 'https://playbook.invalid';

/**
 * Where a link in an entry's body leads, as a root-relative path without `#fragment` or `?query`, resolved
 * against the entry's own page as a browser does (`../data-owner/` on `/roles/business-owner/` is
 * `/roles/data-owner/`). Undefined for links that leave the site (other origins, `mailto:`) and for links to
 * a place on the same page.
 */
export function linkTarget(href: string, from: EntryRef): string | undefined {
  if (href.startsWith('#')) return undefined;
  let url: URL;
  try {
    url = new URL(href, `${siteOrigin}${entryPath(from)}`);
  } catch {
    return href;
  }
  if (url.origin !== siteOrigin) return undefined;
  return decodeURIComponent(url.pathname);
}

/** The `collection/id` keys of a list of entries, made once per list: every link of every body is looked up in it. */
const entryKeysOf = (() => {
  const cache = new WeakMap<readonly PlaybookEntry[], ReadonlySet<string>>();
  return (entries: readonly PlaybookEntry[]) => {
    let keys = cache.get(entries);
    if (!keys) cache.set(entries, (keys = new Set(entries.map(refKey))));
    return keys;
  };
})();

/** Whether a root-relative path is a page the site generates. */
export function isKnownRoute(path: string, entries: readonly PlaybookEntry[]): boolean {
  const normalized = path.endsWith('/') ? path : `${path}/`;
  if (staticRoutes.includes(normalized)) return true;
  const [collection, id, ...rest] = normalized.split('/').filter(Boolean);
  if (!collection || !isPageCollection(collection) || rest.length > 0) return false;
  return id === undefined || entryKeysOf(entries).has(refKey({ collection, id }));
}

/** Links in an entry's body to pages that do not exist, in any form, relative links included. */
export function bodyLinkProblems(entry: PlaybookEntry, links: readonly BodyLink[], entries: readonly PlaybookEntry[]): ContentProblem[] {
  return links.flatMap((link) => {
    const target = linkTarget(link.href, entry);
    if (target === undefined || isKnownRoute(target, entries)) return [];
    const parts = target.split('/').filter(Boolean);
    const [collection, id] = parts;
    const isEntryLink = parts.length === 2 && isPageCollection(collection ?? '');
    const relative = !link.href.startsWith('/');
    // The entry the author probably meant: the closest id in the named collection, or in any collection.
    const wanted = isEntryLink ? id! : parts.at(-1) ?? '';
    const candidates = entries.filter((e) => isPageCollection(e.collection) && (!isEntryLink || e.collection === collection));
    const guessId = wanted ? closestId(wanted, candidates.map((e) => e.id)) : undefined;
    const guess = guessId ? candidates.find((e) => e.id === guessId) : undefined;
    const where = relative ? ` (from this page it leads to ${target})` : '';
    return [
      {
        file: entry.file,
        path: [],
        line: link.line,
        message: isEntryLink
          ? `links to ${link.href}${where}, but there is no entry "${id}" in ${collection}`
          : `links to ${link.href}${where}, which is not a page of this site`,
        fix: [
          guess ? `did you mean ${entryPath(guess)}?` : undefined,
          relative ? `a relative link resolves from this page's own address (${entryPath(entry)}): write root-relative links such as /roles/business-owner/` : undefined,
          !guess && isEntryLink ? `create ${newFileFor(collection as CollectionName, id ?? '')} or correct the link` : undefined,
          !guess && !isEntryLink && !relative
            ? `link to an entry as /collection/id/ (collections: ${pageCollections.join(', ')}), or to ${staticRoutes.join(', ')}`
            : undefined,
        ]
          .filter(Boolean)
          .join('; '),
      },
    ];
  });
}

/** The component statuses a use case at each stage may rely on: a pilot runs on foundations at least in build. */
const statusesAllowedAt: Partial<Record<string, readonly string[]>> = {
  pilot: ['building', 'available'],
  production: ['available'],
  scaled: ['available'],
};

/** Use cases whose stage is ahead of the components they require: a pilot on planned foundations, production on unfinished ones. */
export function stageStatusProblems(entries: readonly PlaybookEntry[]): ContentProblem[] {
  // A component whose file is invalid has no status to judge by: its own problem is reported instead.
  const statusOf = new Map(
    entries
      .filter((e) => e.collection === 'components')
      .flatMap((c) => {
        const { status } = c.data as { status?: string };
        return status === undefined ? [] : [[c.id, status] as const];
      }),
  );
  return entries
    .filter((e) => e.collection === 'use-cases')
    .flatMap((useCase) => {
      const { stage, requires = [] } = useCase.data as { stage?: string; requires?: readonly { id: string }[] };
      const allowed = statusesAllowedAt[stage ?? ''];
      if (!allowed) return [];
      return requires.flatMap((component, index) => {
        const status = statusOf.get(component.id);
        if (status === undefined || allowed.includes(status)) return [];
        return [
          {
            file: useCase.file,
            path: ['requires', index],
            message: `is in ${stage}, but "${component.id}" is still ${status}`,
            fix: "set the use case's stage to what its foundations allow, or update the component's status when it is built (a use case cannot run on foundations that do not exist yet)",
          },
        ];
      });
    });
}

/** The statuses a component's own foundations must have: what is available runs only on what is available, and
 * what is in build is built on what is at least in build (never on a plan). */
const dependencyStatusesAllowedAt: Partial<Record<string, readonly string[]>> = {
  building: ['building', 'available'],
  available: ['available'],
};

/** Components further along than what they are built on: an available component on one still in build, say. With
 * this rule, a use case's stage holds for everything underneath what it requires, not only for its direct needs. */
export function componentStatusProblems(entries: readonly PlaybookEntry[]): ContentProblem[] {
  const components = entries.filter((e) => e.collection === 'components');
  const statusOf = new Map(
    components.flatMap((c) => {
      const { status } = c.data as { status?: string };
      return status === undefined ? [] : [[c.id, status] as const];
    }),
  );
  return components.flatMap((component) => {
    const { status, dependsOn = [] } = component.data as { status?: string; dependsOn?: readonly { id: string }[] };
    const allowed = dependencyStatusesAllowedAt[status ?? ''];
    if (!allowed) return [];
    return dependsOn.flatMap((dependency, index) => {
      const dependencyStatus = statusOf.get(dependency.id);
      if (dependencyStatus === undefined || allowed.includes(dependencyStatus)) return [];
      return [
        {
          file: component.file,
          path: ['dependsOn', index],
          message: `is ${status}, but "${dependency.id}", which it is built on, is still ${dependencyStatus}`,
          fix: `set this component's status to what its foundations allow, or update "${dependency.id}"'s status (a component cannot be further along than what it is built on)`,
        },
      ];
    });
  });
}

/** Every cross-entry rule over parsed entries (schema problems are found while parsing). */
export function playbookRuleProblems(entries: readonly PlaybookEntry[]): ContentProblem[] {
  return [
    ...duplicateIdProblems(entries),
    ...danglingReferenceProblems(entries),
    ...dependencyCycleProblems(entries),
    ...innerIdProblems(entries),
    ...stageStatusProblems(entries),
    ...componentStatusProblems(entries),
    ...assessmentRuleProblems(entries),
  ];
}
