// The results of one assessment: the readiness level with its hard gates, scores by dimension, the stall
// patterns it is exposed to, what to do next, the foundations it needs, and (for saved ones) snapshots over time.
// The same view shows a shared assessment read-only.
import { questionsOf, scalePoint } from '../../lib/assessment/model.ts';
import { assessReadiness, type AnswerValue, type Answers, type GateResult } from '../../lib/assessment/scoring.ts';
import { recommendations, stallPatternExposure } from '../../lib/assessment/recommendations.ts';
import { inPlaceComponents, missingFoundations, plannerFragment, type FoundationChoice, type Foundations } from '../../lib/assessment/foundations.ts';
import { addSnapshot, newId, removeSnapshot, restoreSnapshot, setFoundations, type Initiative } from '../../lib/assessment/state.ts';
import { trend } from '../../lib/assessment/compare.ts';
import { encodeExport } from '../../lib/assessment/codec.ts';
import { encodeShareLink } from '../../lib/assessment/share-link.ts';
import { answersCsv, markdownReport, type ReportWord } from '../../lib/assessment/report.ts';
import { siteUrl } from '../shared/island.ts';
import { sitePages } from '../../lib/routes.ts';
import { routes, type App } from './app.ts';
import { download, h, replace, type Child } from './dom.ts';
import { levelBand, scoreChart, trendChart } from './charts.ts';
import { entryLinks, initiativeHeader, noticesFor } from './view-parts.ts';

/** What the results are about: a saved initiative, or one that arrived in a share link. */
export interface ResultsSubject {
  name: string;
  answeredBy: string;
  updatedAt?: string | undefined;
  answers: Answers;
  foundations?: FoundationChoice | undefined;
  /** The saved initiative; absent for a shared one (read-only). */
  saved?: Initiative | undefined;
  /** Told when the reader changes the foundations of a shared one (so that a copy keeps them). */
  onFoundations?: ((choice: FoundationChoice) => void) | undefined;
  /** A shared one as an initiative, as it stands (for export and print). */
  exportable?: (() => Initiative) | undefined;
}

const recommendationsShown = 5;

/** A file name from an initiative's name: letters and digits, then the date. */
export function fileName(name: string, date: string, extension: string): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'assessment';
  return `${slug}-${date.slice(0, 10)}.${extension}`;
}

export function reportWords(app: App) {
  return (word: ReportWord, values?: Record<string, string | number>) => app.t(`assessment.report.${word}`, values);
}

function verdictPanel(app: App, subject: ResultsSubject) {
  const { t } = app;
  const r = assessReadiness(app.data.questionnaire, subject.answers);
  const { evidence } = r;
  const kind = r.level ? `level-${app.data.questionnaire.levels.indexOf(r.level)}` : 'unknown';
  return h(
    'div',
    { class: `verdict verdict--${r.verdict}`, 'data-verdict': kind },
    h('p', { class: 'verdict__eyebrow' }, t('assessment.verdict.label')),
    h('p', { class: 'verdict__level', 'data-level': r.level?.id ?? '' }, r.level ? r.level.title : t('assessment.verdict.notEnough')),
    h(
      'p',
      { class: 'verdict__score' },
      r.overall === null
        ? t('assessment.verdict.noScore')
        : [h('span', { class: 'verdict__number', 'data-overall': r.overall }, app.number(r.overall)), ' ', t(evidence.sufficient ? 'assessment.verdict.outOf' : 'assessment.verdict.indicative')],
    ),
    r.level ? h('p', { class: 'verdict__meaning' }, r.level.meaning) : h('p', { class: 'verdict__meaning' }, t('assessment.verdict.notEnoughHelp', { percent: Math.round(app.data.questionnaire.minimumEvidence * 100) })),
    r.verdict === 'held-back' &&
      h('p', { class: 'verdict__held' }, t('assessment.verdict.heldBack', { level: r.scoreLevel?.title ?? '', n: r.holdingBack.length })),
    r.verdict === 'settled-by-gate' &&
      h('p', { class: 'verdict__held' }, t('assessment.verdict.settledByGate', { n: r.holdingBack.length, percent: Math.round(app.data.questionnaire.minimumEvidence * 100) })),
    h('p', { class: 'verdict__evidence muted' }, t('assessment.verdict.evidence', { answered: evidence.answered, total: evidence.total, unknown: evidence.unknown, unanswered: evidence.unanswered })),
    r.level && r.level.learnMore.length > 0 && h('p', { class: 'verdict__links' }, entryLinks(app, r.level.learnMore)),
  );
}

