// The readiness check's data for its island, built once per build and served as a JSON file beside the page
// (src/pages/assessment/tool.json.ts), so the page's own HTML stays small: the questionnaire, every entry the
// results may link to, the stall patterns and their countermeasures, the component graph, the sample use cases,
// and the interface messages.
import { loadPlaybook } from './playbook.ts';
import { en, type UiKey } from '../i18n/en.ts';
import type { Ui } from './i18n.ts';
import { collectionNames } from '../lib/collections.ts';
import { entryPath } from '../lib/paths.ts';
import { isPageRef, refKey, type EntryRef } from '../lib/collections.ts';
import { questionnaireModel, type Questionnaire } from '../lib/assessment/model.ts';
import type { AssessmentData } from '../islands/assessment/data.ts';
import type { LinkedEntry } from '../islands/assessment/data.ts';

/** The questionnaire as the content collection parsed it. */
export type QuestionnaireSource = Parameters<typeof questionnaireModel>[0];

/** Everything the readiness check's island reads. */
export async function assessmentToolData(source: QuestionnaireSource, ui: Ui) {
  const playbook = await loadPlaybook(ui.locale.code);
  const questionnaire: Questionnaire = questionnaireModel(source);

  // Every entry the results may link to: what the questions and levels point at, the stall patterns and their
  // countermeasures, the components and the sample use cases.
  const refs = new Set<string>();
  const addRef = (ref: EntryRef) => isPageRef(ref) && refs.add(refKey(ref));
  const parseRef = (key: string): EntryRef => {
    const [collection, id] = key.split('/') as [EntryRef['collection'], string];
    return { collection, id };
  };
  for (const level of questionnaire.levels) level.learnMore.forEach((r) => addRef(parseRef(r)));
  for (const dimension of questionnaire.dimensions) {
    for (const question of dimension.questions) question.learnMore.forEach((r) => addRef(parseRef(r)));
  }
  const stallPatterns = playbook.entries['stall-patterns'].map((p) => {
    addRef({ collection: 'stall-patterns', id: p.id });
    p.data.countermeasures.forEach((c) => c.uses.forEach(addRef));
    return { id: p.id, summary: p.data.summary, countermeasures: p.data.countermeasures.map((c) => ({ action: c.action, uses: c.uses.filter(isPageRef).map(refKey) })) };
  });
  playbook.components.forEach((c) => addRef({ collection: 'components', id: c.id }));
  const useCases = playbook.entries['use-cases'].map((u) => {
    addRef({ collection: 'use-cases', id: u.id });
    return { id: u.id, title: u.data.title, requires: u.data.requires.map((r) => r.id) };
  });
  const entries: Record<string, LinkedEntry> = {};
  for (const key of [...refs].sort()) {
    const ref = parseRef(key);
    if (!isPageRef(ref)) continue;
    entries[key] = { title: playbook.resolve(ref).data.title, path: entryPath(ref) };
  }

  const data: AssessmentData = {
    questionnaire,
    entries,
    collections: Object.fromEntries(collectionNames.map((name) => [name, { singular: ui.collection(name).singular, plural: ui.collection(name).plural }])),
    stallPatterns,
    components: playbook.components.map((c) => ({ id: c.id, title: c.title, category: c.category, status: c.status, dependsOn: c.dependsOn, setupCost: c.setupCost, onboardingCost: c.onboardingCost })),
    useCases,
    labels: Object.fromEntries(['planned', 'building', 'available'].map((v) => [v, ui.value(v)])),
  };
  const keys = (Object.keys(en) as UiKey[]).filter((key) => key.startsWith('assessment.') || key === 'unit.personWeeks');
  return { data, messages: ui.messages(keys) };
}
