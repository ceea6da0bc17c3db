import { describe, expect, it } from 'vitest';
import { questionnaireModel, type Questionnaire, type QuestionnaireSource } from '../../src/lib/assessment/model.ts';
import {
  addSnapshot,
  duplicate,
  mergeInitiatives,
  newInitiative,
  reconcile,
  removeSnapshot,
  rename,
  restoreSnapshot,
  setAnswer,
  setNote,
} from '../../src/lib/assessment/state.ts';
import { forSeeds, initiative as randomInitiative, questionnaire as randomQuestionnaire } from './assessment-generators.ts';

const t = (minute: number) => new Date(Date.UTC(2026, 10, 20, 10, minute)).toISOString();

const source = (questions: { id: string; dontKnow?: boolean }[], version: number): QuestionnaireSource => ({
  title: 'Q',
  summary: 'A questionnaire.',
  version,
  scale: [0, 1, 2, 3].map((value) => ({ value, label: `L${value}` })),
  minimumEvidence: 0.8,
  levels: [
    { id: 'low', title: 'Low', minScore: 0, meaning: 'Low.', learnMore: [] },
    { id: 'high', title: 'High', minScore: 50, meaning: 'High.', learnMore: [] },
  ],
  checkpoints: [],
  dimensions: [
    {
      id: 'd',
      title: 'D',
      summary: 'Dimension.',
      weight: 1,
      addresses: [],
      questions: questions.map((q) => ({ id: q.id, prompt: 'Question?', weight: 1, learnMore: [], addresses: [], dontKnow: q.dontKnow ?? true })),
    },
  ],
});
const v1: Questionnaire = questionnaireModel(source([{ id: 'owner' }, { id: 'data' }, { id: 'old' }], 1));

describe('an initiative', () => {
  it('keeps answers and notes by question id, each with the time it changed', () => {
    let i = newInitiative('  Claims triage ', 'Business owner', v1, t(0), 'abc');
    i = setAnswer(i, 'owner', 2, t(1));
    i = setNote(i, 'owner', 'Signed business case, 3 March', t(2));
    i = setAnswer(i, 'data', 'unknown', t(3));
    expect(i).toMatchObject({
      id: 'abc',
      name: 'Claims triage',
      answeredBy: 'Business owner',
      version: 1,
      updatedAt: t(3),
      answers: { owner: { value: 2, note: 'Signed business case, 3 March', at: t(2) }, data: { value: 'unknown', at: t(3) } },
    });
    expect(setNote(i, 'owner', '   ', t(4)).answers['owner']).toEqual({ value: 2, at: t(4) });
  });

  it('renames, duplicates under a new id, and keeps dated snapshots that can be removed', () => {
    let i = setAnswer(newInitiative('A', '', v1, t(0), 'one'), 'owner', 1, t(1));
    i = rename(i, 'Claims triage', 'AI product manager', t(2));
    expect(i).toMatchObject({ name: 'Claims triage', answeredBy: 'AI product manager', metaAt: t(2) });
    i = addSnapshot(i, 'Gate 1', t(3), 'snap');
    i = setAnswer(i, 'owner', 3, t(4));
    expect(i.snapshots).toEqual([{ id: 'snap', label: 'Gate 1', takenAt: t(3), version: 1, answers: { owner: { value: 1, at: t(1) } } }]);
    const copy = duplicate(i, 'Claims triage (copy)', t(5), 'two');
    expect(copy).toMatchObject({ id: 'two', name: 'Claims triage (copy)', answers: i.answers, snapshots: i.snapshots });
    copy.answers['owner']!.value = 0;
    expect(i.answers['owner']!.value).toBe(3);
    const removed = removeSnapshot(i, 'snap', t(6));
    expect(removed.snapshots).toEqual([]);
    expect(removed.removedSnapshots).toEqual(['snap']);
  });
});

