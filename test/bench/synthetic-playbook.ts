// A synthetic playbook of any size, valid against the real schemas, for the benchmark and the tests that
// need a large content folder: entries in every collection in realistic proportions, cross-references,
// RACI steps, a layered `dependsOn` graph (depth 8 or more), and a Mermaid diagram in one entry in ten.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { playbookSchemas } from '../../src/schemas/index.ts';
import { referencesIn } from '../../src/lib/references.ts';
import { pageCollections, type PageCollection } from '../../src/lib/collections.ts';
import { componentCategories, metricKinds, roleGroups } from '../../src/lib/vocabulary.ts';

/** Share of entries per collection, roughly as in a real playbook. */
const proportions: Record<PageCollection, number> = {
  guides: 0.08,
  roles: 0.12,
  processes: 0.1,
  components: 0.2,
  'use-cases': 0.25,
  metrics: 0.17,
  'stall-patterns': 0.08,
};

/** Depth of the component graph: components are spread over this many layers. */
export const componentLayers = 9;

const words =
  'operating model business owner accountable platform component reuse foundation data quality pipeline value metric outcome adoption change governance gate review risk evaluation monitoring serving feature cost revenue customer experience pilot production scale sequence capacity team process step decision evidence baseline target'.split(
    ' ',
  );

/** A small deterministic random number generator (mulberry32), so every run builds the same playbook. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticPlaybook {
  dir: string;
  /** Ids per collection. */
  ids: Record<PageCollection, string[]>;
  files: number;
}

/** Counts per collection for `total` entries (each at least 2, so references always have a target). */
export function collectionSizes(total: number): Record<PageCollection, number> {
  return Object.fromEntries(pageCollections.map((c) => [c, Math.max(2, Math.round(total * proportions[c]))])) as Record<
    PageCollection,
    number
  >;
}

/**
 * Writes a synthetic playbook of about `total` entries into `dir` (emptied first). The questionnaire is the
 * minimal fixture's, so it follows the questionnaire schema as it evolves; the entries it refers to exist.
 * `sizesOf` fixes the number of entries of some collections (a RACI of 100 roles and 50 processes, say).
 */
