// The plan as a reader sees it: a headline and tables, each with a short note that says what its numbers mean.
// One model for the page (built at build time), the planner island (in the browser) and the Markdown export,
// so the three always say the same thing.
import type { InvestmentPlan } from './plan.ts';

/** The interface messages the report uses; the page hands them to the island. */
export const reportMessageKeys = [
  'planner.number',
  'planner.headline',
  'planner.headlineNothing',
  'planner.headlineEmpty',
  'planner.headlineSavings',
  'planner.headlineExtra',
  'planner.buildNext',
  'planner.buildNextNone',
  'planner.quarter',
  'planner.quarterNow',
  'planner.wave',
  'planner.yes',
  'planner.no',
  'planner.waves.caption',
  'planner.waves.note',
  'planner.waves.empty',
  'planner.col.wave',
  'planner.col.component',
  'planner.col.category',
  'planner.col.setup',
  'planner.col.onboarding',
  'planner.col.runCost',
  'planner.col.waiting',
  'planner.col.quarters',
  'planner.col.rank',
  'planner.col.directly',
  'planner.col.costToReach',
  'planner.col.costPerUseCase',
  'planner.col.canStartNow',
  'planner.col.quarter',
  'planner.col.work',
  'planner.col.spent',
  'planner.col.spentSoFar',
  'planner.col.useCase',
  'planner.col.businessUnit',
  'planner.col.missing',
  'planner.col.afterWave',
  'planner.col.startQuarter',
  'planner.col.setupSpentBy',
  'planner.col.item',
  'planner.col.personWeeks',
  'planner.col.usedBy',
  'planner.cost.caption',
  'planner.cost.note',
  'planner.cost.setupShared',
  'planner.cost.onboarding',
  'planner.cost.withSharing',
  'planner.cost.withoutSharing',
  'planner.cost.avoided',
  'planner.cost.runPerYear',
  'planner.cost.runPerYearWithoutSharing',
  'planner.cost.runUnknown',
  'planner.ranking.caption',
  'planner.ranking.note',
  'planner.schedule.caption',
  'planner.schedule.note',
  'planner.schedule.unscheduled',
  'planner.readiness.caption',
  'planner.readiness.note',
  'planner.inPlace.caption',
  'planner.inPlace.note',
  'planner.inPlace.empty',
  'planner.workItem',
] as const;
export type ReportKey = (typeof reportMessageKeys)[number];
export type Translate = (key: ReportKey, values?: Record<string, string | number>) => string;

/** What the report needs to name things: titles, categories, business units and page links. */
export interface ReportCatalogue {
  components: readonly { id: string; title: string; category: string; setupCost: number; onboardingCost: number; runCost?: number | undefined }[];
  useCases: readonly { id: string; title: string; businessUnit: string }[];
  /** The label of a component category. */
  categoryLabel: (category: string) => string;
  /** Root-relative page of a component or use case. */
  hrefOf: (kind: 'component' | 'use-case', id: string) => string;
}

export interface ReportCell {
  text: string;
  href?: string;
  /** Right-aligned, for numbers. */
  numeric?: boolean;
  /** The number itself, unformatted (for CSV). */
  value?: number;
  /** A header cell for its row. */
  rowHeader?: boolean;
  /** Long text that may wrap (other cells keep to one line and the table scrolls). */
  wrap?: boolean;
}

export interface ReportTable {
  id: string;
  caption: string;
  /** What the numbers mean, in a sentence or two (shown under the caption, not in a tooltip). */
  note: string;
  head: string[];
  rows: ReportCell[][];
  /** Shown instead of an empty table. */
  empty?: string;
}

export interface PlanReport {
  headline: string;
  buildNext: string;
  tables: ReportTable[];
}

/**
 * The headline and tables of a plan. `quarterLabel` names the nth quarter (e.g. "Quarter 2" on the page,
 * "Q3 2027" in the browser).
 */
