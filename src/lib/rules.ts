import { isPageCollection, newFileFor, pageCollections, refKey, type CollectionName, type EntryRef } from './collections.ts';
import { openDataFiles, staticRoutes } from './routes.ts';
import { localizedPath, pathLocale } from './locales.ts';
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

/**
 * References to entries that do not exist, with the likely intended id: the references `from` makes (by default
 * every entry's) against every entry there is.
 */
export function danglingReferenceProblems(entries: readonly PlaybookEntry[], from: readonly PlaybookEntry[] = entries): ContentProblem[] {
  const known = new Map<CollectionName, Set<string>>();
  for (const entry of entries) known.set(entry.collection, (known.get(entry.collection) ?? new Set()).add(entry.id));
  const fileOf = new Map(from.map((e) => [refKey(e), e.file]));

  return allReferences(from)
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

/**
 * A link written in an entry's body, with its line in the file, and how the site treats it:
 * - `markdown`: a Markdown link (`[x](/roles/x/)`, a reference definition, an autolink); the site gives a
 *   root-relative one the base path and, on a translated page, the language's prefix;
 * - `element`: `<a href>` or `<img src>` written as HTML or JSX; left as written, the browser resolves it;
 * - `image`: a Markdown image (`![x](./x.png)`); a relative path names a file beside the entry, which the build
 *   bundles (a missing file stops it), a root-relative one a file of `public/`.
 */
export interface BodyLink {
  href: string;
  line: number;
  kind?: 'markdown' | 'element' | 'image';
}

/** What the site publishes besides entries, so that the link check knows every address a body may lead to. */
export interface PublishedSite {
  /** Every language the site is published in (the code of each), and the default one, which has no prefix. */
  languages: readonly string[];
  defaultLanguage: string;
  /** The files of `public/`, as root-relative paths: `/favicon.svg`. */
  publicFiles: ReadonlySet<string>;
  /** Whether a file exists, by its path relative to the project root (for images beside an entry). */
  isFile: (projectPath: string) => boolean;
}

/** A site in one language with no public files: for rules that do not look at files. */
export const bareSite: PublishedSite = { languages: ['en'], defaultLanguage: 'en', publicFiles: new Set(), isFile: () => false };

/** An origin no real link has, to resolve links as a browser on the site would. */
const siteOrigin = 'https://playbook.invalid';

/**
 * Where a link on the page at `page` (a root-relative address) leads, as a root-relative path without `#fragment`
 * or `?query`, resolved as a browser does (`../data-owner/` on `/roles/business-owner/` is `/roles/data-owner/`).
 * Undefined for links that leave the site (other origins, `mailto:`) and for links to a place on the same page.
 */
export function linkTarget(href: string, page: string): string | undefined {
  if (href.startsWith('#')) return undefined;
  let url: URL;
  try {
    url = new URL(href, `${siteOrigin}${page}`);
  } catch {
    return href;
  }
  if (url.origin !== siteOrigin) return undefined;
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
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

const openDataPaths: ReadonlySet<string> = new Set(Object.values(openDataFiles));

/**
 * Whether a root-relative path is an address of the site: a page (a site page, a collection's index or an entry,
 * in any published language) or a file (the open-data files and the files of `public/`, at the root only).
 */
export function isKnownRoute(path: string, entries: readonly PlaybookEntry[], site: PublishedSite = bareSite): boolean {
  if (openDataPaths.has(path) || site.publicFiles.has(path)) return true;
  const { path: page } = pathLocale(path, site.languages, site.defaultLanguage);
  const normalized = page.endsWith('/') ? page : `${page}/`;
  if (staticRoutes.includes(normalized)) return true;
  const [collection, id, ...rest] = normalized.split('/').filter(Boolean);
  if (!collection || !isPageCollection(collection) || rest.length > 0) return false;
  return id === undefined || entryKeysOf(entries).has(refKey({ collection, id }));
}

/** The page an entry is shown on, in a language: `/de/roles/business-owner/`. */
const pageOf = (entry: EntryRef, language: string | undefined, site: PublishedSite) =>
  localizedPath(entryPath(entry), language ?? site.defaultLanguage, site.defaultLanguage);

/** A Markdown image's file, relative to the project root: `./x.png` in `content/guides/a.mdx` is `content/guides/x.png`. */
function imageFileOf(href: string, file: string): string {
  let relative = href.split(/[?#]/)[0]!;
  try {
    relative = decodeURIComponent(relative);
  } catch {
    // Left as written.
  }
  const parts = file.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    // Up from the folder, or further up than the project (a content folder outside it: ../playbook/guides/).
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
const isRelative = (href: string) => !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('/') && !href.startsWith('#');

/**
 * Links in an entry's body to pages or files that do not exist, in any form (relative links resolved from the page
 * they are on, images included). `language` is the page's language, for a translation's body.
 */
export function bodyLinkProblems(
  entry: PlaybookEntry,
  links: readonly BodyLink[],
  entries: readonly PlaybookEntry[],
  site: PublishedSite = bareSite,
  language?: string,
): ContentProblem[] {
  const page = pageOf(entry, language, site);
  return links.flatMap(({ href, line, kind = 'markdown' }): ContentProblem[] => {
    if (kind === 'image' && isRelative(href)) {
      const file = imageFileOf(href, entry.file);
      if (site.isFile(file)) return [];
      return [
        {
          file: entry.file,
          path: [],
          line,
          message: `shows the image ${href}, but there is no file ${file}`,
          fix: "a relative image path is read from the entry's own folder: put the image there, or correct the path",
        },
      ];
    }
    // A root-relative Markdown link to a page gets the page's language prefix on a translated page (files keep their
    // one address); the rest stays as written.
    const rendered = kind === 'markdown' && href.startsWith('/') && !href.startsWith('//') ? localizedPath(href, language ?? site.defaultLanguage, site.defaultLanguage) : href;
    const target = linkTarget(rendered, page);
    if (target === undefined || isKnownRoute(target, entries, site)) return [];
    const parts = pathLocale(target, site.languages, site.defaultLanguage).path.split('/').filter(Boolean);
    const [collection, id] = parts;
    const isEntryLink = parts.length === 2 && isPageCollection(collection ?? '');
    const relative = !href.startsWith('/');
    const where = target === href ? '' : relative ? ` (from this page, ${page}, it leads to ${target})` : ` (on this page it leads to ${target})`;
    if (kind === 'image' || /\.[a-z0-9]+$/i.test(target)) {
      return [
        {
          file: entry.file,
          path: [],
          line,
          message: `${kind === 'image' ? 'shows the image' : 'links to'} ${href}${where}, which is not a file of this site`,
          fix: `a file the site serves as it is goes in public/ (public/favicon.svg is /favicon.svg)${kind === 'image' ? "; or put the image beside the entry and write a relative path such as ./diagram.png" : ''}`,
        },
      ];
    }
    // The entry the author probably meant: the closest id in the named collection, or in any collection.
    const wanted = isEntryLink ? id! : parts.at(-1) ?? '';
    const candidates = entries.filter((e) => isPageCollection(e.collection) && (!isEntryLink || e.collection === collection));
    const guessId = wanted ? closestId(wanted, candidates.map((e) => e.id)) : undefined;
    const guess = guessId ? candidates.find((e) => e.id === guessId) : undefined;
    // What to write instead: a Markdown link gets the language prefix from the site, an element does not.
    const suggestion = guess && (kind === 'element' ? pageOf(guess, language, site) : entryPath(guess));
    return [
      {
        file: entry.file,
        path: [],
        line,
        message: isEntryLink
          ? `links to ${href}${where}, but there is no entry "${id}" in ${collection}`
          : `links to ${href}${where}, which is not a page of this site`,
        fix: [
          suggestion ? `did you mean ${suggestion}?` : undefined,
          relative ? `a relative link resolves from this page's own address (${page}): write root-relative links such as /roles/business-owner/` : undefined,
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
