// Links in entry bodies, resolved as a browser on the site would: where each form leads, which addresses the site
// has, and what an author is told when a link leads nowhere.
import { describe, expect, it } from 'vitest';
import { bodyLinkProblems, isKnownRoute, linkTarget, type BodyLink, type PublishedSite } from '../../src/lib/rules.ts';
import type { PlaybookEntry } from '../../src/lib/references.ts';

const entry = (collection: PlaybookEntry['collection'], id: string): PlaybookEntry => ({ collection, id, file: `content/${collection}/${id}.mdx`, data: {} });
const entries = [entry('roles', 'business-owner'), entry('roles', 'data-owner'), entry('guides', 'start'), entry('assessment', 'readiness')];
const site: PublishedSite = {
  languages: ['en', 'de'],
  defaultLanguage: 'en',
  publicFiles: new Set(['/favicon.svg', '/images/map.png']),
  isFile: (file) => file === 'content/guides/flow.png' || file === 'content/de/guides/fluss.png',
};

describe('linkTarget', () => {
  const page = '/roles/business-owner/';
  it('resolves every relative form from the page, as a browser does', () => {
    expect(linkTarget('../data-owner/', page)).toBe('/roles/data-owner/');
    expect(linkTarget('./x/', page)).toBe('/roles/business-owner/x/');
    expect(linkTarget('x/', page)).toBe('/roles/business-owner/x/');
    expect(linkTarget('../../guides/start/', page)).toBe('/guides/start/');
    expect(linkTarget('../../../../guides/start/', page)).toBe('/guides/start/');
    expect(linkTarget('../data-owner/#decisions', page)).toBe('/roles/data-owner/');
    expect(linkTarget('?view=print', page)).toBe('/roles/business-owner/');
  });

  it('keeps root-relative paths, decoded, without query or fragment', () => {
    expect(linkTarget('/roles/data-owner/?x=1#y', page)).toBe('/roles/data-owner/');
    expect(linkTarget('/guides/%C3%BCber/', page)).toBe('/guides/über/');
    expect(linkTarget('/guides/%E0%A4%A/', page)).toBe('/guides/%E0%A4%A/');
  });

  it('leaves out links that leave the site or stay on the page', () => {
    for (const href of ['https://example.com/roles/', '//example.com/x/', 'mailto:someone@example.com', 'tel:+4912345', '#decisions', '#']) {
      expect(linkTarget(href, page), href).toBeUndefined();
    }
  });

  it('resolves from a translated page’s own address', () => {
    expect(linkTarget('./x/', '/de/roles/business-owner/')).toBe('/de/roles/business-owner/x/');
    expect(linkTarget('../data-owner/', '/de/roles/business-owner/')).toBe('/de/roles/data-owner/');
  });
});

describe('isKnownRoute', () => {
  it('knows site pages, collection indexes and entries, in every published language', () => {
    for (const path of ['/', '/raci/', '/assessment/', '/sequence', '/roles/', '/roles/business-owner/', '/de/', '/de/roles/', '/de/roles/data-owner/', '/de/open-data/']) {
      expect(isKnownRoute(path, entries, site), path).toBe(true);
    }
  });

  it('knows the open-data files and the files of public/, at the root', () => {
    for (const path of ['/playbook.json', '/playbook.schema.json', '/questionnaire.json', '/raci.csv', '/llms.txt', '/llms-full.txt', '/favicon.svg', '/images/map.png']) {
      expect(isKnownRoute(path, entries, site), path).toBe(true);
    }
  });

  it('refuses what the site does not have', () => {
    for (const path of ['/roles/nobody/', '/de/roles/nobody/', '/fr/roles/business-owner/', '/de/de/roles/business-owner/', '/assessment/readiness/', '/roles/business-owner/x/', '/logo.png', '/de/playbook.json', '/nowhere/']) {
      expect(isKnownRoute(path, entries, site), path).toBe(false);
    }
  });
});

