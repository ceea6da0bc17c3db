// The layers the code relies on: src/lib/ runs in the build, in the browser and in Node alike; islands see
// only src/lib/ and src/i18n/. A wrong import fails here, before it fails in a browser.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro.ts';

const src = path.join(projectRoot, 'src');
const filesIn = (dir: string): string[] =>
  (readdirSync(path.join(src, dir), { recursive: true }) as string[])
    .filter((f) => /\.(ts|astro)$/.test(f))
    .map((f) => path.join(src, dir, f));

/** Value imports of a file (type-only imports vanish from the bundle and are allowed). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of text.matchAll(/^\s*import\s+(type\s+)?(?:[\s\S]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    if (!match[1]) specifiers.push(match[2]!);
  }
  for (const match of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]!);
  for (const match of text.matchAll(/^\s*export\s+(?:\*|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/gm)) specifiers.push(match[1]!);
  return specifiers;
}

/** Where an import lands, relative to src/ (or the package name for bare specifiers). */
const target = (file: string, specifier: string) =>
  specifier.startsWith('.') ? path.relative(src, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/') : specifier;

const nodeBuiltins = /^(node:|fs$|path$|url$|os$|child_process$|crypto$|module$)/;

describe('import layers', () => {
  it('src/lib/ imports no Astro, Node, zod or DOM module, and no other layer of src/', () => {
    const wrong = filesIn('lib').flatMap((file) =>
      valueImports(file)
        .map((specifier) => ({ specifier, to: target(file, specifier) }))
        .filter(({ specifier, to }) =>
          specifier.startsWith('.') ? !to.startsWith('lib/') : /^(astro|astro:|zod|@astrojs)/.test(specifier) || nodeBuiltins.test(specifier),
        )
        .map(({ specifier }) => `${path.relative(src, file)} → ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it('src/lib/ uses no browser or Node globals', () => {
    const wrong = filesIn('lib').filter((file) => /\b(document|window|localStorage|sessionStorage|navigator|Buffer)\s*[.[]|\bprocess\.(env|cwd|argv|exit|platform|version)\b|__dirname/.test(readFileSync(file, 'utf8')));
    expect(wrong.map((f) => path.relative(src, f))).toEqual([]);
  });

  it('islands import only src/lib/, src/i18n/, their own folder, src/islands/shared/ and browser packages', () => {
    const files = filesIn('islands');
    expect(files.length).toBeGreaterThan(0);
    const wrong = files.flatMap((file) => {
      const own = path.relative(src, path.dirname(file)).split(path.sep).slice(0, 2).join('/');
      return valueImports(file)
        .map((specifier) => ({ specifier, to: target(file, specifier) }))
        .filter(({ specifier, to }) => {
          if (!specifier.startsWith('.')) return /^(astro:|node:)/.test(specifier) || nodeBuiltins.test(specifier);
          // The Astro wrapper may take build-time data from src/data/ and the layout's helpers; its client script may not.
          if (file.endsWith('.astro') && (to.startsWith('data/') || to.startsWith('components/'))) return false;
          return !(to.startsWith('lib/') || to.startsWith('i18n/') || to.startsWith(`${own}/`) || to.startsWith('islands/shared/'));
        })
        .map(({ specifier }) => `${path.relative(src, file)} → ${specifier}`);
    });
    expect(wrong).toEqual([]);
  });

  it('src/i18n/ is browser-safe too: it imports only src/lib/ and itself', () => {
    const wrong = filesIn('i18n').flatMap((file) =>
      valueImports(file)
        .map((specifier) => ({ specifier, to: target(file, specifier) }))
        .filter(({ specifier, to }) => !specifier.startsWith('.') || !(to.startsWith('lib/') || to.startsWith('i18n/')))
        .map(({ specifier }) => `${path.relative(src, file)} → ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it('notices a wrong import (the check itself can fail)', () => {
    expect(target(path.join(src, 'lib', 'x.ts'), '../node/settings.ts')).toBe('node/settings.ts');
    expect(nodeBuiltins.test('node:fs')).toBe(true);
  });
});
