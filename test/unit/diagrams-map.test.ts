import { describe, expect, it } from 'vitest';
import { dependencyMapSvg, labelLines, layoutDependencyMap, mapGeometry, transitiveReduction, type MapInput } from '../../src/lib/dependency-map.ts';
import { componentMap } from '../../src/lib/diagrams.ts';

const lanes = [
  { id: 'data', label: 'Data' },
  { id: 'ml', label: 'ML platform' },
  { id: 'empty', label: 'Nothing here' },
];
const component = (id: string, lane: string, column: number, extra: Partial<MapInput['nodes'][number]> = {}) =>
  ({ id, title: id, lane, column, kind: 'component' as const, ...extra });

describe('transitiveReduction', () => {
  it('drops a line implied by a longer path and keeps the rest', () => {
    expect(transitiveReduction([['a', 'b'], ['b', 'c'], ['a', 'c'], ['a', 'd']])).toEqual([['a', 'b'], ['b', 'c'], ['a', 'd']]);
  });
});

describe('labelLines', () => {
  it('wraps a title on two lines at most, with an ellipsis when it is longer', () => {
    expect(labelLines('Identity and access')).toEqual(['Identity and access']);
    expect(labelLines('Customer service assistant')).toEqual(['Customer service', 'assistant']);
    const [, second] = labelLines('A very long component title that keeps going and going');
    expect(second?.endsWith('…')).toBe(true);
  });
});

describe('layoutDependencyMap', () => {
  const input: MapInput = {
    lanes,
    nodes: [
      component('base', 'data', 0, { inPlace: true }),
      component('catalog', 'data', 1),
      component('pipes', 'ml', 1),
      component('registry', 'ml', 2),
      component('serving', 'ml', 3),
      { id: 'uc', title: 'Fraud detection', column: 4, kind: 'use-case' },
    ],
    edges: [['base', 'catalog'], ['base', 'pipes'], ['pipes', 'registry'], ['registry', 'serving'], ['catalog', 'serving'], ['serving', 'uc'], ['pipes', 'uc']],
    columnLabels: ['In place', 'Wave 1', 'Wave 2', 'Wave 3', 'Use cases'],
  };
  const layout = layoutDependencyMap(input);
  const at = new Map(layout.nodes.map((n) => [n.id, n]));

  it('puts components in their lane and column, use cases last, and no two boxes on top of each other', () => {
    expect(layout.lanes.map((l) => l.label)).toEqual(['Data', 'ML platform']);
    for (const n of layout.nodes.filter((x) => x.kind === 'component')) {
      const lane = layout.lanes[n.lane === 'data' ? 0 : 1]!;
      expect(n.y).toBeGreaterThanOrEqual(lane.y);
      expect(n.y + mapGeometry.nodeHeight).toBeLessThanOrEqual(lane.y + lane.height);
    }
    expect(at.get('uc')!.x).toBeGreaterThan(at.get('serving')!.x);
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = a.x + mapGeometry.nodeWidth <= b.x || b.x + mapGeometry.nodeWidth <= a.x || a.y + mapGeometry.nodeHeight <= b.y || b.y + mapGeometry.nodeHeight <= a.y;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
    for (const n of layout.nodes) expect(n.x + mapGeometry.nodeWidth).toBeLessThanOrEqual(layout.width);
  });

  it('draws each line from the right of a component to the left of what is built on it, leaving out implied ones', () => {
    expect(layout.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(['base>catalog', 'base>pipes', 'catalog>serving', 'pipes>registry', 'registry>serving', 'serving>uc']);
    for (const edge of layout.edges) {
      const numbers = edge.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(numbers[0]).toBeCloseTo(at.get(edge.from)!.x + mapGeometry.nodeWidth, 0);
      expect(numbers.at(-2)).toBeCloseTo(at.get(edge.to)!.x, 0);
    }
  });

  it('runs a line that skips columns in a gutter between lanes, not through the boxes it passes', () => {
    const long = layout.edges.find((e) => e.from === 'catalog' && e.to === 'serving')!;
    const gutterY = Number(/L[\d.]+ ([\d.]+)/.exec(long.path)![1]);
    const skipped = layout.nodes.filter((n) => n.column === 2);
    for (const n of skipped) expect(gutterY < n.y || gutterY > n.y + mapGeometry.nodeHeight, n.id).toBe(true);
  });
});

describe('dependencyMapSvg', () => {
  it('is an SVG with an accessible title and description, links, and escaped text', () => {
    const svg = dependencyMapSvg(
      layoutDependencyMap({
        lanes,
        nodes: [component('a', 'data', 0, { title: 'Data <platform> & "co"', inPlace: true, href: '/playbook/components/a/' }), component('b', 'data', 1, { current: true })],
        edges: [['a', 'b']],
      }),
      { title: 'Map <1>', description: 'What is built on what.' },
      'm1',
    );
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="m1-title" aria-describedby="m1-desc"/);
    expect(svg).toContain('<title id="m1-title">Map &lt;1&gt;</title>');
    expect(svg).toContain('<desc id="m1-desc">What is built on what.</desc>');
    expect(svg).toContain('<a href="/playbook/components/a/" class="dependency-map__link">');
    expect(svg).toContain('✓ Data &lt;platform&gt; &amp; ');
    expect(svg).toMatch(/&amp; <\/tspan><tspan [^>]+>&quot;co&quot;<\/tspan>/);
    expect(svg).toContain('dependency-map__node--current');
    expect(svg).not.toContain('<platform>');
  });

  it('draws a component map in build-order columns, with use cases last', () => {
    const components = [
      { id: 'base', title: 'Base', category: 'data', dependsOn: [] },
      { id: 'top', title: 'Top', category: 'ml', dependsOn: ['base'] },
      { id: 'side', title: 'Side', category: 'ml', dependsOn: [] },
    ];
    const svg = componentMap(components, { title: 'T', description: 'D' }, 'x', {
      lanes,
      inPlace: new Set(['base']),
      waveOf: new Map([['top', 1], ['side', 1]]),
      useCases: [{ id: 'uc', title: 'Use', requires: ['top'] }],
      headings: { inPlace: 'In place', wave: (n) => `Wave ${n}`, useCases: 'Use cases' },
    });
    expect([...svg.matchAll(/class="dependency-map__column-label"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(['In place', 'Wave 1', 'Use cases']);
    expect(svg).toContain('data-from="base" data-to="top"');
    expect(svg).toContain('data-from="top" data-to="use-case:uc"');
  });

  it('keeps a graph without a plan at its depths, lines between components in place included', () => {
    const components = [
      { id: 'base', title: 'Base', category: 'data', dependsOn: [] },
      { id: 'mid', title: 'Mid', category: 'data', dependsOn: ['base'] },
      { id: 'top', title: 'Top', category: 'ml', dependsOn: ['mid'] },
    ];
    const svg = componentMap(components, { title: 'T', description: 'D' }, 'y', { lanes, inPlace: new Set(['base', 'mid', 'top']), current: 'mid' });
    expect(svg).toContain('data-from="base" data-to="mid"');
    expect(svg).toContain('data-from="mid" data-to="top"');
    const xs = [...svg.matchAll(/data-node="(\w+)"><rect x="([\d.]+)"/g)].map((m) => [m[1], Number(m[2])]);
    expect(xs.map(([id]) => id)).toEqual(['base', 'mid', 'top']);
    expect(xs[0]![1]).toBeLessThan(xs[1]![1] as number);
    expect(xs[1]![1]).toBeLessThan(xs[2]![1] as number);
  });
});
