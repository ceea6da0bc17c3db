// Runs the real `astro dev` in a child process, the way an author runs `npm run dev`, on a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { childEnv, outputRoot, projectRoot } from './astro.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

export interface DevServer {
  process: ChildProcess;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** What the server has printed so far. */
  log: () => string;
}

/** Starts `astro dev` with extra arguments and environment, with a fresh content cache, and waits until it watches. */
export async function startDevServer(cacheName: string, args: string[] = [], env: Record<string, string> = {}): Promise<DevServer> {
  const cacheDir = path.join(outputRoot, 'cache', cacheName);
  rmSync(cacheDir, { recursive: true, force: true });
  const port = await freePort();
  const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1', ...args], {
    cwd: projectRoot,
    env: childEnv({ PLAYBOOK_CACHE_DIR: cacheDir, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${log}`)), 60_000);
    child.stdout!.on('data', (chunk) => {
      log += chunk;
      if (log.includes('watching for file changes')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on('data', (chunk) => (log += chunk));
  });
  return { process: child, origin: `http://127.0.0.1:${port}`, log: () => log };
}
