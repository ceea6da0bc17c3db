// Page weight per kind of page, read from a built site: gzipped HTML, CSS and JavaScript (the scripts a page
// loads and everything they import statically), what Mermaid adds on pages with a diagram, and the budgets.
// `npm run budget [dist] [base]` (the settings' base path by default) prints the table and fails when a page is over budget; a site test runs the same.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { pathLocale } from '../../src/lib/locales.ts';

export interface PageWeight {
  page: string;
  kind: string;
  html: number;
  css: number;
  js: number;
  /** JavaScript loaded later, when a diagram is drawn (dynamic imports of the page's scripts). */
  lazyJs: number;
  /** Whether the page loads Mermaid up front (its static imports), diagram or not. */
  loadsMermaid: boolean;
  hasDiagram: boolean;
}

export interface Budget {
  html?: number;
  css?: number;
  js?: number;
}

const kB = 1024;
/** Budgets in gzipped bytes, by kind of page. */
export const budgets: Record<string, Budget> = {
  home: { html: 12 * kB, css: 12 * kB, js: 10 * kB },
  entry: { html: 12 * kB, css: 12 * kB, js: 10 * kB },
  index: { html: 12 * kB, css: 12 * kB, js: 10 * kB },
  raci: { html: 40 * kB, css: 12 * kB, js: 10 * kB },
  assessment: { html: 40 * kB, css: 16 * kB, js: 35 * kB },
  sequence: { html: 40 * kB, css: 16 * kB, js: 35 * kB },
  authoring: { html: 20 * kB, css: 12 * kB, js: 10 * kB },
  other: { html: 40 * kB, css: 16 * kB, js: 35 * kB },
};

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/**
 * What kind of page a site path is: the budget it answers to. A page under another language's prefix (`/de/…`)
 * is the same kind as its default-language twin. `languages`: the site's language codes, the default one first.
 */
export function pageKind(page: string, collections: readonly string[], languages: readonly string[] = []): string {
  const parts = pathLocale(page, languages, languages[0] ?? '').path.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  if (collections.includes(parts[0]!)) return parts.length === 1 ? 'index' : 'entry';
  return budgets[parts[0]!] ? parts[0]! : 'other';
}

/** The chunk of Mermaid's prebuilt module that draws each kind of diagram, by the word a diagram starts with. */
const mermaidChunks: Record<string, string[]> = {
  flowchart: ['flowDiagram', 'dagre'],
  graph: ['flowDiagram', 'dagre'],
  gantt: ['ganttDiagram'],
  sequenceDiagram: ['sequenceDiagram'],
  classDiagram: ['classDiagram-v2', 'dagre'],
  stateDiagram: ['stateDiagram-v2', 'dagre'],
  'stateDiagram-v2': ['stateDiagram-v2', 'dagre'],
  erDiagram: ['erDiagram', 'dagre'],
  pie: ['pieDiagram'],
  journey: ['journeyDiagram'],
  timeline: ['timeline-definition'],
  quadrantChart: ['quadrantDiagram'],
};

/** The kinds of Mermaid diagram a page's HTML holds: the first word of each source, after directives. */
export function mermaidKinds(html: string): string[] {
  const sources = [...html.matchAll(/<(?:code class="language-mermaid"|pre class="mermaid-source")[^>]*>([\s\S]*?)<\/(?:code|pre)>/g)].map((m) => m[1]!);
  // The planner draws its Gantt chart in the browser, in the slot its page keeps for it.
  const drawnLater = [...html.matchAll(/data-diagram-slot="gantt"/g)].map(() => 'gantt');
  return [...drawnLater, ...sources.map((source) => {
    const text = source.replace(/<[^>]+>/g, '').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
    const line = text.split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('%%') && !l.startsWith('---') && !/^\w+:/.test(l));
    return line?.split(/\s/)[0] ?? '';
  })];
}