function gateList(app: App, subject: ResultsSubject, gates: GateResult[]) {
  const { t } = app;
  const { questionnaire } = app.data;
  if (gates.length === 0) return undefined;
  const all = questionsOf(questionnaire);
  const titles = new Map(all.map(({ question }) => [question.id, question.title]));
  const index = all.map((x) => x.question.id);
  const label = (gate: GateResult) => {
    const title = titles.get(gate.questionId) ?? gate.questionId;
    return subject.saved ? h('a', { href: `#${routes.questions(subject.saved.id, 'q', index.indexOf(gate.questionId) + 1)}` }, title) : title;
  };
  const open = gates.filter((g) => g.status !== 'met').sort((a, b) => (a.status === b.status ? 0 : a.status === 'failed' ? -1 : 1));
  const met = gates.filter((g) => g.status === 'met');
  return h(
    'section',
    { class: 'results-section', 'aria-labelledby': 'gates-heading' },
    h('h3', { id: 'gates-heading' }, t('assessment.gates.title')),
    h('p', { class: 'muted' }, open.length === 0 ? t('assessment.gates.allMet', { n: met.length }) : t('assessment.gates.help')),
    open.length > 0 &&
      h(
        'ul',
        { class: 'gates' },
        open.map((gate) => {
          const guarded = questionnaire.levels.find((l) => l.id === gate.blocks)?.title ?? gate.blocks;
          const answer = gate.value === undefined ? t(subject.answers[gate.questionId]?.value === 'unknown' ? 'assessment.dontKnow' : 'assessment.notAnswered') : (scalePoint(questionnaire, gate.value)?.label ?? String(gate.value));
          return h(
            'li',
            { class: `gate gate--${gate.status}`, 'data-gate': gate.questionId, 'data-status': gate.status },
            h('span', { class: 'gate__status' }, t(`assessment.gates.${gate.status}`)),
            h('div', { class: 'gate__body' }, h('p', { class: 'gate__title' }, label(gate)), ' ', h('p', { class: 'gate__reason' }, gate.reason)),
            h('p', { class: 'gate__detail muted' }, t('assessment.gates.detail', { answer, needs: scalePoint(questionnaire, gate.minimum)?.label ?? String(gate.minimum), level: guarded })),
          );
        }),
      ),
    met.length > 0 &&
      h(
        'p',
        { class: 'gates__met' },
        h('span', { class: 'gate__status gate--met-badge' }, t('assessment.gates.metCount', { n: met.length })),
        ' ',
        met.map((gate, i) => [i > 0 ? ' · ' : '', h('span', { 'data-gate': gate.questionId, 'data-status': 'met' }, label(gate))]),
      ),
  );
}

