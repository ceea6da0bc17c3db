// The sections an entry page draws from its fields (not from its Markdown), by collection, with the ids their
// headings get: the on-page contents list links to them.
import type { PageCollection } from './collections.ts';

/** A section drawn from a field: its heading's id and the field it shows. */
export interface StructuredSection {
  id: string;
  field: string;
}

export const structuredSections: Partial<Record<PageCollection, readonly StructuredSection[]>> = {
  processes: [{ id: 'steps', field: 'steps' }],
  'use-cases': [{ id: 'build-order', field: 'buildOrder' }],
  'stall-patterns': [
    { id: 'warning-signs', field: 'warningSigns' },
    { id: 'countermeasures', field: 'countermeasures' },
  ],
};

/** The id of the "Referenced by" section. */
export const backlinksSectionId = 'referenced-by';

/** One line of an on-page contents list. */
export interface ContentsItem {
  id: string;
  text: string;
}

/**
 * The contents of an entry page in reading order: the sections drawn from fields (they come first on the page),
 * the body's second-level headings, then "Referenced by" when the page has it.
 */
export function entryContents(
  sections: readonly { id: string; text: string }[],
  headings: readonly { depth: number; slug: string; text: string }[],
  referencedBy?: string,
): ContentsItem[] {
  return [
    ...sections,
    ...headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text })),
    ...(referencedBy ? [{ id: backlinksSectionId, text: referencedBy }] : []),
  ];
}
