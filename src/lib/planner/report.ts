// The plan as a reader sees it: a headline and tables, each with a short note that says what its numbers mean.
// One model for the page (built at build time), the planner island (in the browser) and the Markdown export,
// so the three always say the same thing.
import type { InvestmentPlan } from './plan.ts';

/** The interface messages the report uses; the page hands them to the island. */
export const reportMessageKeys = [
  'planner.number',
  'planner.headline',
  'planner.waveCount',
  'planner.quarterCount',
  'planner.headlineNothing',
  'planner.headlineEmpty',
  'planner.headlineSavings',
  'planner.headlineNoRepeat',
  'planner.headlineNotYet',
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
  'planner.cost.repeatedSetup',
  'planner.cost.sharedOnboarding',
  'planner.cost.netSaving',
  'planner.cost.meaning.repeatedSetup',
  'planner.cost.meaning.sharedOnboarding',
  'planner.cost.meaning.netSaving',
  'planner.cost.meaning.notYet',
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
  'planner.noneChosen',
  'planner.workItem',
  'planner.builtOn',
  'planner.builtOnNothing',
  'planner.requires',
  'planner.inPlaceMark',
] as const;
export type ReportKey = (typeof reportMessageKeys)[number];
export type Translate = (key: ReportKey, values?: Record<string, string | number>) => string;

/** What the report needs to name things: titles, categories, business units and page links. */
export interface ReportCatalogue {
  components: readonly { id: string; title: string; category: string; setupCost: number; onboardingCost: number; runCost?: number | undefined; dependsOn?: readonly string[] }[];
  useCases: readonly { id: string; title: string; businessUnit: string; requires?: readonly string[] }[];
  /** The label of a component category. */
  categoryLabel: (category: string) => string;
  /** Root-relative page of a component or use case; undefined for one without a page (the assessment's initiative). */
  hrefOf: (kind: 'component' | 'use-case', id: string) => string | undefined;
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
  /** Long text (a list of work): given more room before it wraps. */
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
  /** What the derived numbers mean, one sentence each, shown under the table. */
  meanings?: string[];
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
  const linked = (text: string, href: string | undefined): ReportCell => (href ? { text, href } : { text });
  const componentCell = (id: string, rowHeader = false): ReportCell => ({
    ...linked(component.get(id)?.title ?? id, catalogue.hrefOf('component', id)),
    ...(rowHeader ? { rowHeader } : {}),
  });
  const useCaseCell = (id: string): ReportCell => ({ ...linked(useCase.get(id)?.title ?? id, catalogue.hrefOf('use-case', id)), rowHeader: true });
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
    const build = t('planner.headline', {
      n: plan.missing.length,
      waves: t('planner.waveCount', { n: plan.waves.length }),
      quarters: t('planner.quarterCount', { n: plan.schedule.quarters.length }),
    });
    // Sharing saves only what would be built twice: say so plainly until a second use case needs a component.
    const money =
      cost.repeatedSetup <= 0
        ? t('planner.headlineNoRepeat', { n: plan.useCases.length, setup: cost.setupShared, onboarding: cost.onboarding })
        : cost.netSaving > 0
          ? t('planner.headlineSavings', { shared: cost.withSharing, alone: cost.withoutSharing, repeated: cost.repeatedSetup, onboarding: cost.sharedOnboarding, net: cost.netSaving })
          : t('planner.headlineNotYet', { repeated: cost.repeatedSetup, onboarding: cost.sharedOnboarding, net: -cost.netSaving });
    headline = `${build} ${money}`;
  }
  // "Build next" is what the schedule starts first, so the headline and the quarter table agree.
  const first = plan.schedule.quarters[0]?.work[0]?.id;
  const next = plan.ranking.find((r) => r.id === first);
  const buildNext = next
    ? t('planner.buildNext', { component: component.get(next.id)?.title ?? next.id, n: next.waiting.length, cost: next.costToReach })
    : t('planner.buildNextNone');
  // With nothing chosen every table is empty for the same reason.
  const emptyBecause = (text: string) => (plan.useCases.length === 0 ? t('planner.noneChosen') : text);

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
      empty: emptyBecause(t('planner.waves.empty')),
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
      empty: emptyBecause(t('planner.waves.empty')),
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
      empty: t('planner.noneChosen'),
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
      empty: emptyBecause(t('planner.waves.empty')),
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
        [{ text: t('planner.cost.repeatedSetup'), rowHeader: true }, num(cost.repeatedSetup)],
        [{ text: t('planner.cost.sharedOnboarding'), rowHeader: true }, num(cost.sharedOnboarding)],
        [{ text: t('planner.cost.netSaving'), rowHeader: true }, num(cost.netSaving)],
        ...(cost.runCostKnown.known > 0
          ? [
              [{ text: t('planner.cost.runPerYear', { known: cost.runCostKnown.known, needed: cost.runCostKnown.needed }), rowHeader: true }, num(cost.runPerYear)],
              [{ text: t('planner.cost.runPerYearWithoutSharing'), rowHeader: true }, num(cost.runPerYearWithoutSharing)],
            ]
          : [[{ text: t('planner.cost.runUnknown'), rowHeader: true }, { text: '—', numeric: true }]]),
      ],
      meanings: [
        t('planner.cost.meaning.repeatedSetup'),
        t('planner.cost.meaning.sharedOnboarding'),
        t('planner.cost.meaning.netSaving'),
        ...(plan.useCases.length > 0 && cost.repeatedSetup <= 0 ? [t('planner.cost.meaning.notYet', { n: plan.useCases.length })] : []),
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
      empty: emptyBecause(t('planner.inPlace.empty')),
    },
  ];
  return { headline, buildNext, tables };
}

