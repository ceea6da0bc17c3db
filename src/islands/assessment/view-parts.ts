// Pieces several views draw: an initiative's header, its notices, and links to playbook entries.
import { dismissNotice, type Initiative } from '../../lib/assessment/state.ts';
import type { App, Key } from './app.ts';
import { h, type Child } from './dom.ts';

/** Links to entries ("collection/id"), grouped by collection: "Roles: A, B · Processes: C". */
export function entryLinks(app: App, refs: readonly string[]): HTMLElement {
  const groups = new Map<string, string[]>();
  for (const ref of refs) {
    const collection = ref.split('/')[0]!;
    if (!app.href(ref)) continue;
    groups.set(collection, [...(groups.get(collection) ?? []), ref]);
  }
  return h(
    'span',
    { class: 'entry-links' },
    [...groups].map(([collection, list], i) => [
      i > 0 ? ' · ' : '',
      h('span', { class: 'entry-links__kind' }, `${app.data.collections[collection]?.[list.length > 1 ? 'plural' : 'singular'] ?? collection}:`),
      ' ',
      list.map((ref, j) => [j > 0 ? ', ' : '', h('a', { href: app.href(ref) }, app.title(ref))]),
    ]),
  );
}

/** The heading of a view about one initiative: its name, who answered and when, and actions. */
export function initiativeHeader(app: App, subject: { name: string; answeredBy: string; updatedAt?: string | undefined }, eyebrow: Key, actions: Child[] = []): HTMLElement {
  const { t } = app;
  const meta = [subject.answeredBy ? t('assessment.answeredBy', { name: subject.answeredBy }) : '', subject.updatedAt ? t('assessment.updated', { date: app.dateTime(subject.updatedAt) }) : '']
    .filter(Boolean)
    .join(' · ');
  return h(
    'header',
    { class: 'assessment-head' },
    h(
      'div',
      {},
      h('p', { class: 'eyebrow' }, t(eyebrow)),
      h('h2', { id: 'assessment-initiative-heading', tabindex: -1 }, subject.name || t('assessment.unnamed')),
      meta && h('p', { class: 'muted assessment-head__meta' }, meta),
    ),
    actions.length > 0 && h('div', { class: 'assessment-head__actions' }, actions),
  );
}

/** What the user should know about a saved initiative: the questionnaire changed, answers set aside. */
export function noticesFor(app: App, initiative: Initiative): Child {
  const { t } = app;
  const items: Child[] = [];
  if (initiative.notice) {
    const { from, to, setAside } = initiative.notice;
    items.push(
      h(
        'div',
        { class: 'assessment-notice assessment-notice--info' },
        h('p', {}, t('assessment.changed.text', { from, to }), ' ', setAside > 0 ? t('assessment.changed.setAside', { n: setAside }) : '', ' ', t('assessment.changed.new')),
        h('button', { type: 'button', class: 'button button--small button--quiet', onclick: () => app.update(initiative.id, (i) => dismissNotice(i, app.now()), true) }, t('assessment.changed.dismiss')),
      ),
    );
  }
  if (initiative.setAside.length > 0) {
    items.push(
      h(
        'details',
        { class: 'assessment-set-aside' },
        h('summary', {}, t('assessment.setAside.summary', { n: initiative.setAside.length })),
        h('p', { class: 'muted' }, t('assessment.setAside.help')),
        h(
          'ul',
          {},
          initiative.setAside.map((a) =>
            h(
              'li',
              {},
              h('code', {}, a.questionId),
              ' ',
              t('assessment.setAside.item', { version: a.version, value: a.value === 'unknown' ? t('assessment.dontKnow') : a.value === undefined ? '–' : String(a.value) }),
              a.note ? h('blockquote', {}, a.note) : '',
            ),
          ),
        ),
      ),
    );
  }
  return items;
}
