import { describe, expect, it } from 'vitest';
import { readPlanFragment, writePlanFragment } from '../../src/lib/planner/state.ts';
import { encodePlanLink } from '../../src/lib/plan-link.ts';

const known = { useCases: new Set(['claims', 'fraud', 'churn']), components: new Set(['data', 'serving']) };
const defaults = { useCases: ['churn', 'claims', 'fraud'], inPlace: ['data'] };

describe('planner state in the address', () => {
  it('takes the defaults when the address has no plan', () => {
    expect(readPlanFragment('', known, defaults)).toEqual({ selection: { useCases: defaults.useCases, inPlace: ['data'] }, dropped: [] });
  });

  it('reads a link the self-assessment makes with encodePlanLink', () => {
    const link = encodePlanLink({ useCases: ['fraud'], inPlace: ['serving'], capacity: 20 });
    expect(readPlanFragment(`#${link}`, known, defaults).selection).toEqual({ useCases: ['fraud'], inPlace: ['serving'], capacity: 20 });
  });

  it('keeps what it can from a link with unknown ids and names what it dropped', () => {
    const read = readPlanFragment('#use-cases=fraud,ghost&in-place=nope&capacity=abc', known, defaults);
    expect(read.selection).toEqual({ useCases: ['fraud'], inPlace: [] });
    expect(read.dropped).toEqual(['ghost', 'nope', 'capacity=abc']);
  });

  it('round-trips every choice, empty ones included', () => {
    for (const selection of [
      { useCases: ['claims', 'fraud'], inPlace: ['data'], capacity: 12.5 },
      { useCases: [], inPlace: [] },
      { useCases: ['churn'], inPlace: [], capacity: 3 },
    ]) {
      const fragment = writePlanFragment(selection);
      expect(readPlanFragment(`#${fragment}`, known, defaults)).toEqual({ selection, dropped: [] });
    }
    expect(writePlanFragment({ useCases: [], inPlace: [] })).toBe('use-cases=&in-place=');
  });
});
