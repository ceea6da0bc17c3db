import { describe, expect, it } from 'vitest';
import { mergeTranslation, translationProblems } from '../../src/lib/translation.ts';

const role = (id: string) => ({ collection: 'roles' as const, id });
const raw = {
  title: 'Intake',
  owner: 'owner',
  order: 1,
  steps: [{ id: 'submit', title: 'Submit', accountable: 'owner', responsible: ['owner', 'pm'] }],
  tags: ['a', 'b'],
};
const parsed = { ...raw, owner: role('owner'), steps: [{ ...raw.steps[0]!, accountable: role('owner'), responsible: [role('owner'), role('pm')] }], aliases: [] };

describe('translations', () => {
  it('may change every text and nothing else', () => {
    const translated = { title: 'Eingang', owner: 'owner', steps: [{ id: 'submit', title: 'Einreichen' }], tags: ['A', 'B'] };
    expect(translationProblems(parsed, raw, translated)).toEqual([]);
  });

  it('name each reference, id, number, list length or new field a translation changes', () => {
    const translated = { owner: 'sponsor', order: 2, steps: [{ id: 'einreichen', responsible: ['owner'] }], tags: ['only one'], colour: 'blau' };
    expect(translationProblems(parsed, raw, translated).map((p) => [p.path.join('.'), p.message.split(' (')[0]])).toEqual([
      ['owner', 'changes a reference'],
      ['order', 'changes a number'],
      ['steps.0.id', 'changes an id'],
      ['steps.0.responsible', 'changes a reference'],
      ['tags', 'has 1 items, the original 2'],
      ['colour', 'is not a field of the original entry'],
    ]);
  });

  it('merge the translated texts into the original, keeping its references, ids and numbers', () => {
    const translated = { title: 'Eingang', owner: 'sponsor', order: 9, steps: [{ id: 'x', title: 'Einreichen', accountable: 'pm' }], tags: ['A'] };
    const merged = mergeTranslation(parsed, translated);
    expect(merged.title).toBe('Eingang');
    expect(merged.owner).toEqual(role('owner'));
    expect(merged.order).toBe(1);
    expect(merged.steps[0]).toEqual({ ...parsed.steps[0], title: 'Einreichen' });
    expect(merged.tags).toEqual(['a', 'b']);
    expect(mergeTranslation(parsed, undefined)).toBe(parsed);
  });
});
