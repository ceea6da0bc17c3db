// The dependency map: the site's own drawing of a component graph, as SVG markup made from data, so it needs
// no script to show (pages get it at build time; the planner redraws it in the browser in a millisecond).
// Components sit in lanes by category (rows) and in columns by build order (what is in place, then wave by
// wave), with use cases in a last column. Lines run left to right, from a component to what is built on it;
// lines implied by others are left out, and lines that skip columns run in the gutters between lanes, so no
// line crosses a box. Colours are CSS classes on the design tokens, so both themes work without redrawing.

export interface MapNode {
  id: string;
  title: string;
  /** The lane (category) of a component; use cases have none. */
  lane?: string | undefined;
  /** 0-based column: build order. Use cases go in the column after the last. */
  column: number;
  kind: 'component' | 'use-case';
  inPlace?: boolean | undefined;
  current?: boolean | undefined;
  /** Link target (already with the base path). */
  href?: string | undefined;
}

export interface MapInput {
  nodes: MapNode[];
  /** [from, to]: `to` is built on `from` (a use case is built on what it requires). */
  edges: [string, string][];
  /** Lane labels in the order to draw them (lanes without a node are left out). */
  lanes: { id: string; label: string }[];
  /** Column headings, by column index; absent: no headings. */
  columnLabels?: string[] | undefined;
  /** Components in place share the first column: lines between two of them are left out. */
  inPlaceColumn?: boolean | undefined;
}

export interface PlacedNode extends MapNode {
  x: number;
  y: number;
  lines: string[];
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: { from: string; to: string; path: string }[];
  lanes: { label: string; y: number; height: number }[];
  columns: { label: string; x: number }[];
}

export const mapGeometry = { nodeWidth: 156, nodeHeight: 46, gap: 56, rowGap: 12, lanePadTop: 30, lanePadBottom: 10, headerHeight: 30, margin: 12 };
const charsPerLine = 19;

/** Splits a title into at most two lines of about `charsPerLine` characters (ellipsis when longer). */
export function labelLines(title: string): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > charsPerLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(' ');
  return [lines[0]!, second.length > charsPerLine ? `${second.slice(0, charsPerLine - 1).trimEnd()}…` : second];
}

/** Removes edges implied by a longer path (a → c when a → b → c exists). */
export function transitiveReduction(edges: readonly [string, string][]): [string, string][] {
  const next = new Map<string, Set<string>>();
  for (const [from, to] of edges) {
    if (!next.has(from)) next.set(from, new Set());
    next.get(from)!.add(to);
  }
  const reach = new Map<string, Set<string>>();
  const reachable = (node: string, path = new Set<string>()): Set<string> => {
    const known = reach.get(node);
    if (known) return known;
    const found = new Set<string>();
    path.add(node);
    for (const n of next.get(node) ?? []) {
      if (path.has(n)) continue;
      found.add(n);
      for (const m of reachable(n, path)) found.add(m);
    }
    path.delete(node);
    reach.set(node, found);
    return found;
  };
  return edges.filter(([from, to]) => ![...(next.get(from) ?? [])].some((mid) => mid !== to && reachable(mid).has(to)));
}

