import { describe, expect, it } from 'vitest';
import { decodePlanLink, encodePlanLink, isPlanLink, type PlanChoice } from '../../src/lib/plan-link.ts';
import { forSeeds, hostileString } from './assessment-generators.ts';

const known = { useCases: new Set(['claims', 'fraud', 'churn']), components: new Set(['data', 'serving']) };

describe('plan links', () => {
  it('round-trip a choice, in a stable order', () => {
    const plan: PlanChoice = { useCases: ['fraud', 'claims'], inPlace: ['data'], capacity: 24 };
    const link = encodePlanLink(plan);
    expect(link).toBe('use-cases=claims,fraud&in-place=data&capacity=24');
    expect(decodePlanLink(`#${link}`, known)).toEqual({ plan: { useCases: ['claims', 'fraud'], inPlace: ['data'], capacity: 24 }, dropped: [] });
  });

  it('keep what they can and name what they dropped', () => {
    const decoded = decodePlanLink('use-cases=claims,ghost,claims&in-place=serving,nope&capacity=-3', known);
    expect(decoded.plan).toEqual({ useCases: ['claims'], inPlace: ['serving'] });
    expect(decoded.dropped).toEqual(['ghost', 'nope', 'capacity=-3']);
  });

  it('take a capacity from 1 to the largest, as the planner does', () => {
    expect(decodePlanLink('capacity=0.5', known)).toEqual({ plan: { useCases: [], inPlace: [] }, dropped: ['capacity=0.5'] });
    expect(decodePlanLink('capacity=', known).dropped).toEqual(['capacity=']);
    expect(decodePlanLink('capacity=1', known).plan.capacity).toBe(1);
    expect(decodePlanLink('capacity=12.5', known).plan.capacity).toBe(12.5);
    expect(decodePlanLink('capacity=10001', known).dropped).toEqual(['capacity=10001']);
  });

  it('name keys they do not know instead of ignoring them', () => {
    expect(decodePlanLink('use-cases=claims&foo=bar&utm_source=mail', known)).toEqual({ plan: { useCases: ['claims'], inPlace: [] }, dropped: ['foo', 'utm_source'] });
  });

  it('carry an initiative of its own (format 2): the components it needs, with the version that reads them', () => {
    const link = encodePlanLink({ useCases: [], inPlace: ['data'], needs: ['serving', 'data'] });
    expect(link).toBe('v=2&needs=data,serving&in-place=data');
    expect(decodePlanLink(`#${link}`, known)).toEqual({ plan: { useCases: [], inPlace: ['data'], needs: ['data', 'serving'] }, dropped: [] });
    expect(decodePlanLink('v=2&needs=serving,ghost', known)).toEqual({ plan: { useCases: [], inPlace: [], needs: ['serving'] }, dropped: ['ghost'] });
    expect(isPlanLink('#v=2&needs=serving')).toBe(true);
  });

  it('read links of format 1 as before, and say when a link is newer than this planner', () => {
    // A link made before format 2 has no "v" and still means the same.
    expect(encodePlanLink({ useCases: ['claims'], inPlace: [], capacity: 20 })).toBe('use-cases=claims&capacity=20');
    expect(decodePlanLink('use-cases=claims&capacity=20', known)).toEqual({ plan: { useCases: ['claims'], inPlace: [], capacity: 20 }, dropped: [] });
    expect(decodePlanLink('v=1&use-cases=claims', known).dropped).toEqual([]);
    expect(decodePlanLink('v=3&use-cases=claims&colour=blue', known)).toEqual({ plan: { useCases: ['claims'], inPlace: [] }, dropped: ['v=3', 'colour'] });
  });

  it('are told apart from anchors in the page', () => {
    for (const link of ['#use-cases=claims', 'in-place=', '#capacity=12', '#use-cases=&in-place=data']) expect(isPlanLink(link), link).toBe(true);
    for (const anchor of ['', '#', '#main', '#plan-waves', '#content', '#%E0%A4%A']) expect(isPlanLink(anchor), anchor).toBe(false);
  });

  it('never throw on random input (seeded: a failure names its seed, SEED=… repeats it)', () => {
    const alphabet = 'ab,=&#%?-_ \u0000\u2028é<>"\'';
    const keys = ['use-cases=', 'in-place=', 'capacity=', '&', ',', 'claims', 'serving', '%E0%A4%A', '%', '-1', '1e999'];
    forSeeds(2000, (r, seed) => {
      let text = r.bool(0.2) ? hostileString(r) : '';
      for (let j = 0; j < seed % 60; j++) text += r.bool(0.3) ? r.pick(keys) : r.pick([...alphabet]);
      const decoded = decodePlanLink(text, known);
      for (const id of decoded.plan.useCases) expect(known.useCases.has(id)).toBe(true);
      for (const id of decoded.plan.inPlace) expect(known.components.has(id)).toBe(true);
      if (decoded.plan.capacity !== undefined) expect(decoded.plan.capacity).toBeGreaterThan(0);
    });
  });

  it('give an empty plan for an empty fragment', () => {
    expect(decodePlanLink('', known)).toEqual({ plan: { useCases: [], inPlace: [] }, dropped: [] });
  });
});
