import { describe, expect, it } from 'vitest';
import { initiativeId, readPlanFragment, writePlanFragment } from '../../src/lib/planner/state.ts';
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

  it("plans a link's initiative as one more use case, and writes it back while it is chosen", () => {
    const read = readPlanFragment('#v=2&needs=serving&in-place=data&use-cases=', known, defaults);
    expect(read).toEqual({ selection: { useCases: [initiativeId], inPlace: ['data'] }, needs: ['serving'], dropped: [] });
    expect(writePlanFragment(read.selection, read.needs)).toBe('v=2&needs=serving&in-place=data&use-cases=');
    // With the sample use cases left to their default, the initiative joins all of them.
    expect(readPlanFragment('#v=2&needs=serving', known, defaults).selection.useCases).toEqual([initiativeId, ...defaults.useCases]);
    // Unticked, it leaves the link; a link whose needs are all unknown names no initiative.
    expect(writePlanFragment({ useCases: ['fraud'], inPlace: [] }, ['serving'])).toBe('use-cases=fraud&in-place=');
    expect(readPlanFragment('#needs=ghost&use-cases=fraud', known, defaults)).toEqual({ selection: { useCases: ['fraud'], inPlace: ['data'] }, dropped: ['ghost'] });
  });

  it('never throws on random or hostile addresses, and keeps only known ids', () => {
    // A small seeded generator (mulberry32), so a failure can be repeated.
    let seed = 20261125;
    const random = () => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pieces = ['#', 'use-cases=', 'in-place=', 'capacity=', 'needs=', 'v=2', 'v=9', '&', ',', '=', '%', '%E0%A4%A', '<img src=x onerror=alert(1)>', 'fraud', 'data', '-1', '1e9', 'NaN', '\u0000', '\u202e', '🙂', ' ', '"', "'", '__proto__', 'constructor'];
    for (let i = 0; i < 3000; i++) {
      let fragment = '';
      for (let j = Math.floor(random() * 12); j > 0; j--) fragment += pieces[Math.floor(random() * pieces.length)];
      const read = readPlanFragment(fragment, known, defaults);
      for (const id of read.selection.useCases) expect(known.useCases.has(id) || (id === initiativeId && read.needs !== undefined), fragment).toBe(true);
      for (const id of read.needs ?? []) expect(known.components.has(id), fragment).toBe(true);
      for (const id of read.selection.inPlace) expect(known.components.has(id), fragment).toBe(true);
      if (read.selection.capacity !== undefined) expect(read.selection.capacity > 0 && Number.isFinite(read.selection.capacity), fragment).toBe(true);
      expect(Array.isArray(read.dropped)).toBe(true);
    }
  });
});