export function planReport(
  plan: InvestmentPlan,
  catalogue: ReportCatalogue,
  t: Translate,
  quarterLabel: (n: number) => string = (n) => t('planner.quarter', { n }),
): PlanReport {
  const component = new Map(catalogue.components.map((c) => [c.id, c]));
  const useCase = new Map(catalogue.useCases.map((u) => [u.id, u]));
  const num = (n: number): ReportCell => ({ text: t('planner.number', { n }), numeric: true, value: n });
  const componentCell = (id: string, rowHeader = false): ReportCell => ({
    text: component.get(id)?.title ?? id,
    href: catalogue.hrefOf('component', id),
    ...(rowHeader ? { rowHeader } : {}),
  });
  const useCaseCell = (id: string): ReportCell => ({ text: useCase.get(id)?.title ?? id, href: catalogue.hrefOf('use-case', id), rowHeader: true });
  const waiting = (id: string) => plan.waitingOn.get(id)?.length ?? 0;
  const { cost } = plan;
  const span = new Map(plan.schedule.components.map((s) => [s.id, s]));
  const quarters = (id: string) => {
    const s = span.get(id);
    if (!s) return '—';
    return s.startQuarter === s.endQuarter ? quarterLabel(s.startQuarter) : `${quarterLabel(s.startQuarter)} – ${quarterLabel(s.endQuarter)}`;
  };

  let headline: string;
  if (plan.useCases.length === 0) headline = t('planner.headlineEmpty');
  else if (plan.missing.length === 0) headline = t('planner.headlineNothing', { n: plan.useCases.length, onboarding: cost.onboarding });
  else {
    const build = t('planner.headline', { n: plan.missing.length, waves: plan.waves.length, quarters: plan.schedule.quarters.length });
    const money =
      cost.repeatedSetupAvoided > 0
        ? t('planner.headlineSavings', { shared: cost.withSharing, alone: cost.withoutSharing, avoided: cost.repeatedSetupAvoided })
        : t('planner.headlineExtra', { shared: cost.withSharing, alone: cost.withoutSharing, extra: -cost.repeatedSetupAvoided });
    headline = `${build} ${money}`;
  }
  const next = plan.ranking.find((r) => r.canStartNow);
  const buildNext = next
    ? t('planner.buildNext', { component: component.get(next.id)?.title ?? next.id, n: next.waiting.length, cost: next.costToReach })
    : t('planner.buildNextNone');

  const tables: ReportTable[] = [
    {
      id: 'waves',
      caption: t('planner.waves.caption'),
      note: t('planner.waves.note'),
      head: [t('planner.col.wave'), t('planner.col.component'), t('planner.col.category'), t('planner.col.setup'), t('planner.col.waiting'), t('planner.col.quarters')],
      rows: plan.waves.flatMap((wave) =>
        wave.components.map((id) => [
          { text: t('planner.wave', { n: wave.wave }) },
          componentCell(id, true),
          { text: catalogue.categoryLabel(component.get(id)?.category ?? '') },
          num(component.get(id)?.setupCost ?? 0),
          num(waiting(id)),
          { text: quarters(id) },
        ]),
      ),
      empty: t('planner.waves.empty'),
    },
    {
      id: 'schedule',
      caption: t('planner.schedule.caption', { capacity: plan.schedule.capacity }),
      note:
        t('planner.schedule.note') +
        (plan.schedule.unscheduled.length > 0
          ? ` ${t('planner.schedule.unscheduled', { n: plan.schedule.unscheduled.length, list: plan.schedule.unscheduled.map((id) => component.get(id)?.title ?? id).join(', ') })}`
          : ''),
      head: [t('planner.col.quarter'), t('planner.col.work'), t('planner.col.spent'), t('planner.col.spentSoFar')],
      rows: plan.schedule.quarters.map((q) => [
        { text: quarterLabel(q.quarter), rowHeader: true },
        { text: q.work.map((w) => t('planner.workItem', { component: component.get(w.id)?.title ?? w.id, n: w.personWeeks })).join('; '), wrap: true },
        num(q.spent),
        num(q.spentSoFar),
      ]),
      empty: t('planner.waves.empty'),
    },
    {
      id: 'readiness',
      caption: t('planner.readiness.caption'),
      note: t('planner.readiness.note'),
      head: [t('planner.col.useCase'), t('planner.col.businessUnit'), t('planner.col.missing'), t('planner.col.afterWave'), t('planner.col.startQuarter'), t('planner.col.setupSpentBy')],
      rows: [...plan.readiness]
        .sort((a, b) => a.startQuarter - b.startQuarter || a.id.localeCompare(b.id))
        .map((r) => [
          useCaseCell(r.id),
          { text: useCase.get(r.id)?.businessUnit ?? '' },
          num(r.missing.length),
          { text: r.afterWave === 0 ? t('planner.quarterNow') : t('planner.wave', { n: r.afterWave }) },
          { text: Number.isFinite(r.startQuarter) ? (r.missing.length === 0 ? t('planner.quarterNow') : quarterLabel(r.startQuarter)) : '—' },
          Number.isFinite(r.setupSpentBy) ? num(r.setupSpentBy) : { text: '—' },
        ]),
    },
    {
      id: 'ranking',
      caption: t('planner.ranking.caption'),
      note: t('planner.ranking.note'),
      head: [t('planner.col.rank'), t('planner.col.component'), t('planner.col.waiting'), t('planner.col.directly'), t('planner.col.costToReach'), t('planner.col.costPerUseCase'), t('planner.col.canStartNow')],
      rows: plan.ranking.map((r, i) => [
        num(i + 1),
        componentCell(r.id, true),
        num(r.waiting.length),
        num(r.directly.length),
        num(r.costToReach),
        num(r.costPerUseCase),
        { text: r.canStartNow ? t('planner.yes') : t('planner.no') },
      ]),
      empty: t('planner.waves.empty'),
    },
    {
      id: 'cost',
      caption: t('planner.cost.caption'),
      note: t('planner.cost.note'),
      head: [t('planner.col.item'), t('planner.col.personWeeks')],
      rows: [
        [{ text: t('planner.cost.setupShared'), rowHeader: true }, num(cost.setupShared)],
        [{ text: t('planner.cost.onboarding'), rowHeader: true }, num(cost.onboarding)],
        [{ text: t('planner.cost.withSharing'), rowHeader: true }, num(cost.withSharing)],
        [{ text: t('planner.cost.withoutSharing'), rowHeader: true }, num(cost.withoutSharing)],
        [{ text: t('planner.cost.avoided'), rowHeader: true }, num(cost.repeatedSetupAvoided)],
        ...(cost.runCostKnown.known > 0
          ? [
              [{ text: t('planner.cost.runPerYear', { known: cost.runCostKnown.known, needed: cost.runCostKnown.needed }), rowHeader: true }, num(cost.runPerYear)],
              [{ text: t('planner.cost.runPerYearWithoutSharing'), rowHeader: true }, num(cost.runPerYearWithoutSharing)],
            ]
          : [[{ text: t('planner.cost.runUnknown'), rowHeader: true }, { text: '—', numeric: true }]]),
      ],
    },
    {
      id: 'in-place',
      caption: t('planner.inPlace.caption'),
      note: t('planner.inPlace.note'),
      head: [t('planner.col.component'), t('planner.col.category'), t('planner.col.usedBy'), t('planner.col.onboarding'), t('planner.col.runCost')],
      rows: plan.needed.map((id) => [
        componentCell(id, true),
        { text: catalogue.categoryLabel(component.get(id)?.category ?? '') },
        num(waiting(id)),
        num(component.get(id)?.onboardingCost ?? 0),
        component.get(id)?.runCost === undefined ? { text: '—', numeric: true } : num(component.get(id)!.runCost!),
      ]).filter((_, i) => plan.inPlace.includes(plan.needed[i]!)),
      empty: t('planner.inPlace.empty'),
    },
  ];
  return { headline, buildNext, tables };
}