function scoresSection(app: App, subject: ResultsSubject) {
  const { t } = app;
  const { questionnaire } = app.data;
  const r = assessReadiness(questionnaire, subject.answers);
  const rows = questionnaire.dimensions.map((d, i) => ({ label: d.title, score: r.dimensions[i]!.score, d: r.dimensions[i]! }));
  const summary = rows.map((row) => `${row.label}: ${row.score === null ? t('assessment.scores.none') : row.score}`).join('; ');
  return h(
    'section',
    { class: 'results-section', 'aria-labelledby': 'scores-heading' },
    h('h3', { id: 'scores-heading' }, t('assessment.scores.title')),
    h(
      'div',
      { class: 'scores' },
      h(
        'figure',
        { class: 'scores__chart' },
        scoreChart(rows, questionnaire.levels, `${t('assessment.scores.title')}: ${summary}`, t('assessment.scores.none')),
        h(
          'figcaption',
          { class: 'score-legend' },
          h('span', { class: 'score-legend__title' }, t('assessment.scores.legend')),
          h(
            'ul',
            {},
            questionnaire.levels.map((level, i) => {
              const upTo = questionnaire.levels[i + 1]?.minScore;
              return h(
                'li',
                {},
                h('span', { class: `score-legend__swatch score-chart__bar--${levelBand(i, questionnaire.levels.length)}`, 'aria-hidden': 'true' }),
                ' ',
                level.title,
                ' ',
                h('span', { class: 'muted' }, upTo === undefined ? t('assessment.scores.from', { from: level.minScore }) : t('assessment.scores.range', { from: level.minScore, to: upTo - 1 })),
              );
            }),
          ),
        ),
      ),
      h(
        'table',
        { class: 'scores__table' },
        h('caption', { class: 'visually-hidden' }, t('assessment.scores.title')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('assessment.scores.dimension')), h('th', { scope: 'col' }, t('assessment.scores.score')), h('th', { scope: 'col' }, t('assessment.scores.answered')))),
        h(
          'tbody',
          {},
          rows.map((row) =>
            h(
              'tr',
              { 'data-dimension': row.d.id },
              h('th', { scope: 'row' }, row.label),
              h('td', { 'data-score': row.score ?? '' }, row.score === null ? t('assessment.scores.none') : app.number(row.score)),
              h('td', {}, t('assessment.scores.answeredOf', { answered: row.d.answered, total: row.d.total, unknown: row.d.unknown })),
            ),
          ),
        ),
      ),
    ),
  );
}

function exposureSection(app: App, subject: ResultsSubject) {
  const { t } = app;
  const titles = new Map(questionsOf(app.data.questionnaire).map(({ question }) => [question.id, question.title]));
  const exposures = stallPatternExposure(app.data.questionnaire, subject.answers);
  return h(
    'section',
    { class: 'results-section', 'aria-labelledby': 'exposure-heading' },
    h('h3', { id: 'exposure-heading' }, t('assessment.exposure.title')),
    exposures.length === 0
      ? h('p', { class: 'muted' }, t('assessment.exposure.none'))
      : h(
          'ul',
          { class: 'exposures' },
          exposures.map((e) => {
            const pattern = app.data.stallPatterns.find((p) => p.id === e.pattern);
            const ref = `stall-patterns/${e.pattern}`;
            return h(
              'li',
              { class: `exposure exposure--${e.degree}`, 'data-pattern': e.pattern },
              h(
                'h4',
                {},
                app.href(ref) ? h('a', { href: app.href(ref) }, app.title(ref)) : app.title(ref),
                ' ',
                h('span', { class: `tag tag--${e.degree === 'high' ? 'bad' : 'warn'}` }, t(e.degree === 'high' ? 'assessment.exposure.high' : 'assessment.exposure.some')),
              ),
              pattern && h('p', {}, pattern.summary),
              e.questions.length > 0 &&
                h('p', { class: 'exposure__because' }, h('span', { class: 'muted' }, t('assessment.exposure.because', { n: e.questions.length })), ' ', e.questions.slice(0, 3).map((id, i) => [i > 0 ? ' · ' : '', titles.get(id) ?? id])),
              pattern &&
                pattern.countermeasures.length > 0 &&
                h(
                  'details',
                  { class: 'exposure__countermeasures' },
                  h('summary', {}, t('assessment.exposure.countermeasures', { n: pattern.countermeasures.length })),
                  h('ul', {}, pattern.countermeasures.map((c) => h('li', {}, c.action, ' ', entryLinks(app, c.uses)))),
                ),
            );
          }),
        ),
  );
}

