// Runs a build as a child process and measures it: wall time and the peak resident memory of the process and
// all of its descendants, sampled from /proc every 100 ms. Shared by the benchmark and the Starlight comparison,
// so both are measured the same way.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory (bytes) of a process and all of its descendants, read from /proc. */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(Number(name), kb * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let sum = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    sum += rss.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return sum;
}

export interface Measured {
  code: number;
  output: string;
  seconds: number;
  /** Peak resident memory of the build and its children, in bytes. */
  peak: number;
}

/** Runs `node args…` in `cwd` with `env` added, and measures it. */
export async function measureBuild(args: string[], cwd: string, env: Record<string, string>): Promise<Measured> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(sampler);
  return { code, output, seconds: (performance.now() - started) / 1000, peak };
}

/** The benchmark's last line: `N entries: W s wall, P pages/s, M MB peak`. */
export function summaryLine(entries: number, pages: number, measured: Measured): string {
  const { seconds, peak } = measured;
  return `${entries} entries: ${seconds.toFixed(1)} s wall, ${(pages / seconds).toFixed(0)} pages/s, ${Math.round(peak / 1024 / 1024)} MB peak`;
}
