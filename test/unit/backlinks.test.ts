import { describe, expect, it } from 'vitest';
import { groupBacklinks, itemAt } from '../../src/lib/backlinks.ts';
import { allReferences, type PlaybookEntry } from '../../src/lib/references.ts';
import { refKey, type EntryRef } from '../../src/lib/collections.ts';

const role = (id: string) => ({ collection: 'roles' as const, id });
const entries: PlaybookEntry[] = [
  { collection: 'roles', id: 'owner', file: '', data: {} },
  {
    collection: 'processes',
    id: 'intake',
    file: '',
    data: {
      owner: role('owner'),
      steps: [
        { id: 'submit', title: 'Submit', accountable: role('owner'), responsible: [role('owner')] },
        { id: 'decide', title: 'Decide', accountable: role('owner'), responsible: [role('owner'), role('owner')] },
      ],
    },
  },
  {
    collection: 'assessment',
    id: 'readiness',
    file: '',
    data: { dimensions: [{ id: 'ownership', title: 'Ownership', questions: [{ id: 'q1', prompt: 'Who?', learnMore: [role('owner')] }] }] },
  },
];
const data = new Map(entries.map((e) => [refKey(e), e.data]));
const dataOf = (ref: EntryRef) => data.get(refKey(ref));
const toOwner = allReferences(entries).filter((r) => r.to.id === 'owner');

describe('backlinks', () => {
  it('find the step or question a reference stands in, with the items above it', () => {
    const item = itemAt(entries[2]!.data, ['dimensions', 0, 'questions', 0, 'learnMore', 0]);
    expect(item).toMatchObject({ id: 'q1', index: 0, parents: [{ id: 'ownership' }] });
    expect(itemAt(entries[1]!.data, ['owner'])).toBeUndefined();
  });

  it('group references by field, each place once, in the order asked for', () => {
    const groups = groupBacklinks(toOwner, dataOf, ['processes.steps.responsible', 'processes.steps.accountable']);
    expect(groups.map((g) => g.kind)).toEqual([
      'processes.steps.responsible',
      'processes.steps.accountable',
      'processes.owner',
      'assessment.dimensions.questions.learnMore',
    ]);
    // The second step names the owner twice as responsible: one link.
    expect(groups[0]!.links.map((l) => l.item?.id)).toEqual(['submit', 'decide']);
    expect(groups[2]!.links).toEqual([{ from: { collection: 'processes', id: 'intake' } }]);
  });
});
