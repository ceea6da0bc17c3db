// `npm run lighthouse [dist]`: Lighthouse (mobile preset) with Debian's Chromium on the home page, an entry,
// the readiness check, the sequencing planner and a page with a diagram, served locally like a static host.
// Prints the four scores of each page. Figures, not a pass/fail test.
import path from 'node:path';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../helpers/static-server.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run "npm run build" first.`);
  process.exit(1);
}
const chromePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The first page of a folder of the build whose HTML matches: a page with a diagram of some kind. */
function pageWith(folder: string, pattern: RegExp): string | undefined {
  const base = path.join(dist, folder);
  if (!existsSync(base)) return undefined;
  for (const name of readdirSync(base).sort()) {
    const file = path.join(base, name, 'index.html');
    if (existsSync(file) && pattern.test(readFileSync(file, 'utf8'))) return `${folder}/${name}/`;
  }
  return undefined;
}

// The home page, an entry, the two tools, a component page with its dependency map (SVG drawn at build time)
// and a guide with a Mermaid diagram (drawn in the browser).
const pages = [
  '',
  'roles/business-owner/',
  'assessment/',
  'sequence/',
  pageWith('components', /dependency-map/) ?? 'components/feature-store/',
  ...[pageWith('guides', /language-mermaid/)].filter((p): p is string => p !== undefined),
];
// Served like nginx with gzip on: Lighthouse's simulated network counts the bytes that cross it.
const server = await serveStatic(dist, '/', { gzip: true });
const profile = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-chromium-'));
const chrome = await chromeLauncher.launch({
  chromePath,
  userDataDir: profile,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows: string[] = [];
try {
  for (const page of pages) {
    const url = new URL(page, server.root).href;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result?.lhr.categories ?? {};
    const score = (key: string) => String(Math.round((categories[key]?.score ?? 0) * 100)).padStart(4);
    const lcp = result?.lhr.audits['largest-contentful-paint']?.displayValue ?? '';
    const tbt = result?.lhr.audits['total-blocking-time']?.displayValue ?? '';
    rows.push(`${`/${page}`.padEnd(36)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')}   LCP ${lcp}, TBT ${tbt}`);
  }
} finally {
  chrome.kill();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, ${chromePath}`);
console.log(`${'page'.padEnd(36)} perf a11y best  seo`);
for (const row of rows) console.log(row);
