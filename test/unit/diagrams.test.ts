import { describe, expect, it } from 'vitest';
import { componentGraph, neighbourhood, nextQuarter, quarterStartDate, scheduleGantt } from '../../src/lib/diagrams.ts';
import { parseMermaidBlocks } from '../../src/node/mermaid-check.ts';

const parse = async (source: string) => parseMermaidBlocks([{ file: 'generated', line: 1, source }]);

describe('componentGraph', () => {
  const components = [
    { id: 'data-platform', title: 'Data "platform"; core', category: 'Data', dependsOn: [] },
    { id: 'serving', title: 'Serving #1', category: 'ML platform', dependsOn: ['data-platform', 'not-shown'] },
  ];

  it('draws an arrow from each component to what it is built on, with an accessible title and description', async () => {
    const { source } = componentGraph(components, { title: 'Dependencies', description: 'Arrows point down the stack.' });
    expect(source).toContain(`c_data_platform["Data 'platform', core"]`);
    expect(source).toContain('c_serving --> c_data_platform');
    expect(source).not.toContain('not_shown');
    expect(source).toContain('accTitle: Dependencies');
    expect(source).toContain('accDescr: Arrows point down the stack.');
    expect(await parse(source)).toEqual([]);
  });

  it('keeps the clauses of a description apart where a semicolon (a Mermaid statement end) was', async () => {
    const { source } = componentGraph(components, { title: 'Plan', description: 'Grouped by wave; a diamond marks each quarter.' });
    expect(source).toContain('accDescr: Grouped by wave, a diamond marks each quarter.');
    expect(await parse(source)).toEqual([]);
  });

  it('groups by category, marks what is in place and the current entry, adds use cases as leaves, and links every node', async () => {
    const diagram = componentGraph(components, { title: 'Plan', description: 'A plan.' }, {
      groupLabel: (c) => c.category ?? '',
      inPlace: new Set(['data-platform']),
      current: 'serving',
      useCases: [{ id: 'fraud', title: 'Fraud: detection', requires: ['serving'] }],
      hrefOf: (kind, id) => `/${kind === 'component' ? 'components' : 'use-cases'}/${id}/`,
    });
    expect(diagram.source).toMatch(/subgraph g1\["Data"\]\n    c_data_platform\["✓ Data/);
    expect(diagram.source).toContain('class c_data_platform inPlace');
    expect(diagram.source).toContain('class c_serving current');
    expect(diagram.source).toContain('u_fraud(["Fraud: detection"])');
    expect(diagram.source).toContain('u_fraud --> c_serving');
    expect(diagram.links).toEqual({ c_data_platform: '/components/data-platform/', c_serving: '/components/serving/', u_fraud: '/use-cases/fraud/' });
    expect(await parse(diagram.source)).toEqual([]);
  });
});

describe('neighbourhood', () => {
  it('keeps everything a component is built on and what is built directly on it', () => {
    const graph = [
      { id: 'a', dependsOn: [] },
      { id: 'b', dependsOn: ['a'] },
      { id: 'c', dependsOn: ['b'] },
      { id: 'd', dependsOn: ['c'] },
      { id: 'e', dependsOn: ['a'] },
    ];
    expect(neighbourhood(graph, 'b').map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('scheduleGantt', () => {
  it('counts quarters across years', () => {
    expect(quarterStartDate({ year: 2027, quarter: 3 }, 1)).toBe('2027-07-01');
    expect(quarterStartDate({ year: 2027, quarter: 3 }, 3)).toBe('2028-01-01');
    expect(nextQuarter(new Date(2027, 10, 15))).toEqual({ year: 2028, quarter: 1 });
    expect(nextQuarter(new Date(2027, 0, 1))).toEqual({ year: 2027, quarter: 2 });
  });

  it('draws a bar per component from its first quarter to the end of its last, and a milestone per use case', async () => {
    const source = scheduleGantt(
      {
        start: { year: 2027, quarter: 4 },
        sections: [
          { label: 'Wave 1', components: [{ id: 'data', title: 'Data: platform', startQuarter: 1, endQuarter: 2 }] },
          { label: 'Wave 2', components: [{ id: 'serve', title: 'Serving', startQuarter: 3, endQuarter: 3 }] },
          { label: 'Wave 3', components: [] },
        ],
        milestones: { label: 'Use cases can start', items: [{ id: 'fraud', title: 'Fraud detection', quarter: 4 }] },
      },
      { title: 'Schedule', description: 'Two components over three quarters.' },
    );
    expect(source).toContain('Data platform :c_data, 2027-10-01, 2028-04-01');
    expect(source).toContain('Serving :c_serve, 2028-04-01, 2028-07-01');
    expect(source).toContain('Fraud detection :milestone, u_fraud, 2028-07-01, 0d');
    expect(source).not.toContain('Wave 3');
    expect(await parse(source)).toEqual([]);
  });
});

describe('the Mermaid check', async () => {
  const { accessibilityProblems, layoutProblems, mermaidBlocks, parseMermaidBlocks } = await import('../../src/node/mermaid-check.ts');

  it('finds fenced blocks with the file line of their first source line', () => {
    const body = 'Intro\n\n```mermaid\nflowchart LR\n  a --> b\n```\n\n~~~~mermaid\ngantt\n~~~~\n';
    expect(mermaidBlocks('x.mdx', body, 10).map((b) => [b.line, b.source])).toEqual([[13, 'flowchart LR\n  a --> b'], [18, 'gantt']]);
  });

  it('names the line of a syntax error inside the file', async () => {
    const [problem] = await parseMermaidBlocks([{ file: 'x.mdx', line: 20, source: 'flowchart LR\n  accTitle: A\n  a["x"] -->' }]);
    expect(problem?.line).toBe(22);
    expect(problem?.message).toMatch(/^Mermaid syntax error: .*got 'EOF'/);
  });

  it('asks for an accessible title and description', () => {
    const [problem] = accessibilityProblems({ file: 'x.mdx', line: 3, source: 'flowchart LR\n  accTitle: A\n  a --> b' });
    expect(problem?.message).toContain('no accDescr');
    expect(accessibilityProblems({ file: 'x.mdx', line: 3, source: 'flowchart LR\n  accTitle: A\n  accDescr: B\n  a --> b' })).toEqual([]);
  });

  it('refuses diagrams that need a layout engine the site does not ship', () => {
    expect(layoutProblems({ file: 'x.mdx', line: 5, source: 'mindmap\n  root' })[0]?.message).toContain('(mindmap)');
    expect(layoutProblems({ file: 'x.mdx', line: 5, source: '---\nconfig:\n  layout: elk\n---\nflowchart LR\n  a --> b' })[0]?.line).toBe(7);
    expect(layoutProblems({ file: 'x.mdx', line: 5, source: 'flowchart LR\n  a --> b' })).toEqual([]);
  });

  it('refuses any layout but dagre asked for in an init directive or the configuration, on its line', () => {
    const problems = (source: string) => layoutProblems({ file: 'x.mdx', line: 5, source }).map((p) => [p.line, /\(([^)]*)\)/.exec(p.message)?.[1]]);
    expect(problems('%%{init: {"layout": "elk"}}%%\nflowchart TD\n  a --> b')).toEqual([[5, 'layout: elk']]);
    expect(problems("%%{ init: { 'flowchart': { 'defaultRenderer': 'elk' } } }%%\nflowchart TD\n  a --> b")).toEqual([[5, 'defaultRenderer: elk']]);
    expect(problems('%%{init: {\n  "theme": "dark",\n  "layout": "tidy-tree"\n}}%%\nflowchart TD\n  a --> b')).toEqual([[7, 'layout: tidy-tree']]);
    expect(problems('---\ntitle: A layout: not a setting\nconfig:\n  flowchart:\n    defaultRenderer: elk\n---\nflowchart TD\n  a --> b')).toEqual([[9, 'defaultRenderer: elk']]);
    expect(problems('%% a note\n%%{init: {"theme": "dark"}}%%\nmindmap\n  root')).toEqual([[7, 'mindmap']]);
    expect(problems('%%{init: {"layout": "dagre"}}%%\nflowchart TD\n  a --> b')).toEqual([]);
  });
});
