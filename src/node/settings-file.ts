// Reads and validates the site settings file (playbook.config.yaml, or the one PLAYBOOK_SETTINGS names) from disk.
// Node-only: pages read the validated settings through src/data/build-settings.ts.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { settingsSchema, type ProjectSettings, type Settings } from '../schemas/playbook-config.ts';
import { formatProblemReport, type ContentProblem } from '../lib/problems.ts';
import { validateYaml } from './yaml-check.ts';

export const settingsFile = 'playbook.config.yaml';

/** The settings file of the project at `root`: PLAYBOOK_SETTINGS names another one (e.g. a staging site). */
export const settingsPathOf = (root: string, env: NodeJS.ProcessEnv = process.env) => path.resolve(root, env['PLAYBOOK_SETTINGS'] || settingsFile);

/** The site settings have problems: each with its line and fix, like content problems. */
export class SettingsError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatProblemReport(problems, 'The site settings have'));
    this.problems = problems;
    this.name = 'SettingsError';
  }
}

/**
 * Reads and validates the site settings of the project at `root`; throws a SettingsError listing every problem.
 * Every path in the result is resolved from `root`, so building from another folder changes nothing.
 */
export function loadSettings(root: string, env: NodeJS.ProcessEnv = process.env): ProjectSettings {
  const file = settingsPathOf(root, env);
  const named = env['PLAYBOOK_SETTINGS'];
  if (named && !existsSync(file)) {
    throw new SettingsError([
      { file: named, path: [], message: 'does not exist (PLAYBOOK_SETTINGS names it)', fix: 'correct the path, or unset PLAYBOOK_SETTINGS to use playbook.config.yaml' },
    ]);
  }
  // Without a settings file, the defaults (the schema's) build the built-in playbook.
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const { data, problems } = validateYaml(path.relative(root, file) || settingsFile, text, settingsSchema);
  if (!data) throw new SettingsError(problems);
  const settings = data as Settings;
  const contentDir = env['PLAYBOOK_CONTENT_DIR'] || settings.contentDir;
  // Without "locales", the site speaks its default language only; with them, the default language comes first.
  const own = (code: string) => new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  const listed = settings.locales ?? [{ code: settings.language, name: own(settings.language), dir: 'ltr' as const }];
  const locales = [...listed].sort((a, b) => Number(b.code === settings.language) - Number(a.code === settings.language));
  return { ...settings, locales, contentDir, root, contentPath: path.resolve(root, contentDir) };
}

/** Settings for the build: on a problem, print the report (no stack trace) and stop with a non-zero exit. */
export function loadSettingsOrExit(root: string): ProjectSettings {
  try {
    return loadSettings(root);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
