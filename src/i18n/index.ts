import { en, type UiKey } from './en.ts';
import { collectionLabels } from './labels.ts';
import type { NavigationItem, SitePage } from '../lib/routes.ts';

/** An interface string, with `{name}` placeholders filled from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

export type { UiKey };
export * from './labels.ts';

/** What each site page is called in the navigation and breadcrumbs. */
const pageLabels: Record<SitePage, UiKey> = {
  home: 'nav.home',
  raci: 'nav.raci',
  assessment: 'nav.assessment',
  sequence: 'nav.sequence',
  authoring: 'footer.authoring',
};

/** The label of a navigation item: a collection's short name or a site page's name. */
export function navigationLabel(item: NavigationItem | { page: SitePage }): string {
  return 'collection' in item ? collectionLabels[item.collection].nav : t(pageLabels[item.page]);
}
