// What the search index knows beyond a page's text: the facets readers filter by, and the words a diagram
// stands for. Pure, so the pages, the Pagefind integration and the unit tests share one definition.
import type { PageCollection } from './collections.ts';
import type { PlaybookData } from '../schemas/index.ts';

/**
 * The fields readers filter search results by, per collection, besides the entry's type. A field named here
 * must exist in the collection's schema (`astro check` says so), and needs a `search.filter.<field>` label.
 */
export const searchFacets = {
  components: ['category', 'status'],
  'use-cases': ['businessUnit', 'stage'],
  metrics: ['kind'],
} as const satisfies { readonly [C in PageCollection]?: readonly (keyof PlaybookData[C] & string)[] };

export type SearchFacetField = (typeof searchFacets)[keyof typeof searchFacets][number];

/** One facet of an entry: the field and its value as the entry holds it. */
export interface SearchFacet {
  field: SearchFacetField;
  value: string;
}

/** The facet values of an entry, in the order of `searchFacets`; empty values are left out. */
export function searchFacetsOf(collection: PageCollection, data: Record<string, unknown>): SearchFacet[] {
  const fields: readonly SearchFacetField[] = (searchFacets as Partial<Record<PageCollection, readonly SearchFacetField[]>>)[collection] ?? [];
  return fields.flatMap((field) => {
    const value = data[field];
    return typeof value === 'string' && value.trim() ? [{ field, value }] : [];
  });
}

/**
 * The attributes that give Pagefind an element's filters: `Type[data-search-type], Stage[data-search-stage]`
 * with the values in `data-search-*` attributes (one literal `key:value` per attribute is all Pagefind reads,
 * so several filters on one element take their values from attributes).
 */
export function pagefindFilterAttributes(filters: readonly { key: string; label: string; value: string }[]): Record<string, string> {
  if (filters.length === 0) return {};
  const safe = (label: string) => label.replace(/[,:[\]]/g, ' ').trim();
  // HTML attribute names are lower-case: businessUnit → data-search-business-unit.
  const attribute = (key: string) => `data-search-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return {
    'data-pagefind-filter': filters.map((f) => `${safe(f.label)}[${attribute(f.key)}]`).join(', '),
    ...Object.fromEntries(filters.map((f) => [attribute(f.key), f.value])),
  };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : match;
    }
    return entities[name.toLowerCase()] ?? match;
  });
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * What a Mermaid diagram says in words: its `accTitle` and `accDescr` (single-line or `accDescr { … }`), the
 * text screen readers get once it is drawn. Empty when the source has neither.
 */
export function mermaidTextEquivalent(source: string): string {
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1];
  const line = /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1];
  const description = (block ?? line)?.replace(/\s+/g, ' ').trim();
  return [title, description]
    .filter((part): part is string => Boolean(part))
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

const diagramSources = [
  // A fenced ```mermaid block in Markdown.
  /<pre\b[^>]*>\s*<code\b[^>]*\bclass="[^"]*\blanguage-mermaid\b[^"]*"[^>]*>([\s\S]*?)<\/code>\s*<\/pre>/gi,
  // A diagram the site generates (component graphs).
  /<pre\b[^>]*\bclass="[^"]*\bmermaid-source\b[^"]*"[^>]*>([\s\S]*?)<\/pre>/gi,
];

/**
 * A built page as the search index should read it: each diagram's source replaced by its text equivalent,
 * so searching finds what a diagram says and never its syntax.
 */
export function indexableHtml(html: string): string {
  return diagramSources.reduce(
    (text, pattern) =>
      text.replace(pattern, (_match, source: string) => {
        const words = mermaidTextEquivalent(decodeEntities(source.replace(/<[^>]*>/g, '')));
        return words ? `<p data-diagram-text>${escapeHtml(words)}</p>` : '';
      }),
    html,
  );
}
