import { describe, expect, it } from 'vitest';
import { missingFoundations, plannerFragment, type FoundationComponent } from '../../src/lib/assessment/foundations.ts';
import { decodePlanLink } from '../../src/lib/plan-link.ts';
import { initiativeId, readPlanFragment } from '../../src/lib/planner/state.ts';
import { planInvestments } from '../../src/lib/planner/plan.ts';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { projectRoot } from '../helpers/astro.ts';
import type { EntryRef } from '../../src/lib/collections.ts';

const c = (id: string, dependsOn: string[], setupCost: number, status = 'planned'): FoundationComponent => ({ id, dependsOn, setupCost, onboardingCost: 1, status });
// data ← features ← serving ← monitoring; identity stands alone and exists already.
const components = [c('monitoring', ['serving'], 4), c('serving', ['features', 'identity'], 8), c('features', ['data'], 6), c('data', [], 10), c('identity', [], 3, 'available'), c('unused', [], 5)];
const useCases = [{ id: 'triage', requires: ['monitoring', 'serving'] }];

describe('foundations an initiative needs', () => {
  it('lists what is missing in build order, with what needs it and the setup cost', () => {
    const f = missingFoundations({ useCase: 'triage' }, components, useCases);
    expect(f.direct).toEqual(['monitoring', 'serving']);
    expect(f.needed).toEqual(['data', 'identity', 'features', 'serving', 'monitoring']);
    expect(f.inPlace).toEqual(['identity']);
    expect(f.missing.map((m) => [m.id, m.wave, m.direct])).toEqual([
      ['data', 1, false],
      ['features', 2, false],
      ['serving', 3, true],
      ['monitoring', 4, true],
    ]);
    expect(f.missing[0]!.neededFor).toEqual(['features', 'serving', 'monitoring']);
    expect(f.setupCost).toBe(28);
    expect(f.onboardingCost).toBe(5);
  });

  it('takes the user\'s word for what exists, over the catalogue\'s status', () => {
    const f = missingFoundations({ useCase: 'triage', inPlace: ['data', 'features'] }, components, useCases);
    expect(f.missing.map((m) => m.id)).toEqual(['identity', 'serving', 'monitoring']);
    expect(f.setupCost).toBe(15);
  });

  it('numbers the waves from 1 for what is missing, whatever exists underneath it', () => {
    // data and features exist: serving waits only on identity (wave 1), monitoring on serving.
    const f = missingFoundations({ useCase: 'triage', inPlace: ['data', 'features'] }, components, useCases);
    expect(f.missing.map((m) => [m.id, m.wave])).toEqual([
      ['identity', 1],
      ['serving', 2],
      ['monitoring', 3],
    ]);
    // Only monitoring is missing: it is built first, though it sits at the top of the catalogue.
    const top = missingFoundations({ useCase: 'triage', inPlace: ['data', 'features', 'identity', 'serving'] }, components, useCases);
    expect(top.missing.map((m) => [m.id, m.wave])).toEqual([['monitoring', 1]]);
  });

  it('works from chosen components when no sample use case fits, ignoring ids the catalogue does not have', () => {
    const f = missingFoundations({ components: ['features', 'nope'] }, components, useCases);
    expect(f.direct).toEqual(['features']);
    expect(f.missing.map((m) => m.id)).toEqual(['data', 'features']);
  });

  it('needs nothing when nothing is chosen', () => {
    expect(missingFoundations({}, components, useCases)).toMatchObject({ needed: [], missing: [], setupCost: 0 });
  });

  it('opens the sequencing planner with the use case and what is in place', () => {
    const fragment = plannerFragment({ useCase: 'triage', inPlace: ['identity', 'data'] }, components)!;
    expect(fragment).toBe('use-cases=triage&in-place=data,identity');
    expect(decodePlanLink(fragment, { useCases: new Set(['triage']), components: new Set(components.map((x) => x.id)) }).plan).toEqual({
      useCases: ['triage'],
      inPlace: ['data', 'identity'],
    });
  });

  it('opens the planner with nothing in place when nothing is ticked, and with a list of components as this initiative', () => {
    const known = { useCases: new Set(['triage']), components: new Set(components.map((x) => x.id)) };
    const none = plannerFragment({ useCase: 'triage', inPlace: [] }, components)!;
    expect(readPlanFragment(none, known, { useCases: ['everything'], inPlace: ['identity'] }).selection).toEqual({ useCases: ['triage'], inPlace: [] });
    const own = plannerFragment({ components: ['serving', 'ghost'], inPlace: ['identity'] }, components)!;
    expect(own).toBe('v=2&needs=serving&in-place=identity&use-cases=');
    expect(readPlanFragment(own, known, { useCases: ['everything'], inPlace: [] })).toEqual({
      selection: { useCases: [initiativeId], inPlace: ['identity'] },
      needs: ['serving'],
      dropped: [],
    });
    expect(plannerFragment({ components: [], inPlace: [] }, components)).toBeUndefined();
  });

  const { entries } = checkContentFolder(projectRoot, 'content');
  const catalogue = entries
    .filter((e) => e.collection === 'components')
    .map((e) => {
      const d = e.data as { dependsOn: EntryRef[]; setupCost: number; onboardingCost: number; status: string };
      return { id: e.id, dependsOn: d.dependsOn.map((x) => x.id), setupCost: d.setupCost, onboardingCost: d.onboardingCost, status: d.status };
    });
  const samples = entries.filter((e) => e.collection === 'use-cases').map((e) => ({ id: e.id, requires: (e.data as { requires: EntryRef[] }).requires.map((x) => x.id) }));

  it('names the same waves, in the same order, as the sequencing planner does for the use case', () => {
    const available = catalogue.filter((x) => x.status === 'available').map((x) => x.id);
    for (const inPlace of [[], available]) {
      for (const useCase of samples) {
        const f = missingFoundations({ useCase: useCase.id, inPlace }, catalogue, samples);
        const plan = planInvestments(catalogue, samples, { useCases: [useCase.id], inPlace });
        expect(f.missing.map((m) => [m.id, m.wave]), useCase.id).toEqual(plan.waves.flatMap((w) => w.components.map((id) => [id, w.wave])));
      }
    }
    // Chosen components are planned as one use case that requires them.
    const chosen = samples[0]!.requires;
    const f = missingFoundations({ components: chosen, inPlace: [] }, catalogue, samples);
    const plan = planInvestments(catalogue, [{ id: 'mine', requires: chosen }], { useCases: ['mine'], inPlace: [] });
    expect(f.missing.map((m) => [m.id, m.wave])).toEqual(plan.waves.flatMap((w) => w.components.map((id) => [id, w.wave])));
  });

  it('builds every sample use case of the default playbook on foundations that come before it', () => {
    for (const useCase of samples) {
      const f = missingFoundations({ useCase: useCase.id, inPlace: [] }, catalogue, samples);
      const position = new Map(f.missing.map((m, i) => [m.id, i]));
      for (const m of f.missing) {
        for (const dep of catalogue.find((x) => x.id === m.id)!.dependsOn) expect(position.get(dep)!, `${useCase.id}: ${dep} before ${m.id}`).toBeLessThan(position.get(m.id)!);
      }
      for (const required of useCase.requires) expect(f.needed).toContain(required);
    }
  });
});