describe('merging two copies of an initiative (two tabs)', () => {
  it('keeps each answer from the copy that changed it last, so neither tab overwrites the other', () => {
    const base = newInitiative('A', '', v1, t(0), 'one');
    const tabA = setAnswer(setAnswer(base, 'owner', 1, t(1)), 'data', 3, t(4));
    const tabB = setAnswer(setAnswer(base, 'owner', 2, t(2)), 'old', 0, t(3));
    const merged = mergeInitiatives(tabA, tabB);
    expect(merged.answers).toEqual({ owner: { value: 2, at: t(2) }, data: { value: 3, at: t(4) }, old: { value: 0, at: t(3) } });
    expect(mergeInitiatives(tabB, tabA).answers).toEqual(merged.answers);
  });

  it('keeps snapshots from both copies, except one that either copy deleted', () => {
    const base = addSnapshot(newInitiative('A', '', v1, t(0), 'one'), 'Gate 0', t(1), 's0');
    const tabA = removeSnapshot(base, 's0', t(2));
    const tabB = addSnapshot(base, 'Gate 1', t(3), 's1');
    const merged = mergeInitiatives(tabA, tabB);
    expect(merged.snapshots.map((s) => s.id)).toEqual(['s1']);
  });

  it('keeps a deleted snapshot brought back by undo when merged with the copy saved at the delete', () => {
    const base = addSnapshot(newInitiative('A', '', v1, t(0), 'one'), 'Gate 0', t(1), 's0');
    const deleted = removeSnapshot(base, 's0', t(2));
    const undone = restoreSnapshot(deleted, base.snapshots[0]!, t(3), 's0-back');
    const saved = mergeInitiatives(undone, deleted);
    expect(saved.snapshots.map((s) => ({ id: s.id, label: s.label, takenAt: s.takenAt }))).toEqual([{ id: 's0-back', label: 'Gate 0', takenAt: t(1) }]);
    expect(saved.snapshots[0]!.answers).toEqual(base.snapshots[0]!.answers);
  });

  it('is the same whichever copy comes first, and merging a copy with itself changes nothing', () => {
    forSeeds(200, (r) => {
      const q = randomQuestionnaire(r);
      const a = randomInitiative(r, q);
      const b = { ...randomInitiative(r, q), id: a.id };
      expect(mergeInitiatives(a, a)).toEqual(a);
      const ab = mergeInitiatives(a, b);
      const ba = mergeInitiatives(b, a);
      expect(ab.answers).toEqual(ba.answers);
      expect(ab.snapshots.map((s) => s.id).sort()).toEqual(ba.snapshots.map((s) => s.id).sort());
      for (const id of new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])) expect(ab.answers[id]).toBeDefined();
    });
  });
});

describe('answers under a changed questionnaire', () => {
  it('sets aside answers to removed questions, leaves new questions unanswered, and says what changed', () => {
    let i = newInitiative('A', '', v1, t(0), 'one');
    i = setAnswer(setAnswer(setAnswer(i, 'owner', 3, t(1)), 'old', 2, t(2)), 'data', 'unknown', t(3));
    const v2 = questionnaireModel(source([{ id: 'owner' }, { id: 'data', dontKnow: false }, { id: 'new' }], 2));
    const moved = reconcile(i, v2);
    expect(moved.version).toBe(2);
    expect(moved.answers).toEqual({ owner: { value: 3, at: t(1) } });
    expect(moved.setAside).toEqual([
      { questionId: 'old', version: 1, value: 2, at: t(2) },
      { questionId: 'data', version: 1, value: 'unknown', at: t(3) },
    ]);
    expect(moved.notice).toEqual({ from: 1, to: 2, setAside: 2 });
    // Nothing is lost: when the question comes back, so does its answer.
    const v3 = questionnaireModel(source([{ id: 'owner' }, { id: 'data' }, { id: 'old' }], 3));
    const back = reconcile(moved, v3);
    expect(back.answers).toMatchObject({ owner: { value: 3 }, old: { value: 2 }, data: { value: 'unknown' } });
    expect(back.setAside).toEqual([]);
    expect(back.notice).toEqual({ from: 1, to: 3, setAside: 2 });
  });

  it('changes nothing when the questionnaire is the same', () => {
    const i = setAnswer(newInitiative('A', '', v1, t(0), 'one'), 'owner', 3, t(1));
    expect(reconcile(i, v1)).toBe(i);
  });
});
