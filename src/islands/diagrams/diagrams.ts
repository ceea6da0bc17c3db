// Draws every Mermaid diagram of a page: the fenced ```mermaid blocks authors write and the sources the site
// generates (`<pre class="mermaid-source">`: the planner's Gantt chart). It also gives the dependency maps the
// site draws as SVG (Diagram.astro) the same tools: fit to width and full screen. Mermaid is loaded only when a diagram comes
// near the viewport, so pages without diagrams load none of it and a diagram below the fold costs nothing
// until the reader scrolls to it. Colours come from the site's design tokens, and every drawn diagram is drawn
// again when the theme changes. A diagram that cannot be drawn shows a note and its source.
//
// Islands that draw diagrams of their own (the planner) put a figure made like Diagram.astro's into the page
// and dispatch `playbook:diagrams` on it (or an ancestor); this script adopts what it finds there.
import type { MermaidConfig } from 'mermaid';

const sourceSelector = 'pre > code.language-mermaid, pre.mermaid-source';

interface DiagramMessages {
  failed: string;
  fullScreen: string;
  close: string;
  fit: string;
}

interface Diagram {
  source: string;
  figure: HTMLElement;
  frame: HTMLElement;
  pre: HTMLElement;
  drawnTheme?: string;
}

const diagrams = new Set<Diagram>();
const byFigure = new WeakMap<Element, Diagram>();
let counter = 0;

function messages(): DiagramMessages {
  const fallback = { failed: document.body.dataset['diagramFailed'] ?? '', fullScreen: '⤢', close: '×', fit: '↔' };
  try {
    return { ...fallback, ...(JSON.parse(document.body.dataset['diagramMessages'] ?? '{}') as Partial<DiagramMessages>) };
  } catch {
    return fallback;
  }
}

function isDark(): boolean {
  const forced = document.documentElement.dataset['theme'];
  if (forced) return forced === 'dark';
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Mermaid's theme, from the site's tokens, so diagrams match the page in both themes. */
function mermaidConfig(): MermaidConfig {
  const css = getComputedStyle(document.documentElement);
  const token = (name: string) => css.getPropertyValue(name).trim();
  const text = token('--color-text');
  const bg = token('--color-bg');
  const surface = token('--color-surface');
  const strong = token('--color-surface-strong');
  const accent = token('--color-accent');
  const soft = token('--color-accent-soft');
  const muted = token('--color-muted');
  const border = token('--color-border');
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    look: 'classic',
    layout: 'dagre',
    darkMode: isDark(),
    fontFamily: getComputedStyle(document.body).fontFamily,
    themeVariables: {
      darkMode: isDark(),
      fontSize: '16px',
      background: bg,
      primaryColor: soft,
      primaryTextColor: text,
      primaryBorderColor: accent,
      secondaryColor: surface,
      tertiaryColor: strong,
      lineColor: muted,
      textColor: text,
      titleColor: text,
      clusterBkg: surface,
      clusterBorder: border,
      edgeLabelBackground: bg,
      nodeTextColor: text,
      sectionBkgColor: surface,
      altSectionBkgColor: bg,
      sectionBkgColor2: surface,
      gridColor: border,
      taskBkgColor: soft,
      taskBorderColor: accent,
      taskTextColor: text,
      taskTextLightColor: text,
      taskTextDarkColor: text,
      taskTextOutsideColor: text,
      taskTextClickableColor: accent,
      activeTaskBkgColor: soft,
      activeTaskBorderColor: accent,
      doneTaskBkgColor: strong,
      doneTaskBorderColor: muted,
      critBkgColor: soft,
      critBorderColor: accent,
      excludeBkgColor: surface,
      todayLineColor: accent,
    },
    flowchart: { useMaxWidth: false, padding: 12 },
    gantt: { useMaxWidth: false, useWidth: 960, fontSize: 14, sectionFontSize: 14, barHeight: 26, barGap: 6, leftPadding: 200, topPadding: 40 },
  };
}

