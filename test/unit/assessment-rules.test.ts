// The questionnaire is content: `npm run check` (and so the build) refuses one the tool could not score,
// naming the file, the field and the fix. The default questionnaire keeps the playbook's hard gates and levels.
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { formatProblemReport } from '../../src/lib/problems.ts';
import { questionnaireModel, type QuestionnaireSource } from '../../src/lib/assessment/model.ts';
import { projectRoot } from '../helpers/astro.ts';
import { brokenFixture, type Edit } from '../helpers/fixtures.ts';

const report = (edits: Edit[]) => formatProblemReport(checkContentFolder(projectRoot, brokenFixture('questionnaire', edits)).problems);
const file = 'assessment/readiness.yaml';

describe('questionnaire rules', () => {
  it('refuse readiness thresholds out of order', () => {
    const text = report([{ file, find: 'minScore: 60', replace: 'minScore: 0' }]);
    expect(text).toMatch(/assessment\/readiness\.yaml:11 levels\[1\]\.minScore: 0 is not above the threshold of the level before it \(0\): thresholds are out of order/);
    expect(text).toContain('fix: list the levels lowest first');
  });

  it('refuse a first level that does not start at 0', () => {
    expect(report([{ file, find: 'minScore: 0,', replace: 'minScore: 10,' }])).toContain('levels[0].minScore: the lowest level starts at 10');
  });

  it('refuse a gate minimum outside the scale, or at its bottom', () => {
    expect(report([{ file, find: 'minimum: 2', replace: 'minimum: 5' }])).toMatch(
      /readiness\.yaml:\d+ dimensions\[0\]\.questions\[0\]\.gate\.minimum: 5 is not on the answer scale \(0, 1, 2, 3\)\n\s+fix: use one of the scale's values/,
    );
    expect(report([{ file, find: 'minimum: 2', replace: 'minimum: 0' }])).toContain('gate.minimum: 0 is the lowest answer, so the gate could never hold anything back');
  });

  it('refuse a gate that guards a level the questionnaire does not have, or the lowest one', () => {
    expect(report([{ file, find: 'minimum: 2,', replace: 'minimum: 2, blocks: pilots,' }])).toContain('gate.blocks: "pilots" is not a level of this questionnaire\n    fix: use one of: pilot');
    expect(report([{ file, find: 'minimum: 2,', replace: 'minimum: 2, blocks: not-ready,' }])).toContain('"not-ready" is the lowest level, which no gate can hold back');
  });

  it('refuse duplicate level, dimension and question ids', () => {
    const text = report([
      { file, find: 'id: pilot', replace: 'id: not-ready' },
      { file, find: 'id: data-ready', replace: 'id: named-owner' },
    ]);
    expect(text).toContain('levels[1].id: level id "not-ready" is used twice');
    expect(text).toContain('dimensions[0].questions[1].id: question id "named-owner" is used twice');
  });

  it('refuse a level id that is also a question id (they share the page\'s anchors)', () => {
    expect(report([{ file, find: 'id: pilot', replace: 'id: data-ready' }])).toContain('dimensions[0].questions[1].id: "data-ready" is also the id of a level "data-ready": levels, dimensions and questions share the page\'s anchors');
  });

  it('refuse a scale out of order', () => {
    expect(report([{ file, find: '{ value: 2, label: Mostly }', replace: '{ value: 1, label: Mostly }' }])).toContain(
      'scale[2].value: 1 is not above the value before it (1)\n    fix: list the answer scale lowest first, each value once',
    );
  });

  it('refuse a questionnaire without a version, and an unknown field', () => {
    const text = report([
      { file, find: 'version: 1\n', replace: '' },
      { file, find: 'dontKnow: false', replace: 'dontknow: false' },
    ]);
    expect(text).toContain('version: needs a "version", a whole number\n    fix: add "version: 1", and raise it');
    expect(text).toContain('unknown field "dontknow"');
  });
});

describe('the default questionnaire', () => {
  const { entries } = checkContentFolder(projectRoot, 'content');
  const q = questionnaireModel(entries.find((e) => e.collection === 'assessment')!.data as QuestionnaireSource);
  const gated = q.dimensions.flatMap((d) => d.questions).filter((x) => x.gate);

  it('has hard gates where the playbook says a missing item stops an initiative', () => {
    const ids = gated.map((x) => x.id);
    for (const id of ['named-business-owner', 'production-architecture-agreed', 'outcome-metric-defined', 'baseline-measured', 'data-profiled']) expect(ids).toContain(id);
    for (const gate of gated) expect(gate.gate!.reason.length).toBeGreaterThan(40);
  });

  it('has levels that match the stage gates: not ready, discovery, a bounded pilot, production', () => {
    expect(q.levels.map((l) => l.id)).toEqual(['not-ready', 'discovery', 'pilot', 'production']);
    expect(q.levels[0]!.title).toMatch(/fix the gates first/i);
    expect(q.checkpoints.some((c) => /gate 1/i.test(c))).toBe(true);
  });

  it('lets most questions be answered "Don\'t know", but not those whose answer anyone would know', () => {
    const questions = q.dimensions.flatMap((d) => d.questions);
    expect(questions.filter((x) => x.dontKnow).length).toBeGreaterThan(questions.length / 2);
    expect(questions.find((x) => x.id === 'named-business-owner')!.dontKnow).toBe(false);
  });
});
