// Two small SVG charts drawn with percentages, so they fit any width without scaling their text: scores by
// dimension as bars, and the overall score over snapshots as a line. Each has a text equivalent next to it.
import { s } from './dom.ts';

/** The band of a score, for its colour: the same cut-offs as the readiness levels would be too fine. */
const band = (score: number) => (score >= 75 ? 'high' : score >= 50 ? 'mid' : 'low');

/** Horizontal bars, one per dimension, 0–100. */
export function scoreChart(rows: readonly { label: string; score: number | null }[], label: string, noScore: string): SVGSVGElement {
  const rowHeight = 48;
  const height = rows.length * rowHeight;
  return s(
    'svg',
    { class: 'score-chart', width: '100%', height, role: 'img', 'aria-label': label, focusable: 'false' },
    [0, 25, 50, 75, 100].map((x) => s('line', { class: 'score-chart__grid', x1: `${x}%`, x2: `${x}%`, y1: 0, y2: height })),
    rows.map((row, i) => {
      const y = i * rowHeight;
      return s(
        'g',
        {},
        s('text', { class: 'score-chart__label', x: 0, y: y + 18 }, row.label),
        s('text', { class: 'score-chart__value', x: '100%', y: y + 18, 'text-anchor': 'end' }, row.score === null ? noScore : String(row.score)),
        s('rect', { class: 'score-chart__track', x: 0, y: y + 26, width: '100%', height: 12, rx: 6 }),
        row.score !== null && row.score > 0 && s('rect', { class: `score-chart__bar score-chart__bar--${band(row.score)}`, x: 0, y: y + 26, width: `${row.score}%`, height: 12, rx: 6 }),
      );
    }),
  );
}

/** The overall score at each point in time, as a line with labelled points. */
export function trendChart(points: readonly { label: string; score: number | null }[], label: string): SVGSVGElement {
  const height = 160;
  const pad = 24;
  const usable = height - 2 * pad;
  const x = (i: number) => (points.length === 1 ? 50 : 6 + (88 * i) / (points.length - 1));
  const y = (score: number) => pad + usable * (1 - score / 100);
  const scored = points.map((p, i) => ({ ...p, i })).filter((p): p is { label: string; score: number; i: number } => p.score !== null);
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
  );
}
