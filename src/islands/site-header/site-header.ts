// The phone menu: a disclosure in the header that closes when the reader follows a link, scrolls the page,
// presses Escape or comes back to the page, instead of staying pinned over half the screen.
class SiteHeader extends HTMLElement {
  #toggle: HTMLDetailsElement | null = null;
  #openedAt = 0;

  connectedCallback() {
    // Sticky columns and anchors sit below the sticky header: keep its real height in --header-height.
    new ResizeObserver(() => {
      document.documentElement.style.setProperty('--header-height', `${this.getBoundingClientRect().height}px`);
    }).observe(this);
    this.#toggle = this.querySelector('details.site-nav-toggle');
    if (!this.#toggle) return;
    this.#toggle.addEventListener('toggle', () => {
      if (this.#toggle?.open) this.#openedAt = window.scrollY;
    });
    this.querySelector('.site-nav')?.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) this.close();
    });
    window.addEventListener('scroll', () => {
      if (Math.abs(window.scrollY - this.#openedAt) > 48) this.close();
    }, { passive: true });
    document.addEventListener('keydown', (event) => {
      const languages = this.querySelector<HTMLDetailsElement>('details.lang-switch');
      if (event.key === 'Escape' && languages?.open) {
        languages.open = false;
        languages.querySelector('summary')?.focus();
      }
      if (event.key === 'Escape' && this.#toggle?.open) {
        this.close();
        this.#toggle.querySelector('summary')?.focus();
      }
    });
    // Another language of the same page keeps the state the page holds in its address (the readiness check's
    // and the planner's live in the fragment).
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-keep-hash]');
      if (link && location.hash) link.hash = location.hash;
    });
    // The language menu closes on Escape and when the reader clicks elsewhere.
    document.addEventListener('click', (event) => {
      const menu = this.querySelector<HTMLDetailsElement>('details.lang-switch');
      if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
    });
    // A page restored from the back/forward cache keeps the menu as it was: close it.
    window.addEventListener('pageshow', () => this.close());
  }

  close() {
    if (this.#toggle?.open) this.#toggle.open = false;
  }
}
customElements.define('site-header', SiteHeader);
