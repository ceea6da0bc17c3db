import { describe, expect, it } from 'vitest';
import { planInvestments, defaultQuarters } from '../../src/lib/planner/plan.ts';
import { capacitySchedule } from '../../src/lib/planner/capacity.ts';
import type { PlannedComponent, PlannedUseCase } from '../../src/lib/planner/needs.ts';

const c = (id: string, dependsOn: string[], setupCost: number, onboardingCost = 1, runCost?: number): PlannedComponent => ({
  id,
  dependsOn,
  setupCost,
  onboardingCost,
  ...(runCost === undefined ? {} : { runCost }),
});
const u = (id: string, ...requires: string[]): PlannedUseCase => ({ id, requires });
const ids = (waves: { components: string[] }[]) => waves.map((w) => w.components);

// A diamond: two branches built on one base, joined by a top component.
const diamond = [c('base', [], 10), c('left', ['base'], 4), c('right', ['base'], 6), c('top', ['left', 'right'], 5)];

describe('waves', () => {
  it('put a diamond in three waves, each component after everything it is built on', () => {
    const plan = planInvestments(diamond, [u('a', 'top'), u('b', 'left')], { useCases: ['a', 'b'], inPlace: [] });
    // "left" unblocks both use cases, "right" only one: left comes first in wave 2.
    expect(ids(plan.waves)).toEqual([['base'], ['left', 'right'], ['top']]);
    expect(plan.readiness.map((r) => [r.id, r.afterWave])).toEqual([['a', 3], ['b', 2]]);
  });

  it('ignore dependencies already in place, so a component moves up to the earliest wave it can', () => {
    const plan = planInvestments(diamond, [u('a', 'top')], { useCases: ['a'], inPlace: ['base', 'left'] });
    expect(ids(plan.waves)).toEqual([['right'], ['top']]);
    expect(plan.inPlace).toEqual(['base', 'left']);
    expect(plan.missing).toEqual(['right', 'top']);
  });

  it('share a chain between use cases and keep disconnected graphs apart in the same waves', () => {
    const catalogue = [c('data', [], 30), c('pipes', ['data'], 16), c('serve', ['pipes'], 12), c('gateway', [], 10), c('guard', ['gateway'], 8)];
    const plan = planInvestments(catalogue, [u('fraud', 'serve'), u('churn', 'serve'), u('chat', 'guard')], {
      useCases: ['fraud', 'churn', 'chat'],
      inPlace: [],
    });
    expect(ids(plan.waves)).toEqual([['data', 'gateway'], ['pipes', 'guard'], ['serve']]);
    expect(plan.waitingOn.get('data')).toEqual(['fraud', 'churn']);
    expect(plan.waitingOn.get('gateway')).toEqual(['chat']);
    expect(plan.readiness.find((r) => r.id === 'chat')?.afterWave).toBe(2);
  });

  it('give an empty plan for an empty selection', () => {
    const plan = planInvestments(diamond, [u('a', 'top')], { useCases: [], inPlace: [] });
    expect(plan.waves).toEqual([]);
    expect(plan.needed).toEqual([]);
    expect(plan.cost.withSharing).toBe(0);
    expect(plan.cost.withoutSharing).toBe(0);
    expect(plan.ranking).toEqual([]);
    expect(plan.schedule.quarters).toEqual([]);
  });

  it('let every use case start now when everything is in place, charging only onboarding', () => {
    const plan = planInvestments(diamond, [u('a', 'top'), u('b', 'right')], { useCases: ['a', 'b'], inPlace: ['base', 'left', 'right', 'top'] });
    expect(plan.waves).toEqual([]);
    expect(plan.readiness.map((r) => [r.afterWave, r.startQuarter, r.setupSpentBy])).toEqual([[0, 1, 0], [0, 1, 0]]);
    expect(plan.cost.setupShared).toBe(0);
    expect(plan.cost.onboarding).toBe(6); // a: 4 components, b: right and base
    expect(plan.cost.withoutSharing).toBe(6);
    expect([plan.cost.repeatedSetup, plan.cost.sharedOnboarding, plan.cost.netSaving]).toEqual([0, 0, 0]);
    expect(plan.schedule.quarters).toEqual([]);
  });
});

