// Keeps the built-in playbook complete and meaningful as its content changes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

  // The decisions the playbook settles, keyed by topic, whatever their wording: each topic has one owner. A topic
  // is recognized by what is decided (a verb and its object); `verb` marks the word whose subject decides.
  const settledTopics: { topic: string; owner: string; phrases: RegExp[] }[] = [
    { topic: 'the investment envelope', owner: 'executive-sponsor', phrases: [/\b(?<verb>sets?)\s+(?:the\s+|its\s+)?(?:annual\s+)?(?:AI\s+)?(?:investment\s+)?envelope\b/gi, /\benvelope\s+(?:that\s+)?(?:the\s+)?[\w⟦⟧-]+(?:\s+[\w-]+)?\s+(?<verb>sets?)\b/gi] },
    { topic: 'the AI risk appetite', owner: 'chief-risk-officer', phrases: [/\b(?<verb>sets?)\s+(?:the\s+)?(?:annual\s+)?(?:AI\s+)?risk appetite\b/gi] },
    { topic: 'the quarterly portfolio', owner: 'ai-governance-board-chair', phrases: [/\b(?<verb>decides?)\b[^.;!?\n|]{0,25}\bportfolio\b(?!\s+(?:prioriti[sz]ation|office|calendar))/gi] },
    { topic: 'routing an idea at intake', owner: 'head-of-ai', phrases: [/\b(?<verb>routes?)\s+(?:an\s+)?ideas?\b/gi] },
    { topic: 'the business commitment', owner: 'business-owner', phrases: [/\b(?<verb>commits?)\s+(?:the\s+)?(?:business\s+)?unit\b/gi] },
    { topic: 'gate 0, discovery start', owner: 'head-of-ai', phrases: [/\b(?<verb>starts?)\s+(?:the\s+)?discovery\b/gi, /\b(?<verb>approves?|passes)\b[^.;!?\n|]{0,20}\bgate 0\b/gi] },
    { topic: 'gates 1 to 3', owner: 'ai-governance-board-chair', phrases: [/\b(?<verb>approves?|decides?|passes|takes)\b[^.;!?\n|]{0,40}\bgates? [123]\b/gi, /\b(?<verb>takes|approves?)\s+(?:the\s+)?gate(?:s\b| decisions)/gi] },
    { topic: 'retirement', owner: 'ai-governance-board-chair', phrases: [/\b(?<verb>retires?)\s+(?:the\s+|a\s+)?(?:use cases?|system)\b/gi, /\b(?<verb>decides?)\b[^.;!?\n|]{0,30}\bretire\b/gi] },
    { topic: 'the production architecture', owner: 'enterprise-architect', phrases: [/\b(?<verb>signs? off)\b[^.;!?\n|]{0,20}\barchitecture\b/gi, /\b(?<verb>accepts?)\s+the system as built\b/gi] },
    { topic: 'an exception to building on the shared platform', owner: 'enterprise-architect', phrases: [/\b(?<verb>grants?|granted|approves?|approved)\b[^.;!?\n|]{0,30}\bexceptions?\b/gi] },
    { topic: 'funding shared components', owner: 'head-of-ai', phrases: [/\b(?<verb>funds?|funded)\b[^.;!?\n|]{0,60}\b(?:shared components?|foundations share|platform components?|the platform|the stack)\b/gi, /\b(?<verb>approves?)\s+(?:the\s+)?(?:platform\s+)?roadmap\b/gi, /\b(?<verb>decides?)\b[^.;!?\n|]{0,30}\bbecomes? (?:a )?shared\b/gi] },
    { topic: 'run-cost allocation and chargeback', owner: 'value-finance-partner', phrases: [/\b(?<verb>sets?|decides?)\b[^.;!?\n|]{0,30}\b(?:chargeback|allocation keys?|how (?:each component's |platform |shared )?run cost)\b/gi] },
    { topic: 'data access', owner: 'data-owner', phrases: [/\b(?<verb>decides?|grants?)\b[^.;!?\n|]{0,30}\b(?:data access|the use of (?:a|the|their|its) (?:domain's )?data|whether the use case may use)\b/gi] },
    { topic: 'the data readiness verdict', owner: 'data-owner', phrases: [/\b(?<verb>issues?|gives?|decides?)\b[^.;!?\n|]{0,30}\b(?:data )?readiness(?: verdict)?\b/gi] },
    { topic: 'data quality thresholds', owner: 'data-owner', phrases: [/\b(?<verb>sets?|commits?|decides?|agrees?)\b[^.;!?\n|]{0,50}\bquality\b[^.;!?\n|]{0,25}\bthresholds?\b/gi] },
    { topic: 'the risk tier', owner: 'risk-compliance-lead', phrases: [/\b(?<verb>assigns?|confirms?|sets?|revises?|lowers?)\b[^.;!?\n|]{0,25}\b(?:risk\s+)?tiers?\b/gi] },
    { topic: 'the design clearance', owner: 'risk-compliance-lead', phrases: [/\b(?<verb>clears?)\b[^.;!?\n|]{0,12}\bdesigns?\b/gi] },
    { topic: 'the lawful basis and impact assessments', owner: 'privacy-legal-counsel', phrases: [/\b(?<verb>confirms?|settles?|decides?|sets?)\b[^.;!?\n|]{0,40}\b(?:lawful basis|impact assessments?)\b/gi] },
    { topic: "a contract's AI terms", owner: 'privacy-legal-counsel', phrases: [/\b(?<verb>approves?|sets?)\s+(?:the\s+)?(?:contract's AI terms|mandatory AI clauses|AI clauses)\b/gi] },
    { topic: 'use of a bought AI product', owner: 'risk-compliance-lead', phrases: [/\b(?<verb>approves?)\s+(?:the\s+)?(?:vendor's AI|product for use|bought AI)\b/gi] },
    { topic: "a vendor's model change", owner: 'model-validator', phrases: [/\b(?<verb>decides?)\b[^.;!?\n|]{0,40}\bmaterial\b/gi] },
    { topic: 'the validation opinion', owner: 'model-validator', phrases: [/\b(?<verb>issues?|gives?|writes?)\b[^.;!?\n|]{0,12}\b(?:validation\s+)?opinion\b/gi] },
    { topic: 'the residual risk', owner: 'business-owner', phrases: [/\b(?<verb>accepts?)\b[^.;!?\n|]{0,30}\brisks?\b/gi] },
    { topic: 'production use', owner: 'risk-compliance-lead', phrases: [/\b(?<verb>approves?)\s+production use\b/gi] },
    { topic: 'the revalidation date', owner: 'risk-compliance-lead', phrases: [/\b(?<verb>approves?|sets?|schedules?)\b[^.;!?\n|]{0,70}\brevalidation (?:date|schedule|interval)s?\b/gi, /\b(?<verb>schedules?)\s+(?:the\s+)?revalidations?\b/gi] },
    { topic: 'the change plan', owner: 'business-owner', phrases: [/\b(?<verb>approves?)\s+(?:the\s+|its\s+)?change plan\b/gi] },
    { topic: 'the rollout waves', owner: 'business-owner', phrases: [/\b(?<verb>sets?|decides?|chooses?|approves?)\b[^.;!?\n|]{0,80}\brollout (?:waves?|sequence|order)\b/gi] },
    { topic: 'the workforce transition', owner: 'business-owner', phrases: [/\b(?<verb>decides?)\b[^.;!?\n|]{0,20}\b(?:the workforce|workforce transition|how affected roles move|how people move)\b/gi] },
    { topic: 'a user group ready to go live', owner: 'change-adoption-lead', phrases: [/\b(?<verb>declares?)\b[^.;!?\n|]{0,20}\bgroups?\b[^.;!?\n|]{0,10}\bready\b/gi, /\b(?<verb>holds?)\s+(?:it|them|the group)\s+to a later wave\b/gi] },
    { topic: 'declaring an AI incident', owner: 'ai-platform-owner', phrases: [/\b(?<verb>declares?)\s+(?:an?\s+|the\s+)?(?:AI\s+)?incidents?\b/gi] },
    { topic: 'containing an incident', owner: 'business-owner', phrases: [/\b(?<verb>decides?)\s+how to stop further harm\b/gi, /\b(?<verb>suspends?)\s+(?:it|the\s+system|the\s+service)\b/gi] },
    { topic: 'escalating an incident', owner: 'risk-compliance-lead', phrases: [/\b(?<verb>escalates?)\s+(?:an?\s+|the\s+)?incidents?\b/gi] },
    { topic: 'regulatory notifications', owner: 'privacy-legal-counsel', phrases: [/\b(?<verb>decides?)\s+which notifications\b/gi, /\b(?<verb>notif(?:y|ies))\s+(?:the\s+)?regulators?\b/gi] },
    { topic: 'redress', owner: 'business-owner', phrases: [/\b(?<verb>decides?)\s+(?:the\s+)?redress\b/gi] },
    { topic: 'the return to service', owner: 'risk-compliance-lead', phrases: [/\b(?<verb>approves?)\s+(?:the\s+)?return to service\b/gi] },
    { topic: 'the value verdict', owner: 'value-finance-partner', phrases: [/\b(?<verb>gives?|issues?)\s+(?:the\s+|a\s+)?value verdicts?\b/gi] },
    { topic: 'booking the benefit', owner: 'business-owner', phrases: [/\b(?<verb>books?)\b[^.;!?\n|]{0,20}\b(?:benefit|value)\b/gi] },
  ];
  const topicsIn = (text: string) =>
    settledTopics.flatMap((t) => t.phrases.flatMap((phrase) => [...text.matchAll(new RegExp(phrase.source, 'gid'))].map((m) => ({ t, m }))));

  it('settles every decision topic in the table, with the one owner the playbook names for it, whatever the wording', () => {
    const wrong = table.flatMap((row) =>
      topicsIn(row.decision)
        .filter(({ t }) => t.owner !== row.accountable.id)
        .map(({ t }) => `${row.processId}#${row.stepId} gives "${t.topic}" to ${row.accountable.id}, not ${t.owner}`),
    );
    expect(wrong).toEqual([]);
    const unanchored = settledTopics.filter((t) => !table.some((row) => topicsIn(row.decision).some((x) => x.t === t))).map((t) => t.topic);
    expect(unanchored, 'topics the decision-rights table does not decide').toEqual([]);
  });

  it("keeps the roles' day-to-day decision rights off the settled decisions of other roles", () => {
    const wrong = of('roles').flatMap((role) =>
      ((role.data as { decisionRights: string[] }).decisionRights ?? []).flatMap((right) =>
        topicsIn(right)
          .filter(({ t }) => t.owner !== role.id)
          .map(({ t }) => `${role.id}: "${right}" decides "${t.topic}", which is ${t.owner}'s`),
      ),
    );
    expect(wrong).toEqual([]);
  });

  // Role names as prose writes them, longest first: titles and the short forms the playbook uses.
  const roleNames: [string, string][] = [
    ...of('roles').map((r) => [(r.data as { title: string }).title.toLowerCase(), r.id] as [string, string]),
    ...([
      ['governance board chair', 'ai-governance-board-chair'], ['board chair', 'ai-governance-board-chair'], ['chair', 'ai-governance-board-chair'], ['board', 'ai-governance-board-chair'],
      ['sponsor', 'executive-sponsor'], ['chief ai officer', 'head-of-ai'], ['caio', 'head-of-ai'],
      ['risk lead', 'risk-compliance-lead'], ['second line', 'risk-compliance-lead'], ['validator', 'model-validator'],
      ['counsel', 'privacy-legal-counsel'], ['security lead', 'information-security-lead'], ['architect', 'enterprise-architect'],
      ['platform owner', 'ai-platform-owner'], ['product manager', 'ai-product-manager'], ['change lead', 'change-adoption-lead'],
      ['finance partner', 'value-finance-partner'], ['portfolio office', 'portfolio-office-lead'], ['cro', 'chief-risk-officer'], ['cfo', 'chief-financial-officer'],
    ] as [string, string][]),
  ].sort((a, b) => b[0].length - a[0].length);
  const roleNamePattern = new RegExp(`\\b(?:${roleNames.map(([n]) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})s?\\b`, 'gi');
  const roleOfName = (name: string) => roleNames.find(([n]) => n === name.toLowerCase() || `${n}s` === name.toLowerCase())?.[1];

  /** Who the text says takes each settled decision: the last role named before the decision's verb, in its clause. */
  function decisionsStated(text: string): { topic: string; owner: string; said: string; where: string }[] {
    // Role links become markers carrying the role id; other links keep their text; code blocks go.
    const prose = text.replace(/```[\s\S]*?```/g, ' ').replace(/\[([^\]]*)\]\(\/roles\/([a-z0-9-]+)\/[^)]*\)/g, (_, label: string, id: string) => `⟦${id}⟧${' '.repeat(Math.max(0, label.length - id.length))}`).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const mentions: { id: string; start: number; end: number }[] = [];
    for (const m of prose.matchAll(/⟦([a-z0-9-]+)⟧/g)) mentions.push({ id: m[1]!, start: m.index, end: m.index + m[0].length });
    const masked = prose.replace(/⟦[a-z0-9-]+⟧/g, (m) => '#'.repeat(m.length));
    for (const m of masked.matchAll(roleNamePattern)) mentions.push({ id: roleOfName(m[0])!, start: m.index, end: m.index + m[0].length });
    mentions.sort((a, b) => a.start - b.start);
    return topicsIn(prose).flatMap(({ t, m }) => {
      const verb = m.indices!.groups!.verb!;
      const clauseStart = Math.max(...['.', ';', '!', '?', '\n', '|'].map((c) => prose.lastIndexOf(c, verb[0] - 1))) + 1;
      // A possessive names the decider only right before its verb ("the architect's approved exception").
      const subject = mentions
        .filter((r) => r.end <= verb[0] && r.start >= clauseStart)
        .filter((r) => !/^['’]s\b/.test(prose.slice(r.end)) || verb[0] - r.end <= 3)
        .at(-1);
      if (!subject) return [];
      if (/\b(?:not|never|no|cannot|nobody|without)\b/i.test(prose.slice(subject.end, verb[0]))) return [];
      return subject.id === t.owner ? [] : [{ topic: t.topic, owner: t.owner, said: subject.id, where: prose.slice(subject.start, m.index + m[0].length).replace(/\s+/g, ' ') }];
    });
  }

  it('has every page name the one owner of each settled decision it mentions ("X decides Y" agrees with the table)', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' && !('collection' in value) ? Object.values(value).flatMap(strings) : [];
    const wrong = parsed.flatMap((p) =>
      [p.body, ...strings(p.entry.data)].flatMap((text) => decisionsStated(text).map((d) => `${p.entry.file}: "${d.where}" gives "${d.topic}" to ${d.said}, but it is ${d.owner}'s`)),
    );
    expect(wrong).toEqual([]);
    // The check reads prose as intended: a sentence that gives a settled decision to the wrong role is caught.
    expect(decisionsStated('The [head of AI](/roles/head-of-ai/) approves the exception, with a migration date.')).toHaveLength(1);
    expect(decisionsStated('The board funded the shared components with the lighthouse use case.')).toHaveLength(1);
    expect(decisionsStated('The enterprise architect grants the exception; the head of AI approves the platform roadmap.')).toEqual([]);
  });

  it('settles each decision the playbook talks about with one owner', () => {
    const ownerOf = (processId: string, stepId: string) =>
      table.find((row) => row.processId === processId && row.stepId === stepId)?.accountable.id;
    const settled: [string, string, string][] = [
      ['portfolio-prioritization', 'set-envelope', 'executive-sponsor'],
      ['portfolio-prioritization', 'set-risk-appetite', 'chief-risk-officer'],
      ['portfolio-prioritization', 'decide', 'ai-governance-board-chair'],
      ['stage-gate-lifecycle', 'gate-0-discovery', 'head-of-ai'],
      ['stage-gate-lifecycle', 'architecture-signoff', 'enterprise-architect'],
      ['stage-gate-lifecycle', 'gate-1-build', 'ai-governance-board-chair'],
      ['stage-gate-lifecycle', 'gate-2-production', 'ai-governance-board-chair'],
      ['stage-gate-lifecycle', 'gate-3-scale', 'ai-governance-board-chair'],
      ['model-risk-review', 'clear-design', 'risk-compliance-lead'],
      ['change-management', 'commit', 'business-owner'],
      ['change-management', 'readiness', 'change-adoption-lead'],
      ['independent-model-validation', 'validate', 'model-validator'],
      ['independent-model-validation', 'accept-risk', 'business-owner'],
      ['independent-model-validation', 'approve', 'risk-compliance-lead'],
      ['third-party-ai-due-diligence', 'approve', 'risk-compliance-lead'],
      ['ai-incident-response', 'escalate', 'risk-compliance-lead'],
      ['ai-incident-response', 'restore', 'risk-compliance-lead'],
      ['platform-roadmap-planning', 'data-commitments', 'data-owner'],
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

  // Gate names, as the stage-gate lifecycle gives them, in each language the playbook is written in.
  const gateNames: Record<string, string[]> = { en: ['discovery start', 'build approval', 'go-live', 'scale'], de: ['start der exploration', 'entwicklungsfreigabe', 'go-live', 'skalierung'] };
  /** Gates named wrongly in a text: a number with another gate's name or a name that is not a gate's ("gate 2, pilot to production"), a gate that does not exist, or a gate named by a stage instead of its number ("the discovery gate"). */
  function misnamedGates(text: string, names: readonly string[]): string[] {
    const unquoted = text.replace(/["“„][^"“”„\n]{0,60}["”“]/g, ' ');
    return [
      ...[...unquoted.matchAll(/\bgate (\d+)\b(?:\s*([,:(])\s*([^\n]{0,40}))?/gi)]
        .filter((m) => Number(m[1]) >= names.length || (m[2] !== undefined && !m[3]!.toLowerCase().startsWith(names[Number(m[1])]!)))
        .map((m) => m[0]),
      ...[...unquoted.matchAll(/\b(?:discovery|exploration|build|pilot|production|go-live|launch|release|deployment|scale|scaling|funding|investment|approval|validation)[ -]gates?\b/gi)].map((m) => m[0]),
    ];
  }

  it('names the gates once, in the stage-gate lifecycle, and uses the same names everywhere', () => {
    const names = gateNames.en!;
    const gates = (processes.find((p) => p.id === 'stage-gate-lifecycle')?.steps ?? []).filter((s) => /^Gate \d/.test(s.title));
    expect(gates.map((s) => s.title.match(/^Gate (\d), ([a-z -]+):/)?.slice(1))).toEqual(names.map((n, i) => [String(i), n]));
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    const misnamed = parsed.flatMap((p) => [p.body, ...strings(p.entry.data)].flatMap((text) => misnamedGates(text, names).map((m) => `${p.entry.file}: ${m}`)));
    expect(misnamed).toEqual([]);
    // Translations name the gates in their own language.
    const translated = readdirSync(path.join(projectRoot, 'content', 'de'), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && /\.(mdx|ya?ml)$/.test(f.name))
      .flatMap((f) => misnamedGates(readFileSync(path.join(f.parentPath, f.name), 'utf8'), gateNames.de!).map((m) => `${f.name}: ${m}`));
    expect(translated).toEqual([]);
    // The check catches a gate by a stage's name, by a wrong name and by a wrong number.
    for (const wrong of ['measured from the discovery gate', 'at gate 2, pilot to production', 'before gate 1, go-live', 'at the go-live gate', 'after gate 4']) {
      expect(misnamedGates(wrong, names), wrong).toHaveLength(1);
    }
    expect(misnamedGates('at gate 2, go-live, and before gate 1 (build approval)', names)).toEqual([]);
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
    // Each checker has a real line to report to (shown on its page), and it runs outside what it checks.
    for (const id of ['risk-compliance-lead', 'model-validator', 'value-finance-partner']) {
      expect(reportsTo.get(id), `${id} reports to nobody`).toBeDefined();
    }
    for (const id of ['risk-compliance-lead', 'model-validator']) {
      expect(chain(id).filter((r) => [...delivery, 'executive-sponsor', 'ai-governance-board-chair'].includes(r)), id).toEqual([]);
    }
    expect(chain('model-validator')).toContain('risk-compliance-lead');
    expect(chain('value-finance-partner').filter((r) => [...delivery, 'executive-sponsor', 'business-owner'].includes(r))).toEqual([]);
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