export function writeSyntheticPlaybook(
  dir: string,
  total: number,
  seed = 1,
  /** Exact sizes for some collections (the rest in the usual proportions of `total`). */
  sizesOf: Partial<Record<PageCollection, number>> = {},
): SyntheticPlaybook {
  const rand = random(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const pickSome = <T,>(list: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(list)))];
  const sentence = (n: number) => {
    const text = Array.from({ length: n }, () => pick(words)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const sizes = { ...collectionSizes(total), ...sizesOf };

  // The questionnaire of the minimal fixture, and the entries it refers to, which the synthetic playbook keeps.
  const questionnaireText = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'minimal', 'assessment', 'readiness.yaml'), 'utf8');
  const questionnaire = playbookSchemas.assessment.parse(parse(questionnaireText));
  const required = referencesIn({ collection: 'assessment', id: 'readiness' }, questionnaire).map((r) => r.to);

  const ids = Object.fromEntries(
    pageCollections.map((c) => {
      const list = Array.from({ length: sizes[c] }, (_, i) => `${c.replace(/s$/, '').replace(/-/g, '')}-${i + 1}`);
      const wanted = [...new Set(required.filter((r) => r.collection === c).map((r) => r.id))];
      wanted.forEach((id, i) => (list[i] = id));
      return [c, list];
    }),
  ) as Record<PageCollection, string[]>;

  rmSync(dir, { recursive: true, force: true });
  const write = (collection: string, id: string, text: string) => {
    mkdirSync(path.join(dir, collection), { recursive: true });
    writeFileSync(path.join(dir, collection, id), text);
  };
  const link = (collection: PageCollection) => {
    const id = pick(ids[collection]);
    return `[${id.replace(/-/g, ' ')}](/${collection}/${id}/)`;
  };
  /** About 2.5 kB of Markdown: headed sections with links into the playbook. */
  const body = (index: number) => {
    const sections = ['What good looks like', 'What to refuse', 'If you are new'].map(
      (heading) =>
        `## ${heading}\n\n${sentence(16)} ${link('roles')} ${sentence(12)} ${link('processes')} ${sentence(14)} ${link('components')}.\n\n- ${sentence(8)}\n- ${sentence(9)} ${link('metrics')}\n- ${sentence(7)}\n\n${sentence(16)}\n`,
    );
    const diagram =
      index % 10 === 0
        ? `\n\`\`\`mermaid\nflowchart LR\n  accTitle: Synthetic flow ${index}\n  accDescr: From an idea to value through a gate.\n  a["Idea"] --> b{"Gate"} --> c["Value"]\n\`\`\`\n`
        : '';
    return `${sections.join('\n')}${diagram}`;
  };
  const frontmatter = (data: Record<string, unknown>) => `---\n${stringify(data, { lineWidth: 0 })}---\n`;
  const page = (title: string, extra: Record<string, unknown>) => ({ title, summary: `${sentence(14)} ${sentence(10)}`, ...extra });
  const componentFields = playbookSchemas.components.shape as Record<string, unknown>;

  let index = 0;
  ids.roles.forEach((id, i) =>
    write('roles', `${id}.mdx`, frontmatter(page(`Role ${i + 1}`, {
      group: roleGroups[i % roleGroups.length],
      accountabilities: [sentence(8), sentence(7)],
      decisionRights: [sentence(6)],
      ...(i > 0 ? { reportsTo: ids.roles[Math.floor((i - 1) / 3)] } : {}),
    })) + body(index++)),
  );
  ids.components.forEach((id, i) => {
    const layer = Math.floor((i * componentLayers) / ids.components.length);
    const below = ids.components.filter((_, j) => Math.floor((j * componentLayers) / ids.components.length) === layer - 1);
    write('components', `${id}.mdx`, frontmatter(page(`Component ${i + 1}`, {
      category: componentCategories[i % componentCategories.length],
      owner: pick(ids.roles),
      dependsOn: layer === 0 ? [] : pickSome(below, 1 + Math.floor(rand() * 2)),
      setupCost: 4 + Math.floor(rand() * 20),
      onboardingCost: 1 + Math.floor(rand() * 3),
      ...('runCost' in componentFields ? { runCost: 2 + Math.floor(rand() * 10) } : {}),
      status: 'available',
    })) + body(index++));
  });
  ids.metrics.forEach((id, i) => {
    const kind = i < Math.ceil(ids.metrics.length / 3) ? 'business-outcome' : metricKinds[1 + (i % 3)]!;
    write('metrics', `${id}.mdx`, frontmatter(page(`Metric ${i + 1}`, {
      kind,
      unit: '%',
      direction: 'increase',
      definition: sentence(10),
      baseline: sentence(10),
      target: sentence(10),
      owner: pick(ids.roles),
      supports: kind === 'business-outcome' ? [] : [ids.metrics[i % Math.ceil(ids.metrics.length / 3)]],
    })) + body(index++));
  });
  const outcomes = ids.metrics.slice(0, Math.ceil(ids.metrics.length / 3));
  ids['use-cases'].forEach((id, i) =>
    write('use-cases', `${id}.mdx`, frontmatter(page(`Use case ${i + 1}`, {
      businessUnit: `Unit ${1 + (i % 12)}`,
      businessOwner: pick(ids.roles),
      requires: pickSome(ids.components, 3 + Math.floor(rand() * 3)),
      outcomeMetrics: pickSome(outcomes, 1 + Math.floor(rand() * 2)),
      valueDriver: pick(['cost', 'revenue', 'customer-experience', 'risk']),
      stage: 'pilot',
    })) + body(index++)),
  );
  ids.processes.forEach((id, i) => {
    const steps = Array.from({ length: 4 + (i % 4) }, (_, s) => ({
      id: `step-${s + 1}`,
      title: `Step ${s + 1}: ${sentence(4).slice(0, -1)}`,
      description: sentence(12),
      responsible: pickSome(ids.roles, 2),
      accountable: pick(ids.roles),
      consulted: pickSome(ids.roles, 2),
      informed: pickSome(ids.roles, 1),
      inputs: [sentence(5)],
      outputs: [sentence(5)],
      exitCriteria: [sentence(6)],
    }));
    write('processes', `${id}.mdx`, frontmatter(page(`Process ${i + 1}`, {
      owner: pick(ids.roles),
      trigger: sentence(8),
      cadence: 'Monthly',
      order: i + 1,
      steps,
      addresses: pickSome(ids['stall-patterns'], 2),
      metrics: pickSome(ids.metrics, 2),
    })) + body(index++));
  });
  ids['stall-patterns'].forEach((id, i) =>
    write('stall-patterns', `${id}.mdx`, frontmatter(page(`Stall pattern ${i + 1}`, {
      order: i + 1,
      warningSigns: [sentence(7), sentence(8), sentence(6)],
      countermeasures: [
        { action: sentence(9), uses: [`processes/${pick(ids.processes)}`, `roles/${pick(ids.roles)}`] },
        { action: sentence(8), uses: [`components/${pick(ids.components)}`] },
      ],
    })) + body(index++)),
  );
  ids.guides.forEach((id, i) => write('guides', `${id}.mdx`, frontmatter(page(`Guide ${i + 1}`, { order: i + 1 })) + body(index++)));
  write('assessment', 'readiness.yaml', questionnaireText);
  return { dir, ids, files: index + 1 };
}
