// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { loadSettingsOrExit } from './src/node/settings.ts';
import playbook from './src/integrations/playbook.ts';
import { mermaidDagreOnly } from './src/integrations/mermaid-layouts.ts';
import pagefind from './src/integrations/pagefind.ts';

// Every path is resolved from this folder, wherever the build is started from.
const root = fileURLToPath(new URL('.', import.meta.url));
const settings = loadSettingsOrExit(root);

export default defineConfig({
  root,
  ...(settings.site ? { site: settings.site } : {}),
  base: settings.base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Lets tests and benches build several sites side by side without sharing a content cache.
  cacheDir: process.env.PLAYBOOK_CACHE_DIR ?? './node_modules/.astro',
  integrations: [playbook(settings), mdx(), sitemap(), pagefind({ language: settings.language })],
  markdown: {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
  devToolbar: { enabled: false },
  // Mermaid with the dagre layout only: no ELK or cose-bilkent chunk in dist/.
  vite: { plugins: [mermaidDagreOnly()] },
});
