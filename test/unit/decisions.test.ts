import { describe, expect, it } from 'vitest';
import { decisionRights, decisionsOwnedBy, type DecisionProcess } from '../../src/lib/decisions.ts';

const role = (id: string) => ({ collection: 'roles' as const, id });
const step = (id: string, accountable: string, decision?: string) => ({
  id,
  title: `Step ${id}`,
  decision,
  responsible: [role('team')],
  accountable: role(accountable),
  consulted: [role('risk')],
  informed: [role('board')],
});

const processes: DecisionProcess[] = [
  { id: 'retire', title: 'Retirement', steps: [step('decide', 'board', 'Retire the use case')] },
  { id: 'gates', title: 'Gates', order: 2, steps: [step('prepare', 'team'), step('approve', 'board', 'Approve the use case for build')] },
  { id: 'intake', title: 'Intake', order: 1, steps: [step('submit', 'owner'), step('route', 'head', 'Route, park or decline the idea')] },
  { id: 'audit', title: 'Audit', steps: [step('look', 'risk', '   ')] },
];

describe('the decision-rights table', () => {
  it('lists only the steps that carry a decision, in process order (order, then title) and step order', () => {
    const rows = decisionRights(processes);
    expect(rows.map((r) => `${r.processId}#${r.stepId}`)).toEqual(['intake#route', 'gates#approve', 'retire#decide']);
  });

  it('carries the decision, its single owner and the rest of the step RACI', () => {
    const [first] = decisionRights(processes);
    expect(first).toEqual({
      processId: 'intake',
      processTitle: 'Intake',
      stepId: 'route',
      stepTitle: 'Step route',
      decision: 'Route, park or decline the idea',
      accountable: role('head'),
      responsible: [role('team')],
      consulted: [role('risk')],
      informed: [role('board')],
    });
  });

  it('finds the decisions a role owns, and none for a role that is only consulted', () => {
    const rows = decisionRights(processes);
    expect(decisionsOwnedBy(rows, 'board').map((r) => r.decision)).toEqual(['Approve the use case for build', 'Retire the use case']);
    expect(decisionsOwnedBy(rows, 'risk')).toEqual([]);
  });

  it('returns an empty table for processes without decisions', () => {
    expect(decisionRights([{ id: 'x', title: 'X', steps: [step('a', 'team')] }])).toEqual([]);
  });
});
