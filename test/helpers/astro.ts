// Runs the real `astro build` in a child process, the way a user runs `npm run build`.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const outputRoot = path.join(projectRoot, 'test', '.output');

/** The environment of a child Astro process: this one's, without what Vitest sets for itself. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

export interface BuildResult {
  code: number | null;
  output: string;
}

export interface BuildOptions {
  outDir: string;
  base?: string;
  contentDir?: string;
  /** Separate content caches let builds of different content run side by side. */
  cacheName: string;
  /** Another settings file (PLAYBOOK_SETTINGS). */
  settingsFile?: string;
}

export function astroBuild({ outDir, base, contentDir, cacheName, settingsFile }: BuildOptions): Promise<BuildResult> {
  const args = [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir];
  if (base) args.push('--base', base);
  const cacheDir = path.join(outputRoot, 'cache', cacheName);
  // Every build starts cold: fixture folders are new each run, and a cache must not remember old ones.
  rmSync(cacheDir, { recursive: true, force: true });
  const env = childEnv({
    PLAYBOOK_CACHE_DIR: cacheDir,
    ...(contentDir ? { PLAYBOOK_CONTENT_DIR: contentDir } : {}),
    ...(settingsFile ? { PLAYBOOK_SETTINGS: settingsFile } : {}),
  });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export const sites = {
  root: { dir: path.join(outputRoot, 'site-root'), base: '/' },
  sub: { dir: path.join(outputRoot, 'site-sub'), base: '/playbook/' },
} as const;
