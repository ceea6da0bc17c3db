import { describe, expect, it } from 'vitest';
import { buildOrder, componentGraph, componentsNeededBy } from '../../src/lib/sequence.ts';

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