describe('cost with and without sharing', () => {
  it('builds each component once with sharing, and once per use case without', () => {
    const plan = planInvestments(diamond, [u('a', 'top'), u('b', 'left'), u('c', 'right')], { useCases: ['a', 'b', 'c'], inPlace: [] });
    expect(plan.cost.setupShared).toBe(25);
    expect(plan.cost.onboarding).toBe(4 + 2 + 2);
    expect(plan.cost.withSharing).toBe(33);
    // a builds 25, b builds base + left = 14, c builds base + right = 16.
    expect(plan.cost.withoutSharing).toBe(55);
    // Built more than once: base by three use cases (2 × 10), left and right by two each (4 + 6).
    expect(plan.cost.repeatedSetup).toBe(30);
    // Sharing onboards every use case onto what it builds once: all 8 person-weeks of onboarding here.
    expect(plan.cost.sharedOnboarding).toBe(8);
    expect(plan.cost.netSaving).toBe(22);
    expect(plan.cost.netSaving).toBe(plan.cost.withoutSharing - plan.cost.withSharing);
  });

  it('saves nothing for a single use case: nothing is built twice, and the onboarding is what sharing adds', () => {
    const plan = planInvestments(diamond, [u('a', 'top')], { useCases: ['a'], inPlace: ['base'] });
    expect(plan.cost.repeatedSetup).toBe(0);
    // left, right and top are built for it (4 + 6 + 5) either way; sharing adds its onboarding onto them.
    expect(plan.cost.withoutSharing).toBe(15 + 1);
    expect(plan.cost.sharedOnboarding).toBe(3);
    expect(plan.cost.netSaving).toBe(-3);
  });

  it('counts run cost per year once with sharing and per use case without, when known', () => {
    const catalogue = [c('data', [], 30, 2, 8), c('serve', ['data'], 10, 1), c('gateway', [], 8, 0.5, 3)];
    const plan = planInvestments(catalogue, [u('x', 'serve'), u('y', 'serve'), u('z', 'gateway')], { useCases: ['x', 'y', 'z'], inPlace: ['data'] });
    expect(plan.cost.runPerYear).toBe(11);
    expect(plan.cost.runPerYearWithoutSharing).toBe(8 + 8 + 3);
    expect(plan.cost.runCostKnown).toEqual({ known: 2, needed: 3 });
    // data is in place: no setup for it in either case, and x and y are onboarded onto it in both.
    expect(plan.cost.setupShared).toBe(18);
    expect(plan.cost.withoutSharing).toBe(10 + 10 + 8 + 2 + 2);
    // serve is built twice without sharing; x and y are onboarded onto it and z onto the gateway with sharing.
    expect(plan.cost.repeatedSetup).toBe(10);
    expect(plan.cost.sharedOnboarding).toBe(1 + 1 + 0.5);
    expect(plan.cost.netSaving).toBe(32 - (18 + plan.cost.onboarding));
  });
});

describe('unblock ranking', () => {
  it('ranks by use cases waiting, then by setup cost per use case, and says what can start now', () => {
    const plan = planInvestments(diamond, [u('a', 'top'), u('b', 'left'), u('c', 'right')], { useCases: ['a', 'b', 'c'], inPlace: [] });
    expect(plan.ranking.map((r) => [r.id, r.waiting.length, r.costToReach, r.costPerUseCase, r.canStartNow])).toEqual([
      ['base', 3, 10, 3.33, true],
      ['left', 2, 14, 7, false],
      ['right', 2, 16, 8, false],
      ['top', 1, 25, 25, false],
    ]);
    expect(plan.ranking.find((r) => r.id === 'left')?.directly).toEqual(['b']);
  });
});

