// How much JavaScript a built page loads before anyone clicks: its module scripts and every chunk they import
// statically (dynamic imports, such as Mermaid on pages with diagrams, load later and are not counted), gzipped.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** Each script file with its size in bytes, raw and gzipped. */
  files: { file: string; bytes: number; gzipped: number }[];
  gzipped: number;
}

/** The site path of a page (`/assessment/`) as its HTML file in a build. */
const htmlFile = (dir: string, page: string) => path.join(dir, ...page.split('/').filter(Boolean), 'index.html');

/** The JavaScript a built page loads up front. `base` is the site's base path (`/` or `/playbook/`). */
export function pageWeight(dir: string, page: string, base = '/'): PageWeight {
  const file = htmlFile(dir, page);
  if (!existsSync(file)) throw new Error(`${file} does not exist: build the site first (npm run build)`);
  const html = readFileSync(file, 'utf8');
  const prefix = base.replace(/\/+$/, '');
  const toFile = (src: string) => path.join(dir, src.startsWith(prefix) ? src.slice(prefix.length) : src);
  const pending = [...html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)].map((m) => toFile(m[1]!));
  const seen = new Set<string>();
  const files: PageWeight['files'] = [];
  while (pending.length > 0) {
    const script = pending.shift()!;
    if (seen.has(script) || !existsSync(script)) continue;
    seen.add(script);
    const source = readFileSync(script);
    files.push({ file: path.relative(dir, script), bytes: source.length, gzipped: gzipSync(source, { level: 9 }).length });
    // Static imports between chunks: `import{a}from"./x.js"` and `import"./x.js"`.
    for (const m of source.toString('utf8').matchAll(/(?:^|[;\s}])import(?:[^"'()]*?from)?\s*["']([^"']+\.js)["']/g)) {
      pending.push(path.resolve(path.dirname(script), m[1]!));
    }
  }
  return { files, gzipped: files.reduce((sum, f) => sum + f.gzipped, 0) };
}

/** `12.3 kB` */
export const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
