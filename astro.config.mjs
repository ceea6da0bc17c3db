// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { loadSettingsOrExit } from './src/node/settings-file.ts';
import playbook from './src/integrations/playbook.ts';
import mermaid from './src/integrations/mermaid.ts';
import pagefind from './src/integrations/pagefind.ts';

// Every path is resolved from this folder, wherever the build is started from.
const root = fileURLToPath(new URL('.', import.meta.url));
const settings = loadSettingsOrExit(root);

export default defineConfig({
  root,
  ...(settings.site ? { site: settings.site } : {}),
  base: settings.base,
  trailingSlash: 'ignore',
  // The default language at the root, every other under its prefix (/de/…); pages read Astro.currentLocale.
  i18n: {
    locales: settings.locales.map((l) => l.code),
    defaultLocale: settings.language,
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory' },
  // Lets tests and benches build several sites side by side without sharing a content cache.
  cacheDir: process.env.PLAYBOOK_CACHE_DIR ?? './node_modules/.astro',
  integrations: [playbook(settings), mdx(), sitemap({
      // Every language's pages, each listing the same page in the other languages.
      i18n: { defaultLocale: settings.language, locales: Object.fromEntries(settings.locales.map((l) => [l.code, l.code])) },
    }), pagefind({ languages: settings.locales.map((l) => l.code) }), mermaid()],
  markdown: {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
  devToolbar: { enabled: false },
});