function recommendationsSection(app: App, subject: ResultsSubject) {
  const { t } = app;
  const { questionnaire } = app.data;
  const list = recommendations(questionnaire, subject.answers);
  const prompts = new Map(questionsOf(questionnaire).map(({ question, dimension }) => [question.id, { title: question.title, dimension: dimension.title }]));
  const index = questionsOf(questionnaire).map((x) => x.question.id);
  const item = (r: (typeof list)[number]) => {
    const now = r.value !== undefined ? (scalePoint(questionnaire, r.value)?.label ?? String(r.value)) : t(r.kind === 'unknown' || subject.answers[r.questionId]?.value === 'unknown' ? 'assessment.dontKnow' : 'assessment.notAnswered');
    const q = prompts.get(r.questionId);
    return h(
      'li',
      { class: `recommendation recommendation--${r.kind}`, 'data-recommendation': r.questionId },
      h(
        'p',
        { class: 'recommendation__title' },
        r.kind !== 'gap' && h('span', { class: `tag tag--${r.kind === 'gate' ? 'bad' : 'warn'}` }, t(r.kind === 'gate' ? 'assessment.next.gate' : 'assessment.next.unknown')),
        r.kind !== 'gap' && ' ',
        subject.saved ? h('a', { href: `#${routes.questions(subject.saved.id, 'q', index.indexOf(r.questionId) + 1)}` }, q?.title ?? r.questionId) : (q?.title ?? r.questionId),
      ),
      h(
        'p',
        { class: 'muted' },
        q?.dimension ?? '',
        ' · ',
        r.next ? t('assessment.next.nowAim', { now, aim: r.next.label }) : t('assessment.next.findOut', { now }),
        ' · ',
        t('assessment.next.gain', { n: Math.round(r.gain * 10) / 10 }),
      ),
      r.learnMore.length > 0 && h('p', { class: 'recommendation__links' }, entryLinks(app, r.learnMore)),
    );
  };
  const listElement = h('ol', { class: 'recommendations' }, list.slice(0, recommendationsShown).map(item));
  const more = list.length - recommendationsShown;
  return h(
    'section',
    { class: 'results-section', 'aria-labelledby': 'next-heading' },
    h('h3', { id: 'next-heading' }, t('assessment.next.title')),
    list.length === 0
      ? h('p', { class: 'muted' }, t(Object.values(subject.answers).some((a) => a?.value !== undefined) ? 'assessment.next.none' : 'assessment.next.noAnswers'))
      : [h('p', { class: 'muted' }, t('assessment.next.help')), listElement],
    more > 0 &&
      h(
        'button',
        {
          type: 'button',
          class: 'button button--quiet',
          onclick: (event: Event) => {
            const button = event.currentTarget as HTMLButtonElement;
            const start = listElement.children.length;
            for (const r of list.slice(start)) listElement.append(item(r));
            // The button goes away: the focus moves to the first item it revealed.
            const first = listElement.children[start] as HTMLElement | undefined;
            const target = first?.querySelector<HTMLElement>('a') ?? first;
            if (target && !target.matches('a')) target.tabIndex = -1;
            target?.focus();
            button.remove();
          },
        },
        t('assessment.next.more', { n: more }),
      ),
  );
}

