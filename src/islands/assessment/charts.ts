// Two small SVG charts drawn with percentages, so they fit any width without scaling their text: scores by
// dimension as bars, and the overall score over snapshots as a line. Each has a text equivalent next to it.
import { s } from './dom.ts';

/** Colour bands of the bars, lowest readiness first (assessment.css defines one colour for each). */
const bands = 4;

/**
 * The colour band of the readiness level at `index` of `count` levels: the lowest level gets the first band, the
 * highest the last, those between spread over the rest.
 */
export function levelBand(index: number, count: number): number {
  return count <= 1 ? bands - 1 : Math.round((index * (bands - 1)) / (count - 1));
}

/** The index of the level a score falls in (levels lowest first, by their lowest score). */
const levelIndex = (levels: readonly { minScore: number }[], score: number) => Math.max(0, levels.findLastIndex((l) => score >= l.minScore));

/**
 * Horizontal bars, one per dimension, 0–100, each in the colour of the readiness level its score falls in, with a
 * line and a number at each level's threshold underneath.
 */
export function scoreChart(
  rows: readonly { label: string; score: number | null }[],
  levels: readonly { minScore: number }[],
  label: string,
  noScore: string,
): SVGSVGElement {
  const rowHeight = 48;
  const axis = 22;
  const height = rows.length * rowHeight + axis;
  const ticks = [...new Set([0, ...levels.map((l) => l.minScore), 100])].filter((x) => x >= 0 && x <= 100).sort((a, b) => a - b);
  return s(
    'svg',
    { class: 'score-chart', width: '100%', height, role: 'img', 'aria-label': label, focusable: 'false' },
    ticks.map((x) => [
      s('line', { class: 'score-chart__grid', x1: `${x}%`, x2: `${x}%`, y1: 0, y2: height - axis + 4 }),
      s('text', { class: 'score-chart__tick', x: `${x}%`, y: height - 4, 'text-anchor': x === 0 ? 'start' : x === 100 ? 'end' : 'middle' }, String(x)),
    ]),
    rows.map((row, i) => {
      const y = i * rowHeight;
      const band = row.score === null ? 0 : levelBand(levelIndex(levels, row.score), levels.length);
      return s(
        'g',
        {},
        s('text', { class: 'score-chart__label', x: 0, y: y + 18 }, row.label),
        s('text', { class: 'score-chart__value', x: '100%', y: y + 18, 'text-anchor': 'end' }, row.score === null ? noScore : String(row.score)),
        s('rect', { class: 'score-chart__track', x: 0, y: y + 26, width: '100%', height: 12, rx: 6 }),
        row.score !== null && row.score > 0 && s('rect', { class: `score-chart__bar score-chart__bar--${band}`, x: 0, y: y + 26, width: `${row.score}%`, height: 12, rx: 6 }),
      );
    }),
  );
}

/** A label cut to `max` characters, with an ellipsis. */
const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * The overall score at each point in time, as a line with labelled points, each named underneath (the table
 * beside it has the full names and dates). With more than three points, the names alternate between two rows.
 */
export function trendChart(points: readonly { label: string; score: number | null }[], label: string): SVGSVGElement {
  const top = 24;
  const plot = 112;
  const stagger = points.length > 3;
  const height = top + plot + (stagger ? 44 : 28);
  const x = (i: number) => (points.length === 1 ? 50 : 10 + (82 * i) / (points.length - 1));
  const y = (score: number) => top + plot * (1 - score / 100);
  const scored = points.map((p, i) => ({ ...p, i })).filter((p): p is { label: string; score: number; i: number } => p.score !== null);
  const anchor = (i: number) => (points.length > 1 && i === 0 ? 'start' : points.length > 1 && i === points.length - 1 ? 'end' : 'middle');
  return s(
    'svg',
    { class: 'trend-chart', width: '100%', height, role: 'img', 'aria-label': label, focusable: 'false' },
    [0, 50, 100].map((v) => [
      s('line', { class: 'trend-chart__grid', x1: 0, x2: '100%', y1: y(v), y2: y(v) }),
      s('text', { class: 'trend-chart__axis', x: 0, y: y(v) - 4 }, String(v)),
    ]),
    s(
      'svg',
      { x: 0, y: 0, width: '100%', height, viewBox: `0 0 100 ${height}`, preserveAspectRatio: 'none', 'aria-hidden': 'true' },
      s('polyline', { class: 'trend-chart__line', points: scored.map((p) => `${x(p.i)},${y(p.score)}`).join(' '), fill: 'none', 'vector-effect': 'non-scaling-stroke' }),
    ),
    scored.map((p) => [
      s('circle', { class: 'trend-chart__point', cx: `${x(p.i)}%`, cy: y(p.score), r: 5 }),
      s('text', { class: 'trend-chart__value', x: `${x(p.i)}%`, y: y(p.score) - 10, 'text-anchor': 'middle' }, String(p.score)),
    ]),
    points.map((p, i) =>
      s(
        'text',
        { class: 'trend-chart__name', x: `${x(i)}%`, y: top + plot + 22 + (stagger && i % 2 === 1 ? 16 : 0), 'text-anchor': anchor(i) },
        s('title', {}, p.label),
        shorten(p.label, stagger ? 22 : 28),
      ),
    ),
  );
}
