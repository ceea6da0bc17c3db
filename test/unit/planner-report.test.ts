import { describe, expect, it } from 'vitest';
import { planInvestments } from '../../src/lib/planner/plan.ts';
import { planDependencies, planReport, reportMessageKeys, type ReportCatalogue } from '../../src/lib/planner/report.ts';
import { planCsv, planMarkdown } from '../../src/lib/planner/export.ts';
import { shippedMessages, translate as translator } from '../../src/i18n/index.ts';

const t = translator('en');

const components = [
  { id: 'data', title: 'Data | platform', category: 'data', dependsOn: [], setupCost: 30, onboardingCost: 2, runCost: 6 },
  { id: 'serve', title: '=Serving', category: 'ml-platform', dependsOn: ['data'], setupCost: 1200, onboardingCost: 1 },
  { id: 'gate', title: 'Gateway', category: 'generative-ai', dependsOn: [], setupCost: 8, onboardingCost: 0.5 },
];
const useCases = [
  { id: 'fraud', title: 'Fraud, detection', businessUnit: 'Risk', requires: ['serve'] },
  { id: 'churn', title: 'Churn', businessUnit: 'Marketing', requires: ['serve'] },
  { id: 'chat', title: 'Chat', businessUnit: 'Service', requires: ['gate'] },
];
const catalogue: ReportCatalogue = {
  components,
  useCases,
  categoryLabel: (c) => c.toUpperCase(),
  hrefOf: (kind, id) => `/${kind}/${id}/`,
};
const translate = (key: (typeof reportMessageKeys)[number], values?: Record<string, string | number>) => t(key, values);
const report = (selection: Parameters<typeof planInvestments>[2]) => planReport(planInvestments(components, useCases, selection), catalogue, translate);

describe('plan report', () => {
  it('has every message it uses in the dictionary', () => {
    expect(Object.keys(shippedMessages(reportMessageKeys))).toEqual([...reportMessageKeys]);
  });

  it('says what to build, in how many waves and quarters, what sharing saves, and what to build next', () => {
    const r = report({ useCases: ['fraud', 'churn', 'chat'], inPlace: [], capacity: 400 });
    // Data and serving are built twice without sharing (1,230); sharing onboards fraud and churn onto both and
    // chat onto the gateway (6.5).
    expect(r.headline).toBe(
      'Build 3 components in 2 waves over 4 quarters. Sharing saves 1,223.5 person-weeks net (1,244.5 against 2,468 without sharing): it avoids 1,230 of setup built more than once and adds 6.5 of onboarding onto the shared components.',
    );
    const cost = r.tables.find((x) => x.id === 'cost')!;
    expect(cost.rows.slice(4, 7).map((row) => [row[0]!.text.split(':')[0], row[1]!.value])).toEqual([
      ['Repeated setup', 1230],
      ['Onboarding onto the shared components', 6.5],
      ['Net saving with sharing', 1223.5],
    ]);
    expect(cost.meanings).toHaveLength(3);
    expect(r.buildNext).toBe('Build next: Data | platform, which 2 use cases wait on (30 person-weeks to have it).');
    expect(r.tables.map((x) => x.id)).toEqual(['waves', 'schedule', 'readiness', 'ranking', 'cost', 'in-place']);
    const waves = r.tables[0]!;
    expect(waves.rows.map((row) => row.slice(0, 2).map((c) => c.text))).toEqual([['Wave 1', 'Data | platform'], ['Wave 1', 'Gateway'], ['Wave 2', '=Serving']]);
    expect(waves.rows[2]![3]).toMatchObject({ text: '1,200', value: 1200, numeric: true });
    expect(waves.rows[0]![1]!.href).toBe('/component/data/');
  });

  it('says plainly that one use case saves nothing yet, and that sharing pays from the second', () => {
    const one = report({ useCases: ['chat'], inPlace: [] });
    expect(one.headline).toBe(
      'Build 1 component in 1 wave over 4 quarters. With one use case nothing is built twice, so sharing saves nothing yet: 8 person-weeks of setup and 0.5 of onboarding. Sharing pays from the second use case that needs the same components.',
    );
    const cost = one.tables.find((x) => x.id === 'cost')!;
    expect(cost.meanings?.at(-1)).toMatch(/^With one use case there is nothing to save yet: sharing pays from the second use case/);
    // Two use cases that share nothing still to build: the same, in the plural.
    expect(report({ useCases: ['fraud', 'chat'], inPlace: [] }).headline).toContain('No component still to build is needed by more than one of these 2 use cases');
  });

  it('says when sharing avoids repeated setup but costs more onboarding than it saves', () => {
    const small = [{ id: 'x', title: 'X', category: 'data', dependsOn: [], setupCost: 2, onboardingCost: 5 }];
    const pair = [
      { id: 'a', title: 'A', businessUnit: 'U', requires: ['x'] },
      { id: 'b', title: 'B', businessUnit: 'U', requires: ['x'] },
    ];
    const plan = planInvestments(small, pair, { useCases: ['a', 'b'], inPlace: [] });
    const r = planReport(plan, { ...catalogue, components: small, useCases: pair }, translate);
    expect(r.headline).toContain('Sharing avoids 2 person-weeks of setup built more than once, but onboarding onto the shared components costs 10: for these use cases alone it does not pay yet (8 person-weeks more than without sharing).');
  });

  it('says when nothing is chosen, and when everything is in place', () => {
    const empty = report({ useCases: [], inPlace: [] });
    expect(empty.headline).toBe('Choose at least one use case to see a plan.');
    for (const table of empty.tables.filter((x) => x.rows.length === 0)) expect(table.empty, table.id).toBe('No use case is chosen.');
    expect(empty.tables.find((x) => x.id === 'readiness')?.rows).toEqual([]);
    expect(report({ useCases: ['chat'], inPlace: ['gate'] }).headline).toBe(
      'Everything the use case needs is in place: it can start now, with 0.5 person-weeks of onboarding.',
    );
  });

  it('shows run cost per year when components state it, and says when none does', () => {
    const cost = report({ useCases: ['fraud', 'churn'], inPlace: [] }).tables.find((x) => x.id === 'cost')!;
    expect(cost.rows.at(-2)?.map((c) => c.text)).toEqual(['Run cost per year, each component run once (1 of 2 components have a run cost)', '6']);
    const none = report({ useCases: ['chat'], inPlace: [] }).tables.find((x) => x.id === 'cost')!;
    expect(none.rows.at(-1)?.[0]?.text).toBe('Run cost per year (no component states one yet)');
  });
});

