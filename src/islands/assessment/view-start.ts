// The start of the tool: the assessments saved in this browser (resume, results, rename, duplicate, delete with
// undo), a new one, an import, an export of all, and the way to compare.
import { assessReadiness } from '../../lib/assessment/scoring.ts';
import { duplicate, newInitiative, newId, rename, reconcile, type Initiative } from '../../lib/assessment/state.ts';
import { decodeImport, encodeExport, maxImportBytes, type CodecProblem } from '../../lib/assessment/codec.ts';
import { routes, type App, type Translate } from './app.ts';
import { download, h, replace } from './dom.ts';
import { fileName } from './view-results.ts';

/** A decoding problem said for the user. */
export function problemText(t: Translate, problem: CodecProblem): string {
  switch (problem.code) {
    case 'empty':
      return t('assessment.problem.empty');
    case 'too-large':
      return t('assessment.problem.tooLarge', { size: Math.ceil(problem.size / 1000), limit: Math.floor(problem.limit / 1000) });
    case 'not-json':
      return t('assessment.problem.notJson');
    case 'wrong-format':
      return t('assessment.problem.wrongFormat');
    case 'newer-version':
      return t('assessment.problem.newer', { version: problem.version, supported: problem.supported });
    case 'no-initiatives':
      return t('assessment.problem.none');
    default:
      return t('assessment.problem.unreadable');
  }
}

function newForm(app: App): HTMLElement {
  const { t } = app;
  const name = h('input', { id: 'new-name', name: 'name', required: true, maxlength: 120, autocomplete: 'off' });
  const by = h('input', { id: 'new-by', name: 'answeredBy', maxlength: 80, autocomplete: 'organization-title', 'aria-describedby': 'new-by-hint' });
  return h(
    'form',
    {
      class: 'assessment-new card',
      'aria-labelledby': 'new-heading',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (!name.value.trim()) {
          name.focus();
          return;
        }
        const initiative = newInitiative(name.value, by.value, app.data.questionnaire, app.now());
        app.add(initiative);
        app.go(routes.questions(initiative.id, 'd', 1));
      },
    },
    h('h3', { id: 'new-heading' }, t('assessment.new.title')),
    h('p', { class: 'field' }, h('label', { for: 'new-name' }, t('assessment.new.name')), name),
    h('p', { class: 'field' }, h('label', { for: 'new-by' }, t('assessment.new.by'), ' ', h('span', { class: 'muted' }, t('assessment.optional'))), by, h('span', { class: 'field__hint', id: 'new-by-hint' }, t('assessment.new.byHint'))),
    h('button', { type: 'submit', class: 'button' }, t('assessment.new.start')),
  );
}

function importForm(app: App): HTMLElement {
  const { t } = app;
  const input = h('input', { type: 'file', id: 'import-file', accept: '.json,application/json' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > maxImportBytes) {
      app.notify({ tone: 'error', text: `${t('assessment.import.failed', { name: file.name })} ${t('assessment.problem.tooLarge', { size: Math.ceil(file.size / 1000), limit: maxImportBytes / 1000 })} ${t('assessment.import.nothingChanged')}` });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      app.notify({ tone: 'error', text: `${t('assessment.import.failed', { name: file.name })} ${t('assessment.problem.unreadable')} ${t('assessment.import.nothingChanged')}` });
      return;
    }
    const decoded = decodeImport(text);
    if (!decoded.ok) {
      app.notify({ tone: 'error', text: `${t('assessment.import.failed', { name: file.name })} ${problemText(t, decoded.problem)} ${t('assessment.import.nothingChanged')}` });
      return;
    }
    // Never overwrite saved work: an initiative already here comes in as a copy under a new id.
    const imported = decoded.value.initiatives.map((i) => {
      const copy = app.find(i.id) ? { ...i, id: newId() } : i;
      return reconcile(copy, app.data.questionnaire);
    });
    app.add(...imported);
    app.redraw();
    const skipped = decoded.value.skipped;
    app.notify({ tone: 'ok', text: `${t('assessment.import.done', { n: imported.length })}${skipped > 0 ? ` ${t('assessment.import.skipped', { n: skipped })}` : ''}` });
  });
  return h(
    'div',
    { class: 'assessment-import' },
    h('label', { for: 'import-file' }, t('assessment.import.label')),
    input,
    h('span', { class: 'field__hint' }, t('assessment.import.hint')),
  );
}

function renameForm(app: App, initiative: Initiative, done: () => void): HTMLElement {
  const { t } = app;
  const name = h('input', { id: `rename-${initiative.id}`, required: true, maxlength: 120, value: initiative.name });
  const by = h('input', { id: `rename-by-${initiative.id}`, maxlength: 80, value: initiative.answeredBy });
  return h(
    'form',
    {
      class: 'assessment-rename',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (!name.value.trim()) return name.focus();
        app.update(initiative.id, (i) => rename(i, name.value, by.value, app.now()), true);
        app.notify({ tone: 'ok', text: t('assessment.renamed', { name: name.value.trim() }) });
        // The form closed with the view drawn again: back to the button that opened it.
        document.getElementById(`rename-toggle-${initiative.id}`)?.focus();
        return undefined;
      },
    },
    h('p', { class: 'field' }, h('label', { for: name.id }, t('assessment.new.name')), name),
    h('p', { class: 'field' }, h('label', { for: by.id }, t('assessment.new.by')), by),
    h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'button button--small' }, t('assessment.save')), h('button', { type: 'button', class: 'button button--small button--quiet', onclick: done }, t('assessment.cancel'))),
  );
}

