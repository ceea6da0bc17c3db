import { describe, expect, it } from 'vitest';
import { planInvestments } from '../../src/lib/planner/plan.ts';
import { planReport, reportMessageKeys, type ReportCatalogue } from '../../src/lib/planner/report.ts';
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
    expect(r.headline).toBe(
      'Build 3 components in 2 waves over 4 quarters. With sharing: 1,244.5 person-weeks, against 2,468 without sharing: 1,223.5 person-weeks of repeated setup avoided.',
    );
    expect(r.buildNext).toBe('Build next: Data | platform, which 2 use cases wait on (30 person-weeks to have it).');
    expect(r.tables.map((x) => x.id)).toEqual(['waves', 'schedule', 'readiness', 'ranking', 'cost', 'in-place']);
    const waves = r.tables[0]!;
    expect(waves.rows.map((row) => row.slice(0, 2).map((c) => c.text))).toEqual([['Wave 1', 'Data | platform'], ['Wave 1', 'Gateway'], ['Wave 2', '=Serving']]);
    expect(waves.rows[2]![3]).toMatchObject({ text: '1,200', value: 1200, numeric: true });
    expect(waves.rows[0]![1]!.href).toBe('/component/data/');
  });

  it('says when nothing is chosen, and when everything is in place', () => {
    expect(report({ useCases: [], inPlace: [] }).headline).toBe('Choose at least one use case to see a plan.');
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

describe('plan export', () => {
  const r = report({ useCases: ['fraud', 'churn', 'chat'], inPlace: ['gate'], capacity: 400 });

  it('writes Markdown tables with their notes, escaping the pipe, and the diagrams as Mermaid blocks', () => {
    const md = planMarkdown('Plan', r, 'https://example.org/sequence/#use-cases=fraud', [{ heading: 'Schedule', source: 'gantt\n  dateFormat YYYY-MM-DD' }]);
    expect(md).toMatch(/^# Plan\n\nBuild 2 components/);
    expect(md).toContain('| Wave 1 | Data \\| platform | DATA | 30 | 2 |');
    expect(md).toContain('| --- | --- | --- | ---: | ---: | --- |');
    expect(md).toContain('## Schedule\n\n```mermaid\ngantt\n  dateFormat YYYY-MM-DD\n```');
    expect(md).toContain('https://example.org/sequence/#use-cases=fraud');
  });

  it('writes CSV with plain numbers, quoted commas, and text a spreadsheet will not run as a formula', () => {
    const csv = planCsv(r);
    expect(csv).toContain('"Waves: what to build, in order",Wave,Component,Category,Setup,Use cases waiting,Built in\r\n');
    expect(csv).toContain(",Wave 2,'=Serving,ML-PLATFORM,1200,2,");
    expect(csv).toContain(',"Fraud, detection",Risk,');
  });
});
