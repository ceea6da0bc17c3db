// What every island needs from its page: its data (a JSON script the Astro wrapper writes inside the element),
// its interface messages in the page's language, and links with the site's base path.
import { withBase } from '../../lib/paths.ts';
import { translator, type Message } from '../../i18n/format.ts';

/** The JSON the wrapper wrote into `<script type="application/json" data-island>` inside `element`. */
export function readIslandData<T>(element: HTMLElement): T {
  const script = element.querySelector<HTMLScriptElement>('script[type="application/json"][data-island]');
  if (!script?.textContent) throw new Error(`${element.localName}: no island data on the page`);
  return JSON.parse(script.textContent) as T;
}

/**
 * An island's data, from the page or, for a large island, from the JSON file the wrapper names in
 * `data-src` (so the page's HTML stays small and paints sooner; the build writes the file beside the page).
 */
export async function loadIslandData<T>(element: HTMLElement): Promise<T> {
  const script = element.querySelector<HTMLScriptElement>('script[type="application/json"][data-island]');
  const src = script?.dataset['src'];
  if (!src) return readIslandData<T>(element);
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${element.localName}: ${src} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The page's language (`<html lang>`), for numbers, dates and plurals. */
export const pageLanguage = () => document.documentElement.lang || 'en';

/** A translator over the messages the page handed to the island. */
export const islandTranslator = <K extends string>(messages: Readonly<Record<K, Message>>) => translator(messages, pageLanguage());

/** A root-relative site path with the site's base path (from `<html data-base>`). */
export const siteUrl = (path: string) => withBase(document.documentElement.dataset['base'] ?? '/', path);
