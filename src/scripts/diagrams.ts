// Renders Mermaid diagrams in the browser. Mermaid is loaded only on pages that have a diagram,
// and diagrams are drawn again in the other theme when the theme changes.
const selector = 'pre > code.language-mermaid, pre.mermaid-source';

let counter = 0;

function isDark(): boolean {
  const forced = document.documentElement.dataset['theme'];
  if (forced) return forced === 'dark';
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

interface Diagram {
  source: string;
  host: HTMLElement;
}

export async function renderDiagramsIn(root: ParentNode): Promise<void> {
  const blocks = [...root.querySelectorAll<HTMLElement>(selector)];
  if (blocks.length === 0) return;
  const diagrams: Diagram[] = blocks.map((block) => {
    const pre = block.tagName === 'PRE' ? block : (block.parentElement as HTMLElement);
    const source = (block.textContent ?? '').trim();
    const host = document.createElement('figure');
    host.className = 'diagram';
    host.dataset['state'] = 'loading';
    pre.replaceWith(host);
    host.append(pre);
    return { source, host };
  });

  const { default: mermaid } = await import('mermaid');
  const draw = async () => {
    mermaid.initialize({
      startOnLoad: false,
      theme: isDark() ? 'dark' : 'neutral',
      look: 'classic',
      layout: 'dagre',
      securityLevel: 'strict',
      fontFamily: 'inherit',
    });
    for (const diagram of diagrams) {
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
  };
  await draw();
  document.addEventListener('playbook:theme-change', () => void draw());
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => void draw());
}