function foundationsSection(app: App, subject: ResultsSubject) {
  const { t } = app;
  const { components, useCases } = app.data;
  let choice: FoundationChoice = { ...(subject.saved?.foundations ?? subject.foundations ?? {}) };
  const title = (id: string) => app.title(`components/${id}`);
  const result = h('div', { class: 'foundations__result', 'aria-live': 'polite' });
  const existing = h('fieldset', { class: 'checklist' });
  const chooser = h('fieldset', { class: 'checklist', hidden: !choice.components || Boolean(choice.useCase) });
  const section = h('section', { class: 'results-section foundations', 'aria-labelledby': 'foundations-heading' });

  const save = (next: FoundationChoice) => {
    choice = next;
    if (subject.saved) app.update(subject.saved.id, (i) => setFoundations(i, next, app.now()));
    subject.onFoundations?.(next);
    draw();
  };
  const checkbox = (name: string, id: string, checked: boolean, label: Child, onchange: (checked: boolean) => void) => {
    const inputId = `${name}-${id}`;
    return h(
      'div',
      { class: 'check' },
      h('input', { type: 'checkbox', id: inputId, name, value: id, checked, onchange: (e: Event) => onchange((e.currentTarget as HTMLInputElement).checked) }),
      h('label', { for: inputId }, label),
    );
  };
  /** "needed under A, B, C and 4 more": the components built on this one, the first few by name. */
  const neededUnder = (names: string[]) =>
    names.length <= 3 ? t('assessment.foundations.under', { names: names.join(', ') }) : t('assessment.foundations.underMore', { names: names.slice(0, 3).join(', '), n: names.length - 3 });

  const select = h(
    'select',
    {
      id: 'foundations-use-case',
      onchange: () => {
        const value = select.value;
        if (value === '*') save({ components: choice.components ?? [], ...(choice.inPlace ? { inPlace: choice.inPlace } : {}) });
        else if (value) save({ useCase: value, ...(choice.inPlace ? { inPlace: choice.inPlace } : {}) });
        else save({ ...(choice.inPlace ? { inPlace: choice.inPlace } : {}) });
      },
    },
    h('option', { value: '' }, t('assessment.foundations.choose')),
    useCases.map((u) => h('option', { value: u.id, selected: choice.useCase === u.id }, u.title)),
    h('option', { value: '*', selected: !choice.useCase && Boolean(choice.components) }, t('assessment.foundations.own')),
  );

  function draw() {
    const f: Foundations = missingFoundations(choice, components, useCases);
    const inPlace = inPlaceComponents(choice, components);
    // The checkboxes are drawn again after each tick: the one ticked keeps the focus (it has the same id).
    const focused = document.activeElement instanceof HTMLElement && section.contains(document.activeElement) ? document.activeElement.id : '';
    chooser.hidden = !(!choice.useCase && choice.components);
    replace(
      chooser,
      h('legend', {}, t('assessment.foundations.needs')),
      components.map((c) =>
        checkbox('foundations-needs', c.id, (choice.components ?? []).includes(c.id), c.title, (checked) => {
          const list = new Set(choice.components ?? []);
          if (checked) list.add(c.id);
          else list.delete(c.id);
          save({ ...choice, components: [...list] });
        }),
      ),
    );
    existing.hidden = f.needed.length === 0;
    replace(
      existing,
      h('legend', {}, t('assessment.foundations.existing')),
      f.needed.map((id) =>
        checkbox('foundations-existing', id, inPlace.has(id), title(id), (checked) => {
          const next = new Set(inPlace);
          if (checked) next.add(id);
          else next.delete(id);
          save({ ...choice, inPlace: [...next] });
        }),
      ),
    );
    const fragment = plannerFragment(choice, components);
    replace(
      result,
      f.needed.length === 0
        ? h('p', { class: 'muted' }, t('assessment.foundations.empty'))
        : [
            h('p', { 'data-foundations-summary': '' }, f.missing.length === 0 ? t('assessment.foundations.allThere', { n: f.needed.length }) : t('assessment.foundations.summary', { missing: f.missing.length, needed: f.needed.length, setup: f.setupCost, onboarding: f.onboardingCost })),
            f.missing.length > 0 &&
              h(
                'ol',
                { class: 'foundations__list' },
                f.missing.map((m) =>
                  h(
                    'li',
                    { 'data-component': m.id, 'data-wave': m.wave },
                    h('span', { class: 'foundations__wave' }, t('assessment.foundations.wave', { n: m.wave })),
                    h(
                      'div',
                      { class: 'foundations__item' },
                      h(
                        'p',
                        { class: 'foundations__name' },
                        app.href(`components/${m.id}`) ? h('a', { href: app.href(`components/${m.id}`) }, title(m.id)) : title(m.id),
                        // Work under way is worth knowing; "available" would contradict "missing" (the user says it is not there).
                        m.status === 'building' && [' ', h('span', { class: 'tag' }, app.data.labels[m.status] ?? m.status)],
                      ),
                      h(
                        'p',
                        { class: 'muted' },
                        h('span', { class: 'foundations__cost' }, app.t('unit.personWeeks', { n: m.setupCost }), ' ', t('assessment.foundations.setup')),
                        h('span', { class: 'foundations__why' }, ' · ', m.direct ? t('assessment.foundations.direct') : neededUnder(m.neededFor.map(title))),
                      ),
                    ),
                  ),
                ),
              ),
            fragment !== undefined && h('p', {}, h('a', { class: 'button', href: `${siteUrl(sitePages.sequence)}#${fragment}`, 'data-planner-link': '' }, t('assessment.foundations.planner'))),
          ],
    );
    if (focused) document.getElementById(focused)?.focus();
  }
  draw();

  replace(
    section,
    h('h3', { id: 'foundations-heading' }, t('assessment.foundations.title')),
    h('p', { class: 'muted' }, t('assessment.foundations.help')),
    h('div', { class: 'foundations__form' }, h('p', { class: 'field' }, h('label', { for: 'foundations-use-case' }, t('assessment.foundations.resembles')), select), chooser, existing),
    result,
  );
  return section;
}

