// raci.csv: the RACI matrix as a spreadsheet opens it, one row per process step and one column per role.
import { lettersFor } from '../raci.ts';
import type { PlaybookDocument } from '../../schemas/open-data.ts';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A text that a spreadsheet
 * would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text: CRLF line ends, and a byte-order mark so spreadsheet programs read it as UTF-8. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export interface RaciCsvLabels {
  process: string;
  step: string;
  link: string;
}

/** The RACI matrix: process, step, a column per role with its letters (e.g. "RA"), and the step's address. */
export function raciCsv(playbook: PlaybookDocument, labels: RaciCsvLabels): string {
  const roles = playbook.entries.roles;
  const header = [labels.process, labels.step, ...roles.map((role) => role.fields.title), labels.link];
  const rows = playbook.entries.processes.flatMap((process) =>
    process.fields.steps.map((step) => [
      process.fields.title,
      step.title,
      ...roles.map((role) => lettersFor(step, role.id).join('')),
      `${process.url}#${step.id}`,
    ]),
  );
  return toCsv([header, ...rows]);
}
