import { describe, expect, it } from 'vitest';
import { foundationLayers, portfolioCost } from '../../src/lib/sequence.ts';
import { componentMermaid } from '../../src/lib/diagrams.ts';

const components = [
  { id: 'data', dependsOn: [], setupCost: 30, onboardingCost: 2 },
  { id: 'serving', dependsOn: ['data'], setupCost: 10, onboardingCost: 1 },
  { id: 'gateway', dependsOn: [], setupCost: 8, onboardingCost: 0.5 },
];
const useCases = [
  { id: 'forecast', requires: ['serving'] },
  { id: 'churn', requires: ['serving'] },
  { id: 'assistant', requires: ['gateway'] },
];

describe('foundationLayers', () => {
  it('orders components by dependency and counts the use cases that need each, directly or underneath', () => {
    expect(foundationLayers(components, useCases)).toEqual([
      { layer: 0, components: [{ id: 'data', usedBy: ['forecast', 'churn'] }, { id: 'gateway', usedBy: ['assistant'] }] },
      { layer: 1, components: [{ id: 'serving', usedBy: ['forecast', 'churn'] }] },
    ]);
  });
});

describe('portfolioCost', () => {
  it('builds shared components once and onboards each use case', () => {
    const cost = portfolioCost(components, useCases);
    // Shared: 30 + 10 + 8 built once; onboarding (2 + 1) twice and 0.5 once.
    expect(cost.setupCostShared).toBe(48);
    expect(cost.onboardingCost).toBe(6.5);
    expect(cost.withSharing).toBe(54.5);
    // Without sharing each use case builds its own stack: (30 + 10) twice and 8 once.
    expect(cost.setupCostWithoutSharing).toBe(88);
  });

  it('charges no setup for components already in place, but still onboards onto them', () => {
    const inPlace = components.map((c) => (c.id === 'data' ? { ...c, status: 'available' as const } : c));
    const cost = portfolioCost(inPlace, useCases);
    expect(cost.setupCostShared).toBe(18);
    expect(cost.onboardingCost).toBe(6.5);
    expect(cost.setupCostWithoutSharing).toBe(28);
  });
});

describe('componentMermaid', () => {
  it('draws an arrow from each component to what it is built on', () => {
    const source = componentMermaid(
      [{ id: 'data-platform', title: 'Data "platform"', dependsOn: [] }, { id: 'serving', title: 'Serving', dependsOn: ['data-platform'] }],
      { title: 'Dependencies', description: 'Arrows point down the stack.' },
    );
    expect(source).toContain('c_data_platform["Data \'platform\'"]');
    expect(source).toContain('c_serving --> c_data_platform');
    expect(source).toContain('accTitle: Dependencies');
    expect(source).toContain('accDescr: Arrows point down the stack.');
  });
});

describe('neighbourhood', () => {
  it('keeps everything a component is built on and what is built directly on it', async () => {
    const { neighbourhood } = await import('../../src/lib/diagrams.ts');
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
