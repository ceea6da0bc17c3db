import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentFolder } from '../node/content-files.ts';
import { formatProblemReport } from '../lib/problems.ts';
import type { Settings } from '../schemas/settings.ts';

/**
 * Checks the whole playbook before Astro loads it. Astro only logs a dangling reference and keeps going;
 * here any problem stops the build, with every problem listed once with its file, field and fix.
 */
export default function playbook(settings: Settings): AstroIntegration {
  return {
    name: 'playbook',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        const result = checkContentFolder(root, settings.contentDir);
        if (result.problems.length === 0) {
          logger.info(`content: ${result.files} files valid`);
          return;
        }
        const report = formatProblemReport(result.problems);
        if (command === 'build' || command === 'sync') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
