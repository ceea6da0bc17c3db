// `npm run bench:starlight -- N`: the comparison the performance figures are set against. Builds the bodies of
// the same synthetic playbook `npm run bench -- N` builds as a Starlight site (one docs page per entry, the
// sidebar grouped by collection, Starlight's own Pagefind search), measured the same way, and prints the same
// last line. Starlight is not a dependency of this project: the script installs it, pinned to the Astro this
// project uses, into a folder of its own in the system's temporary directory (kept, so the install happens once).
// It needs the npm registry the first time. Figures, not a pass/fail test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { writeSyntheticPlaybook } from './synthetic-playbook.ts';
import { measureBuild, summaryLine } from './measure.ts';

const starlightVersion = '0.42.4';
const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const total = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1000);
const site = path.join(os.tmpdir(), 'playbook-bench-starlight');
const project = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const manifest = {
  name: 'playbook-bench-starlight',
  private: true,
  type: 'module',
  dependencies: { astro: project.dependencies['astro'], '@astrojs/starlight': starlightVersion },
};
mkdirSync(site, { recursive: true });
const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
const installed = existsSync(path.join(site, 'node_modules', '@astrojs', 'starlight', 'package.json'));
if (!installed || !existsSync(path.join(site, 'package.json')) || readFileSync(path.join(site, 'package.json'), 'utf8') !== manifestText) {
  writeFileSync(path.join(site, 'package.json'), manifestText);
  console.log(`Installing Starlight ${starlightVersion} with Astro ${manifest.dependencies.astro} into ${site} …`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: site, stdio: 'inherit' });
}

// The synthetic playbook, each entry as a docs page: its title, its summary as the description, its body.
const generatedDir = path.join(site, 'generated');
const docs = path.join(site, 'src', 'content', 'docs');
rmSync(path.join(site, 'src'), { recursive: true, force: true });
rmSync(path.join(site, 'dist'), { recursive: true, force: true });
rmSync(path.join(site, '.astro'), { recursive: true, force: true });
writeSyntheticPlaybook(generatedDir, total);
const collections: string[] = [];
let entries = 0;
for (const collection of readdirSync(generatedDir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'assessment')) {
  collections.push(collection.name);
  mkdirSync(path.join(docs, collection.name), { recursive: true });
  for (const file of readdirSync(path.join(generatedDir, collection.name)).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(path.join(generatedDir, collection.name, file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`No frontmatter in ${collection.name}/${file}`);
    const data = parse(match[1]!) as { title: string; summary?: string };
    const frontmatter = `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.summary ?? '')}\n---\n`;
    writeFileSync(path.join(docs, collection.name, file), frontmatter + match[2]!);
    entries++;
  }
}
writeFileSync(path.join(docs, 'index.mdx'), '---\ntitle: Playbook\ndescription: The synthetic playbook as a Starlight site.\n---\n\nThe comparison site.\n');
writeFileSync(
  path.join(site, 'src', 'content.config.ts'),
  "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
);
writeFileSync(
  path.join(site, 'astro.config.mjs'),
  `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({\n  integrations: [\n    starlight({\n      title: 'Playbook',\n      sidebar: ${JSON.stringify(collections.sort().map((c) => ({ label: c, items: [{ autogenerate: { directory: c } }] })))},\n    }),\n  ],\n});\n`,
);
rmSync(generatedDir, { recursive: true, force: true });

const measured = await measureBuild([path.join(site, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], site, {});
if (measured.code !== 0) {
  console.error(measured.output);
  console.error(`The Starlight build failed (exit ${measured.code}).`);
  process.exit(1);
}
const pages = (readdirSync(path.join(site, 'dist'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).length;
console.log(`Starlight ${starlightVersion} on Astro ${manifest.dependencies.astro}, ${entries} docs pages of the synthetic playbook (${pages} pages with the home and 404)`);
console.log(summaryLine(total, pages, measured));
