// An entry's body for its page: the HTML rendered while the content loaded (bodies that read as Markdown, see
// src/node/entry-loader.ts), or the compiled MDX component (bodies that use MDX), with the headings of either.
import { render, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { MarkdownHeading } from 'astro';

export type EntryBody =
  | { html: string; headings: MarkdownHeading[] }
  | { Content: Awaited<ReturnType<typeof render>>['Content']; headings: MarkdownHeading[] };

export async function entryBody(entry: CollectionEntry<CollectionKey>): Promise<EntryBody> {
  const rendered = (entry as { rendered?: { html: string; metadata?: { headings?: MarkdownHeading[] } } }).rendered;
  if (rendered) return { html: rendered.html, headings: rendered.metadata?.headings ?? [] };
  const { Content, headings } = await render(entry);
  return { Content, headings };
}
