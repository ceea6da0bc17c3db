// What the browser keeps for the checklists of guides: the ticked items of each page, under one storage key
// (storageKeys.checklists): `{ "/guides/x/": ["item key", …] }`. Decoding never throws, and what cannot be read
// is never written over: the store is changed one page at a time, the other pages kept exactly as they were.

/** The stored value as read: every page's entry as written, whatever it holds. */
export type StoredTicks = Readonly<Record<string, unknown>>;

/** The stored text read: `ok: false` when it is not a JSON object (damaged, or written by something else). */
export type DecodedTicks = { ok: true; value: StoredTicks } | { ok: false };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the stored text (`null` when nothing is stored yet, which is an empty store). */
export function decodeTicks(text: string | null): DecodedTicks {
  if (text === null) return { ok: true, value: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  return isPlainObject(parsed) ? { ok: true, value: parsed } : { ok: false };
}

/** The item keys ticked on a page: only strings, each once (anything else in the entry is not a tick). */
export function ticksOn(stored: StoredTicks, page: string): string[] {
  const entry = Object.hasOwn(stored, page) ? stored[page] : undefined;
  if (!Array.isArray(entry)) return [];
  return [...new Set(entry.filter((key): key is string => typeof key === 'string'))];
}

/**
 * The text to store after ticking `keys` on `page` (none: the page's entry is removed), with every other page as
 * it was; `undefined` when the stored text cannot be read, so that nothing is written over it.
 */
export function withTicks(text: string | null, page: string, keys: readonly string[]): string | undefined {
  const decoded = decodeTicks(text);
  if (!decoded.ok) return undefined;
  // Object.fromEntries keeps a page called "__proto__" a page (an assignment would set the prototype instead).
  const others = Object.entries(decoded.value).filter(([other]) => other !== page);
  return JSON.stringify(Object.fromEntries(keys.length > 0 ? [...others, [page, [...keys]]] : others));
}
