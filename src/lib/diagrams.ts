// Mermaid sources generated from the playbook's data: the component dependency graph (whole, around one
// component, or for a planner selection) and the planner's quarter schedule as a Gantt chart. Each source
// carries its accessible title and description; links for nodes travel beside it (see `DiagramSource`).
import { dependencyLayers, transitiveDependencies } from './graph.ts';
import { dependencyMapSvg, layoutDependencyMap, type MapInput } from './dependency-map.ts';

/** A Mermaid source with the pages its nodes link to (node id → root-relative path). */
export interface DiagramSource {
  source: string;
  links: Record<string, string>;
}

export interface DiagramText {
  title: string;
  description: string;
}

export interface GraphComponent {
  id: string;
  title: string;
  dependsOn: readonly string[];
  category?: string | undefined;
}

export interface GraphOptions {
  /** The component whose page this is: drawn with a heavy border. */
  current?: string | undefined;
  /** Components that already exist: drawn dashed, with a check mark. */
  inPlace?: ReadonlySet<string> | undefined;
  /** Group components into boxes by this label (e.g. their category's name). */
  groupLabel?: ((component: GraphComponent) => string) | undefined;
  /** Use cases drawn as leaves above the components they require. */
  useCases?: readonly { id: string; title: string; requires: readonly string[] }[] | undefined;
  /** Where a node links to; absent (or undefined for a node): no link. */
  hrefOf?: ((kind: 'component' | 'use-case', id: string) => string | undefined) | undefined;
}

/**
 * Text inside a quoted Mermaid label or accTitle: no quotes, no characters Mermaid reads as syntax. A
 * semicolon (a statement end to Mermaid) becomes a comma, so a description still reads as two clauses.
 */
