import { describe, expect, it } from 'vitest';
import { lettersFor, processMatrix, raciMatrix, roleLetterCounts, stepRaci } from '../../src/lib/raci.ts';

const role = (id: string) => ({ collection: 'roles' as const, id });
const processes = [
  {
    id: 'intake',
    title: 'Intake',
    steps: [
      { id: 'submit', title: 'Submit', responsible: [role('owner')], accountable: role('owner'), consulted: [role('pm')], informed: [] },
      { id: 'approve', title: 'Approve', responsible: [role('pm')], accountable: role('chair'), consulted: [], informed: [role('owner')] },
    ],
  },
];

describe('RACI', () => {
  it('gives a role every letter it holds, A and R together', () => {
    expect(lettersFor(processes[0]!.steps[0]!, 'owner')).toEqual(['R', 'A']);
    expect(lettersFor(processes[0]!.steps[1]!, 'owner')).toEqual(['I']);
    expect(lettersFor(processes[0]!.steps[1]!, 'nobody')).toEqual([]);
  });
  it('lists a step’s RACI in R, A, C, I order', () => {
    expect(stepRaci(processes[0]!.steps[1]!).map((r) => `${r.letter}:${r.roles.map((x) => x.id).join(',')}`)).toEqual(['R:pm', 'A:chair', 'C:', 'I:owner']);
  });
  it('derives roles × steps', () => {
    const matrix = raciMatrix(processes, ['owner', 'pm', 'chair']);
    expect(matrix.columns.map((c) => `${c.processId}#${c.stepId}`)).toEqual(['intake#submit', 'intake#approve']);
    expect(matrix.rows.map((r) => r.cells.map((c) => c.join('')))).toEqual([
      ['RA', 'I'],
      ['C', 'R'],
      ['', 'A'],
    ]);
  });
  it('draws one process with only the roles that take part, in the given role order', () => {
    const matrix = processMatrix(processes[0]!, ['chair', 'idle', 'owner', 'pm']);
    expect(matrix.rows.map((r) => r.roleId)).toEqual(['chair', 'owner', 'pm']);
    expect(matrix.columns.map((c) => c.stepTitle)).toEqual(['Submit', 'Approve']);
  });
  it('counts each letter a role holds across the processes', () => {
    expect(roleLetterCounts(processes, 'owner')).toEqual({ R: 1, A: 1, C: 0, I: 1 });
    expect(roleLetterCounts(processes, 'idle')).toEqual({ R: 0, A: 0, C: 0, I: 0 });
  });
});
