// The assessment as files people keep outside the browser: a CSV of every answer (for a spreadsheet) and a
// Markdown report (for a wiki, a ticket or a gate pack). The words around the data come from the interface
// messages through `words`, so the files speak the page's language; user text is escaped, never markup.
import { questionsOf, scalePoint, type Questionnaire } from './model.ts';
import { assessReadiness, type AnswerValue, type Answers } from './scoring.ts';
import { recommendations, stallPatternExposure } from './recommendations.ts';
import type { Foundations } from './foundations.ts';

/** The words a report needs, by name; the island maps each to an interface message. */
export type ReportWord =
  | 'answeredBy'
  | 'updated'
  | 'questionnaire'
  | 'result'
  | 'overall'
  | 'notEnoughEvidence'
  | 'settledByGate'
  | 'evidence'
  | 'gates'
  | 'gateMet'
  | 'gateFailed'
  | 'gateUnconfirmed'
  | 'gateNeeds'
  | 'dimensions'
  | 'dimension'
  | 'score'
  | 'answered'
  | 'noScore'
  | 'exposure'
  | 'exposureHigh'
  | 'exposureSome'
  | 'noExposure'
  | 'nextSteps'
  | 'nowAim'
  | 'nowFindOut'
  | 'gain'
  | 'helps'
  | 'foundations'
  | 'foundationsNone'
  | 'foundationsTotal'
  | 'setupCost'
  | 'wave'
  | 'answers'
  | 'dontKnow'
  | 'notAnswered';

export type Words = (word: ReportWord, values?: Record<string, string | number>) => string;

/** What the report is about: an initiative's saved or shared answers. */
export interface ReportSubject {
  name: string;
  answeredBy: string;
  updatedAt?: string | undefined;
  answers: Answers;
}

export interface ReportContext {
  questionnaire: Questionnaire;
  words: Words;
  /** The title of an entry, by "collection/id". */
  titleOf: (ref: string) => string;
  /** The absolute address of an entry's page, by "collection/id". */
  hrefOf: (ref: string) => string;
  formatDate: (iso: string) => string;
  /** The foundations the initiative needs, when the user chose them. */
  foundations?: Foundations | undefined;
}

