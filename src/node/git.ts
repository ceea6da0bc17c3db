// When each content file last changed: from git history in one call, or the file's time outside git.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

/** Absolute file path → date of the last commit that touched it. Empty when git is unavailable. */
export function lastCommitDates(dir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let log: string;
  let top: string;
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    // -z: names as they are (git otherwise quotes names with quotes or letters outside ASCII); \x01 starts a commit.
    log = execFileSync('git', ['log', '-z', '--format=%x01%cI', '--name-only', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  for (const commit of log.split('\x01').slice(1)) {
    const [date, ...files] = commit.split('\0');
    for (const file of files.map((f) => f.replace(/^\n/, ''))) {
      const absolute = path.join(top, file);
      if (file && !dates.has(absolute)) dates.set(absolute, new Date(date!));
    }
  }
  return dates;
}

let cache: { dir: string; dates: Map<string, Date> } | undefined;

/**
 * When a content file last changed: its last commit, or its modification time when it has none (new, or no
 * git). `file` is relative to the project root, as Astro gives an entry's `filePath`.
 */
export function lastUpdated(file: string, settings: { root: string; contentPath: string }): Date {
  if (cache?.dir !== settings.contentPath) cache = { dir: settings.contentPath, dates: lastCommitDates(settings.contentPath) };
  const absolute = path.resolve(settings.root, file);
  return cache.dates.get(absolute) ?? statSync(absolute).mtime;
}