export function layoutDependencyMap(input: MapInput): MapLayout {
  const g = mapGeometry;
  const known = new Set(input.nodes.map((n) => n.id));
  const inPlace = new Set(input.inPlaceColumn ? input.nodes.filter((n) => n.inPlace).map((n) => n.id) : []);
  // In a plan, lines between two components in place say nothing about what to build; they are left out.
  const edges = transitiveReduction(input.edges.filter(([a, b]) => known.has(a) && known.has(b) && a !== b)).filter(
    ([a, b]) => !(inPlace.has(a) && inPlace.has(b)),
  );
  const laneIds = input.lanes.map((l) => l.id).filter((id) => input.nodes.some((n) => n.kind === 'component' && n.lane === id));
  const extraLanes = [...new Set(input.nodes.filter((n) => n.kind === 'component' && n.lane && !laneIds.includes(n.lane)).map((n) => n.lane!))];
  const lanes = [...laneIds, ...extraLanes];
  const laneIndex = new Map(lanes.map((id, i) => [id, i]));
  const components = input.nodes.filter((n) => n.kind === 'component');
  const useCases = input.nodes.filter((n) => n.kind === 'use-case');
  const lastColumn = Math.max(-1, ...components.map((n) => n.column));
  const columnCount = lastColumn + 1 + (useCases.length > 0 ? 1 : 0);
  const ucColumn = lastColumn + 1;

  // Cells: lane × column, each a list of node ids, ordered by the barycentre of their neighbours.
  const cell = (n: MapNode) => `${laneIndex.get(n.lane ?? '') ?? 0}:${n.column}`;
  const cells = new Map<string, MapNode[]>();
  for (const n of components) cells.set(cell(n), [...(cells.get(cell(n)) ?? []), n]);
  const order = new Map<string, number>();
  const rank = () => {
    // A global vertical rank: lane first, then the position inside the cell.
    for (const [key, list] of cells) {
      const lane = Number(key.split(':')[0]);
      list.forEach((n, i) => order.set(n.id, lane * 1000 + i));
    }
  };
  rank();
  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>();
  for (const [a, b] of edges) {
    preds.set(b, [...(preds.get(b) ?? []), a]);
    succs.set(a, [...(succs.get(a) ?? []), b]);
  }
  const mean = (ids: readonly string[] | undefined, fallback: number) =>
    ids && ids.length > 0 ? ids.reduce((s, id) => s + (order.get(id) ?? 0), 0) / ids.length : fallback;
  for (let sweep = 0; sweep < 4; sweep++) {
    const neighbours = sweep % 2 === 0 ? preds : succs;
    for (const list of cells.values()) {
      const key = new Map(list.map((n) => [n.id, mean(neighbours.get(n.id), order.get(n.id)!)]));
      list.sort((a, b) => key.get(a.id)! - key.get(b.id)! || a.title.localeCompare(b.title));
    }
    rank();
  }

  // Lane heights: the tallest cell of the lane.
  const top = g.margin + (input.columnLabels ? g.headerHeight : 0);
  const laneBoxes: MapLayout['lanes'] = [];
  let y = top;
  const nodeY = new Map<string, number>();
  lanes.forEach((laneId, i) => {
    const tallest = Math.max(1, ...[...cells.entries()].filter(([k]) => Number(k.split(':')[0]) === i).map(([, list]) => list.length));
    const height = g.lanePadTop + tallest * (g.nodeHeight + g.rowGap) - g.rowGap + g.lanePadBottom;
    laneBoxes.push({ label: input.lanes.find((l) => l.id === laneId)?.label ?? laneId, y, height });
    for (const [key, list] of cells) {
      if (Number(key.split(':')[0]) !== i) continue;
      // Centre short cells in the lane.
      const used = list.length * (g.nodeHeight + g.rowGap) - g.rowGap;
      const start = y + g.lanePadTop + (tallest * (g.nodeHeight + g.rowGap) - g.rowGap - used) / 2;
      list.forEach((n, k) => nodeY.set(n.id, start + k * (g.nodeHeight + g.rowGap)));
    }
    y += height;
  });
  const lanesBottom = y;
  const columnX = (c: number) => g.margin + c * (g.nodeWidth + g.gap);

  // Use cases: in the order of where their requirements sit, as close to them as spacing allows.
  const wanted = useCases
    .map((u) => {
      const ys = (preds.get(u.id) ?? []).map((id) => nodeY.get(id)).filter((v): v is number => v !== undefined);
      return { u, at: ys.length > 0 ? ys.reduce((s, v) => s + v, 0) / ys.length : top };
    })
    .sort((a, b) => a.at - b.at || a.u.title.localeCompare(b.u.title));
  let nextFree = top + g.lanePadTop / 2;
  for (const { u, at } of wanted) {
    const placed = Math.max(nextFree, at);
    nodeY.set(u.id, placed);
    nextFree = placed + g.nodeHeight + g.rowGap;
  }
  // Pull the use-case column up if it ran past the lanes.
  const overflow = nextFree - g.rowGap - lanesBottom;
  if (overflow > 0 && wanted.length > 0) {
    const first = nodeY.get(wanted[0]!.u.id)!;
    const shift = Math.min(overflow, first - (top + g.lanePadTop / 2));
    for (const { u } of wanted) nodeY.set(u.id, nodeY.get(u.id)! - shift);
  }
  const bottom = Math.max(lanesBottom, ...[...nodeY.values()].map((v) => v + g.nodeHeight + g.rowGap));

  const nodes: PlacedNode[] = input.nodes
    .filter((n) => nodeY.has(n.id))
    .map((n) => ({ ...n, x: columnX(n.kind === 'use-case' ? ucColumn : n.column), y: nodeY.get(n.id)!, lines: labelLines(`${n.inPlace ? '✓ ' : ''}${n.title}`) }));
  const at = new Map(nodes.map((n) => [n.id, n]));

  // Lines: next-column lines as one curve; longer lines through the gutter at the top of a lane.
  const tracks = new Map<string, number>();
  const placedEdges = edges
    .filter(([a, b]) => at.has(a) && at.has(b))
    .map(([from, to]) => {
      const a = at.get(from)!;
      const b = at.get(to)!;
      const x1 = a.x + g.nodeWidth;
      const y1 = a.y + g.nodeHeight / 2;
      const x2 = b.x;
      const y2 = b.y + g.nodeHeight / 2;
      const c = g.gap / 2;
      if (x2 - x1 <= g.gap + 1) {
        return { from, to, path: `M${r(x1)} ${r(y1)}C${r(x1 + c)} ${r(y1)} ${r(x2 - c)} ${r(y2)} ${r(x2)} ${r(y2)}` };
      }
      // The gutter above the lane boundary nearest to the target, between source and target.
      const boundaries = [...laneBoxes.map((l) => l.y), lanesBottom];
      const between = boundaries.filter((v) => v >= Math.min(y1, y2) - g.nodeHeight && v <= Math.max(y1, y2) + g.nodeHeight);
      const pool = between.length > 0 ? between : boundaries;
      const boundary = pool.reduce((best, v) => (Math.abs(v - y2) + Math.abs(v - y1) < Math.abs(best - y2) + Math.abs(best - y1) ? v : best));
      const key = String(boundary);
      const track = tracks.get(key) ?? 0;
      tracks.set(key, track + 1);
      const gy = boundary + 6 + (track % 5) * 4;
      const bend = Math.min(c, 20);
      return {
        from,
        to,
        path:
          `M${r(x1)} ${r(y1)}C${r(x1 + c)} ${r(y1)} ${r(x1 + c - bend)} ${r(gy)} ${r(x1 + c)} ${r(gy)}` +
          `L${r(x2 - c)} ${r(gy)}C${r(x2 - c + bend)} ${r(gy)} ${r(x2 - c)} ${r(y2)} ${r(x2)} ${r(y2)}`,
      };
    });

  return {
    width: columnX(columnCount) - g.gap + g.margin,
    height: bottom + g.margin,
    nodes,
    edges: placedEdges,
    lanes: laneBoxes,
    columns: (input.columnLabels ?? []).slice(0, columnCount).map((label, i) => ({ label, x: columnX(i) })),
  };
}

