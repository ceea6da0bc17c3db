// `npm run size:assessment` (or `node src/cli/page-weight.ts /some-page/ [dist]`): prints the JavaScript a
// built page loads up front, gzipped, file by file, against the page's budget when it has one.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kilobytes, pageWeight } from '../node/page-weight.ts';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const page = process.argv[2] ?? '/assessment/';
const dir = path.resolve(root, process.argv[3] ?? 'dist');
/** Budgets in bytes, gzipped, by page. */
const budgets: Record<string, number> = { '/assessment/': 35_000 };

try {
  const weight = pageWeight(dir, page);
  for (const f of weight.files) console.log(`  ${f.file}  ${kilobytes(f.bytes)} → ${kilobytes(f.gzipped)} gzipped`);
  const budget = budgets[page];
  console.log(`${page} loads ${kilobytes(weight.gzipped)} of JavaScript gzipped${budget ? ` (budget ${kilobytes(budget)})` : ''}.`);
  if (budget && weight.gzipped > budget) process.exitCode = 1;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
