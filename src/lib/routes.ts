// Every page of the site that is not an entry, and the main navigation: the one list the layout, the home
// page, the 404 page, the content check and the tests read.
import { pageCollections, type CollectionName, type PageCollection } from './collections.ts';

/** Site pages that are not entries, by name, as root-relative paths. */
export const sitePages = {
  home: '/',
  raci: '/raci/',
  assessment: '/assessment/',
  sequence: '/sequence/',
  authoring: '/authoring/',
  openData: '/open-data/',
} as const;
export type SitePage = keyof typeof sitePages;

/** Where the entries of collections without pages of their own (YAML data) are shown. */
export const dataCollectionPages: Record<Exclude<CollectionName, PageCollection>, SitePage> = {
  assessment: 'assessment',
};

/** The root-relative path of a collection's index page: `/roles/`. */
export const collectionPath = (collection: PageCollection) => `/${collection}/`;

/** Every root-relative path content may link to besides entries and collection indexes. */
export const staticRoutes: readonly string[] = Object.values(sitePages);

/** One item of the main navigation: a collection's index or a site page. */
export type NavigationItem = { collection: PageCollection; href: string } | { page: SitePage; href: string };

/** The main navigation, in order: every collection, then the views and tools. */
export const mainNavigation: readonly NavigationItem[] = [
  ...pageCollections.map((collection) => ({ collection, href: collectionPath(collection) })),
  { page: 'raci', href: sitePages.raci },
  { page: 'assessment', href: sitePages.assessment },
  { page: 'sequence', href: sitePages.sequence },
];

/** The three ways into the playbook the home page and the 404 page offer. */
export const waysIn = [
  { way: 'browse', href: collectionPath('guides') },
  { way: 'assess', href: sitePages.assessment },
  { way: 'plan', href: sitePages.sequence },
] as const;

/** The playbook as files other tools read, all generated at build time; the open-data page explains each. */
export const openDataFiles = {
  playbook: '/playbook.json',
  playbookSchema: '/playbook.schema.json',
  questionnaire: '/questionnaire.json',
  questionnaireSchema: '/questionnaire.schema.json',
  raci: '/raci.csv',
  llms: '/llms.txt',
  llmsFull: '/llms-full.txt',
} as const;
export type OpenDataFile = keyof typeof openDataFiles;

/** Where the site keeps Mermaid's prebuilt browser module (src/integrations/mermaid.ts), one folder per version. */
export const mermaidModulePath = (version: string) => `/_astro/mermaid-${version}/mermaid.esm.min.mjs`;
