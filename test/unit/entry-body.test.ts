import { describe, expect, it } from 'vitest';
import { readsAsMarkdown } from '../../src/node/entry-loader.ts';
import { bodyHtmlForPage } from '../../src/lib/body-html.ts';

describe('bodies rendered as Markdown while the content loads', () => {
  it('takes a body that means the same in Markdown and MDX: text, links, lists, tables, code and task lists', () => {
    const body = [
      '## Who decides',
      '',
      'The [business owner](/roles/business-owner/) decides, with *care* and `code`.',
      '',
      '- [ ] Read the value case',
      '- [x] Name the testers',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '```mermaid',
      'flowchart LR',
      '  a{"Gate"} --> b',
      '```',
    ].join('\n');
    expect(readsAsMarkdown(body)).toBe(true);
  });

  it('leaves to the MDX compiler every body that uses MDX or reads differently as MDX', () => {
    expect(readsAsMarkdown('Entries are <abbr title="x">MDX</abbr> files.')).toBe(false);
    expect(readsAsMarkdown('One plus one is {1 + 1}.')).toBe(false);
    expect(readsAsMarkdown("import Note from './note.astro'\n\n<Note />")).toBe(false);
    expect(readsAsMarkdown('Text.\n\n    indented code in Markdown, a paragraph in MDX')).toBe(false);
    expect(readsAsMarkdown('See <https://example.com>.')).toBe(false);
    expect(readsAsMarkdown('An unclosed <b> tag')).toBe(false);
  });
});

describe('bodyHtmlForPage', () => {
  const href = (path: string) => `/playbook/de${path}`;

  it('sends root-relative links through the page\'s link helper, and leaves other links as written', () => {
    const html =
      '<p><a href="/roles/business-owner/#steps">owner</a>, <a href="https://example.com/x">out</a>, <a href="#here">here</a>, ' +
      '<a href="//cdn.example.com/">cdn</a>, <a title="t" href="/raci/">raci</a>, <a href="/x/?a=1&amp;b=2">q</a></p>';
    expect(bodyHtmlForPage(html, href)).toBe(
      '<p><a href="/playbook/de/roles/business-owner/#steps">owner</a>, <a href="https://example.com/x">out</a>, <a href="#here">here</a>, ' +
        '<a href="//cdn.example.com/">cdn</a>, <a title="t" href="/playbook/de/raci/">raci</a>, <a href="/playbook/de/x/?a=1&amp;b=2">q</a></p>',
    );
  });

  it('leaves task lists to the checklist island: their disabled checkboxes go, their text stays', () => {
    const html = '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled> Read it</li><li class="task-list-item"><input checked="" disabled="" type="checkbox"> Done</li></ul>';
    expect(bodyHtmlForPage(html, href)).toBe('<ul class="contains-task-list"><li class="task-list-item">Read it</li><li class="task-list-item">Done</li></ul>');
  });

  it('keeps other inputs and text that merely mentions href', () => {
    const html = '<p>Write <code>&lt;a href="/x/"&gt;</code> in HTML.</p><input type="text">';
    expect(bodyHtmlForPage(html, href)).toBe(html);
  });
});
