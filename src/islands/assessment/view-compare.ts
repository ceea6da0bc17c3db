// Two or more assessments side by side: where people disagree by two points or more, and what changed between
// two dates. The chosen ones live in the address (`#/compare/a,b~snapshot`), so back, forward and reload work.
import { questionsOf, scalePoint } from '../../lib/assessment/model.ts';
import { compareAnswers, disagreementPoints } from '../../lib/assessment/compare.ts';
import type { AnswerValue, Answers } from '../../lib/assessment/scoring.ts';
import { routes, type App } from './app.ts';
import { h } from './dom.ts';

interface Column {
  ref: string;
  label: string;
  detail: string;
  answers: Answers;
}

function columns(app: App): Column[] {
  const { t } = app;
  return app.store.initiatives.flatMap((i) => [
    { ref: i.id, label: i.name, detail: [i.answeredBy, t('assessment.compare.now', { date: app.date(i.updatedAt) })].filter(Boolean).join(' · '), answers: i.answers },
    ...i.snapshots.map((s) => ({ ref: `${i.id}~${s.id}`, label: i.name, detail: [i.answeredBy, `${s.label} (${app.date(s.takenAt)})`].filter(Boolean).join(' · '), answers: s.answers })),
  ]);
}

export function compareView(app: App, chosen: readonly string[]): HTMLElement {
  const { t } = app;
  const { questionnaire } = app.data;
  const available = columns(app);
  const picked = chosen.map((ref) => available.find((c) => c.ref === ref)).filter((c): c is Column => Boolean(c));
  const missing = chosen.length - picked.length;

  const picker = h(
    'fieldset',
    { class: 'checklist compare__picker' },
    h('legend', {}, t('assessment.compare.pick')),
    available.map((c) => {
      const id = `compare-${c.ref.replace('~', '--')}`;
      return h(
        'div',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          id,
          value: c.ref,
          checked: picked.includes(c),
          onchange: () => {
            const refs = [...picker.querySelectorAll<HTMLInputElement>('input:checked')].map((x) => x.value);
            app.go(routes.compare(refs), true);
          },
        }),
        h('label', { for: id }, h('span', {}, c.label), ' ', h('span', { class: 'muted' }, c.detail)),
      );
    }),
  );

  let result: HTMLElement | undefined;
  if (picked.length >= 2) {
    const comparison = compareAnswers(questionnaire, picked.map((c) => c.answers));
    const onlyDifferences = h('input', { type: 'checkbox', id: 'compare-only', checked: true });
    const label = (value: AnswerValue | undefined) => (value === undefined ? '–' : value === 'unknown' ? t('assessment.dontKnow') : (scalePoint(questionnaire, value)?.label ?? String(value)));
    const header = h('tr', {}, h('th', { scope: 'col' }, t('assessment.compare.question')), picked.map((c) => h('th', { scope: 'col' }, h('span', {}, c.label), h('span', { class: 'muted compare__detail' }, c.detail))));
    const levelRow = h(
      'tr',
      { class: 'compare__summary' },
      h('th', { scope: 'row' }, t('assessment.verdict.label')),
      comparison.readiness.map((r) => h('td', {}, r.level ? r.level.title : t('assessment.verdict.notEnough'), r.overall !== null ? ` (${app.number(r.overall)})` : '')),
    );
    const dimensionRows = questionnaire.dimensions.map((dimension, di) => {
      const rows = comparison.questions.filter((q) => q.dimensionId === dimension.id);
      const prompts = new Map(questionsOf(questionnaire).map(({ question }) => [question.id, question.title]));
      return h(
        'tbody',
        {},
        h('tr', { class: 'compare__dimension' }, h('th', { scope: 'row' }, dimension.title), comparison.readiness.map((r) => h('td', {}, r.dimensions[di]!.score === null ? '–' : app.number(r.dimensions[di]!.score!)))),
        rows.map((q) =>
          h(
            'tr',
            { class: `compare__question${q.disagree ? ' compare__question--disagree' : ''}${q.changed ? ' compare__question--changed' : ''}`, 'data-question': q.questionId, 'data-same': q.changed ? undefined : '' },
            h('th', { scope: 'row' }, prompts.get(q.questionId) ?? q.questionId, q.disagree && [' ', h('span', { class: 'tag tag--bad' }, t('assessment.compare.disagree', { n: q.spread ?? 0 }))]),
            q.values.map((v) => h('td', {}, label(v))),
          ),
        ),
      );
    });
    const table = h(
      'table',
      { class: 'compare__table', 'data-only-differences': '' },
      h('caption', { class: 'visually-hidden' }, t('assessment.compare.title')),
      h('thead', {}, header),
      h('tbody', {}, levelRow),
      dimensionRows,
    );
    onlyDifferences.addEventListener('change', () => table.toggleAttribute('data-only-differences', onlyDifferences.checked));
    const prompts = new Map(questionsOf(questionnaire).map(({ question }) => [question.id, question.title]));
    result = h(
      'div',
      { class: 'compare__result' },
      h(
        'div',
        { class: 'compare__findings' },
        h('p', { 'data-disagreements': comparison.disagreements.length }, h('strong', {}, t('assessment.compare.disagreements', { n: comparison.disagreements.length, points: disagreementPoints }))),
        comparison.disagreements.length > 0 && h('ul', {}, comparison.disagreements.map((q) => h('li', {}, prompts.get(q.questionId) ?? q.questionId))),
        h('p', { 'data-changes': comparison.changes.length }, t('assessment.compare.changes', { n: comparison.changes.length })),
        // Two columns, such as one initiative at two dates: say what changed, from what to what.
        picked.length === 2 &&
          comparison.changes.length > 0 &&
          h(
            'ul',
            { class: 'compare__changes' },
            comparison.changes.map((q) => h('li', {}, prompts.get(q.questionId) ?? q.questionId, ': ', t('assessment.compare.fromTo', { from: label(q.values[0]), to: label(q.values[1]) }))),
          ),
      ),
      h('div', { class: 'check' }, onlyDifferences, h('label', { for: 'compare-only' }, t('assessment.compare.onlyDifferences'))),
      // It scrolls sideways on a phone: a region in the tab order, so the keyboard can scroll it too.
      h('div', { class: 'table-scroll table-scroll--plain', tabindex: 0, role: 'region', 'aria-label': t('assessment.compare.title') }, table),
    );
  }

  return h(
    'section',
    { class: 'assessment-compare', 'aria-labelledby': 'assessment-compare-heading' },
    h('header', { class: 'assessment-head' }, h('div', {}, h('h2', { id: 'assessment-compare-heading', tabindex: -1 }, t('assessment.compare.title')), h('p', { class: 'muted' }, t('assessment.compare.help')))),
    missing > 0 && h('div', { class: 'assessment-notice assessment-notice--warn', role: 'status' }, h('p', {}, t('assessment.compare.missing', { n: missing }))),
    available.length < 2 ? h('p', {}, t('assessment.compare.tooFew')) : picker,
    picked.length < 2 && available.length >= 2 && h('p', { class: 'muted' }, t('assessment.compare.pickMore')),
    result,
  );
}