export const mermaidText = (text: string) =>
  text.replace(/"/g, "'").replace(/\s*;/g, ',').replace(/[<>{}`#]/g, ' ').replace(/\s+/g, ' ').trim();
export const componentNodeId = (id: string) => `c_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
export const useCaseNodeId = (id: string) => `u_${id.replace(/[^A-Za-z0-9]/g, '_')}`;

/**
 * A flowchart of components, bottom to top: an arrow from each component to what it is built on, and from each
 * use case to the components it requires.
 */
export function componentGraph(components: readonly GraphComponent[], text: DiagramText, options: GraphOptions = {}): DiagramSource {
  const shown = new Set(components.map((c) => c.id));
  const links: Record<string, string> = {};
  const lines = ['flowchart BT', `  accTitle: ${mermaidText(text.title)}`, `  accDescr: ${mermaidText(text.description)}`];
  const nodeLine = (c: GraphComponent) => {
    const inPlace = options.inPlace?.has(c.id);
    const href = options.hrefOf?.('component', c.id);
    if (href) links[componentNodeId(c.id)] = href;
    return `${componentNodeId(c.id)}["${inPlace ? '✓ ' : ''}${mermaidText(c.title)}"]`;
  };
  if (options.groupLabel) {
    const groups = new Map<string, GraphComponent[]>();
    for (const c of components) {
      const label = options.groupLabel(c);
      groups.set(label, [...(groups.get(label) ?? []), c]);
    }
    let n = 0;
    for (const [label, members] of groups) {
      lines.push(`  subgraph g${++n}["${mermaidText(label)}"]`, ...members.map((c) => `    ${nodeLine(c)}`), '  end');
    }
  } else {
    lines.push(...components.map((c) => `  ${nodeLine(c)}`));
  }
  for (const u of options.useCases ?? []) {
    const href = options.hrefOf?.('use-case', u.id);
    if (href) links[useCaseNodeId(u.id)] = href;
    lines.push(`  ${useCaseNodeId(u.id)}(["${mermaidText(u.title)}"])`);
  }
  for (const c of components) {
    for (const dep of c.dependsOn) if (shown.has(dep)) lines.push(`  ${componentNodeId(c.id)} --> ${componentNodeId(dep)}`);
  }
  for (const u of options.useCases ?? []) {
    for (const id of u.requires) if (shown.has(id)) lines.push(`  ${useCaseNodeId(u.id)} --> ${componentNodeId(id)}`);
  }
  const inPlace = components.filter((c) => options.inPlace?.has(c.id)).map((c) => componentNodeId(c.id));
  if (inPlace.length > 0) lines.push('  classDef inPlace stroke-dasharray:5 4', `  class ${inPlace.join(',')} inPlace`);
  if (options.useCases?.length) lines.push('  classDef useCase stroke-width:2px', `  class ${options.useCases.map((u) => useCaseNodeId(u.id)).join(',')} useCase`);
  if (options.current && shown.has(options.current)) {
    lines.push('  classDef current stroke-width:4px', `  class ${componentNodeId(options.current)} current`);
  }
  return { source: lines.join('\n'), links };
}

/**
 * The part of the dependency graph around one component: everything it is built on, and what is built on it
 * directly.
 */
export function neighbourhood<T extends { id: string; dependsOn: readonly string[] }>(components: readonly T[], id: string): T[] {
  const keep = transitiveDependencies(new Map(components.map((c) => [c.id, c.dependsOn])), id).add(id);
  for (const c of components) if (c.dependsOn.includes(id)) keep.add(c.id);
  return components.filter((c) => keep.has(c.id));
}

export interface GanttInput {
  /** Sections of the chart in order (e.g. one per wave), each with its components. */
  sections: { label: string; components: { id: string; title: string; startQuarter: number; endQuarter: number }[] }[];
  /** Milestones: when each use case can start (quarter 1 = the start of the plan). */
  milestones?: { label: string; items: { id: string; title: string; quarter: number }[] } | undefined;
  /** The first day of quarter 1. */
  start: { year: number; quarter: 1 | 2 | 3 | 4 };
}

/** The first day of the `n`th quarter of the plan (1-based), as YYYY-MM-DD. */
export function quarterStartDate(start: GanttInput['start'], n: number): string {
  const index = start.year * 4 + (start.quarter - 1) + (n - 1);
  const year = Math.floor(index / 4);
  const month = (index % 4) * 3 + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The calendar quarter of the `n`th quarter of the plan: { year, quarter }. */
export function calendarQuarter(start: GanttInput['start'], n: number): { year: number; quarter: number } {
  const index = start.year * 4 + (start.quarter - 1) + (n - 1);
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

/** The quarter after the one `date` falls in: where a plan made today starts. */
export function nextQuarter(date: Date): GanttInput['start'] {
  const index = date.getFullYear() * 4 + Math.floor(date.getMonth() / 3) + 1;
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as 1 | 2 | 3 | 4 };
}

/** A Gantt chart of the quarter schedule: a bar per component from its first to its last quarter. */
export function scheduleGantt(input: GanttInput, text: DiagramText): string {
  const lines = [
    'gantt',
    `  accTitle: ${mermaidText(text.title)}`,
    `  accDescr: ${mermaidText(text.description)}`,
    '  dateFormat YYYY-MM-DD',
    '  axisFormat Q%q %Y',
    '  tickInterval 3month',
    '  todayMarker off',
  ];
  const name = (title: string) => mermaidText(title.replace(/:/g, ' '));
  for (const section of input.sections) {
    if (section.components.length === 0) continue;
    lines.push(`  section ${name(section.label)}`);
    for (const c of section.components) {
      lines.push(`    ${name(c.title)} :${componentNodeId(c.id)}, ${quarterStartDate(input.start, c.startQuarter)}, ${quarterStartDate(input.start, c.endQuarter + 1)}`);
    }
  }
  if (input.milestones && input.milestones.items.length > 0) {
    lines.push(`  section ${name(input.milestones.label)}`);
    for (const m of input.milestones.items) {
      lines.push(`    ${name(m.title)} :milestone, ${useCaseNodeId(m.id)}, ${quarterStartDate(input.start, m.quarter)}, 0d`);
    }
  }
  return lines.join('\n');
}

export interface MapOptions {
  /** Lanes (categories) in drawing order, with their labels. */
  lanes: { id: string; label: string }[];
  /** Components that already exist: the first column, dashed. */
  inPlace?: ReadonlySet<string> | undefined;
  /** The component whose page this is. */
  current?: string | undefined;
  /** Use cases in the last column, each after the components it requires. */
  useCases?: readonly { id: string; title: string; requires: readonly string[] }[] | undefined;
  /**
   * Build-order column of each component still to build (1 = first wave), with what is in place in a column
   * before them. Absent: each component at its dependency layer inside the graph drawn.
   */
  waveOf?: ReadonlyMap<string, number> | undefined;
  /** Column headings: "In place", "Wave {n}", "Use cases"; absent: none. */
  headings?: { inPlace: string; wave: (n: number) => string; useCases: string } | undefined;
  /** Where a node links to (with the base path); absent (or undefined for a node): no link. */
  hrefOf?: ((kind: 'component' | 'use-case', id: string) => string | undefined) | undefined;
}

/** The dependency map of `components` (see dependency-map.ts) as SVG markup. */
export function componentMap(
  components: readonly GraphComponent[],
  text: DiagramText,
  id: string,
  options: MapOptions,
): string {
  const shown = new Set(components.map((c) => c.id));
  const inPlace = options.inPlace ?? new Set<string>();
  // A plan (waves given) puts what is in place in a first column; a plain graph keeps every component at its
  // depth and only draws what is in place dashed.
  const planned = options.waveOf !== undefined;
  const hasInPlace = planned && components.some((c) => inPlace.has(c.id));
  const layers = dependencyLayers(new Map(components.map((c) => [c.id, c.dependsOn.filter((d) => shown.has(d))])));
  const columnOf = (c: GraphComponent) => {
    if (!planned) return layers.get(c.id) ?? 0;
    if (inPlace.has(c.id)) return 0;
    const build = options.waveOf!.get(c.id) ?? 1;
    return build - (hasInPlace ? 0 : 1);
  };
  const columns = Math.max(0, ...components.map(columnOf)) + 1;
  const input: MapInput = {
    lanes: options.lanes,
    inPlaceColumn: hasInPlace,
    nodes: [
      ...components.map((c) => ({
        id: c.id,
        title: c.title,
        lane: c.category,
        column: columnOf(c),
        kind: 'component' as const,
        inPlace: inPlace.has(c.id),
        current: c.id === options.current,
        href: options.hrefOf?.('component', c.id),
      })),
      ...(options.useCases ?? []).map((u) => ({ id: `use-case:${u.id}`, title: u.title, column: columns, kind: 'use-case' as const, href: options.hrefOf?.('use-case', u.id) })),
    ],
    edges: [
      ...components.flatMap((c) => c.dependsOn.filter((d) => shown.has(d)).map((d): [string, string] => [d, c.id])),
      ...(options.useCases ?? []).flatMap((u) => u.requires.filter((r) => shown.has(r)).map((r): [string, string] => [r, `use-case:${u.id}`])),
    ],
    columnLabels: options.headings
      ? [
          ...Array.from({ length: columns }, (_, i) => (hasInPlace && i === 0 ? options.headings!.inPlace : options.headings!.wave(hasInPlace ? i : i + 1))),
          ...(options.useCases?.length ? [options.headings.useCases] : []),
        ]
      : undefined,
  };
  return dependencyMapSvg(layoutDependencyMap(input), text, id);
}
