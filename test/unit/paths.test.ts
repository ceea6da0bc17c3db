import { describe, expect, it } from 'vitest';
import { editUrlFor, entryPath, withBase, withoutBase } from '../../src/lib/paths.ts';
import { entryIdFromPath, closestId } from '../../src/lib/ids.ts';

describe('withBase', () => {
  it.each([
    ['/', '/roles/', '/roles/'],
    ['/playbook/', '/roles/', '/playbook/roles/'],
    ['/playbook', '/roles/x/#step', '/playbook/roles/x/#step'],
    ['/playbook/', '/', '/playbook/'],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
  it('leaves external, relative and fragment links alone', () => {
    for (const href of ['https://example.org/a', '//cdn.example.org/x', '#top', 'mailto:a@b.c', 'next/']) {
      expect(withBase('/playbook/', href)).toBe(href);
    }
  });
  it('round-trips with withoutBase', () => {
    expect(withoutBase('/playbook/', withBase('/playbook/', '/raci/'))).toBe('/raci/');
    expect(withoutBase('/', '/raci/')).toBe('/raci/');
  });
});

describe('entry paths and ids', () => {
  it('builds entry paths with an optional fragment', () => {
    expect(entryPath({ collection: 'processes', id: 'intake' }, 'submit')).toBe('/processes/intake/#submit');
  });
  it('sends entries of data collections to the page that shows them', () => {
    expect(entryPath({ collection: 'assessment', id: 'readiness' }, 'named-owner')).toBe('/assessment/#named-owner');
  });
  it('builds the edit link of a content file', () => {
    expect(editUrlFor('https://git.example/edit/main/{path}', 'content/roles/a.mdx')).toBe('https://git.example/edit/main/content/roles/a.mdx');
    expect(editUrlFor('https://git.example/edit/%7Bpath%7D?x=1', './content/roles/a.mdx')).toBe('https://git.example/edit/content/roles/a.mdx?x=1');
  });
  it('derives ids from file names as the build does', () => {
    expect(entryIdFromPath('Business Owner.mdx')).toBe('business-owner');
    expect(entryIdFromPath('owner.md')).toBe('owner');
  });
  it('suggests a close id only when it is close', () => {
    expect(closestId('buisness-owner', ['business-owner', 'sponsor'])).toBe('business-owner');
    expect(closestId('finance', ['business-owner', 'sponsor'])).toBeUndefined();
  });
});
