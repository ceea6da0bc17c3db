// The loader of the playbook's MDX collections: Astro's glob loader, with one change. An entry whose body uses no
// MDX of its own (no import, export, JSX or {expression}: almost every entry of a playbook) reads the same as
// Markdown, so it is rendered as Markdown while the content loads, as Astro does for .md files. Only bodies that use
// MDX become a module of the site's bundle. The bundler then handles a handful of modules instead of one per entry,
// which was a third of the build's time and most of its memory (README, "Performance").
import { pathToFileURL } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { markdownToMdast, mdxToMdast } from 'satteri';

type GlobOptions = Parameters<typeof glob>[0];
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];
type RenderFunction = (entry: { body?: string; filePath?: string }) => Promise<StoredEntry['rendered']>;
/** What Astro knows of a file extension (an integration's content entry type); the glob loader reads it from its context. */
interface EntryType {
  getRenderFunction?: (config: unknown) => Promise<RenderFunction>;
  [key: string]: unknown;
}

/** A syntax tree without positions, to compare how two parsers read the same text. */
const shape = (node: unknown): string =>
  JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value));

/**
 * Whether a body means the same read as Markdown as it does read as MDX: no MDX syntax in it, and none of the
 * constructs MDX reads differently (indented code, HTML comments, autolinks). A body that is not valid MDX is left
 * to the MDX compiler, which reports it.
 */
export function readsAsMarkdown(body: string): boolean {
  try {
    return shape(mdxToMdast(body)) === shape(markdownToMdast(body));
  } catch {
    return false;
  }
}

export function entryLoader(options: GlobOptions): Loader {
  const files = glob(options);
  return {
    name: 'playbook-entries',
    load: async (context) => {
      const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      const mdx = entryTypes?.get('.mdx');
      if (!entryTypes || !mdx) return files.load(context);
      const render: RenderFunction = async ({ body = '', filePath }) =>
        readsAsMarkdown(body) ? context.renderMarkdown(body, filePath ? { fileURL: pathToFileURL(filePath) } : {}) : undefined;
      const asMarkdown: EntryType = { ...mdx, getRenderFunction: async () => render };
      // What was not rendered as Markdown is compiled as MDX, as the glob loader does for every .mdx file.
      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry) =>
          context.store.set(entry.rendered || !entry.filePath?.endsWith('.mdx') ? entry : { ...entry, deferredRender: true }),
      };
      await files.load({ ...context, store, entryTypes: new Map([...entryTypes, ['.mdx', asMarkdown]]) } as LoaderContext);
    },
  };
}
