// Page weight budgets, checked on the built default playbook (the same figures `npm run budget` prints).
import { describe, expect, it } from 'vitest';
import { budgetProblems, budgetTable, weighSite } from '../bench/budget.ts';
import { sites } from '../helpers/astro.ts';
import { pageCollections } from '../../src/lib/collections.ts';

describe('page weight', () => {
  it('keeps every kind of page within its budget, and Mermaid off pages without a diagram', () => {
    const weights = weighSite(sites.sub.dir, sites.sub.base, pageCollections);
    console.log(budgetTable(weights));
    expect(weights.filter((w) => w.kind === 'entry').length).toBeGreaterThan(50);
    expect(weights.every((w) => w.js > 0 && w.css > 0)).toBe(true);
    expect(budgetProblems(weights)).toEqual([]);
  });
});
