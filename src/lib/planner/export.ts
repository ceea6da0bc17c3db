// The plan as files a platform owner can take to a planning meeting: Markdown (the report's tables with what
// their numbers mean, and the diagrams as Mermaid blocks, which most wikis and code hosts draw) and CSV (what
// the plan was made from, then one row per table row with the table it comes from, for a spreadsheet).
import type { PlanReport, ReportTable } from './report.ts';

const markdownCell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markdownTable(table: ReportTable): string {
  const lines = [`## ${table.caption}`, '', table.note, ''];
  if (table.rows.length === 0) return [...lines, table.empty ?? ''].join('\n');
  lines.push(`| ${table.head.map(markdownCell).join(' | ')} |`);
  lines.push(`| ${table.head.map((_, i) => (table.rows[0]?.[i]?.numeric ? '---:' : '---')).join(' | ')} |`);
  for (const row of table.rows) lines.push(`| ${row.map((cell) => markdownCell(cell.text)).join(' | ')} |`);
  if (table.meanings?.length) lines.push('', ...table.meanings.map((m) => `- ${m}`));
  return lines.join('\n');
}

/** The whole plan in one Markdown file; `diagrams` are Mermaid sources, each with a heading. */
export function planMarkdown(title: string, report: PlanReport, link: string, diagrams: readonly { heading: string; source: string }[] = []): string {
  const parts = [`# ${title}`, '', `${report.headline} ${report.buildNext}`, '', link, ''];
  for (const table of report.tables) parts.push(markdownTable(table), '');
  for (const diagram of diagrams) parts.push(`## ${diagram.heading}`, '', '```mermaid', diagram.source, '```', '');
  return parts.join('\n');
}

const csvCell = (text: string) => {
  // A leading =, +, - or @ would be read as a formula by a spreadsheet; quote it as text.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * Every table of the report as CSV rows: the table's caption, then its own columns; what its numbers mean
 * under it. Numbers are plain. `about` comes first: rows that say what the plan was made from (its title,
 * the capacity, the link that brings it back).
 */
export function planCsv(report: PlanReport, about: readonly (readonly string[])[] = []): string {
  const lines: string[] = about.map((row) => row.map(csvCell).join(','));
  if (lines.length > 0) lines.push('');
  for (const table of report.tables) {
    lines.push([table.caption, ...table.head].map(csvCell).join(','));
    table.rows.forEach((row) => {
      lines.push(['', ...row.map((cell) => (cell.value !== undefined ? String(cell.value) : cell.text))].map(csvCell).join(','));
    });
    for (const meaning of table.meanings ?? []) lines.push(['', meaning].map(csvCell).join(','));
    lines.push('');
  }
  return lines.join('\r\n');
}
