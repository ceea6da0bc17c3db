import { en, type UiKey } from './en.ts';
import { formatMessage, type MessageValues } from './format.ts';
import { collectionLabels } from './labels.ts';
import type { NavigationItem, SitePage } from '../lib/routes.ts';

/** The language of the interface strings. */
export const uiLanguage = 'en';

/** An interface string, with `{name}` placeholders filled from `values` (numbers formatted, plurals chosen). */
export function t(key: UiKey, values: MessageValues = {}): string {
  return formatMessage(en[key], values, uiLanguage);
}

/** The messages an island needs, to hand to it through the page (islands carry no dictionary of their own). */
export function messagesFor<K extends UiKey>(keys: readonly K[]): Pick<typeof en, K> {
  return Object.fromEntries(keys.map((key) => [key, en[key]])) as Pick<typeof en, K>;
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
  openData: 'openData.title',
};

/** The name of a navigation item, the same in the navigation, page titles and breadcrumbs. */
export function navigationLabel(item: NavigationItem | { page: SitePage }): string {
  return 'collection' in item ? collectionLabels[item.collection].plural : t(pageLabels[item.page]);
}
