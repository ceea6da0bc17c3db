// What the build ships of Mermaid: the dagre layout only. ELK and cose-bilkent (mindmaps, architecture
// diagrams) are replaced by a stub (src/integrations/mermaid-layouts.ts), and so is the mindmap diagram, which
// the content check refuses (src/node/mermaid-check.ts). Each engine is looked for by an identifier of its own
// code, not by its name: Mermaid's configuration mentions "elk" in every bundle.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sites } from '../helpers/astro.ts';

const scriptsDir = path.join(sites.sub.dir, '_astro');
const scripts = readdirSync(scriptsDir)
  .filter((name) => name.endsWith('.js'))
  .map((name) => ({ name, text: readFileSync(path.join(scriptsDir, name), 'utf8') }));
const containing = (marker: string) => scripts.filter((s) => s.text.includes(marker)).map((s) => s.name);

describe('the Mermaid in dist/', () => {
  it('is there at all (the diagram pages load it), with the dagre layout', () => {
    expect(scripts.some((s) => s.name.startsWith('mermaid.core'))).toBe(true);
    expect(scripts.some((s) => /^dagre-/.test(s.name))).toBe(true);
  });

  it('has no ELK layout engine: no script carries its layered algorithm', () => {
    // elkjs registers its algorithms by these ids; the ELK chunk of an unstubbed build carries dozens of them.
    expect(containing('org.eclipse.elk.layered')).toEqual([]);
    expect(scripts.filter((s) => /^elk-/i.test(s.name)).map((s) => s.name)).toEqual([]);
  });

  it('has no cose-bilkent layout engine', () => {
    expect(containing('CoSELayout')).toEqual([]);
  });

  it('ships no mindmap diagram, which the content check refuses', () => {
    expect(scripts.filter((s) => /mindmap/i.test(s.name)).map((s) => s.name)).toEqual([]);
    expect(containing('MindmapDB')).toEqual([]);
  });
});
