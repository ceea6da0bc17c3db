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