describe('capacity schedule', () => {
  it('spreads a component larger than one quarter over several, and starts dependants the quarter after', () => {
    const plan = planInvestments(diamond, [u('a', 'top')], { useCases: ['a'], inPlace: [], capacity: 4 });
    const span: Record<string, [number, number]> = Object.fromEntries(plan.schedule.components.map((s) => [s.id, [s.startQuarter, s.endQuarter]]));
    // base (10) takes quarters 1–3 (4 + 4 + 2). Then in the order of the unblock ranking: left (cheaper to
    // have) in quarter 4, right (6) in quarters 5–6.
    expect(span['base']).toEqual([1, 3]);
    expect(span['left']).toEqual([4, 4]);
    expect(span['right']).toEqual([5, 6]);
    expect(plan.ranking.map((r) => r.id)).toEqual(['base', 'left', 'right', 'top']);
    expect(span['top']![0]).toBeGreaterThan(Math.max(span['left']![1], span['right']![1]));
    for (const q of plan.schedule.quarters) expect(q.spent).toBeLessThanOrEqual(4);
    expect(plan.schedule.quarters.at(-1)?.spentSoFar).toBe(25);
    const a = plan.readiness[0]!;
    expect(a.startQuarter).toBe(span['top']![1] + 1);
    expect(a.setupSpentBy).toBe(25);
  });

  it('starts quarter 1 with what the unblock ranking puts first when both orders finish together', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const random = prng(seed);
      const { components, useCases } = randomCatalogue(random, 20, 4, 5);
      const plan = planInvestments(components, useCases, { useCases: useCases.map((x) => x.id), inPlace: [], capacity: 1000 });
      const next = plan.ranking.find((r) => r.canStartNow);
      if (next) expect(plan.schedule.quarters[0]?.work[0]?.id, `seed ${seed}`).toBe(next.id);
    }
  });

  it('finishes work already started before starting something new', () => {
    const schedule = capacitySchedule([c('big', [], 9), c('small', [], 2)], new Set(['big', 'small']), 5, (id) => (id === 'big' ? 2 : 1));
    expect(schedule.quarters.map((q) => q.work)).toEqual([
      [{ id: 'big', personWeeks: 5 }],
      [{ id: 'big', personWeeks: 4 }, { id: 'small', personWeeks: 1 }],
      [{ id: 'small', personWeeks: 1 }],
    ]);
  });

  it('says when a use case can start and how much setup was spent by then', () => {
    const catalogue = [c('data', [], 8), c('serve', ['data'], 4), c('gateway', [], 4)];
    const plan = planInvestments(catalogue, [u('fraud', 'serve'), u('chat', 'gateway')], { useCases: ['fraud', 'chat'], inPlace: [], capacity: 16 });
    // Everything ready fits in a quarter: data and gateway in quarter 1, serve (built on data) in quarter 2.
    expect(plan.readiness.map((r) => [r.id, r.startQuarter, r.setupSpentBy])).toEqual([['fraud', 3, 16], ['chat', 2, 12]]);
  });

  it('starts the longest chain first when that builds everything sooner, leaving no quarter almost idle', () => {
    const catalogue = [c('data', [], 8), c('serve', ['data'], 4), c('gateway', [], 4)];
    const plan = planInvestments(catalogue, [u('fraud', 'serve'), u('chat', 'gateway')], { useCases: ['fraud', 'chat'], inPlace: [], capacity: 8 });
    // The ranking's order (gateway is cheapest per use case) would build gateway 4 + data 4, then data 4 alone
    // (serve waits for data), then serve: three quarters, one of them half idle. Data first takes two.
    expect(plan.ranking[0]?.id).toBe('gateway');
    expect(plan.schedule.quarters.map((q) => q.work.map((w) => `${w.id} ${w.personWeeks}`))).toEqual([['data 8'], ['gateway 4', 'serve 4']]);
    expect(plan.readiness.map((r) => [r.id, r.startQuarter, r.setupSpentBy])).toEqual([['fraud', 3, 16], ['chat', 3, 16]]);
  });

  it('defaults to the least capacity that builds everything in four quarters, or one per wave when there are more', () => {
    // 25 person-weeks in three waves: at 7 (a quarter of it) base takes two quarters and the plan five; at 9
    // still five (base spills into a second quarter); at 10 three.
    const plan = planInvestments(diamond, [u('a', 'top')], { useCases: ['a'], inPlace: [] });
    expect(plan.defaultCapacity).toEqual({ capacity: 10, quarters: 3 });
    expect(plan.schedule.capacity).toBe(10);
    expect(planInvestments(diamond, [u('a', 'top')], { useCases: ['a'], inPlace: [], capacity: 9 }).schedule.quarters.length).toBeGreaterThan(4);
    // A chain of six components of 4: one quarter per wave, so 4 a quarter is enough.
    const chain = Array.from({ length: 6 }, (_, i) => c(`c${i}`, i === 0 ? [] : [`c${i - 1}`], 4));
    expect(planInvestments(chain, [u('x', 'c5')], { useCases: ['x'], inPlace: [] }).defaultCapacity).toEqual({ capacity: 4, quarters: 6 });
    expect(planInvestments(diamond, [u('a', 'top')], { useCases: ['a'], inPlace: ['base', 'left', 'right', 'top'] }).defaultCapacity).toEqual({ capacity: 1, quarters: 0 });
  });
});