describe('dependencies as text', () => {
  it('says what each component is built on, what is in place, and what each use case requires', () => {
    const withLinks = { ...catalogue, components, useCases };
    const plan = planInvestments(components, useCases, { useCases: ['fraud', 'chat'], inPlace: ['data'] });
    expect(planDependencies(plan, withLinks, translate)).toEqual([
      'Data | platform (in place) is built on nothing else.',
      'Gateway is built on nothing else.',
      '=Serving is built on Data | platform (in place).',
      'Fraud, detection requires =Serving.',
      'Chat requires Gateway.',
    ]);
  });
});

describe('plan export', () => {
  const r = report({ useCases: ['fraud', 'churn', 'chat'], inPlace: ['gate'], capacity: 400 });

  it('writes Markdown tables with their notes, escaping the pipe, and the diagrams as Mermaid blocks', () => {
    const md = planMarkdown('Plan', r, 'https://example.org/sequence/#use-cases=fraud', [{ heading: 'Schedule', source: 'gantt\n  dateFormat YYYY-MM-DD' }]);
    expect(md).toMatch(/^# Plan\n\nBuild 2 components/);
    expect(md).toContain('| Wave 1 | Data \\| platform | DATA | 30 | 2 |');
    expect(md).toContain('| --- | --- | --- | ---: | ---: | --- |');
    expect(md).toContain('## Schedule\n\n```mermaid\ngantt\n  dateFormat YYYY-MM-DD\n```');
    expect(md).toContain('https://example.org/sequence/#use-cases=fraud');
    // What the cost table's derived numbers mean, under it.
    expect(md).toMatch(/\| Net saving with sharing: repeated setup less that onboarding \| [\d,.]+ \|[\s\S]*\n\n- Repeated setup: for each component/);
  });

  it('writes CSV with plain numbers, quoted commas, and text a spreadsheet will not run as a formula', () => {
    const csv = planCsv(r, [['Plan'], ['Capacity', '400'], ['Link', 'https://example.org/sequence/#capacity=400']]);
    expect(csv.startsWith('Plan\r\nCapacity,400\r\nLink,https://example.org/sequence/#capacity=400\r\n\r\n')).toBe(true);
    expect(csv).toContain('"Waves: what to build, in dependency order",Wave,Component,Category,Setup,Use cases waiting,Built in\r\n');
    expect(csv).toMatch(/\r\n,"?Net saving: the repeated setup less that onboarding/);
    expect(csv).toContain(",Wave 2,'=Serving,ML-PLATFORM,1200,2,");
    expect(csv).toContain(',"Fraud, detection",Risk,');
  });
});