/**
 * The dependency map of a plan as sentences, its text equivalent: what each needed component is built on
 * (in place first, then wave by wave), then what each chosen use case requires.
 */
export function planDependencies(
  plan: InvestmentPlan,
  catalogue: ReportCatalogue,
  t: Translate,
): string[] {
  const component = new Map(catalogue.components.map((c) => [c.id, c]));
  const needed = new Set(plan.needed);
  const inPlace = new Set(plan.inPlace);
  const name = (id: string) => {
    const title = component.get(id)?.title ?? id;
    return inPlace.has(id) ? t('planner.inPlaceMark', { component: title }) : title;
  };
  const list = (ids: readonly string[]) => ids.filter((id) => needed.has(id)).map(name).join(', ');
  const order = new Map(plan.needed.map((id, i) => [id, i]));
  const column = (id: string) => (inPlace.has(id) ? 0 : (plan.waveOf.get(id) ?? 0));
  // Within what is in place, a component after what it is built on.
  const depth = new Map<string, number>();
  const depthOf = (id: string, path: ReadonlySet<string>): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const below = (component.get(id)?.dependsOn ?? []).filter((d) => needed.has(d) && !path.has(d));
    const value = below.length === 0 ? 0 : 1 + Math.max(...below.map((d) => depthOf(d, new Set([...path, id]))));
    depth.set(id, value);
    return value;
  };
  const components = [...plan.needed].sort((a, b) => column(a) - column(b) || depthOf(a, new Set()) - depthOf(b, new Set()) || order.get(a)! - order.get(b)!).map((id) => {
    const base = list(component.get(id)?.dependsOn ?? []);
    return base ? t('planner.builtOn', { component: name(id), list: base }) : t('planner.builtOnNothing', { component: name(id) });
  });
  const useCases = plan.useCases.map((id) => {
    const u = catalogue.useCases.find((x) => x.id === id);
    return t('planner.requires', { useCase: u?.title ?? id, list: list(u?.requires ?? []) });
  });
  return [...components, ...useCases];
}