let loading: Promise<typeof import('mermaid').default> | undefined;
let configuredFor: string | undefined;

/** Mermaid, set up for the theme and for a frame `width` pixels wide (Gantt charts fill it, 640 px at least). */
async function mermaidFor(theme: string, width: number) {
  // In a build, Mermaid's own prebuilt module, copied into the site (src/integrations/mermaid.ts); under astro dev, the package.
  loading ??= (
    import.meta.env.DEV
      ? import('mermaid')
      : (import(/* @vite-ignore */ document.body.dataset['mermaidModule'] ?? '') as Promise<typeof import('mermaid')>)
  ).then((m) => m.default);
  const mermaid = await loading;
  const ganttWidth = Math.max(640, Math.round(width));
  if (configuredFor !== `${theme}:${ganttWidth}`) {
    const config = mermaidConfig();
    mermaid.initialize({ ...config, gantt: { ...config.gantt, useWidth: ganttWidth } });
    configuredFor = `${theme}:${ganttWidth}`;
  }
  return mermaid;
}

function fail(diagram: Diagram) {
  diagram.figure.dataset['state'] = 'failed';
  diagram.frame.querySelector('svg')?.remove();
  diagram.pre.hidden = false;
  if (!diagram.figure.querySelector('.diagram__note')) {
    const note = document.createElement('p');
    note.className = 'diagram__note';
    note.textContent = messages().failed;
    diagram.figure.prepend(note);
  }
}

async function draw(diagram: Diagram) {
  const theme = isDark() ? 'dark' : 'light';
  if (!diagram.figure.isConnected || diagram.drawnTheme === theme) return;
  if (!diagram.drawnTheme) diagram.figure.dataset['state'] = 'loading';
  const frameStyle = getComputedStyle(diagram.frame);
  const inner = diagram.frame.clientWidth - parseFloat(frameStyle.paddingLeft) - parseFloat(frameStyle.paddingRight);
  const mermaid = await mermaidFor(theme, inner);
  const id = `diagram-${++counter}`;
  const valid = await mermaid.parse(diagram.source, { suppressErrors: true });
  if (!valid) return fail(diagram);
  let svgText: string;
  try {
    svgText = (await mermaid.render(id, diagram.source)).svg;
  } catch {
    document.getElementById(id)?.remove();
    document.getElementById(`d${id}`)?.remove();
    return fail(diagram);
  }
  const template = document.createElement('template');
  template.innerHTML = svgText;
  const svg = template.content.querySelector('svg');
  if (!svg) return fail(diagram);
  // Drawn at its natural size: readable on a phone, scrolled inside its frame (or fitted on request).
  const width = svg.viewBox.baseVal?.width;
  if (width) svg.style.width = `${Math.ceil(width)}px`;
  svg.style.maxWidth = '';
  svg.removeAttribute('height');
  diagram.frame.querySelector('svg')?.remove();
  diagram.frame.prepend(svg);
  diagram.pre.hidden = true;
  diagram.figure.querySelector('.diagram__note')?.remove();
  diagram.figure.dataset['state'] = 'ready';
  diagram.drawnTheme = theme;
}

// One diagram at a time, in the order they were asked for; a frame between two, so the page stays responsive.
let queue = Promise.resolve();
function enqueue(diagram: Diagram) {
  queue = queue
    .then(() => draw(diagram))
    .catch(() => fail(diagram))
    .then(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      const diagram = byFigure.get(entry.target);
      if (diagram) enqueue(diagram);
    }
  },
  { rootMargin: '600px 0px' },
);

function toolbar(diagram: Pick<Diagram, 'figure' | 'frame'>): HTMLElement {
  const text = messages();
  const bar = document.createElement('div');
  bar.className = 'diagram__tools';
  const fit = document.createElement('button');
  fit.type = 'button';
  fit.className = 'diagram__button';
  fit.textContent = text.fit;
  fit.setAttribute('aria-pressed', 'false');
  fit.addEventListener('click', () => {
    const on = fit.getAttribute('aria-pressed') !== 'true';
    fit.setAttribute('aria-pressed', String(on));
    diagram.figure.classList.toggle('diagram--fit', on);
  });
  const full = document.createElement('button');
  full.type = 'button';
  full.className = 'diagram__button';
  full.textContent = text.fullScreen;
  full.addEventListener('click', () => openFullScreen(diagram, full));
  bar.append(fit, full);
  return bar;
}

