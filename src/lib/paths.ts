import { isPageCollection, type EntryRef } from './collections.ts';
import { dataCollectionPages, sitePages } from './routes.ts';

/**
 * Joins the site's base path and a root-relative path: `withBase('/playbook', '/roles/')` → `/playbook/roles/`.
 * The one place where the base path is added to a link. External URLs, `#fragments`, `mailto:` and
 * relative paths are returned unchanged.
 */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = base.replace(/\/+$/, '');
  return `${prefix}${path}`;
}

/** Removes the base path from a path, for comparing a link with the current page. */
export function withoutBase(base: string, path: string): string {
  const prefix = base.replace(/\/+$/, '');
  return prefix && path.startsWith(prefix) ? path.slice(prefix.length) || '/' : path;
}

/**
 * The root-relative path of an entry's page: `{ collection: 'roles', id: 'business-owner' }` → `/roles/business-owner/`.
 * Entries of data collections (the questionnaire) are shown on a site page of their own.
 */
export function entryPath(ref: EntryRef, fragment?: string): string {
  const { collection, id } = ref;
  const page = isPageCollection(collection) ? `/${collection}/${id}/` : sitePages[dataCollectionPages[collection]];
  return `${page}${fragment ? `#${fragment}` : ''}`;
}

/** The link to edit a content file in its repository: `{path}` in the pattern is replaced by the file's path. */
export function editUrlFor(pattern: string, filePath: string): string {
  return pattern.replace(/\{path\}|%7Bpath%7D/, filePath.split('\\').join('/').replace(/^(\.\/)+/, ''));
}

export { collectionPath } from './routes.ts';
