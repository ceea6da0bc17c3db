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
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const packages = Object.entries(lock.packages);

/** The platform a binary package is for, read from its name as .ci/lockfile-platforms.mjs does. */
const platformOf = (name: string) => ({
  os: /darwin/.test(name) ? 'darwin' : /android/.test(name) ? 'android' : /freebsd/.test(name) ? 'freebsd' : /win/.test(name) ? 'win32' : /linux/.test(name) ? 'linux' : undefined,
  cpu: /arm64/.test(name) ? 'arm64' : /x64/.test(name) ? 'x64' : /wasm32/.test(name) ? 'wasm32' : undefined,
});

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
      const wanted = packages.map(([, m]) => m.optionalDependencies?.[name]).filter(Boolean);
      const { os, cpu } = platformOf(name);
      const found: string[] = [];
      if (meta.optional !== true) found.push('not optional');
      if (wanted.length === 0) found.push('no package depends on it');
      if (!wanted.every((v) => v === meta.version)) found.push(`version ${meta.version} is not the ${wanted.join(', ')} asked for`);
      if (!meta.os && !meta.cpu) found.push('no os or cpu: npm would try to install it everywhere');
      if (os && meta.os?.join() !== os) found.push(`os ${meta.os?.join()} does not match its name (${os})`);
      if (cpu && meta.cpu?.join() !== cpu) found.push(`cpu ${meta.cpu?.join()} does not match its name (${cpu})`);
      const installsHere = (meta.os ?? [process.platform]).includes(process.platform) && (meta.cpu ?? [process.arch]).includes(process.arch) && !meta.libc?.includes('musl');
      if (installsHere) found.push('is for this platform, so it must come from the registry with an integrity hash');
      return found.map((f) => `${key}: ${f}`);
    });
    expect(problems).toEqual([]);
  });

  it('has an integrity hash for every package this platform installs', () => {
    const installed = packages.filter(([key, meta]) => key !== '' && !meta.optional && !meta.integrity && !key.startsWith('node_modules/.'));
    expect(installed.map(([key]) => key)).toEqual([]);
  });
});
