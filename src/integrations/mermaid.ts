// Mermaid reaches the browser as Mermaid's own prebuilt ES module build (`mermaid/dist/mermaid.esm.min.mjs` and
// its chunks), copied into the site as it is, instead of being bundled again with the site's scripts: bundling it
// was most of the client build's time and memory, for the same files. The diagram island imports it at run time
// from the address the page gives it (src/lib/routes.ts, `mermaidModulePath`), when a diagram comes near the
// screen. Under `astro dev` the island imports the package through Vite instead.
//
// The site draws every Mermaid diagram with the dagre layout (src/islands/diagrams/diagrams.ts). The ELK and
// cose-bilkent layout engines (ELK alone is 1.5 MB), the architecture diagram (cytoscape with fcose) and the
// mindmap (cytoscape with cose-bilkent) are replaced by a stub, so no other layout engine reaches dist/. The content
// check refuses diagrams that would need them (src/node/mermaid-check.ts), so a reader never meets the stub.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mermaidModulePath } from '../lib/routes.ts';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('mermaid/package.json'));
const mermaidVersion = (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
const entryFile = 'mermaid.esm.min.mjs';
const chunkDir = path.join('chunks', 'mermaid.esm.min');

/** Chunks of what the site does not ship: other layout engines, and the diagram types that need them. */
export const excludedMermaidChunk = /^(elk|cose-bilkent|architectureDiagram|mindmap-definition)-[A-Z0-9]+\.mjs$/;

const stub = (() => {
  const message = JSON.stringify('This site draws Mermaid diagrams with the dagre layout only.');
  return `export const render = () => { throw new Error(${message}); };\nexport const diagram = { get parser() { throw new Error(${message}); } };\n`;
})();

/** The site's address of Mermaid's module, below the base path: `/_astro/mermaid-12.3.0/mermaid.esm.min.mjs`. */
export const mermaidModule = mermaidModulePath(mermaidVersion);

/** Copies Mermaid's prebuilt module and its chunks (no source maps) into the built site, the excluded ones stubbed. */
function copyMermaid(outDir: string): void {
  const target = path.join(outDir, path.dirname(mermaidModule));
  mkdirSync(path.join(target, chunkDir), { recursive: true });
  copyFileSync(path.join(packageDir, 'dist', entryFile), path.join(target, entryFile));
  for (const file of readdirSync(path.join(packageDir, 'dist', chunkDir))) {
    if (!file.endsWith('.mjs')) continue;
    const to = path.join(target, chunkDir, file);
    if (excludedMermaidChunk.test(file)) writeFileSync(to, stub);
    else copyFileSync(path.join(packageDir, 'dist', chunkDir, file), to);
  }
}

export default function mermaidIntegration(): AstroIntegration {
  return {
    name: 'playbook-mermaid',
    hooks: {
      'astro:build:done': ({ dir }) => copyMermaid(fileURLToPath(dir)),
    },
  };
}
