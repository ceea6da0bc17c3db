// The readiness self-assessment in the browser: one custom element that reads the questionnaire and the
// component graph the page embeds, keeps assessments in this browser only, and draws the view the address
// names (`#/` start, `#/a/<id>/d/<n>` questions, `#/a/<id>/results`, `#/compare/…`, `#share=…`). Scoring,
// codecs and merging are in src/lib/assessment/; this file wires them to the page.
import { loadIslandData, islandTranslator, pageLanguage, siteUrl } from '../shared/island.ts';
import type { Message } from '../../i18n/format.ts';
import { decodeShareLink, isShareFragment } from '../../lib/assessment/share-link.ts';
import { newInitiative, reconcile, setNote, type Initiative } from '../../lib/assessment/state.ts';
import type { Store } from '../../lib/assessment/codec.ts';
import { routes, type App, type Key, type Notice } from './app.ts';
import type { AssessmentData } from './data.ts';
import { h, replace } from './dom.ts';
import { load, onOtherTab, rawStored, save, setAsideUnreadable, type SaveProblem } from './persist.ts';
import { problemText, startView } from './view-start.ts';
import { questionsView, resumeAt } from './view-questions.ts';
import { resultsView } from './view-results.ts';
import { compareView } from './view-compare.ts';

type Route =
  | { view: 'start' }
  | { view: 'questions'; id: string; mode: 'd' | 'q'; n: number | undefined }
  | { view: 'results'; id: string }
  | { view: 'compare'; refs: string[] }
  | { view: 'shared'; fragment: string };

const decode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

/**
 * Whether a fragment names a view of the tool (none, `#/…` or a share link), as opposed to an anchor in the page:
 * the skip link's `#content` or a question of the printed questionnaire.
 */
