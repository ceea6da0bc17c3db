// Taking the assessment: one dimension (or one question) at a time, native radio groups, an evidence note per
// answer, progress, and every change saved as it happens.
import { questionsOf, scalePoint, type Dimension, type Question } from '../../lib/assessment/model.ts';
import { answered, assessReadiness } from '../../lib/assessment/scoring.ts';
import { setAnswer, setNote, type Initiative } from '../../lib/assessment/state.ts';
import { routes, type App } from './app.ts';
import { h, replace, type Child } from './dom.ts';
import { entryLinks, initiativeHeader, noticesFor } from './view-parts.ts';

export type QuestionsMode = 'd' | 'q';

/** The first dimension (1-based) with a question not answered yet, or the first. */
export function resumeAt(app: App, initiative: Initiative): number {
  const { questionnaire } = app.data;
  const index = questionnaire.dimensions.findIndex((d) => d.questions.some((q) => answered(questionnaire, q, initiative.answers).kind === 'none'));
  return index < 0 ? 1 : index + 1;
}

function progressText(app: App, initiative: Initiative) {
  const { evidence } = assessReadiness(app.data.questionnaire, initiative.answers);
  return { done: evidence.total - evidence.unanswered, total: evidence.total };
}

/** The progress bar and its text, drawn again in place after each answer. */
function progress(app: App, initiative: Initiative): HTMLElement {
  const { done, total } = progressText(app, initiative);
  return h(
    'div',
    { class: 'assessment-progress', 'data-progress': '' },
    h('span', { id: 'assessment-progress-label' }, app.t('assessment.progress', { done, total })),
    h('progress', { max: total, value: done, 'aria-labelledby': 'assessment-progress-label' }),
  );
}

function dimensionDone(app: App, initiative: Initiative, dimension: Dimension) {
  return dimension.questions.filter((q) => answered(app.data.questionnaire, q, initiative.answers).kind !== 'none').length;
}

/** One question as a fieldset of native radio buttons, with its gate, help, note and links. */
function questionFieldset(app: App, initiative: Initiative, question: Question, number: number, withDescriptions: boolean): HTMLElement {
  const { t } = app;
  const { questionnaire } = app.data;
  const answer = initiative.answers[question.id];
  const name = `answer-${question.id}`;
  const helpId = `help-${question.id}`;
  const gateId = `gate-${question.id}`;
  const describedBy = [question.help ? helpId : '', question.gate ? gateId : ''].filter(Boolean).join(' ') || undefined;
  const option = (value: number | 'unknown', label: string, description?: string) => {
    const id = `${name}-${value}`;
    const descriptionId = description ? `${id}-description` : undefined;
    return h(
      'div',
      { class: `option${value === 'unknown' ? ' option--unknown' : ''}` },
      h('input', { type: 'radio', id, name, value: String(value), checked: answer?.value === value, 'aria-describedby': descriptionId }),
      h('label', { for: id }, h('span', { class: 'option__label' }, label), description && h('span', { class: 'option__description', id: descriptionId }, description)),
    );
  };
  const noteId = `note-${question.id}`;
  const note = h('textarea', { id: noteId, rows: 3, maxlength: 4000, 'data-note': question.id });
  note.value = answer?.note ?? '';
  const gate = question.gate;
  return h(
    'fieldset',
    { class: 'question', id: `question-${question.id}`, 'data-question': question.id, 'aria-describedby': describedBy },
    h('legend', {}, h('span', { class: 'question__number' }, `${number}.`), ' ', question.prompt),
    gate &&
      h(
        'p',
        { class: 'question__gate', id: gateId },
        h('strong', {}, t('assessment.gate.badge')),
        ' ',
        t('assessment.gate.needs', { answer: scalePoint(questionnaire, gate.minimum)?.label ?? String(gate.minimum) }),
        ' ',
        gate.reason,
      ),
    question.help && h('p', { class: 'question__help', id: helpId }, question.help),
    h(
      'div',
      { class: `options${withDescriptions ? ' options--described' : ''}` },
      questionnaire.scale.map((p) => option(p.value, p.label, withDescriptions ? p.description : undefined)),
      question.dontKnow && option('unknown', t('assessment.dontKnow'), withDescriptions ? t('assessment.dontKnowHelp') : undefined),
    ),
    h(
      'details',
      { class: 'question__note', open: Boolean(answer?.note) },
      h('summary', {}, answer?.note ? t('assessment.note.summaryFilled') : t('assessment.note.summary')),
      h('label', { for: noteId }, t('assessment.note.label')),
      note,
    ),
    question.learnMore.length > 0 && h('p', { class: 'question__links' }, h('span', { class: 'muted' }, t('assessment.helps'), ' '), entryLinks(app, question.learnMore)),
  );
}

