import { describe, expect, it } from 'vitest';
import { componentStatusProblems, playbookRuleProblems, stageStatusProblems } from '../../src/lib/rules.ts';
import type { PlaybookEntry } from '../../src/lib/references.ts';

const component = (id: string, status: string): PlaybookEntry => ({
  collection: 'components',
  id,
  file: `content/components/${id}.mdx`,
  data: { status, dependsOn: [] },
});
const useCase = (id: string, stage: string, requires: string[]): PlaybookEntry => ({
  collection: 'use-cases',
  id,
  file: `content/use-cases/${id}.mdx`,
  data: { stage, requires: requires.map((r) => ({ collection: 'components', id: r })) },
});

const components = [component('data-platform', 'available'), component('model-serving', 'building'), component('feature-store', 'planned')];

describe('stage against component status', () => {
  it('lets ideas and discovery plan on anything, pilots on components in build, production only on available ones', () => {
    const entries = [
      ...components,
      useCase('idea', 'idea', ['feature-store']),
      useCase('discovery', 'discovery', ['feature-store', 'model-serving']),
      useCase('pilot', 'pilot', ['data-platform', 'model-serving']),
      useCase('live', 'production', ['data-platform']),
      useCase('scaled', 'scaled', ['data-platform']),
      useCase('retired', 'retired', ['feature-store']),
    ];
    expect(stageStatusProblems(entries)).toEqual([]);
  });

  it('reports each requirement that is not far enough along, at its position in requires', () => {
    const entries = [
      ...components,
      useCase('pilot', 'pilot', ['data-platform', 'feature-store']),
      useCase('live', 'production', ['model-serving', 'data-platform', 'feature-store']),
      useCase('scaled', 'scaled', ['model-serving']),
    ];
    const problems = stageStatusProblems(entries);
    expect(problems.map((p) => [p.file, p.path, p.message])).toEqual([
      ['content/use-cases/pilot.mdx', ['requires', 1], 'is in pilot, but "feature-store" is still planned'],
      ['content/use-cases/live.mdx', ['requires', 0], 'is in production, but "model-serving" is still building'],
      ['content/use-cases/live.mdx', ['requires', 2], 'is in production, but "feature-store" is still planned'],
      ['content/use-cases/scaled.mdx', ['requires', 0], 'is in scaled, but "model-serving" is still building'],
    ]);
    for (const problem of problems) expect(problem.fix).toMatch(/set the use case's stage to what its foundations allow/);
  });

  it('leaves components it cannot judge to their own problems: an invalid file (no data) or an unknown id', () => {
    // The schema gives every valid component a status (planned by default); a file that failed to parse has none.
    const entries = [
      { collection: 'components', id: 'broken', file: 'content/components/broken.mdx', data: {} } as PlaybookEntry,
      ...components,
      useCase('pilot', 'pilot', ['broken', 'missing', 'feature-store']),
    ];
    expect(stageStatusProblems(entries).map((p) => p.message)).toEqual(['is in pilot, but "feature-store" is still planned']);
  });

  it('is one of the rules that stop the build', () => {
    const entries = [...components, useCase('live', 'production', ['feature-store'])];
    expect(playbookRuleProblems(entries).map((p) => p.message)).toContain('is in production, but "feature-store" is still planned');
  });
});

const built = (id: string, status: string, dependsOn: string[]): PlaybookEntry => ({
  ...component(id, status),
  data: { status, dependsOn: dependsOn.map((d) => ({ collection: 'components', id: d })) },
});

describe('component status against what it is built on', () => {
  it('lets a plan rest on anything, a component in build on components at least in build, an available one only on available ones', () => {
    const entries = [
      built('base', 'available', []),
      built('middle', 'building', ['base']),
      built('top', 'building', ['middle']),
      built('idea', 'planned', ['top']),
      built('live', 'available', ['base']),
    ];
    expect(componentStatusProblems(entries)).toEqual([]);
  });

  it('reports each foundation that is behind the component built on it, so a stage holds all the way down', () => {
    const entries = [
      built('planned-base', 'planned', []),
      built('middle', 'building', ['planned-base']),
      built('top', 'available', ['middle', 'planned-base']),
    ];
    const problems = componentStatusProblems(entries);
    expect(problems.map((p) => [p.file, p.path, p.message])).toEqual([
      ['content/components/middle.mdx', ['dependsOn', 0], 'is building, but "planned-base", which it is built on, is still planned'],
      ['content/components/top.mdx', ['dependsOn', 0], 'is available, but "middle", which it is built on, is still building'],
      ['content/components/top.mdx', ['dependsOn', 1], 'is available, but "planned-base", which it is built on, is still planned'],
    ]);
    // A production use case on "top" passes the stage rule, but the foundation rule still stops the build.
    const all = [...entries, useCase('live', 'production', ['top'])];
    expect(stageStatusProblems(all)).toEqual([]);
    expect(playbookRuleProblems(all).map((p) => p.message)).toContain('is available, but "middle", which it is built on, is still building');
    for (const problem of problems) expect(problem.fix).toMatch(/cannot be further along than what it is built on/);
  });
});
