import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { loadSettings } from '../../src/node/settings-file.ts';
import { projectRoot, sites } from '../helpers/astro.ts';

const site = sites.sub;
const html = (page: string) => readFileSync(path.join(site.dir, page, 'index.html'), 'utf8');
const settings = loadSettings(projectRoot);
const { entries } = checkContentFolder(projectRoot, 'content');

describe('entry pages', () => {
  it('link to the repository editor for their own file', () => {
    const page = html('roles/business-owner');
    const expected = settings.repository!.editUrl!.replace('{path}', 'content/roles/business-owner.mdx');
    expect(page).toContain(`href="${expected}"`);
    expect(page).toContain('Edit this page');
  });

  it('say when they were last updated, as a machine-readable date', () => {
    const match = /Last updated <time datetime="([^"]+)">([^<]+)<\/time>/.exec(html('roles/business-owner'));
    expect(match).not.toBeNull();
    expect(Number.isNaN(Date.parse(match![1]!))).toBe(false);
    expect(Date.parse(match![1]!)).toBeLessThanOrEqual(Date.now());
  });

  it('link to the previous and next guide in reading order', () => {
    const guides = entries
      .filter((e) => e.collection === 'guides')
      .sort((a, b) => (a.data as { order: number }).order - (b.data as { order: number }).order);
    const [first, second, third] = guides;
    const middle = html(`guides/${second!.id}`);
    expect(middle).toMatch(new RegExp(`rel="prev" href="/playbook/guides/${first!.id}/"`));
    expect(middle).toMatch(new RegExp(`rel="next" href="/playbook/guides/${third!.id}/"`));
    expect(html(`guides/${first!.id}`)).not.toContain('rel="prev"');
  });

  it('show backlinks from process steps and from the questionnaire, each to its anchor', () => {
    const page = html('roles/business-owner');
    expect(page).toMatch(/<h3>Accountable in <span class="count">\d+<\/span><\/h3><ul class="backlinks__list"><li><a href="\/playbook\/processes\/[a-z-]+\/#[a-z0-9-]+"/);
    expect(page).toMatch(/<h3>Assessment questions <span class="count">\d+<\/span><\/h3><ul class="backlinks__list"><li><a href="\/playbook\/assessment\/#[a-z0-9-]+"/);
  });

  it('render bodies that use MDX as MDX and the others as Markdown, both with links under the base path', () => {
    // adapting-this-playbook uses a JSX element, so it is compiled as MDX; business-owner is plain Markdown.
    const mdx = html('guides/adapting-this-playbook');
    expect(mdx).toContain('<abbr title="Markdown with components">MDX</abbr>');
    expect(mdx).toContain('href="/playbook/processes/stage-gate-lifecycle/"');
    const markdown = html('roles/business-owner');
    expect(markdown).toMatch(/<div class="prose"[^>]*>[\s\S]*href="\/playbook\/(roles|processes|guides)\/[a-z-]+\/"/);
    expect(markdown).not.toMatch(/href="\/(roles|processes|guides|components|metrics)\//);
    // Task lists are left to the checklist island, in both kinds of body.
    expect(markdown).toContain('class="task-list-item"');
    expect(markdown).not.toMatch(/<input[^>]*type="checkbox"/);
  });

  it('generate the authoring guide with every field of every collection from the schemas', () => {
    const page = html('authoring');
    for (const field of ['accountabilities', 'decisionRights', 'exitCriteria', 'setupCost', 'onboardingCost', 'outcomeMetrics', 'warningSigns', 'learnMore']) {
      expect(page).toContain(`<code>${field}</code>`);
    }
    expect(page).toContain('The one role that answers for the step');
  });
});