/** Saves answers and notes as they change, and keeps the progress in step. */
function wireAnswers(app: App, form: HTMLElement, id: string, afterChange: () => void) {
  const pending = new Map<string, number>();
  const saveNote = (field: HTMLTextAreaElement) => {
    const questionId = field.dataset['note']!;
    window.clearTimeout(pending.get(questionId));
    pending.delete(questionId);
    const current = app.find(id)?.answers[questionId]?.note ?? '';
    if (current === field.value || (!current && !field.value.trim())) return;
    app.update(id, (i) => setNote(i, questionId, field.value, app.now()));
    afterChange();
  };
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (target instanceof HTMLInputElement && target.type === 'radio') {
      const questionId = target.name.replace(/^answer-/, '');
      const value = target.value === 'unknown' ? 'unknown' : Number(target.value);
      app.update(id, (i) => setAnswer(i, questionId, value, app.now()));
      afterChange();
    } else if (target instanceof HTMLTextAreaElement) saveNote(target);
  });
  form.addEventListener('input', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLTextAreaElement)) return;
    const questionId = target.dataset['note']!;
    window.clearTimeout(pending.get(questionId));
    pending.set(questionId, window.setTimeout(() => saveNote(target), 600));
  });
}

/** The questionnaire view of one initiative. `n` is the dimension (mode "d") or question (mode "q"), 1-based. */
export function questionsView(app: App, initiative: Initiative, mode: QuestionsMode, n: number): HTMLElement {
  const { t } = app;
  const { questionnaire } = app.data;
  const all = questionsOf(questionnaire);
  const count = mode === 'd' ? questionnaire.dimensions.length : all.length;
  const at = Math.min(Math.max(1, n), count);
  const id = initiative.id;

  const stepper = h(
    'nav',
    { class: 'assessment-steps', 'aria-label': t('assessment.steps.label') },
    h(
      'ol',
      {},
      questionnaire.dimensions.map((dimension, i) => {
        const first = all.findIndex((x) => x.dimension === dimension) + 1;
        const current = mode === 'd' ? i + 1 === at : all[at - 1]?.dimension === dimension;
        return h(
          'li',
          {},
          h(
            'a',
            { href: `#${routes.questions(id, mode, mode === 'd' ? i + 1 : first)}`, 'aria-current': current ? 'step' : undefined, 'data-dimension-step': dimension.id },
            h('span', { class: 'assessment-steps__title' }, dimension.title),
            ' ',
            h('span', { class: 'assessment-steps__count' }, t('assessment.steps.count', { done: dimensionDone(app, initiative, dimension), total: dimension.questions.length })),
          ),
        );
      }),
    ),
  );

  let body: Child;
  let heading: string;
  let nextHref: string;
  let nextLabel: string;
  let previousHref: string | undefined;
  if (mode === 'd') {
    const dimension = questionnaire.dimensions[at - 1]!;
    const offset = all.findIndex((x) => x.dimension === dimension);
    heading = dimension.title;
    body = [
      h('p', { class: 'assessment-dimension__summary' }, dimension.summary),
      h(
        'details',
        { class: 'assessment-scale', open: at === 1 },
        h('summary', {}, t('assessment.scaleHelp')),
        h(
          'dl',
          {},
          questionnaire.scale.map((p) => h('div', {}, h('dt', {}, p.label), h('dd', {}, p.description ?? ''))),
          h('div', {}, h('dt', {}, t('assessment.dontKnow')), h('dd', {}, t('assessment.dontKnowHelp'))),
        ),
      ),
      dimension.questions.map((question, i) => questionFieldset(app, initiative, question, offset + i + 1, false)),
    ];
    previousHref = at > 1 ? `#${routes.questions(id, 'd', at - 1)}` : undefined;
    const next = questionnaire.dimensions[at];
    nextHref = next ? `#${routes.questions(id, 'd', at + 1)}` : `#${routes.results(id)}`;
    nextLabel = next ? t('assessment.nextDimension', { title: next.title }) : t('assessment.seeResults');
  } else {
    const { question, dimension } = all[at - 1]!;
    heading = dimension.title;
    body = [h('p', { class: 'muted' }, t('assessment.questionOf', { n: at, total: all.length })), questionFieldset(app, initiative, question, at, true)];
    previousHref = at > 1 ? `#${routes.questions(id, 'q', at - 1)}` : undefined;
    nextHref = at < all.length ? `#${routes.questions(id, 'q', at + 1)}` : `#${routes.results(id)}`;
    nextLabel = at < all.length ? t('assessment.nextQuestion') : t('assessment.seeResults');
  }

  const progressSlot = h('div', { class: 'assessment-progress-slot' }, progress(app, initiative));
  const form = h(
    'form',
    { class: 'assessment-form', 'aria-labelledby': 'assessment-view-heading', onsubmit: (e: Event) => e.preventDefault() },
    h('h3', { id: 'assessment-view-heading', tabindex: -1 }, heading),
    body,
    h(
      'div',
      { class: 'assessment-pager' },
      previousHref ? h('a', { class: 'button button--quiet', href: previousHref, rel: 'prev' }, t('assessment.previous')) : h('span'),
      h('a', { class: 'button', href: nextHref, rel: 'next', 'data-next': '' }, nextLabel),
    ),
  );
  wireAnswers(app, form, id, () => {
    const current = app.find(id);
    if (!current) return;
    replace(progressSlot, progress(app, current));
    for (const dimension of questionnaire.dimensions) {
      const count = stepper.querySelector(`[data-dimension-step="${dimension.id}"] .assessment-steps__count`);
      if (count) count.textContent = t('assessment.steps.count', { done: dimensionDone(app, current, dimension), total: dimension.questions.length });
    }
    const summary = form.querySelectorAll<HTMLDetailsElement>('.question__note');
    summary.forEach((details) => {
      const questionId = details.closest<HTMLElement>('[data-question]')?.dataset['question'];
      const label = details.querySelector('summary');
      if (questionId && label) label.textContent = current.answers[questionId]?.note ? t('assessment.note.summaryFilled') : t('assessment.note.summary');
    });
  });

  const modes = h(
    'p',
    { class: 'assessment-modes' },
    h('span', { class: 'muted' }, t('assessment.mode.label'), ' '),
    h('a', { href: `#${routes.questions(id, 'd', mode === 'd' ? at : questionnaire.dimensions.indexOf(all[at - 1]!.dimension) + 1)}`, 'aria-current': mode === 'd' ? 'true' : undefined }, t('assessment.mode.dimension')),
    ' · ',
    h('a', { href: `#${routes.questions(id, 'q', mode === 'q' ? at : all.findIndex((x) => x.dimension === questionnaire.dimensions[at - 1]) + 1)}`, 'aria-current': mode === 'q' ? 'true' : undefined }, t('assessment.mode.question')),
  );

  return h(
    'section',
    { class: 'assessment-questions', 'aria-labelledby': 'assessment-initiative-heading' },
    initiativeHeader(app, initiative, 'assessment.taking', [h('a', { class: 'button button--quiet', href: `#${routes.results(id)}` }, t('assessment.seeResults'))]),
    noticesFor(app, initiative),
    h('div', { class: 'assessment-questions__bar' }, progressSlot, modes),
    h('div', { class: 'assessment-questions__layout' }, stepper, form),
  );
}
