// Reads the built site as a static host serves it: pages, their links and their anchors.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every HTML file in a build, as site paths without the base: `roles/owner/index.html` → `/roles/owner/`. */
export function builtPages(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

const decode = (value: string) =>
  value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Every URL a page refers to through href, src or srcset. */
export function linksIn(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) links.push(decode(match[1]!));
  for (const match of html.matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const candidate of decode(match[1]!).split(',')) links.push(candidate.trim().split(/\s+/)[0]!);
  }
  return links;
}

/** Every anchor a page offers: its id and name attributes. */
export function anchorsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1]!)));
}