// A seeded pseudo-random generator, so a failing case can be replayed.
function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 1 | s) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

/** A layered random catalogue: `depth` layers, each component built on up to three of the layers below. */
function randomCatalogue(random: () => number, size: number, depth: number, useCaseCount: number) {
  const layers: string[][] = Array.from({ length: depth }, () => []);
  const components: PlannedComponent[] = [];
  for (let i = 0; i < size; i++) {
    const layer = i < depth ? i : Math.floor(random() * depth);
    const id = `c${String(i).padStart(3, '0')}`;
    const below = layers.slice(0, layer).flat();
    const deps = new Set<string>();
    if (layer > 0) deps.add(layers[layer - 1]![Math.floor(random() * layers[layer - 1]!.length)]!);
    for (let k = 0; k < 2 && below.length > 0; k++) deps.add(below[Math.floor(random() * below.length)]!);
    layers[layer]!.push(id);
    components.push(c(id, [...deps], 1 + Math.floor(random() * 20), Math.floor(random() * 4) / 2, random() < 0.5 ? Math.floor(random() * 6) : undefined));
  }
  const useCases = Array.from({ length: useCaseCount }, (_, i) =>
    u(`u${i}`, ...Array.from({ length: 1 + Math.floor(random() * 4) }, () => components[Math.floor(random() * size)]!.id)),
  );
  return { components, useCases };
}

