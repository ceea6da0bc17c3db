import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { azureStaticWebAppConfig, netlifyHeaders } from '../lib/security.ts';
import { checkContentFolder } from '../node/content-files.ts';
import { settingsPathOf } from '../node/settings-file.ts';
import { formatProblemReport } from '../lib/problems.ts';
import type { ProjectSettings } from '../schemas/playbook-config.ts';

const settingsModule = 'virtual:playbook/settings';

/**
 * Checks the whole playbook before Astro loads it. Astro only logs a dangling reference and keeps going;
 * here any problem stops the build, with every problem listed once with its file, field and fix.
 * It also hands the validated settings to the build as `virtual:playbook/settings`, so pages and the
 * content config read one copy, resolved from the project root.
 */
export default function playbook(settings: ProjectSettings): AstroIntegration {
  let base = '/';
  return {
    name: 'playbook',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      // Deployment files for static hosts that read headers from the published folder (see README, "Security").
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), netlifyHeaders(base));
        writeFileSync(new URL('staticwebapp.config.json', dir), azureStaticWebAppConfig(base));
      },
      'astro:config:setup': ({ command, logger, updateConfig, addWatchFile }) => {
        updateConfig({
          vite: {
            build: {
              // Mermaid's own chunk is larger than Vite's default warning size; only pages with a Mermaid diagram
              // load it, when the diagram comes near the screen (the page budgets check the rest).
              chunkSizeWarningLimit: 2500,
              // The strict Content-Security-Policy allows no inline script, and Astro inlines a page script that is
              // small and imports nothing: keep every script a file (other assets keep Vite's own rule).
              assetsInlineLimit: (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined),
              rolldownOptions: {
                // Astro's MDX output carries a "use astro:head-inject" directive that the bundler warns about once per
                // entry (upstream and harmless): a thousand-entry playbook would print thousands of lines that hide
                // anything an author needs to see.
                onwarn(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void) {
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
                  warn(warning);
                },
              },
            },
            plugins: [
              {
                name: 'playbook-settings',
                resolveId: (id) => (id === settingsModule ? `\0${settingsModule}` : undefined),
                load: (id) => (id === `\0${settingsModule}` ? `export default ${JSON.stringify(settings)};` : undefined),
              },
            ],
          },
        });
        addWatchFile(settingsPathOf(settings.root));
        const result = checkContentFolder(settings.root, settings.contentDir, settings);
        if (result.problems.length === 0) {
          logger.info(`content: ${result.files} files valid`);
          return;
        }
        const report = formatProblemReport(result.problems);
        if (command === 'build' || command === 'sync') {
          // Only the problems and their fixes: a thrown error would add Astro's "unhandled error" and a stack trace.
          process.stderr.write(`\n${report}\n`);
          process.exit(1);
        }
        logger.error(report);
      },
    },
  };
}