function snapshotsSection(app: App, initiative: Initiative) {
  const { t } = app;
  const { questionnaire } = app.data;
  const points = trend(questionnaire, initiative, t('assessment.snapshots.now'));
  const levelTitle = (id: string | undefined) => questionnaire.levels.find((l) => l.id === id)?.title ?? t('assessment.verdict.notEnough');
  const label = h('input', { id: 'snapshot-label', list: 'snapshot-checkpoints', maxlength: 80, required: true });
  const form = h(
    'form',
    {
      class: 'snapshot-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const name = label.value.trim();
        if (!name) return;
        app.update(initiative.id, (i) => addSnapshot(i, name, app.now()), true);
        app.notify({ tone: 'ok', text: t('assessment.snapshots.saved', { label: name }) });
      },
    },
    h('label', { for: 'snapshot-label' }, t('assessment.snapshots.label')),
    h('datalist', { id: 'snapshot-checkpoints' }, questionnaire.checkpoints.map((c) => h('option', { value: c }))),
    label,
    h('button', { type: 'submit', class: 'button button--small' }, t('assessment.snapshots.save')),
  );
  return h(
    'section',
    { class: 'results-section snapshots', 'aria-labelledby': 'snapshots-heading' },
    h('h3', { id: 'snapshots-heading' }, t('assessment.snapshots.title')),
    h('p', { class: 'muted' }, t('assessment.snapshots.help')),
    points.length > 1 && h('figure', { class: 'snapshots__chart' }, trendChart(points.map((p) => ({ label: p.label, score: p.overall })), `${t('assessment.snapshots.trend')}: ${points.map((p) => `${p.label} ${p.overall ?? '–'}`).join('; ')}`)),
    points.length > 1 &&
      h(
        'div',
        // It scrolls sideways on a phone: a region in the tab order, so the keyboard can scroll it too.
        { class: 'table-scroll table-scroll--plain', tabindex: 0, role: 'region', 'aria-label': t('assessment.snapshots.trend') },
        h(
          'table',
          { class: 'snapshots__table' },
          h('caption', { class: 'visually-hidden' }, t('assessment.snapshots.trend')),
          h('thead', {}, h('tr', {}, [t('assessment.snapshots.date'), t('assessment.snapshots.name'), t('assessment.scores.score'), t('assessment.verdict.label'), ''].map((c) => h('th', { scope: 'col' }, c)))),
          h(
            'tbody',
            {},
            points.map((p) =>
              h(
                'tr',
                { 'data-snapshot': p.snapshotId },
                h('td', {}, app.date(p.at)),
                h('th', { scope: 'row' }, p.label),
                h('td', {}, p.overall === null ? '–' : app.number(p.overall)),
                h('td', {}, p.levelId ? levelTitle(p.levelId) : t('assessment.verdict.notEnough')),
                h(
                  'td',
                  { class: 'snapshots__actions' },
                  p.snapshotId &&
                    h('a', { href: `#${routes.compare([`${initiative.id}~${p.snapshotId}`, initiative.id])}` }, t('assessment.snapshots.compare')),
                  p.snapshotId && ' ',
                  p.snapshotId &&
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'button button--small button--quiet',
                        'aria-label': t('assessment.snapshots.deleteNamed', { label: p.label }),
                        onclick: () => {
                          const snapshot = initiative.snapshots.find((x) => x.id === p.snapshotId)!;
                          app.update(initiative.id, (i) => removeSnapshot(i, snapshot.id, app.now()), true);
                          app.notify({
                            tone: 'info',
                            text: t('assessment.snapshots.deleted', { label: snapshot.label }),
                            action: {
                              label: t('assessment.undo'),
                              run: () => {
                              // It comes back under a new id (a deleted id stays deleted when copies merge).
                              const id = newId();
                              app.update(initiative.id, (i) => restoreSnapshot(i, snapshot, app.now(), id), true);
                              // The Undo button is gone: the reader continues at the row it brought back.
                              document.querySelector<HTMLElement>(`[data-snapshot="${CSS.escape(id)}"] a`)?.focus();
                            },
                            },
                          });
                        },
                      },
                      t('assessment.delete'),
                    ),
                ),
              ),
            ),
          ),
        ),
      ),
    form,
  );
}

