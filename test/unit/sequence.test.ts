import { describe, expect, it } from 'vitest';
import { buildOrder, componentGraph, componentsNeededBy, foundationLayers } from '../../src/lib/sequence.ts';

const node = (id: string, title: string, dependsOn: string[]) => ({
  id,
  title,
  dependsOn,
  category: 'data' as const,
  status: 'planned' as const,
  setupCost: 1,
  onboardingCost: 1,
});
const components = [
  node('serving', 'Serving', ['registry', 'observability']),
  node('data', 'Data platform', ['identity']),
  node('identity', 'Identity', []),
  node('registry', 'Registry', ['data']),
  node('observability', 'Observability', ['identity']),
  node('gateway', 'Gateway', ['identity']),
];

describe('componentsNeededBy', () => {
  it('gives the required components and everything under them', () => {
    expect([...componentsNeededBy(['serving'], componentGraph(components))].sort()).toEqual(['data', 'identity', 'observability', 'registry', 'serving']);
  });
});

describe('buildOrder', () => {
  it('lists what a use case needs in an order it can be built, marking what it requires directly', () => {
    expect(buildOrder(components, ['serving', 'data']).map((o) => [o.component.id, o.direct])).toEqual([
      ['identity', false],
      ['data', true],
      ['observability', false],
      ['registry', false],
      ['serving', true],
    ]);
  });
});

describe('foundationLayers', () => {
  it('orders components by dependency and counts the use cases that need each, directly or underneath', () => {
    const catalogue = [
      { id: 'data', dependsOn: [], setupCost: 30, onboardingCost: 2 },
      { id: 'serving', dependsOn: ['data'], setupCost: 10, onboardingCost: 1 },
      { id: 'gateway', dependsOn: [], setupCost: 8, onboardingCost: 0.5 },
    ];
    const portfolio = [
      { id: 'forecast', requires: ['serving'] },
      { id: 'churn', requires: ['serving'] },
      { id: 'assistant', requires: ['gateway'] },
    ];
    expect(foundationLayers(catalogue, portfolio)).toEqual([
      { layer: 0, components: [{ id: 'data', usedBy: ['forecast', 'churn'] }, { id: 'gateway', usedBy: ['assistant'] }] },
      { layer: 1, components: [{ id: 'serving', usedBy: ['forecast', 'churn'] }] },
    ]);
  });
});
