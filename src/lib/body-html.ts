// An entry's body, rendered to HTML while the content loads (src/node/entry-loader.ts), made ready for one page:
// what the MDX components MdxLink and MdxInput do for bodies compiled as MDX, done to the HTML.

/** `<a …href="…"…>` as the Markdown renderer writes it (attributes double-quoted). */
const anchor = /<a(\s[^>]*?)?\shref="([^"]*)"/g;
/** A task list's checkbox: the checklist island adds its own, which the reader can tick. */
const taskCheckbox = /<input(?=[^>]*\stype="checkbox")[^>]*>\s?/g;

const unescapeAttribute = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The body's HTML for a page: every root-relative link through `href` (the base path and the page's language),
 * other links as written; task-list checkboxes left to the checklist island.
 */
export function bodyHtmlForPage(html: string, href: (path: string) => string): string {
  return html
    .replace(anchor, (match, before: string | undefined, value: string) => {
      const target = unescapeAttribute(value);
      if (!target.startsWith('/') || target.startsWith('//')) return match;
      return `<a${before ?? ''} href="${escapeAttribute(href(target))}"`;
    })
    .replace(taskCheckbox, '');
}
