/** Turns one path segment into an id the way GitHub slugs headings (and Astro's glob loader ids). */
export function slugify(segment: string): string {
  return segment
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The id of a content entry from its path inside the collection folder: `Roles/Business Owner.mdx` → `roles/business-owner`. */
export function entryIdFromPath(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\.[^./\\]+$/, '');
  return withoutExtension
    .split(/[/\\]/)
    .map(slugify)
    .join('/')
    .replace(/\/index$/, '');
}

/** Edit distance, used to suggest the id an author probably meant. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The known id closest to `wanted`, when it is close enough to be a likely typo. */
export function closestId(wanted: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of known) {
    const distance = editDistance(wanted, id);
    if (distance < bestDistance) [best, bestDistance] = [id, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}
