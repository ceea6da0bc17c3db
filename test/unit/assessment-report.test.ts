import { describe, expect, it } from 'vitest';
import { questionnaireModel, type QuestionnaireSource } from '../../src/lib/assessment/model.ts';
import { answersCsv, csvCell, csvColumns, markdownReport, markdownText, type ReportWord, type Words } from '../../src/lib/assessment/report.ts';
import { missingFoundations } from '../../src/lib/assessment/foundations.ts';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { projectRoot } from '../helpers/astro.ts';
import { en } from '../../src/i18n/en.ts';
import { formatMessage } from '../../src/i18n/format.ts';

const { entries } = checkContentFolder(projectRoot, 'content');
const q = questionnaireModel(entries.find((e) => e.collection === 'assessment')!.data as QuestionnaireSource);
// The words the island gives the report: the interface messages.
const words: Words = (word: ReportWord, values) => formatMessage(en[`assessment.report.${word}`], values);
const at = '2026-11-20T10:00:00.000Z';
const evil = '<img src=x onerror=alert(1)> *x* [link](javascript:alert(1))';
const answers = {
  'named-business-owner': { value: 1, note: `Only a delegate so far.\n${evil}`, at },
  'production-architecture-agreed': { value: 3, at },
  'data-profiled': { value: 'unknown' as const, at },
  'integration-capacity-reserved': { value: 'unknown' as const, at },
};

describe('the Markdown report', () => {
  const text = markdownReport(
    { name: evil, answeredBy: 'Business owner', updatedAt: at, answers },
    {
      questionnaire: q,
      words,
      titleOf: (ref) => `Title of ${ref}`,
      hrefOf: (ref) => `https://example.com/${ref}/`,
      formatDate: () => '20 November 2026',
      foundations: missingFoundations({ components: ['data-platform'], inPlace: [] }, [{ id: 'data-platform', dependsOn: [], setupCost: 12, onboardingCost: 1, status: 'available' }], []),
    },
  );

  it('has the result, the gates, the scores, the exposure, the next steps, the foundations and every answer', () => {
    for (const heading of ['## Result', '## Hard gates', '## Scores by dimension', '## Stall patterns this initiative is exposed to', '## What to do next', '## Foundations this initiative needs', '## Answers']) {
      expect(text).toContain(heading);
    }
    // The owner gate is answered below its minimum: with little evidence the level is still certain, and says why.
    expect(text).toContain(`**${q.levels[0]!.title}**`);
    expect(text).toContain('Settled by 1 hard gate answered below its minimum');
    // "Don't know" is a reason to find out, not a target below the top.
    expect(text).toMatch(/Integration capacity reserved\n {3}Now "Don't know": find out where it stands · up to/);
    // A gate not confirmed aims for its minimum.
    expect(text).toMatch(/Data accessed and profiled\n {3}Now "Don't know", aim for "Mostly"/);
    expect(text).toContain('**Not met**: Named business owner (needs at least "Mostly")');
    expect(text).toContain('[Title of roles/business-owner](https://example.com/roles/business-owner/)');
    expect(text).toContain('1. Wave 1: [Title of components/data-platform](https://example.com/components/data-platform/), 12 person-weeks of setup');
    const questions = q.dimensions.flatMap((d) => d.questions).length;
    expect(text.match(/^- .*\*\*(Not yet|Started|Mostly|In place|Don't know|Not answered)\*\*$/gm)?.length).toBe(questions);
  });

  it('shows names and notes as text: no HTML, no links, no emphasis', () => {
    // Every "<" and "[" a user typed is escaped, so Markdown shows it as text.
    expect(text).not.toMatch(/(^|[^\\])<img/m);
    expect(text).not.toMatch(/[^\\]\]\(javascript/);
    expect(text).toContain('# \\<img src=x onerror=alert(1)\\> \\*x\\* \\[link\\](javascript:alert(1))');
    expect(text).toContain('  > Only a delegate so far.\n  > \\<img');
  });

  it('escapes every Markdown character a user might type', () => {
    expect(markdownText('# a | b `c` _d_ ~e~ {f}')).toBe('\\# a \\| b \\`c\\` \\_d\\_ \\~e\\~ \\{f\\}');
    expect(markdownText('- item\n1. first')).toBe('\\- item \\1. first');
  });
});

describe('the CSV export', () => {
  const csv = answersCsv([{ name: '=cmd|"/c calc"', answeredBy: 'AI product manager', answers }], q, words);
  const rows = csv.trimEnd().split('\r\n');

  it('has a header and one row per question, with the answer value, its label and the note', () => {
    expect(rows[0]).toBe(csvColumns.join(','));
    expect(rows).toHaveLength(1 + q.dimensions.flatMap((d) => d.questions).length);
    const owner = rows.find((r) => r.includes(',named-business-owner,'))!;
    expect(owner).toContain(',2,1,Started,"Only a delegate so far.\n<img src=x onerror=alert(1)> *x* [link](javascript:alert(1))",2026-11-20T10:00:00.000Z');
    expect(rows.find((r) => r.includes(',data-profiled,'))).toContain(",unknown,Don't know,");
  });

  it('never lets a spreadsheet read a cell as a formula', () => {
    expect(rows[1]!.startsWith(`"'=cmd|""/c calc"""`)).toBe(true);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell(-1)).toBe('-1');
  });
});