const r = (n: number) => Math.round(n * 10) / 10;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The layout as an SVG element's markup, with an accessible title and description. */
export function dependencyMapSvg(layout: MapLayout, text: { title: string; description: string }, id: string): string {
  const g = mapGeometry;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="dependency-map" width="${r(layout.width)}" height="${r(layout.height)}" viewBox="0 0 ${r(layout.width)} ${r(layout.height)}" role="group" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escape(text.title)}</title><desc id="${id}-desc">${escape(text.description)}</desc>`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="dependency-map__arrow" d="M0 0L10 5L0 10z"/></marker></defs>`,
  );
  layout.lanes.forEach((lane, i) => {
    parts.push(
      `<rect class="dependency-map__lane${i % 2 ? ' dependency-map__lane--alt' : ''}" x="0" y="${r(lane.y)}" width="${r(layout.width)}" height="${r(lane.height)}"/>`,
      `<text class="dependency-map__lane-label" x="${g.margin}" y="${r(lane.y + 18)}">${escape(lane.label)}</text>`,
    );
  });
  for (const column of layout.columns) {
    parts.push(`<text class="dependency-map__column-label" x="${r(column.x + g.nodeWidth / 2)}" y="${g.margin + 16}" text-anchor="middle">${escape(column.label)}</text>`);
  }
  parts.push('<g class="dependency-map__edges" aria-hidden="true">');
  for (const edge of layout.edges) {
    parts.push(`<path class="dependency-map__edge" data-from="${escape(edge.from)}" data-to="${escape(edge.to)}" d="${edge.path}" marker-end="url(#${id}-arrow)"/>`);
  }
  parts.push('</g>');
  for (const node of layout.nodes) {
    const classes = ['dependency-map__node', `dependency-map__node--${node.kind}`];
    if (node.inPlace) classes.push('dependency-map__node--in-place');
    if (node.current) classes.push('dependency-map__node--current');
    const lineHeight = 17;
    const firstY = node.y + g.nodeHeight / 2 - ((node.lines.length - 1) * lineHeight) / 2 + 5;
    const textLines = node.lines
      // A space ends every line but the last, so the link's name reads as the title.
      .map((line, i, all) => `<tspan x="${r(node.x + g.nodeWidth / 2)}" y="${r(firstY + i * lineHeight)}">${escape(line)}${i < all.length - 1 ? ' ' : ''}</tspan>`)
      .join('');
    const shape =
      node.kind === 'use-case'
        ? `<rect x="${r(node.x)}" y="${r(node.y)}" width="${g.nodeWidth}" height="${g.nodeHeight}" rx="${g.nodeHeight / 2}"/>`
        : `<rect x="${r(node.x)}" y="${r(node.y)}" width="${g.nodeWidth}" height="${g.nodeHeight}" rx="6"/>`;
    const body = `<g class="${classes.join(' ')}" data-node="${escape(node.id)}">${shape}<text text-anchor="middle">${textLines}</text></g>`;
    // The link's name is its visible label (WCAG 2.5.3); "✓" marks what is in place, as the description says.
    parts.push(node.href ? `<a href="${escape(node.href)}" class="dependency-map__link"${node.current ? ' aria-current="page"' : ''}>${body}</a>` : body);
  }
  parts.push('</svg>');
  return parts.join('');
}
