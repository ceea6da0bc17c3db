import { describe, expect, it } from 'vitest';
import { foundationLayers, portfolioCost } from '../../src/lib/sequence.ts';

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


