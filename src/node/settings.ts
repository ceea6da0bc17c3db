import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { settingsSchema, type ProjectSettings } from '../schemas/settings.ts';
import { formatFieldPath } from '../lib/references.ts';

export const settingsFile = 'playbook.config.yaml';

/**
 * Reads and validates the site settings of the project at `root`; throws one message listing every problem.
 * Every path in the result is resolved from `root`, so building from another folder changes nothing.
 */
export function loadSettings(root: string, env: NodeJS.ProcessEnv = process.env): ProjectSettings {
  const file = path.join(root, settingsFile);
  const raw = existsSync(file) ? (parse(readFileSync(file, 'utf8')) ?? {}) : {};
  const result = settingsSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${settingsFile} ${formatFieldPath(issue.path as (string | number)[]) || '(file)'}: ${issue.message}`,
    );
    throw new Error(`The site settings have ${lines.length} problem(s):\n${lines.join('\n')}`);
  }
  const contentDir = env['PLAYBOOK_CONTENT_DIR'] || result.data.contentDir;
  return { ...result.data, contentDir, root, contentPath: path.resolve(root, contentDir) };
}
