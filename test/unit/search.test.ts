// What the search index reads beyond a page's words: facets, filter attributes and diagram text equivalents.
import { describe, expect, it } from 'vitest';
import { indexableHtml, mermaidTextEquivalent, pagefindFilterAttributes, searchFacets, searchFacetsOf } from '../../src/lib/search.ts';
import { playbookSchemas } from '../../src/schemas/index.ts';
import { en } from '../../src/i18n/en.ts';

describe('search facets', () => {
  it('name fields that exist in their collection, each with a filter label', () => {
    for (const [collection, fields] of Object.entries(searchFacets)) {
      const shape = playbookSchemas[collection as keyof typeof searchFacets].shape;
      for (const field of fields) {
        expect(Object.keys(shape), `${collection}.${field}`).toContain(field);
        expect(Object.keys(en), field).toContain(`search.filter.${field}`);
      }
    }
  });

  it('take an entry’s values in order, leaving out empty ones and collections without facets', () => {
    expect(searchFacetsOf('use-cases', { businessUnit: 'Claims', stage: 'pilot', title: 'x' })).toEqual([
      { field: 'businessUnit', value: 'Claims' },
      { field: 'stage', value: 'pilot' },
    ]);
    expect(searchFacetsOf('use-cases', { businessUnit: ' ', stage: 'pilot' })).toEqual([{ field: 'stage', value: 'pilot' }]);
    expect(searchFacetsOf('roles', { group: 'business' })).toEqual([]);
  });

  it('become Pagefind filter attributes that take each value from an attribute of its own', () => {
    expect(
      pagefindFilterAttributes([
        { key: 'type', label: 'Type', value: 'Use case' },
        { key: 'businessUnit', label: 'Business unit', value: 'Claims, Europe' },
      ]),
    ).toEqual({
      'data-pagefind-filter': 'Type[data-search-type], Business unit[data-search-business-unit]',
      'data-search-type': 'Use case',
      'data-search-business-unit': 'Claims, Europe',
    });
    // Pagefind splits filters on "," and keys on ":"; such characters in a label cannot break the list.
    expect(pagefindFilterAttributes([{ key: 'kind', label: 'Kind: metric, kind', value: 'x' }])['data-pagefind-filter']).toBe(
      'Kind  metric  kind[data-search-kind]',
    );
    expect(pagefindFilterAttributes([])).toEqual({});
  });
});

describe('diagrams in the index', () => {
  it('say in words what a diagram shows: its title and description', () => {
    expect(mermaidTextEquivalent('flowchart TD\n  accTitle: How it connects\n  accDescr: Roles feed processes\n  a --> b')).toBe(
      'How it connects. Roles feed processes.',
    );
    expect(mermaidTextEquivalent('flowchart TD\n  accTitle: Layers.\n  accDescr {\n    First line\n    second line.\n  }\n  a --> b')).toBe(
      'Layers. First line second line.',
    );
    expect(mermaidTextEquivalent('flowchart TD\n  a --> b')).toBe('');
  });

  it('replace each diagram source in a page with its text equivalent, and leave other code alone', () => {
    const html = [
      '<h2>Parts</h2>',
      '<pre><code class="language-mermaid">flowchart TD\n  accTitle: The &quot;parts&quot; &amp; links\n  a[&quot;A&quot;] --&gt; b</code></pre>',
      '<figure><pre class="mermaid-source">flowchart BT\n  accTitle: Built on\n  accDescr: Arrows point down\n  c_x --> c_y</pre></figure>',
      '<pre class="astro-code"><code class="language-yaml">owner: x</code></pre>',
    ].join('\n');
    const indexed = indexableHtml(html);
    expect(indexed).toContain('<p data-diagram-text>The "parts" &amp; links.</p>');
    expect(indexed).toContain('<figure><p data-diagram-text>Built on. Arrows point down.</p></figure>');
    expect(indexed).not.toMatch(/flowchart|--&gt;|c_x/);
    expect(indexed).toContain('<code class="language-yaml">owner: x</code>');
  });
});