/** Text typed by a user, safe in Markdown: no markup, no HTML, no links. */
export function markdownText(value: string): string {
  return value
    .replace(/[\\`*_[\]<>#|~!{}]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, '$1\\$2$3')
    .replace(/\r?\n/g, ' ');
}

/** A note as a Markdown block quote, line by line. */
const quote = (note: string) =>
  note
    .split(/\r?\n/)
    .map((line) => `  > ${line.trim() ? markdownText(line) : ''}`.trimEnd())
    .join('\n');

function answerLabel(questionnaire: Questionnaire, words: Words, value: AnswerValue | undefined): string {
  if (value === 'unknown') return words('dontKnow');
  if (value === undefined) return words('notAnswered');
  return scalePoint(questionnaire, value)?.label ?? String(value);
}

/** The Markdown report of one initiative. */
export function markdownReport(subject: ReportSubject, context: ReportContext): string {
  const { questionnaire, words, titleOf, hrefOf } = context;
  const readiness = assessReadiness(questionnaire, subject.answers);
  const prompt = new Map(questionsOf(questionnaire).map(({ question }) => [question.id, question.title]));
  const link = (ref: string) => `[${markdownText(titleOf(ref))}](${hrefOf(ref)})`;
  const lines: string[] = [`# ${markdownText(subject.name)}`, ''];
  const byline = [
    subject.answeredBy ? words('answeredBy', { name: markdownText(subject.answeredBy) }) : '',
    subject.updatedAt ? words('updated', { date: context.formatDate(subject.updatedAt) }) : '',
    words('questionnaire', { title: markdownText(questionnaire.title), version: questionnaire.version }),
  ].filter(Boolean);
  lines.push(byline.join(' · '), '', `## ${words('result')}`, '');
  if (readiness.level) lines.push(`**${markdownText(readiness.level.title)}**`, '', markdownText(readiness.level.meaning), '');
  else lines.push(`**${words('notEnoughEvidence')}**`, '');
  if (readiness.verdict === 'settled-by-gate') lines.push(words('settledByGate', { n: readiness.holdingBack.length }), '');
  if (readiness.overall !== null) lines.push(words('overall', { score: readiness.overall }), '');
  lines.push(
    words('evidence', { answered: readiness.evidence.answered, total: readiness.evidence.total, unknown: readiness.evidence.unknown, unanswered: readiness.evidence.unanswered }),
    '',
  );

  if (readiness.gates.length > 0) {
    lines.push(`## ${words('gates')}`, '');
    for (const gate of readiness.gates) {
      const status = words(gate.status === 'met' ? 'gateMet' : gate.status === 'failed' ? 'gateFailed' : 'gateUnconfirmed');
      const needs = words('gateNeeds', { answer: scalePoint(questionnaire, gate.minimum)?.label ?? String(gate.minimum) });
      lines.push(`- **${status}**: ${markdownText(prompt.get(gate.questionId) ?? gate.questionId)} (${needs})`);
      if (gate.status !== 'met') lines.push(`  ${markdownText(gate.reason)}`);
    }
    lines.push('');
  }

  lines.push(`## ${words('dimensions')}`, '', `| ${words('dimension')} | ${words('score')} | ${words('answered')} |`, '| --- | ---: | ---: |');
  questionnaire.dimensions.forEach((dimension, i) => {
    const d = readiness.dimensions[i]!;
    lines.push(`| ${markdownText(dimension.title)} | ${d.score ?? words('noScore')} | ${d.answered}/${d.total} |`);
  });
  lines.push('');

  const exposure = stallPatternExposure(questionnaire, subject.answers);
  lines.push(`## ${words('exposure')}`, '');
  if (exposure.length === 0) lines.push(words('noExposure'));
  for (const e of exposure) lines.push(`- ${link(`stall-patterns/${e.pattern}`)}: ${words(e.degree === 'high' ? 'exposureHigh' : 'exposureSome')}`);
  lines.push('');

  const next = recommendations(questionnaire, subject.answers);
  if (next.length > 0) {
    lines.push(`## ${words('nextSteps')}`, '');
    next.forEach((r, i) => {
      const now = answerLabel(questionnaire, words, r.value ?? (subject.answers[r.questionId]?.value === 'unknown' ? 'unknown' : undefined));
      const step = r.next ? words('nowAim', { now: markdownText(now), aim: markdownText(r.next.label) }) : words('nowFindOut', { now: markdownText(now) });
      lines.push(`${i + 1}. ${markdownText(prompt.get(r.questionId) ?? r.questionId)}`);
      lines.push(`   ${step} · ${words('gain', { n: Math.round(r.gain * 10) / 10 })}`);
      if (r.learnMore.length > 0) lines.push(`   ${words('helps')}: ${r.learnMore.map(link).join(', ')}`);
    });
    lines.push('');
  }

  if (context.foundations) {
    const f = context.foundations;
    lines.push(`## ${words('foundations')}`, '');
    if (f.missing.length === 0) lines.push(words('foundationsNone'));
    f.missing.forEach((c, i) => lines.push(`${i + 1}. ${words('wave', { n: c.wave })}: ${link(`components/${c.id}`)}, ${words('setupCost', { n: c.setupCost })}`));
    lines.push('', words('foundationsTotal', { setup: f.setupCost, onboarding: f.onboardingCost }), '');
  }

  lines.push(`## ${words('answers')}`, '');
  for (const dimension of questionnaire.dimensions) {
    lines.push(`### ${markdownText(dimension.title)}`, '');
    for (const question of dimension.questions) {
      const answer = subject.answers[question.id];
      lines.push(`- ${markdownText(question.prompt)} **${markdownText(answerLabel(questionnaire, words, answer?.value))}**`);
      if (answer?.note) lines.push(quote(answer.note));
    }
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Column names of the CSV export (stable, for spreadsheets and scripts; documented in the README). */
export const csvColumns = [
  'initiative',
  'answered_by',
  'questionnaire_version',
  'dimension_id',
  'dimension',
  'question_id',
  'question',
  'gate_minimum',
  'answer_value',
  'answer',
  'note',
  'answered_at',
] as const;

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every answer of every subject, one row per question, with a header row. */
export function answersCsv(subjects: readonly (ReportSubject & { version?: number })[], questionnaire: Questionnaire, words: Words): string {
  const rows: (string | number | undefined)[][] = [];
  for (const subject of subjects) {
    for (const { question, dimension } of questionsOf(questionnaire)) {
      const answer = subject.answers[question.id];
      const value = answer?.value;
      rows.push([
        subject.name,
        subject.answeredBy,
        subject.version ?? questionnaire.version,
        dimension.id,
        dimension.title,
        question.id,
        question.prompt,
        question.gate?.minimum,
        value,
        value === undefined ? '' : answerLabel(questionnaire, words, value),
        answer?.note,
        answer?.at,
      ]);
    }
  }
  return `${[[...csvColumns], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
