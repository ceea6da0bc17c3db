// Renders Mermaid diagrams in the browser. Mermaid is loaded only on pages that have a diagram, and every
// diagram on the page is drawn again in the other theme when the theme changes.
const selector = 'pre > code.language-mermaid, pre.mermaid-source';

let counter = 0;
const diagrams: Diagram[] = [];

function isDark(): boolean {
  const forced = document.documentElement.dataset['theme'];
  if (forced) return forced === 'dark';
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

interface Diagram {
  source: string;
  host: HTMLElement;
}

async function draw(list: readonly Diagram[]) {
  if (list.length === 0) return;
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({
    startOnLoad: false,
    theme: isDark() ? 'dark' : 'neutral',
    look: 'classic',
    layout: 'dagre',
    securityLevel: 'strict',
    fontFamily: 'inherit',
  });
  for (const diagram of list) {
    const valid = await mermaid.parse(diagram.source, { suppressErrors: true });
    if (!valid) {
      if (diagram.host.dataset['state'] !== 'failed') {
        const note = document.createElement('p');
        note.className = 'diagram__note';
        note.textContent = document.body.dataset['diagramFailed'] ?? '';
        diagram.host.prepend(note);
      }
      diagram.host.dataset['state'] = 'failed';
      continue;
    }
    const { svg } = await mermaid.render(`diagram-${++counter}`, diagram.source);
    const source = diagram.host.querySelector('pre');
    diagram.host.innerHTML = svg;
    if (source) {
      source.hidden = true;
      diagram.host.append(source);
    }
    diagram.host.dataset['state'] = 'ready';
  }
}

/** Finds the diagram sources under `root`, wraps each in a figure, and draws them. */
export async function renderDiagramsIn(root: ParentNode): Promise<void> {
  const found = [...root.querySelectorAll<HTMLElement>(selector)].map((block) => {
    const pre = block.tagName === 'PRE' ? block : (block.parentElement as HTMLElement);
    const source = (block.textContent ?? '').trim();
    const host = document.createElement('figure');
    host.className = 'diagram';
    host.dataset['state'] = 'loading';
    pre.replaceWith(host);
    host.append(pre);
    return { source, host };
  });
  diagrams.push(...found);
  await draw(found);
}

// One pair of listeners for the page, whatever number of diagrams it draws.
const redrawAll = () => void draw(diagrams.filter((d) => d.host.isConnected));
document.addEventListener('playbook:theme-change', redrawAll);
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redrawAll);

void renderDiagramsIn(document);
