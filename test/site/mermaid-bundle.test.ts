// What the build ships of Mermaid: the dagre layout only. ELK and cose-bilkent (mindmaps, architecture
// diagrams) are replaced by a stub (src/integrations/mermaid.ts), and so is the mindmap diagram, which
// the content check refuses (src/node/mermaid-check.ts). Each engine is looked for by an identifier of its own
// code, not by its name: Mermaid's configuration mentions "elk" in every bundle.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sites } from '../helpers/astro.ts';

const scriptsDir = path.join(sites.sub.dir, '_astro');
// The site's own scripts, and Mermaid's prebuilt module with its chunks (copied in by src/integrations/mermaid.ts).
const scripts = (readdirSync(scriptsDir, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((name) => /\.m?js$/.test(name))
  .map((file) => ({ name: path.basename(file), text: readFileSync(path.join(scriptsDir, file), 'utf8') }));
const containing = (marker: string) => scripts.filter((s) => s.text.includes(marker)).map((s) => s.name);
/** A chunk of an engine the site does not ship is there only as the stub that says so. */
const stubbed = (pattern: RegExp) =>
  scripts.filter((s) => pattern.test(s.name)).every((s) => s.text.length < 400 && s.text.includes('dagre layout only'));

describe('the Mermaid in dist/', () => {
  it('is there at all (the diagram pages load it), with the dagre layout', () => {
    expect(scripts.some((s) => s.name === 'mermaid.esm.min.mjs')).toBe(true);
    expect(scripts.some((s) => /^dagre-/.test(s.name))).toBe(true);
  });

  it('has no ELK layout engine: no script carries its layered algorithm', () => {
    // elkjs registers its algorithms by these ids; the ELK chunk of an unstubbed build carries dozens of them.
    expect(containing('org.eclipse.elk.layered')).toEqual([]);
    expect(stubbed(/^elk-/i)).toBe(true);
  });

  it('has no cose-bilkent layout engine', () => {
    expect(containing('CoSELayout')).toEqual([]);
  });

  it('ships no mindmap diagram, which the content check refuses', () => {
    expect(stubbed(/mindmap/i)).toBe(true);
    expect(containing('MindmapDB')).toEqual([]);
  });
});
