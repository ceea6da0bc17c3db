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
import { decisionRights, type DecisionProcess } from '../../src/lib/decisions.ts';
import { dependencyLayers } from '../../src/lib/graph.ts';
import { stageStatusProblems } from '../../src/lib/rules.ts';
import { projectRoot } from '../helpers/astro.ts';
import type { EntryRef } from '../../src/lib/collections.ts';

const { entries, parsed, problems } = checkContentFolder(projectRoot, 'content');
const of = (collection: string) => entries.filter((e) => e.collection === collection);

describe('the built-in playbook', () => {
  it('is valid', () => {
    expect(problems).toEqual([]);
  });

  it.each([
    ['roles', 17],
    ['processes', 13],
    ['components', 19],
    ['use-cases', 12],
    ['metrics', 19],
    ['stall-patterns', 5],
    ['guides', 10],
    ['assessment', 1],
  ])('has at least the promised number of %s (%i)', (collection, minimum) => {
    expect(of(collection).length).toBeGreaterThanOrEqual(minimum);
  });

  it('covers the governance processes the playbook promises', () => {
    const ids = of('processes').map((e) => e.id);
    for (const id of ['use-case-intake', 'portfolio-prioritization', 'stage-gate-lifecycle', 'data-readiness-review', 'model-risk-review', 'independent-model-validation', 'production-readiness-review', 'value-realization-review', 'use-case-retirement', 'change-management', 'third-party-ai-due-diligence', 'ai-incident-response', 'platform-roadmap-planning']) {
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
  // The second edition's model, kept checkable: one owner per decision, gates named once, foundations before stages.
  const processes = of('processes').map((p) => ({ id: p.id, ...(p.data as Omit<DecisionProcess, 'id'>) }));
  const table = decisionRights(processes);
  const roleIds = new Set(of('roles').map((r) => r.id));

  it('draws a decision-rights table in which every decision has exactly one accountable role, and no decision two owners', () => {
    expect(table.length).toBeGreaterThanOrEqual(30);
    const ownersByDecision = new Map<string, Set<string>>();
    for (const row of table) {
      expect(roleIds.has(row.accountable.id), `${row.processId}#${row.stepId}`).toBe(true);
      const key = row.decision.toLowerCase().replace(/\s+/g, ' ').trim();
      ownersByDecision.set(key, (ownersByDecision.get(key) ?? new Set()).add(row.accountable.id));
    }
    const contested = [...ownersByDecision].filter(([, owners]) => owners.size > 1).map(([decision]) => decision);
    expect(contested).toEqual([]);
  });

  it('settles each decision the playbook talks about with one owner', () => {
    const ownerOf = (processId: string, stepId: string) =>
      table.find((row) => row.processId === processId && row.stepId === stepId)?.accountable.id;
    const settled: [string, string, string][] = [
      ['portfolio-prioritization', 'set-envelope', 'executive-sponsor'],
      ['portfolio-prioritization', 'decide', 'ai-governance-board-chair'],
      ['stage-gate-lifecycle', 'gate-0-discovery', 'head-of-ai'],
      ['stage-gate-lifecycle', 'gate-1-build', 'ai-governance-board-chair'],
      ['stage-gate-lifecycle', 'gate-2-production', 'ai-governance-board-chair'],
      ['stage-gate-lifecycle', 'gate-3-scale', 'ai-governance-board-chair'],
      ['model-risk-review', 'clear-design', 'risk-compliance-lead'],
      ['independent-model-validation', 'validate', 'model-validator'],
      ['independent-model-validation', 'accept-risk', 'business-owner'],
      ['independent-model-validation', 'approve', 'risk-compliance-lead'],
      ['third-party-ai-due-diligence', 'approve', 'risk-compliance-lead'],
      ['ai-incident-response', 'escalate', 'risk-compliance-lead'],
      ['platform-roadmap-planning', 'approve', 'head-of-ai'],
      ['use-case-retirement', 'decision', 'ai-governance-board-chair'],
    ];
    for (const [processId, stepId, owner] of settled) expect(ownerOf(processId, stepId), `${processId}#${stepId}`).toBe(owner);
  });

  it('keeps governance decisions off the role pages: decisionRights are day-to-day calls only', () => {
    const governance = /\b(approves?|decides?|signs? off|accepts?)\b.*\b(gate|portfolio|go-live|production use|retire|retirement|residual risk|risk tier|roadmap|envelope)\b/i;
    const restated = of('roles').flatMap((role) =>
      ((role.data as { decisionRights: string[] }).decisionRights ?? []).filter((d) => governance.test(d)).map((d) => `${role.id}: ${d}`),
    );
    expect(restated).toEqual([]);
  });

  it('names the gates once, in the stage-gate lifecycle, and uses the same names everywhere', () => {
    const names = ['discovery start', 'build approval', 'go-live', 'scale'];
    const gates = (processes.find((p) => p.id === 'stage-gate-lifecycle')?.steps ?? []).filter((s) => /^Gate \d/.test(s.title));
    expect(gates.map((s) => s.title.match(/^Gate (\d), ([a-z -]+):/)?.slice(1))).toEqual(names.map((n, i) => [String(i), n]));
    const texts = parsed.map((p) => ({ file: p.entry.file, text: `${JSON.stringify(p.entry.data)}\n${p.body}` }));
    const misnamed = texts.flatMap(({ file, text }) => [
      ...[...text.matchAll(/\bgate (\d)(?:,|:| \()\s*(discovery start|build approval|go-live|scale)\b/gi)]
        .filter((m) => names[Number(m[1])] !== m[2]!.toLowerCase())
        .map((m) => `${file}: ${m[0]}`),
      ...[...text.matchAll(/\bgate [4-9]\b/gi)].map((m) => `${file}: ${m[0]}`),
    ]);
    expect(misnamed).toEqual([]);
  });

  it('runs no use case on foundations that are not there: pilots on components at least in build, production on available ones', () => {
    expect(stageStatusProblems(entries)).toEqual([]);
    const stages = of('use-cases').map((u) => (u.data as { stage: string }).stage);
    expect(stages).toContain('pilot');
    expect(stages).toContain('production');
  });

  it('has one owner for shared components: the AI platform owner owns every one', () => {
    const others = of('components').filter((c) => (c.data as { owner: EntryRef }).owner.id !== 'ai-platform-owner').map((c) => c.id);
    expect(others).toEqual([]);
  });

  it('keeps validation, risk and value certification out of the chains they check', () => {
    const reportsTo = new Map(of('roles').map((r) => [r.id, (r.data as { reportsTo?: EntryRef }).reportsTo?.id]));
    const chain = (id: string) => {
      const seen: string[] = [];
      for (let next = reportsTo.get(id); next && !seen.includes(next); next = reportsTo.get(next)) seen.push(next);
      return seen;
    };
    const delivery = ['head-of-ai', 'ai-product-manager', 'ai-platform-owner', 'ml-engineer'];
    for (const id of ['risk-compliance-lead', 'model-validator']) {
      expect(chain(id).filter((r) => delivery.includes(r)), id).toEqual([]);
    }
    expect(chain('model-validator')).toContain('risk-compliance-lead');
    expect(chain('value-finance-partner').filter((r) => ['executive-sponsor', 'business-owner'].includes(r))).toEqual([]);
  });

  it('gives every page a "What to refuse" and an "If you are new" section', () => {
    const missing = parsed
      .filter((p) => p.entry.collection !== 'assessment')
      .flatMap((p) => [
        ...(/^## What to refuse\s*$/m.test(p.body) ? [] : [`${p.entry.file}: What to refuse`]),
        ...(/^## If you are new\b/m.test(p.body) ? [] : [`${p.entry.file}: If you are new`]),
      ]);
    expect(missing).toEqual([]);
  });

  it('labels worked examples as illustrative', () => {
    const unlabelled = parsed
      .filter((p) => /^## Worked example(?! \(illustrative\))/m.test(p.body))
      .map((p) => p.entry.file);
    expect(unlabelled).toEqual([]);
  });
});