/** Shows the diagram in a dialog that fills the screen; the same SVG moves there and back. */
function openFullScreen(diagram: Pick<Diagram, 'figure' | 'frame'>, opener: HTMLElement) {
  const svg = diagram.frame.querySelector('svg');
  if (!svg) return;
  const dialog = document.createElement('dialog');
  dialog.className = 'diagram-dialog';
  const title = svg.querySelector('title')?.textContent ?? '';
  dialog.setAttribute('aria-label', title);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'diagram__button diagram-dialog__close';
  close.textContent = messages().close;
  const body = document.createElement('div');
  body.className = 'diagram-dialog__body';
  body.tabIndex = 0;
  body.append(svg);
  dialog.append(close, body);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    diagram.frame.prepend(svg);
    dialog.remove();
    opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
}

/** Adopts the diagram sources under `root` that are not drawn yet, and draws each when it comes into view. */
export function renderDiagramsIn(root: ParentNode): void {
  // Diagrams drawn at build time (or by an island) as SVG only get the tools.
  for (const figure of root.querySelectorAll<HTMLElement>('figure.diagram:not([data-tools])')) {
    const frame = figure.querySelector<HTMLElement>('.diagram__frame');
    if (!frame || !figure.querySelector('svg.dependency-map')) continue;
    figure.dataset['tools'] = 'true';
    figure.prepend(toolbar({ figure, frame }));
    // When the map is wider than its frame, start with the current entry in view.
    const current = frame.querySelector('a[aria-current="page"]');
    if (current && frame.scrollWidth > frame.clientWidth) {
      const box = current.getBoundingClientRect();
      const view = frame.getBoundingClientRect();
      frame.scrollLeft += box.left + box.width / 2 - (view.left + view.width / 2);
    }
  }
  const own = root instanceof HTMLElement && root.matches(sourceSelector) ? [root] : [];
  for (const block of [...own, ...root.querySelectorAll<HTMLElement>(sourceSelector)]) {
    const pre = block.tagName === 'PRE' ? block : (block.parentElement as HTMLElement);
    if (pre.dataset['adopted']) continue;
    pre.dataset['adopted'] = 'true';
    let figure = pre.closest<HTMLElement>('figure.diagram');
    let frame = pre.closest<HTMLElement>('.diagram__frame');
    if (!figure || !frame) {
      figure = document.createElement('figure');
      figure.className = 'diagram';
      frame = document.createElement('div');
      frame.className = 'diagram__frame';
      pre.replaceWith(figure);
      frame.append(pre);
      figure.append(frame);
    }
    frame.tabIndex = 0;
    const diagram: Diagram = { source: (block.textContent ?? '').trim(), figure, frame, pre };
    pre.hidden = true;
    // "pending" until it comes into view, "loading" while Mermaid draws it, then "ready" or "failed".
    figure.dataset['state'] = 'pending';
    if (!figure.dataset['tools']) figure.prepend(toolbar(diagram));
    figure.dataset['tools'] = 'true';
    diagrams.add(diagram);
    byFigure.set(figure, diagram);
    observer.observe(figure);
  }
}

// When the theme changes, draw again what is already drawn; the rest is drawn in the new theme when seen.
const redrawAll = () => {
  for (const diagram of diagrams) {
    if (!diagram.figure.isConnected) diagrams.delete(diagram);
    else if (diagram.drawnTheme) enqueue(diagram);
  }
};
document.addEventListener('playbook:theme-change', redrawAll);
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redrawAll);
document.addEventListener('playbook:diagrams', (event) => renderDiagramsIn(event.target instanceof Element ? event.target : document));

renderDiagramsIn(document);