function isRoute(hash: string): boolean {
  const fragment = hash.replace(/^#/, '');
  return fragment === '' || fragment.startsWith('/') || isShareFragment(fragment);
}

/** The route a fragment names; any other fragment (a question's anchor) is the start view. */
export function parseRoute(hash: string): Route {
  const fragment = hash.replace(/^#/, '');
  if (isShareFragment(fragment)) return { view: 'shared', fragment };
  const [empty, kind, id, sub, n] = fragment.split('/');
  if (empty !== '' || kind === undefined) return { view: 'start' };
  if (kind === 'a' && id) {
    if (sub === 'results') return { view: 'results', id: decode(id) };
    const number = Number(n);
    return { view: 'questions', id: decode(id), mode: sub === 'q' ? 'q' : 'd', n: Number.isInteger(number) && number > 0 ? number : undefined };
  }
  if (kind === 'compare') return { view: 'compare', refs: (id ?? '').split(',').filter(Boolean).map(decode) };
  return { view: 'start' };
}

class AssessmentTool extends HTMLElement {
  private data!: AssessmentData;
  private t!: App['t'];
  private store: Store = { initiatives: [], deleted: [], unreadable: [] };
  private problem: SaveProblem | undefined;
  private notice: Notice | undefined;
  private app!: App;
  private root!: HTMLElement;
  private noticeSlot!: HTMLElement;
  private route: Route = { view: 'start' };
  private firstDraw = true;

  connectedCallback() {
    if (this.app || this.dataset['loading'] !== undefined) return;
    this.dataset['loading'] = '';
    void loadIslandData<{ data: AssessmentData; messages: Record<Key, Message> }>(this).then(
      ({ data, messages }) => this.start(data, messages),
      () => {
        // Without its data the tool cannot run: say so where it would be; the printable questionnaire stays below.
        delete this.dataset['loading'];
        this.dataset['failed'] = '';
        this.querySelector<HTMLElement>('[data-load-failed]')?.removeAttribute('hidden');
      },
    );
  }

  private start(data: AssessmentData, messages: Record<Key, Message>) {
    delete this.dataset['loading'];
    this.data = data;
    this.t = islandTranslator(messages);
    const loaded = load();
    this.store = loaded.store;
    this.problem = loaded.problem;
    // Saved answers follow the questionnaire as it is now (set aside, never lost, what no longer fits).
    this.store.initiatives = this.store.initiatives.map((i) => reconcile(i, data.questionnaire));
    this.app = this.makeApp();
    this.root = this.querySelector<HTMLElement>('[data-app]') ?? this;
    this.noticeSlot = h('div', { class: 'assessment-notices', role: 'status', 'aria-live': 'polite' });
    this.dataset['ready'] = '';
    // Following an anchor in the page keeps the view the reader is in; the browser scrolls to it.
    window.addEventListener('hashchange', () => {
      if (isRoute(location.hash)) this.show(true);
    });
    // A note is saved a moment after typing stops; leaving or hiding the page saves it at once.
    window.addEventListener('pagehide', () => this.saveTypedNotes());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.saveTypedNotes();
    });
    onOtherTab(
      () => this.store,
      (store) => {
        const before = JSON.stringify(this.currentInitiative());
        this.store = { ...store, initiatives: store.initiatives.map((i) => reconcile(i, data.questionnaire)) };
        const after = JSON.stringify(this.currentInitiative());
        if (before !== after || this.route.view === 'start' || this.route.view === 'compare') {
          this.notice = { tone: 'info', text: this.t('assessment.otherTab') };
          this.draw(false);
        }
      },
    );
    this.show(false);
  }

  private currentInitiative(): Initiative | undefined {
    return 'id' in this.route ? this.find(this.route.id) : undefined;
  }

  private find(id: string) {
    return this.store.initiatives.find((i) => i.id === id);
  }

  /** Saves the notes in the view that differ from what is saved (typed, and not saved yet). */
  private saveTypedNotes() {
    const route = this.route;
    if (!('id' in route) || !this.root) return;
    for (const field of this.root.querySelectorAll<HTMLTextAreaElement>('textarea[data-note]')) {
      const questionId = field.dataset['note']!;
      const saved = this.find(route.id)?.answers[questionId]?.note ?? '';
      if (field.value !== saved && (saved || field.value.trim())) this.app.update(route.id, (i) => setNote(i, questionId, field.value, this.app.now()));
    }
  }

  private persist() {
    const result = save(this.store);
    const hadProblem = this.problem?.kind;
    this.problem = result.problem;
    // Keep what another tab saved meanwhile, merged in; and what this tab holds in memory either way.
    this.store = { ...result.store, initiatives: result.store.initiatives.map((i) => reconcile(i, this.data.questionnaire)) };
    if (hadProblem !== this.problem?.kind) this.drawNotices();
  }

  private saveProblemText(): string | undefined {
    const { t } = this;
    if (!this.problem) return undefined;
    if (this.problem.kind === 'unavailable') return t('assessment.storage.unavailable');
    if (this.problem.kind === 'full') return t('assessment.storage.full');
    return t('assessment.storage.unreadable', { reason: problemText(t, this.problem.problem) });
  }

  private makeApp(): App {
    const lang = pageLanguage();
    const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    const dateTimeFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const numberFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    const tool = this;
    return {
      data: this.data,
      t: this.t,
      get store() {
        return tool.store;
      },
      find: (id) => this.find(id),
      update: (id, change, redraw = false) => {
        const index = this.store.initiatives.findIndex((i) => i.id === id);
        if (index < 0) return undefined;
        const changed = change(this.store.initiatives[index]!);
        this.store = { ...this.store, initiatives: this.store.initiatives.map((i, n) => (n === index ? changed : i)) };
        this.persist();
        if (redraw) this.draw(false);
        return this.find(id);
      },
      add: (...initiatives) => {
        this.store = { ...this.store, initiatives: [...this.store.initiatives, ...initiatives], deleted: this.store.deleted.filter((d) => !initiatives.some((i) => i.id === d.id)) };
        this.persist();
      },
      remove: (id) => {
        this.store = { ...this.store, initiatives: this.store.initiatives.filter((i) => i.id !== id), deleted: [...this.store.deleted, { id, at: this.app.now() }] };
        this.persist();
      },
      go: (route, replaceEntry = false) => {
        if (replaceEntry) {
          history.replaceState(null, '', `#${route}`);
          this.route = parseRoute(location.hash);
          this.draw(false);
        } else if (`#${route}` === location.hash) this.show(true);
        else location.hash = route;
      },
      notify: (notice) => {
        this.notice = notice;
        this.drawNotices();
        // After a delete, the button is gone: offer its undo next.
        if (notice?.action) this.noticeSlot.querySelector<HTMLElement>('[data-notice-action]')?.focus();
      },
      redraw: () => this.draw(false),
      href: (ref) => {
        const entry = this.data.entries[ref];
        return entry ? siteUrl(entry.path) : undefined;
      },
      title: (ref) => this.data.entries[ref]?.title ?? ref.split('/')[1] ?? ref,
      date: (iso) => dateFormat.format(new Date(iso)),
      dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      number: (value) => numberFormat.format(value),
      now: () => new Date().toISOString(),
    };
  }

  /** Reads the address and draws its view; `navigated` moves focus to the view's heading. */
  private show(navigated: boolean) {
    const previous = this.route;
    this.route = parseRoute(location.hash);
    if (navigated && (previous.view !== this.route.view || ('id' in previous && 'id' in this.route && previous.id !== this.route.id))) this.notice = undefined;
    this.draw(navigated);
  }

  private drawNotices() {
    const { t } = this;
    const items: HTMLElement[] = [];
    if (this.problem?.kind === 'unreadable') {
      items.push(
        h(
          'div',
          { class: 'assessment-notice assessment-notice--error' },
          h('p', {}, this.saveProblemText()),
          h(
            'div',
            { class: 'button-row' },
            h(
              'button',
              {
                type: 'button',
                class: 'button button--small button--quiet',
                onclick: () => {
                  const raw = rawStored();
                  if (raw !== null) {
                    const link = h('a', { href: URL.createObjectURL(new Blob([raw], { type: 'application/octet-stream' })), download: 'assessments-unreadable.txt', hidden: true });
                    document.body.append(link);
                    link.click();
                    link.remove();
                  }
                },
              },
              t('assessment.storage.download'),
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'button button--small',
                onclick: () => {
                  if (setAsideUnreadable()) {
                    this.problem = undefined;
                    this.persist();
                    this.notice = { tone: 'ok', text: t('assessment.storage.afresh') };
                  }
                  this.draw(false);
                },
              },
              t('assessment.storage.startAfresh'),
            ),
          ),
        ),
      );
    } else if (this.problem) {
      items.push(h('div', { class: 'assessment-notice assessment-notice--warn', 'data-save-problem': this.problem.kind }, h('p', {}, this.saveProblemText())));
    }
    if (this.store.unreadable.length > 0 && this.route.view === 'start') {
      items.push(h('div', { class: 'assessment-notice assessment-notice--warn' }, h('p', {}, t('assessment.storage.setAside', { n: this.store.unreadable.length }))));
    }
    if (this.notice) {
      const notice = this.notice;
      items.push(
        h(
          'div',
          { class: `assessment-notice assessment-notice--${notice.tone}`, 'data-notice': notice.tone },
          h('p', {}, notice.text),
          notice.action &&
            h(
              'button',
              {
                type: 'button',
                class: 'button button--small',
                'data-notice-action': '',
                onclick: () => {
                  this.notice = undefined;
                  notice.action!.run();
                  this.drawNotices();
                },
              },
              notice.action.label,
            ),
          h(
            'button',
            {
              type: 'button',
              class: 'button button--small button--quiet',
              'aria-label': t('assessment.notice.close'),
              onclick: () => {
                this.app.notify(undefined);
                // The button is gone with its notice: the reader continues at the top of the view.
                this.root.querySelector<HTMLElement>('h2[tabindex]')?.focus();
              },
            },
            '×',
          ),
        ),
      );
    }
    replace(this.noticeSlot, items);
  }

  /** Draws the current route's view. */
  private draw(navigated: boolean) {
    const { t } = this;
    const route = this.route;
    // Keep the reader's place when the same view is drawn again (after a change in another tab, an undo).
    // A note being typed is saved before the view is drawn again, so no keystroke is lost.
    this.saveTypedNotes();
    const focused = !navigated && document.activeElement instanceof HTMLElement && this.contains(document.activeElement) ? document.activeElement : undefined;
    const focusedId = focused?.id ?? '';
    const selection = focused instanceof HTMLTextAreaElement || focused instanceof HTMLInputElement ? [focused.selectionStart, focused.selectionEnd] : undefined;
    const scroll = window.scrollY;
    let view: HTMLElement;
    let viewName: string = route.view;
    if (route.view === 'questions' || route.view === 'results') {
      const initiative = this.find(route.id);
      if (!initiative) {
        this.notice = { tone: 'warn', text: t('assessment.notFound') };
        view = startView(this.app);
        viewName = 'start';
      } else if (route.view === 'results') {
        view = resultsView(this.app, { ...initiative, saved: initiative });
      } else {
        view = questionsView(this.app, initiative, route.mode, route.n ?? resumeAt(this.app, initiative));
      }
    } else if (route.view === 'compare') {
      view = compareView(this.app, route.refs);
    } else if (route.view === 'shared') {
      view = this.sharedView(route.fragment);
      viewName = 'results';
    } else {
      view = startView(this.app);
    }
    this.dataset['view'] = viewName;
    // The printable questionnaire below the tool belongs to the start view.
    const reference = document.getElementById('assessment-reference');
    if (reference) reference.hidden = viewName !== 'start';
    this.drawNotices();
    replace(this.root, this.noticeSlot, view);
    if (navigated) {
      const heading = view.querySelector<HTMLElement>('#assessment-view-heading') ?? view.querySelector<HTMLElement>('h2[tabindex]');
      heading?.focus({ preventScroll: true });
      this.scrollIntoView({ block: 'start' });
    } else if (!this.firstDraw) {
      const again = focusedId ? document.getElementById(focusedId) : null;
      again?.focus({ preventScroll: true });
      if (selection && (again instanceof HTMLTextAreaElement || (again instanceof HTMLInputElement && again.type === 'text'))) {
        again.setSelectionRange(selection[0] ?? 0, selection[1] ?? 0);
      }
      window.scrollTo({ top: scroll });
    } else if (viewName !== 'start') {
      this.scrollIntoView({ block: 'start' });
    }
    this.firstDraw = false;
  }

  /** A shared assessment: its results read-only, and an offer to save a copy (never over saved work). */
  private sharedView(fragment: string): HTMLElement {
    const { t } = this;
    const decoded = decodeShareLink(fragment);
    if (!decoded.ok) {
      return h(
        'section',
        { class: 'assessment-shared' },
        h('h2', { tabindex: -1 }, t('assessment.shared.brokenTitle')),
        h('div', { class: 'assessment-notice assessment-notice--error' }, h('p', {}, `${t('assessment.shared.broken')} ${problemText(t, decoded.problem)} ${t('assessment.shared.nothingChanged')}`)),
        h('p', {}, h('a', { class: 'button', href: `#${routes.start}` }, t('assessment.shared.toStart'))),
      );
    }
    const shared = decoded.value;
    const now = this.app.now();
    // Fitted to today's questionnaire like saved work: answers it no longer asks are set aside.
    const asInitiative = reconcile(
      {
        ...newInitiative(shared.name, shared.answeredBy, { ...this.data.questionnaire, version: shared.version }, now),
        answers: Object.fromEntries(Object.entries(shared.answers).map(([id, a]) => [id, { ...a, at: shared.updatedAt ?? now }])),
        updatedAt: shared.updatedAt ?? now,
        ...(shared.foundations ? { foundations: { ...shared.foundations, at: now } } : {}),
      },
      this.data.questionnaire,
    );
    // The reader may try foundations of their own: a copy they save keeps what they chose.
    let foundations = shared.foundations;
    const asSaved = (): Initiative => ({ ...asInitiative, ...(foundations ? { foundations: { ...foundations, at: this.app.now() } } : {}) });
    const banner = h(
      'div',
      { class: 'assessment-notice assessment-notice--info assessment-shared__banner' },
      h('p', {}, t('assessment.shared.readOnly')),
      asInitiative.notice && h('p', {}, t('assessment.shared.changed', { n: asInitiative.setAside.length })),
      h(
        'button',
        {
          type: 'button',
          class: 'button',
          onclick: () => {
            const copy: Initiative = { ...asSaved(), createdAt: this.app.now(), metaAt: this.app.now() };
            this.app.add(copy);
            this.notice = { tone: 'ok', text: t('assessment.shared.savedCopy', { name: copy.name }) };
            history.replaceState(null, '', `#${routes.results(copy.id)}`);
            this.show(true);
          },
        },
        t('assessment.shared.save'),
      ),
    );
    const results = resultsView(this.app, {
      name: asInitiative.name,
      answeredBy: asInitiative.answeredBy,
      updatedAt: asInitiative.updatedAt,
      answers: asInitiative.answers,
      foundations: shared.foundations,
      onFoundations: (choice) => (foundations = choice),
      exportable: asSaved,
    });
    results.prepend(banner);
    return results;
  }
}

customElements.define('assessment-tool', AssessmentTool);
