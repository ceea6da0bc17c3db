// Page weight budgets, checked on the built default playbook (the same figures `npm run budget` prints).
import { describe, expect, it } from 'vitest';
import { budgetProblems, budgetTable, pageKind, weighSite } from '../bench/budget.ts';
import { projectRoot, sites } from '../helpers/astro.ts';
import { pageCollections } from '../../src/lib/collections.ts';
import { loadSettings } from '../../src/node/settings-file.ts';

const languages = loadSettings(projectRoot, {}).locales.map((locale) => locale.code);

describe('page weight', () => {
  it('keeps every kind of page within its budget, and Mermaid off pages without a diagram', () => {
    const weights = weighSite(sites.sub.dir, sites.sub.base, pageCollections, languages);
    console.log(budgetTable(weights));
    expect(weights.filter((w) => w.kind === 'entry').length).toBeGreaterThan(50);
    expect(weights.every((w) => w.js > 0 && w.css > 0)).toBe(true);
    expect(budgetProblems(weights)).toEqual([]);
  });

  it('holds every language’s pages to the budget of their kind', () => {
    const [first, second] = languages;
    expect(second, 'the default playbook is published in a second language').toBeDefined();
    for (const page of ['/', '/roles/', '/roles/business-owner/', '/assessment/', '/raci/']) {
      expect(pageKind(`/${second}${page}`, pageCollections, languages)).toBe(pageKind(page, pageCollections, languages));
    }
    expect(pageKind(`/${second}/roles/business-owner/`, pageCollections, languages)).toBe('entry');
    // A default-language page whose first segment merely looks like a language code stays what it is.
    expect(pageKind(`/${first}/`, pageCollections, languages)).toBe('other');
  });
});
