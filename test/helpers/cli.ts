// Runs `npm run new` the way a user does, against a chosen content folder.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './astro.ts';

export const runNew = (contentDir: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(projectRoot, 'src/cli/new.ts'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, PLAYBOOK_CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });

/** Runs `npm run check` the way a user does, on a content folder (or the settings' own), with extra environment. */
export const runCheck = (contentDir?: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(projectRoot, 'src/cli/check.ts'), ...(contentDir ? [contentDir] : [])], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
