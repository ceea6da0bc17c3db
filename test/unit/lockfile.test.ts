import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro.ts';

interface LockEntry {
  version?: string;
  integrity?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  license?: string;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const packages = Object.entries(lock.packages);

/**
 * The platform a binary package is for, read from its name on its own (not with the script's code): the words of
 * `<os>-<cpu>[-gnu|-musl|-msvc]` after the scope, e.g. `@pagefind/windows-x64` or `compiler-binding-linux-arm64-musl`.
 */
function platformOf(name: string): { os?: string; cpu?: string; libc?: string } {
  const words = new Set(name.split('/').at(-1)!.split('-'));
  const os = ['darwin', 'android', 'freebsd', 'linux'].find((w) => words.has(w)) ?? (words.has('win32') || words.has('windows') ? 'win32' : undefined);
  const cpu = ['arm64', 'x64', 'wasm32', 'ia32', 'arm'].find((w) => words.has(w));
  const libc = words.has('gnu') ? 'glibc' : words.has('musl') ? 'musl' : undefined;
  return { ...(os ? { os } : {}), ...(cpu ? { cpu } : {}), ...(libc ? { libc } : {}) };
}

/** The packages that list `name` as an optional dependency. */
const parentsOf = (name: string) => packages.filter(([, m]) => m.optionalDependencies?.[name] !== undefined);

describe('package-lock.json', () => {
  it('lists every optional dependency of every locked package, so npm ci accepts it on a fresh machine', () => {
    const missing = packages.flatMap(([key, meta]) =>
      Object.keys(meta.optionalDependencies ?? {}).filter(
        (dep) => !lock.packages[`node_modules/${dep}`] && !lock.packages[`${key}/node_modules/${dep}`],
      ),
    );
    expect(missing, 'run: node .ci/lockfile-platforms.mjs').toEqual([]);
  });

  it('records the other platforms’ binaries (entries without integrity) as optional, exact and bound to their platform', () => {
    const recorded = packages.filter(([key, meta]) => key !== '' && !meta.integrity);
    const problems = recorded.flatMap(([key, meta]) => {
      const name = key.replace(/^.*node_modules\//, '');
      const parents = parentsOf(name);
      const wanted = parents.map(([, m]) => m.optionalDependencies![name]);
      const expected = platformOf(name);
      const found: string[] = [];
      if (meta.optional !== true) found.push('not optional');
      if (parents.length === 0) found.push('no package depends on it');
      if (!wanted.every((v) => v === meta.version)) found.push(`version ${meta.version} is not the ${wanted.join(', ')} asked for`);
      if (!meta.os && !meta.cpu) found.push('no os or cpu: npm would try to install it everywhere');
      for (const field of ['os', 'cpu', 'libc'] as const) {
        if (meta[field]?.join() !== expected[field]) found.push(`${field} ${meta[field]?.join() ?? '(none)'} does not match its name (${expected[field] ?? 'none'})`);
      }
      // A licence is the parent's, copied, or absent: never guessed.
      const licences = new Set(parents.map(([, m]) => m.license));
      if (meta.license !== undefined && !(licences.size === 1 && licences.has(meta.license))) found.push(`licence ${meta.license} is not its parent's (${[...licences].join(', ')})`);
      const installsHere = (meta.os ?? [process.platform]).includes(process.platform) && (meta.cpu ?? [process.arch]).includes(process.arch) && !meta.libc?.includes('musl');
      if (installsHere) found.push('is for this platform, so it must come from the registry with an integrity hash');
      return found.map((f) => `${key}: ${f}`);
    });
    expect(problems).toEqual([]);
  });

  it('reads a platform from a name as the registry’s own metadata has it, for the recorded entries’ siblings that came from the registry', () => {
    // The recorded entries' parents (the compiler binding, Pagefind) also have binaries for this platform, from the
    // registry with their real os, cpu and libc: the same reading of their names must give the same platform.
    const recordedParents = new Set(
      packages.filter(([key, meta]) => key !== '' && !meta.integrity).flatMap(([key]) => parentsOf(key.replace(/^.*node_modules\//, '')).map(([parent]) => parent)),
    );
    const siblings = packages.filter(([key, meta]) => meta.integrity && [...recordedParents].some((parent) => lock.packages[parent]!.optionalDependencies?.[key.replace(/^.*node_modules\//, '')]));
    expect(siblings.length).toBeGreaterThanOrEqual(recordedParents.size);
    for (const [key, { os, cpu, libc }] of siblings) {
      expect(platformOf(key), key).toEqual({ ...(os ? { os: os.join() } : {}), ...(cpu ? { cpu: cpu.join() } : {}), ...(libc ? { libc: libc.join() } : {}) });
    }
  });

  it('reads the platform from a name as npm expects it (the reading itself can fail)', () => {
    expect(platformOf('@astrojs/compiler-binding-linux-arm64-musl')).toEqual({ os: 'linux', cpu: 'arm64', libc: 'musl' });
    expect(platformOf('@astrojs/compiler-binding-linux-x64-gnu')).toEqual({ os: 'linux', cpu: 'x64', libc: 'glibc' });
    expect(platformOf('@astrojs/compiler-binding-win32-arm64-msvc')).toEqual({ os: 'win32', cpu: 'arm64' });
    expect(platformOf('@pagefind/windows-x64')).toEqual({ os: 'win32', cpu: 'x64' });
    expect(platformOf('@pagefind/darwin-arm64')).toEqual({ os: 'darwin', cpu: 'arm64' });
    expect(platformOf('@astrojs/compiler-binding-wasm32-wasi')).toEqual({ cpu: 'wasm32' });
  });

  it('has an integrity hash for every package this platform installs', () => {
    const installed = packages.filter(([key, meta]) => key !== '' && !meta.optional && !meta.integrity && !key.startsWith('node_modules/.'));
    expect(installed.map(([key]) => key)).toEqual([]);
  });
});
