// Enhances the side columns of a page: on wide screens the section sidebar and the contents list are open
// (CSS already shows them; this makes assistive technology agree), on narrow ones they are disclosures that
// close after a link is followed. The contents list marks the section being read.
const wide = window.matchMedia('(min-width: 75rem)');

function syncAsides() {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.aside-details')) {
    details.open = wide.matches;
    // On wide screens the summary is a label, not a control.
    details.querySelector('summary')?.setAttribute('tabindex', wide.matches ? '-1' : '0');
  }
}

class PageContents extends HTMLElement {
  connectedCallback() {
    const details = this.querySelector('details');
    this.addEventListener('click', (event) => {
      if (!wide.matches && details && (event.target as Element).closest('a')) details.open = false;
    });
    const sections = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
      .map((link) => ({ link, target: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
      .filter((x): x is { link: HTMLAnchorElement; target: HTMLElement } => x.target !== null);
    if (sections.length === 0) return;
    let scheduled = false;
    const mark = () => {
      scheduled = false;
      // The section being read: the last one whose heading is above the upper third of the screen.
      const line = window.innerHeight / 3;
      let current = sections[0]!;
      for (const section of sections) if (section.target.getBoundingClientRect().top < line) current = section;
      for (const { link } of sections) {
        if (link === current.link) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };
    window.addEventListener('scroll', () => {
      if (!scheduled) (scheduled = true), requestAnimationFrame(mark);
    }, { passive: true });
    window.addEventListener('hashchange', mark);
    window.addEventListener('load', mark);
    mark();
  }
}

syncAsides();
wide.addEventListener('change', syncAsides);
customElements.define('page-contents', PageContents);