/**
 * The panel of the share, export and print actions: for a saved initiative, and (export and print only) for a
 * shared one. `current` gives the initiative as it is now.
 */
function actionsPanel(app: App, current: () => Initiative, withShare: boolean): { buttons: HTMLElement[]; panel: HTMLElement } {
  const { t } = app;
  const { questionnaire } = app.data;
  const panel = h('div', { class: 'assessment-panel', id: 'results-panel', hidden: true });
  const buttons: HTMLElement[] = [];
  const toggle = (key: 'share' | 'export', render: () => Child) => {
    const button = h(
      'button',
      {
        type: 'button',
        class: 'button button--quiet',
        'aria-expanded': 'false',
        'aria-controls': 'results-panel',
        'data-panel': key,
        onclick: () => {
          const open = button.getAttribute('aria-expanded') === 'true';
          for (const b of buttons) b.setAttribute('aria-expanded', 'false');
          panel.hidden = open;
          if (!open) {
            button.setAttribute('aria-expanded', 'true');
            replace(panel, render());
            panel.querySelector<HTMLElement>('input, button')?.focus();
          }
        },
      },
      t(key === 'share' ? 'assessment.share.button' : 'assessment.export.button'),
    );
    buttons.push(button);
  };

  if (withShare) toggle('share', () => {
    const withNotes = h('input', { type: 'checkbox', id: 'share-notes' });
    const link = h('input', { type: 'text', id: 'share-link', readonly: true, class: 'share__link', spellcheck: 'false' });
    const make = () => {
      const initiative = current();
      const answers = Object.fromEntries(
        Object.entries(initiative.answers).map(([id, a]) => [id, { ...(a.value !== undefined ? { value: a.value } : {}), ...(withNotes.checked && a.note ? { note: a.note } : {}) }]),
      );
      const fragment = encodeShareLink({ name: initiative.name, answeredBy: initiative.answeredBy, version: initiative.version, updatedAt: initiative.updatedAt, answers, foundations: initiative.foundations });
      link.value = `${location.origin}${location.pathname}#${fragment}`;
    };
    withNotes.addEventListener('change', make);
    make();
    const status = h('p', { class: 'muted', role: 'status' });
    return [
      h('h3', {}, t('assessment.share.title')),
      h('p', { class: 'muted' }, t('assessment.share.help')),
      h('div', { class: 'check' }, withNotes, h('label', { for: 'share-notes' }, t('assessment.share.notes'))),
      h('p', { class: 'field' }, h('label', { for: 'share-link' }, t('assessment.share.link')), link),
      h(
        'p',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'button button--small',
            onclick: async () => {
              link.select();
              try {
                await navigator.clipboard.writeText(link.value);
                status.textContent = t('assessment.share.copied');
              } catch {
                status.textContent = t('assessment.share.copyManually');
              }
            },
          },
          t('assessment.share.copy'),
        ),
      ),
      status,
    ];
  });

  toggle('export', () => {
    const words = reportWords(app);
    const today = app.now();
    return [
      h('h3', {}, t('assessment.export.title')),
      h('p', { class: 'muted' }, t('assessment.export.help')),
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'button', class: 'button button--small', onclick: () => download(fileName(current().name, today, 'json'), 'application/json', encodeExport([current()], questionnaire, app.now())) }, t('assessment.export.json')),
        h('button', { type: 'button', class: 'button button--small', onclick: () => download(fileName(current().name, today, 'csv'), 'text/csv;charset=utf-8', `\ufeff${answersCsv([current()], questionnaire, words)}`) }, t('assessment.export.csv')),
        h(
          'button',
          {
            type: 'button',
            class: 'button button--small',
            onclick: () => {
              const i = current();
              const foundations = i.foundations ? missingFoundations(i.foundations, app.data.components, app.data.useCases) : undefined;
              const text = markdownReport(i, {
                questionnaire,
                words,
                titleOf: (ref) => app.title(ref),
                hrefOf: (ref) => new URL(app.href(ref) ?? siteUrl('/'), location.href).href,
                formatDate: (iso) => app.date(iso),
                foundations: foundations && foundations.needed.length > 0 ? foundations : undefined,
              });
              download(fileName(i.name, today, 'md'), 'text/markdown;charset=utf-8', text);
            },
          },
          t('assessment.export.markdown'),
        ),
        h('button', { type: 'button', class: 'button button--small button--quiet', onclick: () => window.print() }, t('assessment.export.print')),
      ),
    ];
  });
  return { buttons, panel };
}

