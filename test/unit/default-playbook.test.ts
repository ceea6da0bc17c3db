// Keeps the built-in playbook complete and meaningful as its content changes.
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/node/content-files.ts';
import {
  idleRoles,
  mermaidBlocks,
  metricsNotServingAnOutcome,
  proseWordCount,
  questionsWithoutGuidance,
  unusedComponents,
  useCasesWithoutBusinessOutcome,
} from '../../src/lib/coverage.ts';
import { dependencyLayers } from '../../src/lib/graph.ts';
import { projectRoot } from '../helpers/astro.ts';
import type { EntryRef } from '../../src/lib/collections.ts';

const { entries, parsed, problems } = checkContentFolder(projectRoot, 'content');
const of = (collection: string) => entries.filter((e) => e.collection === collection);

describe('the built-in playbook', () => {
  it('is valid', () => {
    expect(problems).toEqual([]);
  });

  it.each([
    ['roles', 10],
    ['processes', 7],
    ['components', 14],
    ['use-cases', 10],
    ['metrics', 12],
    ['stall-patterns', 5],
    ['guides', 6],
    ['assessment', 1],
  ])('has at least the promised number of %s (%i)', (collection, minimum) => {
    expect(of(collection).length).toBeGreaterThanOrEqual(minimum);
  });

  it('covers the governance processes the playbook promises', () => {
    const ids = of('processes').map((e) => e.id);
    for (const id of ['use-case-intake', 'portfolio-prioritization', 'stage-gate-lifecycle', 'data-readiness-review', 'model-risk-review', 'production-readiness-review', 'value-realization-review', 'use-case-retirement']) {
      expect(ids).toContain(id);
    }
  });

  it('gives every entry at least 150 words of guidance', () => {
    const short = parsed
      .filter((p) => p.entry.collection !== 'assessment')
      .map((p) => ({ file: p.entry.file, words: proseWordCount(p.body) }))
      .filter((p) => p.words < 150);
    expect(short).toEqual([]);
  });

  it('makes every role accountable somewhere or the owner of something', () => {
    expect(idleRoles(entries)).toEqual([]);
  });

  it('uses every component: a use case requires it or another component builds on it', () => {
    expect(unusedComponents(entries)).toEqual([]);
  });

  it('measures every use case by a business outcome, and every other metric serves one', () => {
    expect(useCasesWithoutBusinessOutcome(entries)).toEqual([]);
    expect(metricsNotServingAnOutcome(entries)).toEqual([]);
  });

  it('shares foundations: every use case needs at least 3 components, over a graph at least 4 levels deep', () => {
    for (const useCase of of('use-cases')) {
      expect((useCase.data as { requires: EntryRef[] }).requires.length, useCase.id).toBeGreaterThanOrEqual(3);
    }
    const graph = new Map(of('components').map((c) => [c.id, (c.data as { dependsOn: EntryRef[] }).dependsOn.map((d) => d.id)]));
    expect(Math.max(...dependencyLayers(graph).values()) + 1).toBeGreaterThanOrEqual(4);
  });

  it('carries the five stall patterns, each with warning signs and countermeasures', () => {
    for (const pattern of of('stall-patterns')) {
      const data = pattern.data as { warningSigns: string[]; countermeasures: { uses: EntryRef[] }[] };
      expect(data.warningSigns.length, pattern.id).toBeGreaterThanOrEqual(3);
      expect(data.countermeasures.flatMap((c) => c.uses).length, pattern.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('points every questionnaire question to an entry that helps and a stall pattern it guards against', () => {
    expect(questionsWithoutGuidance(entries)).toEqual([]);
  });

  it('has guides that link to the entries they discuss and hold at least 3 diagrams', () => {
    const guides = parsed.filter((p) => p.entry.collection === 'guides');
    for (const guide of guides) {
      const entryLinks = guide.body.match(/\]\(\/(roles|processes|components|use-cases|metrics|stall-patterns)\/[a-z0-9-]+\//g) ?? [];
      expect(entryLinks.length, guide.entry.file).toBeGreaterThanOrEqual(5);
    }
    const diagrams = guides.flatMap((g) => mermaidBlocks(g.body));
    expect(diagrams.length).toBeGreaterThanOrEqual(3);
    for (const diagram of diagrams) expect(diagram).toMatch(/accTitle:/);
  });
});
