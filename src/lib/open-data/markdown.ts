// Small, careful edits to the Markdown of entry bodies for the open-data files: links that work outside the
// site, and headings that nest under the entry's own. Code (fenced or inline) is never touched.

/** Splits Markdown into prose and fenced code blocks, so edits apply to prose only. */
function splitFences(markdown: string): { text: string; code: boolean }[] {
  const parts: { text: string; code: boolean }[] = [];
  let fence: string | undefined;
  let current: string[] = [];
  const flush = (code: boolean) => {
    if (current.length > 0) parts.push({ text: current.join('\n'), code });
    current = [];
  };
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (!fence && marker) {
      flush(false);
      fence = marker;
      current.push(line);
    } else if (fence && marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) {
      current.push(line);
      flush(true);
      fence = undefined;
    } else current.push(line);
  }
  flush(fence !== undefined);
  return parts;
}

/** Applies `edit` to the prose of `markdown`, outside fenced code and inline code spans. */
function editProse(markdown: string, edit: (prose: string) => string): string {
  return splitFences(markdown)
    .map(({ text, code }) => (code ? text : text.split(/(`+[^`]*`+)/).map((piece, i) => (i % 2 === 1 ? piece : edit(piece))).join('')))
    .join('\n');
}

/**
 * Rewrites root-relative link targets (`[text](/roles/owner/)`, `[id]: /roles/owner/`, `href="/…"`) with
 * `href`, e.g. into absolute URLs with the site's base path. Other links are left as they are.
 */
export function rewriteMarkdownLinks(markdown: string, href: (path: string) => string): string {
  const rootRelative = (target: string) => target.startsWith('/') && !target.startsWith('//');
  return editProse(markdown, (prose) =>
    prose
      .replace(/(\]\(\s*<?)(\/[^)\s>]*)/g, (match, open: string, target: string) => (rootRelative(target) ? `${open}${href(target)}` : match))
      .replace(/^(\s{0,3}\[[^\]]+\]:\s*<?)(\/\S*?)(>?(?:\s|$))/gm, (match, open: string, target: string, close: string) =>
        rootRelative(target) ? `${open}${href(target)}${close}` : match,
      )
      .replace(/(\shref=["'])(\/[^"']*)/g, (match, open: string, target: string) => (rootRelative(target) ? `${open}${href(target)}` : match)),
  );
}

/** Moves every ATX heading (`## Title`) down by `levels`, at most to level 6, so a body nests under a heading. */
export function shiftHeadings(markdown: string, levels: number): string {
  return splitFences(markdown)
    .map(({ text, code }) =>
      code ? text : text.replace(/^( {0,3})(#{1,6})(?=\s|$)/gm, (_m, indent: string, hashes: string) => `${indent}${'#'.repeat(Math.min(6, hashes.length + levels))}`),
    )
    .join('\n');
}