/** Reads every page of a build and weighs what it loads. */
export function weighSite(dist: string, base: string, collections: readonly string[], languages: readonly string[] = []): PageWeight[] {
  const strip = (url: string) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url);
  const fileOf = (url: string) => path.join(dist, strip(url.split(/[?#]/)[0]!));
  const sizes = new Map<string, number>();
  const size = (file: string) => {
    if (!sizes.has(file)) sizes.set(file, existsSync(file) ? gz(readFileSync(file)) : 0);
    return sizes.get(file)!;
  };
  const imports = new Map<string, { statics: string[]; dynamics: string[] }>();
  const importsOf = (file: string) => {
    if (!imports.has(file)) {
      const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
      const resolve = (spec: string) => path.resolve(path.dirname(file), spec);
      const statics = [...text.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g)].map((m) => resolve(m[1]!));
      const dynamics = [...text.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => resolve(m[1]!));
      imports.set(file, { statics, dynamics });
    }
    return imports.get(file)!;
  };
  const closure = (entries: string[], follow: 'static' | 'all') => {
    const seen = new Set<string>();
    const pending = [...entries];
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const { statics, dynamics } = importsOf(file);
      pending.push(...statics, ...(follow === 'all' ? dynamics : []));
    }
    return seen;
  };
  // Mermaid's prebuilt module (src/integrations/mermaid.ts): what it imports up front, and the chunks of each kind of diagram.
  const mermaidDir = (readdirSync(path.join(dist, '_astro'), { withFileTypes: true }) as { name: string; isDirectory(): boolean }[])
    .filter((d) => d.isDirectory() && d.name.startsWith('mermaid-'))
    .map((d) => path.join(dist, '_astro', d.name))[0];
  const mjsImports = (file: string) => {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    return [...text.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.mjs)["']/g)].map((m) => path.resolve(path.dirname(file), m[1]!));
  };
  const mjsClosure = (entries: string[]) => {
    const seen = new Set<string>();
    const pending = [...entries];
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      pending.push(...mjsImports(file));
    }
    return seen;
  };
  const chunkFiles = mermaidDir ? readdirSync(path.join(mermaidDir, 'chunks', 'mermaid.esm.min')) : [];
  const chunk = (name: string) => chunkFiles.filter((f) => f.startsWith(`${name}-`)).map((f) => path.join(mermaidDir!, 'chunks', 'mermaid.esm.min', f));
  /** Mermaid's module and the chunks a page's diagrams need (every chunk for a kind not listed: an upper bound). */
  const mermaidFor = (kinds: readonly string[]) => {
    if (!mermaidDir || kinds.length === 0) return new Set<string>();
    const wanted = kinds.flatMap((kind) => (mermaidChunks[kind] ?? chunkFiles.map((f) => f.replace(/-[A-Z0-9]+\.mjs$/, ''))).flatMap(chunk));
    return mjsClosure([path.join(mermaidDir, 'mermaid.esm.min.mjs'), ...wanted]);
  };
  const pages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.split(path.sep).join('/')}`.replace(/index\.html$/, ''));
  return pages.map((page) => {
    const html = readFileSync(path.join(dist, page.endsWith('/') ? `${page}index.html` : page));
    const text = html.toString('utf8');
    const scripts = [...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => fileOf(m[1]!));
    const styles = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g)].map((m) => fileOf((m[1] ?? m[2])!));
    const inlineModules = [...text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const inlineImports = inlineModules.flatMap((code) => [...code.matchAll(/import\s*["']([^"']+)["']/g)].map((m) => fileOf(m[1]!)));
    const eager = closure([...scripts, ...inlineImports], 'static');
    const all = closure([...scripts, ...inlineImports], 'all');
    const lazy = [...all].filter((f) => !eager.has(f));
    const js = [...eager].reduce((sum, f) => sum + size(f), 0) + inlineModules.reduce((sum, code) => sum + gz(code), 0);
    return {
      page,
      kind: pageKind(page, collections, languages),
      html: gz(html),
      css: styles.reduce((sum, f) => sum + size(f), 0),
      js,
      // What a page loads later, when a diagram comes near the screen: only pages that show one ever import it.
      lazyJs: /class="(language-mermaid|mermaid-source)|class="diagram/.test(text)
        ? [...new Set([...lazy, ...mermaidFor(mermaidKinds(text))])].reduce((sum, f) => sum + size(f), 0)
        : 0,
      loadsMermaid: [...eager].some((f) => /mermaid/i.test(path.basename(f))),
      hasDiagram: /class="(language-mermaid|mermaid-source)|class="diagram/.test(text),
    };
  });
}

/** Pages over their budget, and pages without a diagram that load Mermaid: each as a sentence. */
export function budgetProblems(weights: readonly PageWeight[]): string[] {
  const problems: string[] = [];
  for (const w of weights) {
    const budget = budgets[w.kind] ?? budgets['other']!;
    for (const part of ['html', 'css', 'js'] as const) {
      const limit = budget[part];
      if (limit !== undefined && w[part] > limit) problems.push(`${w.page}: ${part.toUpperCase()} ${(w[part] / kB).toFixed(1)} kB gz is over the ${w.kind} budget of ${limit / kB} kB`);
    }
    if (w.loadsMermaid && !w.hasDiagram) problems.push(`${w.page}: loads Mermaid but shows no diagram`);
  }
  return problems;
}

/** One line per kind of page: the heaviest page of each kind, with the budgets. */
export function budgetTable(weights: readonly PageWeight[]): string {
  const kinds = [...new Set(weights.map((w) => w.kind))].sort();
  const f = (n: number) => `${(n / kB).toFixed(1)}`.padStart(6);
  const lines = ['kind        pages  heaviest page                               HTML    CSS     JS  Mermaid (lazy)   budget HTML/CSS/JS'];
  for (const kind of kinds) {
    const list = weights.filter((w) => w.kind === kind);
    const max = (part: 'html' | 'css' | 'js' | 'lazyJs') => list.reduce((a, b) => (b[part] > a[part] ? b : a));
    const heaviest = max('html');
    const budget = budgets[kind] ?? budgets['other']!;
    lines.push(
      `${kind.padEnd(11)} ${String(list.length).padStart(5)}  ${heaviest.page.slice(0, 40).padEnd(40)} ${f(max('html').html)} ${f(max('css').css)} ${f(max('js').js)}  ${f(max('lazyJs').lazyJs)}          ${[budget.html, budget.css, budget.js].map((b) => (b ? b / kB : '–')).join('/')}`,
    );
  }
  lines.push('(kB gzipped; the heaviest page of each kind; "Mermaid (lazy)": what a page with a diagram imports when it draws it: Mermaid and the chunks of the kinds of diagram it shows)');
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { pageCollections } = await import('../../src/lib/collections.ts');
  const { loadSettings } = await import('../../src/node/settings-file.ts');
  const settings = loadSettings(path.resolve(fileURLToPath(new URL('../..', import.meta.url))));
  const dist = path.resolve(process.argv[2] ?? 'dist');
  // The site's own base path, unless told otherwise: with another, no script or stylesheet would be found.
  const base = process.argv[3] ?? settings.base;
  const weights = weighSite(dist, base, pageCollections, settings.locales.map((locale) => locale.code));
  console.log(budgetTable(weights));
  const unweighed = weights.filter((w) => w.css === 0 || w.js === 0).length;
  if (unweighed > 0) {
    console.error(`\n${unweighed} page(s) load no stylesheet or script found in ${dist}: is ${base} the base path they were built for? (npm run budget -- <dist> <base>)`);
    process.exitCode = 1;
  }
  const problems = budgetProblems(weights);
  if (problems.length > 0) {
    console.error(`\n${problems.length} page(s) over budget:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else if (unweighed === 0) console.log(`\nAll ${weights.length} pages are within budget.`);
}
