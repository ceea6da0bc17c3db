// The search button in the header. It opens Pagefind's Component UI, whose elements the page already holds,
// and loads that UI (script and styles, from the search bundle the build writes) the first time search opens:
// until then a page carries none of Pagefind's code. "/" and Ctrl/Cmd-K open search from anywhere.
import { islandTranslator, readIslandData } from '../shared/island.ts';
import type { Message } from '../../i18n/format.ts';

interface SearchData {
  /** Where the build wrote Pagefind's bundle, with the base path: `/playbook/pagefind/`. */
  bundlePath: string;
  /** The name of the entry-type filter, shown first among the filters. */
  typeFilter: string;
  /** How one result looks, in Pagefind's template language. */
  resultTemplate: string;
  messages: Record<'search.noIndex' | 'search.failed', Message>;
}

/** What the page needs of Pagefind's `<pagefind-modal>` once its script has defined it. */
interface PagefindModal extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

/** The part of Pagefind's Component UI API (`window.PagefindComponents`) this page uses. */
interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): { on(event: 'filters', callback: () => void, owner?: Element): void } };
}

let uiLoading: Promise<void> | undefined;

/**
 * Loads Pagefind's Component UI once per page. Its stylesheet goes into the `components.pagefind` cascade
 * layer, so the site's own search styles (in `components`) win without fighting its specificity.
 */
function loadSearchUi(bundlePath: string): Promise<void> {
  uiLoading ??= (async () => {
    const styles = document.createElement('style');
    styles.textContent = `@import url(${JSON.stringify(`${bundlePath}pagefind-component-ui.css`)}) layer(components.pagefind);`;
    const styled = new Promise<void>((resolve) => {
      styles.addEventListener('load', () => resolve(), { once: true });
      // A stylesheet that fails leaves search usable, only plainer.
      styles.addEventListener('error', () => resolve(), { once: true });
    });
    document.head.append(styles);
    await import(/* @vite-ignore */ `${bundlePath}pagefind-component-ui.js`);
    await Promise.all([styled, customElements.whenDefined('pagefind-modal')]);
  })().catch((error: unknown) => {
    uiLoading = undefined;
    throw error;
  });
  return uiLoading;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

const isApple = () => /Mac|iPhone|iPad|iPod/i.test(navigator.platform || navigator.userAgent);

class SiteSearch extends HTMLElement {
  #data!: SearchData;
  #button!: HTMLButtonElement;

  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('.site-search__button');
    if (!button) return;
    this.#data = readIslandData<SearchData>(this);
    this.#button = button;
    if (isApple()) {
      const modifier = button.querySelector('[data-modifier]');
      if (modifier) modifier.textContent = '⌘';
    }
    button.addEventListener('pointerdown', () => void loadSearchUi(this.#data.bundlePath).catch(() => undefined));
    button.addEventListener('click', () => void this.open());
    document.addEventListener('keydown', this.#onKeydown);
    // Any other button on the page marked data-open-search (the 404 page has one) opens search too.
    document.addEventListener('click', (event) => {
      const opener = (event.target as Element | null)?.closest?.('[data-open-search]');
      if (opener && !this.contains(opener)) void this.open();
    });
    for (const opener of document.querySelectorAll<HTMLButtonElement>('button[data-open-search]')) opener.disabled = false;
    this.querySelector('[data-close]')?.addEventListener('click', () => this.querySelector<HTMLDialogElement>('dialog.site-search__note')?.close());
    button.disabled = false;
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKeydown);
  }

  #onKeydown = (event: KeyboardEvent) => {
    // Never while the reader types in a field of the page (its own shortcuts, or a literal "/").
    // (Search's own field counts as typing only while search is open: it may keep focus after closing.)
    const ownField = event.target instanceof Node && this.contains(event.target);
    if (event.defaultPrevented || event.isComposing || event.altKey || (isTyping(event.target) && !ownField)) return;
    const commandK = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
    if (!commandK && !slash) return;
    if (this.querySelector('dialog.pf-modal[open]')) return;
    event.preventDefault();
    void this.open();
  };

  #modal = () => this.querySelector<PagefindModal>('pagefind-modal');

  /** Opens search, loading Pagefind's UI first if this page has not yet. */
  async open(): Promise<void> {
    this.#button.setAttribute('aria-busy', 'true');
    this.#provideResultTemplate();
    // On a narrow screen the filters start folded, so the results are what the reader sees first.
    const filters = this.querySelector('details.site-search__filters');
    if (filters instanceof HTMLDetailsElement && !filters.dataset['sized']) {
      filters.dataset['sized'] = '';
      filters.open = window.matchMedia('(min-width: 48rem)').matches;
    }
    try {
      await loadSearchUi(this.#data.bundlePath);
    } catch {
      this.#showNote(import.meta.env.DEV ? 'search.noIndex' : 'search.failed');
      return;
    } finally {
      this.#button.removeAttribute('aria-busy');
    }
    const modal = this.#modal();
    if (!modal || modal.isOpen) return;
    const dialog = modal.querySelector('dialog');
    if (dialog && !dialog.dataset['watched']) {
      dialog.dataset['watched'] = '';
      this.#typeFilterFirst();
      this.#button.setAttribute('aria-controls', dialog.id);
      dialog.addEventListener('close', () => this.#button.setAttribute('aria-expanded', 'false'));
      // A result on this same page (a heading of it) only moves the page: close search so the reader sees it.
      dialog.addEventListener('click', (event) => {
        if (event.target instanceof Element && event.target.closest('a[href]')) modal.close();
      });
    }
    modal.open();
    this.#button.setAttribute('aria-expanded', 'true');
  }

  /** Gives <pagefind-results> the site's result template, which it reads when Pagefind's UI defines it. */
  #provideResultTemplate() {
    const results = this.querySelector('pagefind-results');
    if (!results || results.querySelector('script')) return;
    const template = document.createElement('script');
    template.type = 'text/pagefind-template';
    template.textContent = this.#data.resultTemplate;
    results.append(template);
  }

  /** Pagefind lists filters in alphabetical order; the entry type, the filter most readers want, goes first. */
  #typeFilterFirst() {
    const components = (window as { PagefindComponents?: PagefindComponents }).PagefindComponents;
    const pane = this.querySelector('pagefind-filter-pane');
    if (!components || !pane) return;
    const moveFirst = () => {
      const group = pane.querySelector(`.pf-filter-group[data-filter-name="${CSS.escape(this.#data.typeFilter)}"]`);
      if (group && group.previousElementSibling) group.parentElement?.prepend(group);
    };
    components.getInstanceManager().getInstance('default').on('filters', moveFirst, this);
  }

  #showNote(key: keyof SearchData['messages']) {
    const note = this.querySelector<HTMLDialogElement>('dialog.site-search__note');
    const text = note?.querySelector('[data-note]');
    if (!note || !text) return;
    text.textContent = islandTranslator(this.#data.messages)(key);
    note.showModal();
  }
}

customElements.define('site-search', SiteSearch);
