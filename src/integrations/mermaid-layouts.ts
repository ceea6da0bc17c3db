// Mermaid registers its ELK and cose-bilkent layout engines as lazily loaded chunks (ELK alone is 1.5 MB), and
// its architecture diagram bundles cytoscape with the fcose layout; a mindmap is drawn with cose-bilkent. The
// site draws every Mermaid diagram with the dagre layout (see src/islands/diagrams/diagrams.ts), so this Vite
// plugin replaces those chunks (and the mindmap's, 22 kB, which could only fail) with a stub: no other layout
// engine reaches dist/. The content check refuses diagrams that would need one (src/node/mermaid-check.ts), so
// a reader never meets the stub.
import type { Plugin } from 'vite';

const stubId = '\0playbook:mermaid-layout-stub';
const layoutChunk = /\/(elk|cose-bilkent|architectureDiagram|mindmap-definition)-[A-Z0-9]+\.mjs$/;

export function mermaidDagreOnly(): Plugin {
  return {
    name: 'playbook-mermaid-dagre-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /[\\/]mermaid[\\/]dist[\\/]/.test(importer) && layoutChunk.test(`/${source.replace(/^\.\//, '')}`)) return stubId;
      return undefined;
    },
    load(id) {
      if (id !== stubId) return undefined;
      const message = JSON.stringify('This site draws Mermaid diagrams with the dagre layout only.');
      return `export const render = () => { throw new Error(${message}); };\nexport const diagram = { get parser() { throw new Error(${message}); } };\n`;
    },
  };
}
