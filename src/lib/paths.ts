import type { EntryRef } from '../schemas/refs.ts';

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

/** The root-relative path of an entry's page: `{ collection: 'roles', id: 'business-owner' }` → `/roles/business-owner/`. */
export function entryPath(ref: EntryRef, fragment?: string): string {
  return `/${ref.collection}/${ref.id}/${fragment ? `#${fragment}` : ''}`;
}

/** The root-relative path of a collection's index page. */
export function collectionPath(collection: string): string {
  return `/${collection}/`;
}
