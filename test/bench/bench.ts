// `npm run bench -- N [--one-language] [--cpu-prof] [--keep]`: builds a synthetic playbook of N entries with the
// real site (in every language of playbook.config.yaml, or only the default one with --one-language) and
// prints what it cost. The last line is `N entries: W s wall, P pages/s, M MB peak` (peak resident memory of
// the build and its children, sampled from /proc). Figures, not a pass/fail test.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticPlaybook } from './synthetic-playbook.ts';
import { measureBuild, summaryLine } from './measure.ts';

const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const total = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const cpuProfile = args.includes('--cpu-prof');
const keep = args.includes('--keep');
const oneLanguage = args.includes('--one-language');

const work = path.join(os.tmpdir(), `playbook-bench-${total}`);
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const cacheDir = path.join(work, 'cache');
const profileDir = path.join(work, 'profile');
rmSync(work, { recursive: true, force: true });

const generated = writeSyntheticPlaybook(contentDir, total);
console.log(`Generated ${generated.files} files in ${contentDir}`);
// The project's settings, with only the default language when asked (PLAYBOOK_SETTINGS points the build at them).
const settingsFile = path.join(work, 'playbook.config.yaml');
const settings = parse(readFileSync(path.join(projectRoot, 'playbook.config.yaml'), 'utf8')) as Record<string, unknown>;
if (oneLanguage) delete settings['locales'];
writeFileSync(settingsFile, stringify(settings));

const nodeArgs = cpuProfile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
const measured = await measureBuild(
  [...nodeArgs, path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
  projectRoot,
  { PLAYBOOK_CONTENT_DIR: contentDir, PLAYBOOK_CACHE_DIR: cacheDir, PLAYBOOK_SETTINGS: settingsFile },
);
const { code, output } = measured;
if (code !== 0) {
  console.error(output);
  console.error(`The build failed (exit ${code}).`);
  process.exit(1);
}
const pages = (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).length;
for (const line of output.split('\n').filter((l) => /page\(s\) built|pagefind|Completed in/i.test(l)).slice(-6)) console.log(line.trim());
if (cpuProfile) console.log(`CPU profiles in ${profileDir} (open them in Chrome DevTools, Performance tab)`);
if (!keep && !cpuProfile) rmSync(work, { recursive: true, force: true });
const languages = oneLanguage ? 1 : Array.isArray(settings['locales']) ? (settings['locales'] as unknown[]).length : 1;
console.log(`(${pages} pages: ${languages} language${languages === 1 ? '' : 's'})`);
console.log(summaryLine(total, pages, measured));