describe('bodyLinkProblems', () => {
  const problems = (links: BodyLink[], from = entries[0]!, language?: string) => bodyLinkProblems(from, links, entries, site, language);
  const link = (href: string, kind: BodyLink['kind'] = 'markdown'): BodyLink => ({ href, line: 7, kind });

  it('has nothing to say about good links of every kind', () => {
    const good = [
      link('/roles/data-owner/'),
      link('../data-owner/'),
      link('/de/roles/data-owner/'),
      link('/playbook.json'),
      link('/favicon.svg', 'element'),
      link('https://example.com/'),
      link('#decisions'),
      link('/images/map.png', 'image'),
      link('https://example.com/x.png', 'image'),
    ];
    expect(problems(good)).toEqual([]);
    expect(problems([link('./flow.png', 'image')], entry('guides', 'start'))).toEqual([]);
  });

  it('names a relative link’s page, where it leads, and the entry probably meant', () => {
    const [problem] = problems([link('../data-ownr/')]);
    expect(problem).toEqual({
      file: 'content/roles/business-owner.mdx',
      path: [],
      line: 7,
      message: 'links to ../data-ownr/ (from this page, /roles/business-owner/, it leads to /roles/data-ownr/), but there is no entry "data-ownr" in roles',
      fix: "did you mean /roles/data-owner/?; a relative link resolves from this page's own address (/roles/business-owner/): write root-relative links such as /roles/business-owner/",
    });
  });

  it('names a translation’s own address, and gives a Markdown link the language’s prefix as the site does', () => {
    const translated = { ...entries[0]!, file: 'content/de/roles/business-owner.mdx' };
    const [relative] = problems([link('./nicht-da/')], translated, 'de');
    expect(relative?.message).toBe('links to ./nicht-da/ (from this page, /de/roles/business-owner/, it leads to /de/roles/business-owner/nicht-da/), which is not a page of this site');
    expect(relative?.fix).toContain("this page's own address (/de/roles/business-owner/)");
    // The site prefixes /roles/… with /de, so the author writes it without; /de/roles/… would become /de/de/roles/….
    expect(problems([link('/roles/data-owner/')], translated, 'de')).toEqual([]);
    expect(problems([link('/de/roles/data-owner/')], translated, 'de')[0]?.message).toContain('(on this page it leads to /de/de/roles/data-owner/)');
    // A file exists once, for every language: a link to it keeps its address on a translated page.
    expect(problems([link('/playbook.json')], translated, 'de')).toEqual([]);
    // HTML is left as written: a suggestion for it carries the prefix itself.
    expect(problems([link('/de/roles/data-ownr/', 'element')], translated, 'de')[0]?.fix).toBe('did you mean /de/roles/data-owner/?');
  });

  it('names a missing image beside the entry by its file, and a missing public file by its address', () => {
    const guide = entry('guides', 'start');
    expect(problems([link('./flw.png', 'image')], guide)[0]?.message).toBe('shows the image ./flw.png, but there is no file content/guides/flw.png');
    expect(problems([link('../img/flow.png', 'image')], guide)[0]?.message).toBe('shows the image ../img/flow.png, but there is no file content/img/flow.png');
    expect(problems([link('/logo.png', 'image')], guide)[0]?.message).toBe('shows the image /logo.png, which is not a file of this site');
    expect(problems([link('/logo.png', 'element')], guide)[0]?.message).toBe('links to /logo.png, which is not a file of this site');
    // A content folder outside the project: the path keeps its way up.
    expect(problems([link('../img/x.png', 'image')], { ...guide, file: '../playbook/guides/start.mdx' })[0]?.message).toBe('shows the image ../img/x.png, but there is no file ../playbook/img/x.png');
    expect(problems([link('../../../x.png', 'image')], guide)[0]?.message).toBe('shows the image ../../../x.png, but there is no file ../x.png');
    // A translation's image is read from the translation's folder.
    expect(problems([link('./fluss.png', 'image')], { ...guide, file: 'content/de/guides/start.mdx' }, 'de')).toEqual([]);
  });
});