function card(app: App, initiative: Initiative): HTMLElement {
  const { t } = app;
  const r = assessReadiness(app.data.questionnaire, initiative.answers);
  const answeredCount = r.evidence.total - r.evidence.unanswered;
  const level = r.level ? r.level.title : answeredCount === 0 ? t('assessment.list.notStarted') : t('assessment.verdict.notEnough');
  const slot = h('div', { class: 'initiative__edit' });
  const li = h(
    'li',
    { class: 'initiative card', 'data-initiative': initiative.id },
    h('h3', { class: 'initiative__name' }, h('a', { href: `#${routes.results(initiative.id)}` }, initiative.name || t('assessment.unnamed'))),
    h('p', { class: 'muted initiative__meta' }, [initiative.answeredBy ? t('assessment.answeredBy', { name: initiative.answeredBy }) : '', t('assessment.updated', { date: app.dateTime(initiative.updatedAt) })].filter(Boolean).join(' · ')),
    h(
      'p',
      { class: 'initiative__state' },
      h('span', { class: 'initiative__level' }, level),
      ' · ',
      t('assessment.progress', { done: answeredCount, total: r.evidence.total }),
      r.evidence.unknown > 0 ? ` (${t('assessment.list.unknown', { n: r.evidence.unknown })})` : '',
      initiative.snapshots.length > 0 ? ` · ${t('assessment.list.snapshots', { n: initiative.snapshots.length })}` : '',
    ),
    initiative.notice && h('p', { class: 'tag tag--warn' }, t('assessment.list.changed')),
    slot,
    h(
      'div',
      { class: 'button-row initiative__actions' },
      h('a', { class: 'button button--small', href: `#${routes.questions(initiative.id)}`, 'aria-label': t('assessment.list.continueNamed', { name: initiative.name }) }, t('assessment.list.continue')),
      h('a', { class: 'button button--small button--quiet', href: `#${routes.results(initiative.id)}`, 'aria-label': t('assessment.list.resultsNamed', { name: initiative.name }) }, t('assessment.list.results')),
      h(
        'button',
        {
          type: 'button',
          id: `rename-toggle-${initiative.id}`,
          class: 'button button--small button--quiet',
          'aria-label': t('assessment.list.renameNamed', { name: initiative.name }),
          'aria-expanded': 'false',
          onclick: (event: Event) => {
            const button = event.currentTarget as HTMLButtonElement;
            if (slot.childElementCount > 0) {
              replace(slot);
              button.setAttribute('aria-expanded', 'false');
              return;
            }
            button.setAttribute('aria-expanded', 'true');
            replace(
              slot,
              renameForm(app, initiative, () => {
                replace(slot);
                button.setAttribute('aria-expanded', 'false');
                button.focus();
              }),
            );
            slot.querySelector('input')?.focus();
          },
        },
        t('assessment.list.rename'),
      ),
      h(
        'button',
        {
          type: 'button',
          id: `duplicate-${initiative.id}`,
          class: 'button button--small button--quiet',
          'aria-label': t('assessment.list.duplicateNamed', { name: initiative.name }),
          onclick: () => {
            const copy = duplicate(initiative, t('assessment.list.copyName', { name: initiative.name }), app.now());
            app.add(copy);
            app.notify({ tone: 'ok', text: t('assessment.list.duplicated', { name: copy.name }) });
            app.redraw();
          },
        },
        t('assessment.list.duplicate'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button--small button--danger',
          'aria-label': t('assessment.list.deleteNamed', { name: initiative.name }),
          onclick: () => {
            const kept = app.find(initiative.id);
            app.remove(initiative.id);
            app.redraw();
            app.notify({
              tone: 'info',
              text: t('assessment.list.deleted', { name: initiative.name }),
              action: kept && {
                label: t('assessment.undo'),
                run: () => {
                  app.add({ ...kept, updatedAt: app.now() });
                  app.notify({ tone: 'ok', text: t('assessment.list.restored', { name: kept.name }) });
                  app.redraw();
                  // The Undo button is gone: the reader continues at the assessment it brought back.
                  document.querySelector<HTMLElement>(`[data-initiative="${CSS.escape(kept.id)}"] .initiative__name a`)?.focus();
                },
              },
            });
          },
        },
        t('assessment.delete'),
      ),
    ),
  );
  return li;
}

export function startView(app: App): HTMLElement {
  const { t } = app;
  const initiatives = [...app.store.initiatives].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const comparable = initiatives.length + initiatives.reduce((n, i) => n + i.snapshots.length, 0) >= 2;
  return h(
    'section',
    { class: 'assessment-start', 'aria-labelledby': 'assessment-start-heading' },
    h(
      'header',
      { class: 'assessment-head' },
      h('div', {}, h('h2', { id: 'assessment-start-heading', tabindex: -1 }, t('assessment.start.title')), h('p', { class: 'muted' }, t('assessment.start.privacy'))),
    ),
    h(
      'div',
      { class: 'assessment-start__layout' },
      h(
        'div',
        { class: 'assessment-start__list' },
        initiatives.length === 0
          ? h('p', { class: 'assessment-empty' }, t('assessment.start.empty'))
          : h('ul', { class: 'initiatives', 'aria-label': t('assessment.start.listLabel') }, initiatives.map((i) => card(app, i))),
        h(
          'div',
          { class: 'assessment-start__tools' },
          comparable && h('a', { class: 'button button--quiet', href: `#${routes.compare()}` }, t('assessment.compare.button')),
          initiatives.length > 0 &&
            h(
              'button',
              { type: 'button', class: 'button button--quiet', onclick: () => download(fileName('assessments', app.now(), 'json'), 'application/json', encodeExport(app.store.initiatives, app.data.questionnaire, app.now())) },
              t('assessment.export.all'),
            ),
          importForm(app),
        ),
      ),
      newForm(app),
    ),
  );
}
