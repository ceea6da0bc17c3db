// `npm run check`: validates the whole content folder in seconds, without a build.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '../node/content-files.ts';
import { loadSettings, SettingsError } from '../node/settings-file.ts';
import { formatProblemReport } from '../lib/problems.ts';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const started = performance.now();
try {
  const settings = loadSettings(root);
  const dir = process.argv[2] ?? settings.contentDir;
  const result = checkContentFolder(root, dir, settings);
  const ms = Math.round(performance.now() - started);
  if (result.problems.length > 0) {
    // Only the problems, and last what was checked: nothing else to scroll past.
    console.error(formatProblemReport(result.problems));
    console.error(`Checked ${result.files} files in ${dir}/ in ${ms} ms.`);
    process.exitCode = 1;
  } else {
    console.log(`✓ ${result.files} files in ${dir}/ are valid: schemas, references, dependencies, RACI and links (${ms} ms).`);
    // How far each published language is translated (entries shown in the default language meanwhile).
    const entries = result.entries.length;
    for (const locale of settings.locales.slice(1)) {
      console.log(`  ${locale.name} (${locale.code}): ${result.translated?.get(locale.code) ?? 0} of ${entries} entries translated; the others are shown in the default language, with a note.`);
    }
  }
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
