import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { settingsSchema, type Settings } from '../schemas/settings.ts';
import { formatFieldPath } from '../lib/references.ts';

export const settingsFile = 'playbook.config.yaml';

/** Reads and validates the site settings; throws one message listing every problem. */
export function loadSettings(root: string, env: NodeJS.ProcessEnv = process.env): Settings {
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
  return { ...result.data, contentDir };
}
