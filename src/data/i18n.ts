// The interface of one page's language at build time: its messages (the shipped dictionary, with the
// organization's own strings from content/i18n/<code>.yaml over it), labels, dates, numbers and the links to its
// pages. Every page and component asks `uiFor(Astro.currentLocale)`; islands get their messages through the page.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import settings from 'virtual:playbook/settings';
import { dictionaries, sourceLanguage, type Dictionary } from '../i18n/dictionaries.ts';
import { formatMessage, type Message, type MessageValues } from '../i18n/format.ts';
import type { UiKey } from '../i18n/en.ts';
import type { CollectionName } from '../lib/collections.ts';
import { localizedPath, type Locale } from '../lib/locales.ts';
import type { NavigationItem, SitePage } from '../lib/routes.ts';
import { withBase } from '../lib/paths.ts';
import { interfaceStringsFile, type SiteStringKey } from '../node/interface-strings.ts';

/** The interface of one language. */
export interface Ui {
  locale: Locale;
  /** The site's title, tagline, description and organization in this language (settings, or the content's i18n file). */
  site: { title: string; tagline: string; description: string; organization: string };
  /** Whether this is the default language (pages at the root). */
  isDefault: boolean;
  /** An interface string, placeholders filled, numbers formatted and plurals chosen for this language. */
  t: (key: UiKey, values?: MessageValues) => string;
  /** A collection's name and introduction. */
  collection: (name: CollectionName) => { plural: string; singular: string; intro: string };
  /** The label of an entry field shown on pages. */
  field: (name: string) => string;
  /** The label of an enum value (a role group, a status…); free text is returned as it is. */
  value: (value: string) => string;
  /** What a backlink means, by the field it comes from (`processes.steps.accountable`). */
  backlink: (kind: string) => string | undefined;
  /** The name of a navigation item, the same in the navigation, page titles and breadcrumbs. */
  navigation: (item: NavigationItem | { page: SitePage }) => string;
  /** A root-relative site path in this language, with the base path: every link to a page goes through it. */
  href: (path: string) => string;
  /** A date as this language writes it. */
  date: (date: Date) => string;
  /** The messages an island needs, in this language, to hand to it through the page. */
  messages: <K extends UiKey>(keys: readonly K[]) => Record<K, Message>;
}

/** The organization's own strings for a language, from the content folder (checked by `npm run check`). */
function overridesFor(code: string): Partial<Record<UiKey | SiteStringKey, Message>> {
  const file = interfaceStringsFile(settings.contentPath, code);
  if (!file) return {};
  return (parse(readFileSync(file, 'utf8')) ?? {}) as Partial<Record<UiKey | SiteStringKey, Message>>;
}

/** Where each site page's name comes from. */
const pageLabels: Record<SitePage, UiKey> = {
  home: 'nav.home',
  raci: 'nav.raci',
  assessment: 'nav.assessment',
  sequence: 'nav.sequence',
  authoring: 'footer.authoring',
  openData: 'openData.title',
};

const cache = new Map<string, Ui>();

/** The interface of a language (the default language when `code` is undefined or not published). */
export function uiFor(code: string | undefined): Ui {
  const locale = settings.locales.find((l) => l.code === code) ?? settings.locales[0]!;
  const cached = cache.get(locale.code);
  if (cached) return cached;
  const overrides = overridesFor(locale.code);
  const messages: Dictionary = {
    ...dictionaries[sourceLanguage]!,
    ...(dictionaries[locale.code] ?? {}),
    ...overrides,
  };
  const siteString = (key: 'title' | 'tagline' | 'description' | 'organization') => {
    const own = overrides[`site.${key}`];
    return typeof own === 'string' ? own : settings[key];
  };
  const t = (key: UiKey, values?: MessageValues) => formatMessage(messages[key], values, locale.code);
  const has = (key: string): key is UiKey => Object.hasOwn(messages, key);
  const dates = new Intl.DateTimeFormat(locale.code, { year: 'numeric', month: 'long', day: 'numeric' });
  const ui: Ui = {
    locale,
    isDefault: locale.code === settings.language,
    site: { title: siteString('title'), tagline: siteString('tagline'), description: siteString('description'), organization: siteString('organization') },
    t,
    collection: (name) => ({
      plural: t(`collection.${name}.plural`),
      singular: t(`collection.${name}.singular`),
      intro: t(`collection.${name}.intro`),
    }),
    field: (name) => (has(`field.${name}`) ? t(`field.${name}` as UiKey) : name),
    value: (value) => (has(`value.${value}`) ? t(`value.${value}` as UiKey) : value),
    backlink: (kind) => (has(`backlink.${kind}`) ? t(`backlink.${kind}` as UiKey) : undefined),
    navigation: (item) => ('collection' in item ? t(`collection.${item.collection}.plural`) : t(pageLabels[item.page])),
    href: (pathname) => withBase(import.meta.env.BASE_URL, localizedPath(pathname, locale.code, settings.language)),
    date: (date) => dates.format(date),
    messages: (keys) => Object.fromEntries(keys.map((key) => [key, messages[key]])) as Record<(typeof keys)[number], Message>,
  };
  cache.set(locale.code, ui);
  return ui;
}

/** Every published language's interface, the default language first. */
export const allUis = () => settings.locales.map((l) => uiFor(l.code));

/** The `locale` route parameter of every published language: none for the default language (pages at the root). */
export const localeParams = () =>
  settings.locales.map((l) => ({ locale: l.code === settings.language ? undefined : l.code }));
