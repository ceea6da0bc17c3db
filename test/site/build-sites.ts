import { rmSync } from 'node:fs';
import { astroBuild, sites } from '../helpers/astro.ts';

/** Builds the default playbook once at "/" and once under "/playbook/" (the standard `--base` flag). */
export default async function buildSites() {
  for (const [name, site] of Object.entries(sites)) {
    rmSync(site.dir, { recursive: true, force: true });
    const result = await astroBuild({
      outDir: site.dir,
      ...(site.base === '/' ? {} : { base: site.base }),
      cacheName: name,
    });
    if (result.code !== 0) throw new Error(`astro build for ${site.base} failed:\n${result.output}`);
  }
}
