// "Last updated" on entry pages: a file's last commit, or its modification time when git has no commit of it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastCommitDates, lastUpdated } from '../../src/node/git.ts';
import { outputRoot } from '../helpers/astro.ts';

let repo: string;
const git = (args: string[], date?: string) =>
  execFileSync('git', args, {
    cwd: repo,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
};

beforeAll(() => {
  mkdirSync(path.join(outputRoot, 'fixtures'), { recursive: true });
  // A project whose content folder is inside it, with a history: a commit on each of two days, a rename and a
  // file with a space, a quote and a letter outside ASCII in its name.
  repo = mkdtempSync(path.join(outputRoot, 'fixtures', 'git-'));
  git(['init', '-q']);
  write('content/roles/owner.mdx', 'one');
  write('content/roles/sponsor.mdx', 'one');
  write('README.md', 'outside the content folder');
  git(['add', '-A']);
  git(['commit', '-qm', 'first'], '2026-01-05T10:00:00Z');
  write('content/roles/owner.mdx', 'two');
  write('content/guides/a guide.mdx', 'new');
  write('content/de/guides/über "uns".mdx', 'neu');
  write('README.md', 'changed later, outside the content folder');
  git(['add', '-A']);
  git(['commit', '-qm', 'second'], '2026-03-09T12:30:00Z');
});

describe('lastCommitDates', () => {
  it('gives each file of the folder the date of the last commit that touched it', () => {
    const dates = lastCommitDates(path.join(repo, 'content'));
    expect(dates.get(path.join(repo, 'content/roles/owner.mdx'))?.toISOString()).toBe('2026-03-09T12:30:00.000Z');
    expect(dates.get(path.join(repo, 'content/roles/sponsor.mdx'))?.toISOString()).toBe('2026-01-05T10:00:00.000Z');
    expect(dates.get(path.join(repo, 'content/guides/a guide.mdx'))?.toISOString()).toBe('2026-03-09T12:30:00.000Z');
    // git quotes names with other letters or quotes unless asked not to.
    expect(dates.get(path.join(repo, 'content/de/guides/über "uns".mdx'))?.toISOString()).toBe('2026-03-09T12:30:00.000Z');
    // Only the folder asked about.
    expect(dates.has(path.join(repo, 'README.md'))).toBe(false);
  });

  it('is empty outside a git repository, and for a folder that does not exist', () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'playbook-no-git-'));
    try {
      writeFileSync(path.join(plain, 'x.mdx'), 'x');
      expect(lastCommitDates(plain).size).toBe(0);
      expect(lastCommitDates(path.join(plain, 'no-such-folder')).size).toBe(0);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('lastUpdated', () => {
  it('is the last commit of a committed file', () => {
    const settings = { root: repo, contentPath: path.join(repo, 'content') };
    expect(lastUpdated('content/roles/sponsor.mdx', settings).toISOString()).toBe('2026-01-05T10:00:00.000Z');
    expect(lastUpdated('content/roles/owner.mdx', settings).toISOString()).toBe('2026-03-09T12:30:00.000Z');
  });

  it('is the modification time of a file git has no commit of (a new entry)', () => {
    write('content/roles/new.mdx', 'not committed yet');
    const when = new Date('2026-05-01T08:00:00Z');
    utimesSync(path.join(repo, 'content/roles/new.mdx'), when, when);
    // A new settings object (another content folder) reads the history again.
    const settings = { root: repo, contentPath: path.join(repo, 'content', 'roles') };
    expect(lastUpdated('content/roles/new.mdx', settings).toISOString()).toBe(when.toISOString());
    expect(lastUpdated('content/roles/sponsor.mdx', settings).toISOString()).toBe('2026-01-05T10:00:00.000Z');
  });

  it('is the modification time outside git', () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'playbook-no-git-'));
    try {
      mkdirSync(path.join(plain, 'content'));
      writeFileSync(path.join(plain, 'content', 'x.mdx'), 'x');
      const when = new Date('2025-12-24T18:00:00Z');
      utimesSync(path.join(plain, 'content', 'x.mdx'), when, when);
      expect(lastUpdated('content/x.mdx', { root: plain, contentPath: path.join(plain, 'content') }).toISOString()).toBe(when.toISOString());
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