/** Every answer with its evidence note, by dimension: collapsed, except for a shared assessment that has notes. */
function answersSection(app: App, subject: ResultsSubject) {
  const { t } = app;
  const { questionnaire } = app.data;
  const label = (value: AnswerValue | undefined) =>
    value === undefined ? t('assessment.notAnswered') : value === 'unknown' ? t('assessment.dontKnow') : (scalePoint(questionnaire, value)?.label ?? String(value));
  const notes = questionsOf(questionnaire).filter(({ question }) => subject.answers[question.id]?.note).length;
  return h(
    'section',
    { class: 'results-section results-answers', 'aria-labelledby': 'answers-heading' },
    h('h3', { id: 'answers-heading' }, t('assessment.answers.title')),
    h(
      'details',
      { open: !subject.saved && notes > 0 },
      h('summary', {}, t('assessment.answers.summary', { total: questionsOf(questionnaire).length, n: notes })),
      questionnaire.dimensions.map((dimension) =>
        h(
          'div',
          { class: 'results-answers__dimension' },
          h('h4', {}, dimension.title),
          h(
            'dl',
            {},
            dimension.questions.map((question) => {
              const answer = subject.answers[question.id];
              return h(
                'div',
                { 'data-answer': question.id },
                h('dt', {}, question.title),
                h('dd', {}, h('strong', {}, label(answer?.value)), answer?.note && h('span', { class: 'results-answers__note' }, answer.note)),
              );
            }),
          ),
        ),
      ),
    ),
  );
}

/** The results view. */
export function resultsView(app: App, subject: ResultsSubject): HTMLElement {
  const { t } = app;
  const r = assessReadiness(app.data.questionnaire, subject.answers);
  const saved = subject.saved;
  const current = saved ? () => app.find(saved.id) ?? saved : subject.exportable;
  const actions = current ? actionsPanel(app, current, Boolean(saved)) : undefined;
  return h(
    'section',
    { class: 'assessment-results', 'aria-labelledby': 'assessment-initiative-heading' },
    initiativeHeader(
      app,
      subject,
      saved ? 'assessment.results.eyebrow' : 'assessment.shared.eyebrow',
      saved
        ? [
            h('a', { class: 'button', href: `#${routes.questions(saved.id)}` }, t('assessment.results.edit')),
            ...actions!.buttons,
            h('a', { class: 'button button--quiet', href: `#${routes.compare([saved.id])}` }, t('assessment.compare.button')),
          ]
        : (actions?.buttons ?? []),
    ),
    actions?.panel,
    saved && noticesFor(app, saved),
    h('div', { class: 'results-top' }, verdictPanel(app, subject), gateList(app, subject, r.gates)),
    scoresSection(app, subject),
    exposureSection(app, subject),
    recommendationsSection(app, subject),
    foundationsSection(app, subject),
    saved && snapshotsSection(app, saved),
    answersSection(app, subject),
    h('p', { class: 'results-foot muted' }, t('assessment.results.questionnaire', { title: app.data.questionnaire.title, version: app.data.questionnaire.version })),
  );
}