describe('properties over random catalogues', () => {
  it('keep every rule of the model on 200 random plans', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = prng(seed);
      const { components, useCases } = randomCatalogue(random, 5 + Math.floor(random() * 30), 1 + Math.floor(random() * 6), 1 + Math.floor(random() * 8));
      const selection = {
        useCases: useCases.filter(() => random() < 0.7).map((x) => x.id),
        inPlace: components.filter(() => random() < 0.3).map((x) => x.id),
        capacity: 10 + Math.floor(random() * 30),
      };
      const plan = planInvestments(components, useCases, selection);
      const byId = new Map(components.map((x) => [x.id, x]));
      const missing = new Set(plan.missing);
      const context = `seed ${seed}`;
      // Waves: every missing dependency sits in an earlier wave.
      for (const id of plan.missing) {
        for (const dep of byId.get(id)!.dependsOn) if (missing.has(dep)) expect(plan.waveOf.get(dep)!, context).toBeLessThan(plan.waveOf.get(id)!);
      }
      // Schedule: everything missing is built, never over capacity, dependants start after dependencies finish.
      expect(plan.schedule.unscheduled, context).toEqual([]);
      const span = new Map(plan.schedule.components.map((s) => [s.id, s]));
      expect(new Set(span.keys()), context).toEqual(missing);
      for (const q of plan.schedule.quarters) expect(q.spent, context).toBeLessThanOrEqual(selection.capacity + 1e-6);
      for (const id of plan.missing) {
        for (const dep of byId.get(id)!.dependsOn) if (missing.has(dep)) expect(span.get(dep)!.endQuarter, context).toBeLessThan(span.get(id)!.startQuarter);
      }
      const total = plan.missing.reduce((sum, id) => sum + byId.get(id)!.setupCost, 0);
      expect(plan.schedule.quarters.at(-1)?.spentSoFar ?? 0, context).toBeCloseTo(total, 6);
      // Cost: sharing never builds more than going alone; onboarding onto what exists counts on both sides.
      expect(plan.cost.setupShared, context).toBeCloseTo(total, 6);
      const repeated = plan.missing.reduce((sum, id) => sum + (plan.waitingOn.get(id)!.length - 1) * byId.get(id)!.setupCost, 0);
      expect(plan.cost.repeatedSetup, context).toBeCloseTo(repeated, 6);
      const sharedOnboarding = plan.readiness.reduce((sum, r) => sum + r.missing.reduce((s, id) => s + byId.get(id)!.onboardingCost, 0), 0);
      expect(plan.cost.sharedOnboarding, context).toBeCloseTo(sharedOnboarding, 6);
      expect(plan.cost.netSaving, context).toBeCloseTo(repeated - sharedOnboarding, 6);
      expect(plan.cost.netSaving, context).toBeCloseTo(plan.cost.withoutSharing - plan.cost.withSharing, 6);
      const existingOnboarding = plan.readiness.reduce(
        (sum, r) => sum + r.needs.filter((id) => !missing.has(id)).reduce((s, id) => s + byId.get(id)!.onboardingCost, 0),
        0,
      );
      expect(plan.cost.withoutSharing - existingOnboarding, context).toBeGreaterThanOrEqual(plan.cost.setupShared - 1e-6);
      // Readiness: a use case starts after the last thing it needs is finished.
      for (const r of plan.readiness) {
        const last = Math.max(0, ...r.missing.map((id) => span.get(id)!.endQuarter));
        expect(r.startQuarter, context).toBe(last + 1);
      }
      // The schedule starts with a component that can start now.
      const first = plan.schedule.quarters[0]?.work[0]?.id;
      if (first) expect(plan.ranking.find((r) => r.id === first)?.canStartNow, context).toBe(true);
      // The default capacity builds everything within a year, or a quarter per wave, and one less would not.
      const fallback = planInvestments(components, useCases, { useCases: selection.useCases, inPlace: selection.inPlace });
      const target = defaultQuarters(fallback.waves.length);
      if (fallback.missing.length > 0) {
        expect(fallback.schedule.quarters.length, context).toBeLessThanOrEqual(target);
        const less = fallback.defaultCapacity.capacity - 1;
        if (less >= 1) {
          const tighter = planInvestments(components, useCases, { ...selection, capacity: less });
          expect(tighter.schedule.quarters.length, context).toBeGreaterThan(target);
        }
      }
      // Ranking: sorted by use cases waiting.
      for (let i = 1; i < plan.ranking.length; i++) expect(plan.ranking[i - 1]!.waiting.length, context).toBeGreaterThanOrEqual(plan.ranking[i]!.waiting.length);
    }
  });

  it('plans a large organization (200 components, depth 8, 60 use cases) correctly, and prints how long it took', () => {
    const { components, useCases } = randomCatalogue(prng(42), 200, 8, 60);
    const selection = { useCases: useCases.map((x) => x.id), inPlace: [] as string[], capacity: 120 };
    planInvestments(components, useCases, selection); // warm up
    const started = performance.now();
    const plan = planInvestments(components, useCases, selection);
    const ms = performance.now() - started;
    console.log(`planInvestments: 200 components, depth 8, 60 use cases in ${ms.toFixed(1)} ms`);
    expect(plan.waves.length).toBe(8);
    expect(plan.schedule.unscheduled).toEqual([]);
    expect(plan.missing.length).toBe(plan.schedule.components.length);
  });
});
