import { describe, expect, it } from 'vitest';
import { idleRoles, metricsNotServingAnOutcome, proseWordCount, questionsWithoutGuidance, unusedComponents, useCasesWithoutBusinessOutcome, mermaidBlocks } from '../../src/lib/coverage.ts';
import type { PlaybookEntry } from '../../src/lib/references.ts';

const ref = (collection: PlaybookEntry['collection'], id: string) => ({ collection, id });
const entry = (collection: PlaybookEntry['collection'], id: string, data: object): PlaybookEntry => ({ collection, id, file: `${collection}/${id}`, data });

const entries = [
  entry('roles', 'owner', {}),
  entry('roles', 'idle', {}),
  entry('components', 'base', { owner: ref('roles', 'owner'), dependsOn: [] }),
  entry('components', 'top', { owner: ref('roles', 'owner'), dependsOn: [ref('components', 'base')] }),
  entry('components', 'orphan', { owner: ref('roles', 'owner'), dependsOn: [] }),
  entry('metrics', 'cost', { kind: 'business-outcome', supports: [] }),
  entry('metrics', 'accuracy', { kind: 'technical', supports: [ref('metrics', 'cost')] }),
  entry('metrics', 'latency', { kind: 'technical', supports: [ref('metrics', 'latency')] }),
  entry('use-cases', 'good', { requires: [ref('components', 'top')], outcomeMetrics: [ref('metrics', 'cost')] }),
  entry('use-cases', 'technical-only', { requires: [ref('components', 'top')], outcomeMetrics: [ref('metrics', 'accuracy')] }),
];

describe('coverage rules', () => {
  it('find roles that answer for nothing', () => expect(idleRoles(entries)).toEqual(['idle']));
  it('find components nothing uses', () => expect(unusedComponents(entries)).toEqual(['orphan']));
  it('find use cases without a business outcome', () => expect(useCasesWithoutBusinessOutcome(entries)).toEqual(['technical-only']));
  it('find metrics that lead to no business outcome, even through a loop', () => expect(metricsNotServingAnOutcome(entries)).toEqual(['latency']));
  it('count prose words, not code or link targets', () => {
    expect(proseWordCount('## Heading here\nSee [the owner](/roles/owner/) now.\n```mermaid\nflowchart LR\n a --> b\n```\n- one - two')).toBe(8);
  });
  it('find questionnaire questions without an entry that helps or a stall pattern', () => {
    const questionnaire = entry('assessment', 'readiness', {
      dimensions: [
        { addresses: [ref('stall-patterns', 'late-data')], questions: [{ id: 'inherits', learnMore: [ref('roles', 'owner')], addresses: [] }, { id: 'no-help', learnMore: [], addresses: [] }] },
        { addresses: [], questions: [{ id: 'own', learnMore: [ref('roles', 'owner')], addresses: [ref('stall-patterns', 'no-owner')] }, { id: 'no-pattern', learnMore: [ref('roles', 'owner')], addresses: [] }] },
      ],
    });
    expect(questionsWithoutGuidance([questionnaire])).toEqual(['no-help', 'no-pattern']);
  });
  it('find fenced Mermaid diagrams', () => expect(mermaidBlocks('x\n```mermaid\nflowchart LR\n```\n```js\nx\n```')).toEqual(['flowchart LR\n']));
});
