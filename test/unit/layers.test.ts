// The layers the code relies on: src/lib/ runs in the build, in the browser and in Node alike; islands' client
// scripts see only src/lib/, src/i18n/ and their own folder. A wrong import fails here, before it fails in a browser.
//
// Imports are read with TypeScript's own parser (every form: `import`, `import()`, `export * from`, `export * as
// ns from`, `export { x } from`), so a form the test does not know cannot slip through. Type-only imports vanish
// from the bundle and are allowed.
//
// An island's `.astro` wrapper is two programs: its frontmatter runs at build time, on the server, and is never
// sent to a browser; its `<script>` is bundled for the browser. The frontmatter may read build-time data from
// src/data/ (the settings, the loaded playbook, the interface strings of the page's language): that is how the
// wrapper writes the markup that reads well without JavaScript and the JSON its script reads. It may not reach
// past src/data/ into src/node/ or astro:content itself. The `<script>` (like every client script in src/) follows
// the island rules.
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro.ts';

const src = path.join(projectRoot, 'src');
/** Files under a folder of src/, as paths relative to src/ with forward slashes. */
const filesIn = (dir: string, pattern = /\.(ts|astro)$/): string[] =>
  (readdirSync(path.join(src, dir), { recursive: true }) as string[])
    .filter((f) => pattern.test(f))
    .map((f) => `${dir}/${f.split(path.sep).join('/')}`)
    .sort();
const read = (file: string) => readFileSync(path.join(src, file), 'utf8');

/** One value import of a program: what it names, and the line it is on. */
interface Import {
  specifier: string;
  line: number;
}

/** Every import a program makes at run time (type-only ones left out), in every syntax. */
function valueImports(code: string): Import[] {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Import[] = [];
  const add = (node: ts.Node, literal: ts.Expression | undefined) => {
    if (literal && ts.isStringLiteralLike(literal)) {
      found.push({ specifier: literal.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) add(node, node.moduleSpecifier);
    if (ts.isExportDeclaration(node) && !node.isTypeOnly) add(node, node.moduleSpecifier);
    if (ts.isImportEqualsDeclaration(node) && !node.isTypeOnly && ts.isExternalModuleReference(node.moduleReference)) add(node, node.moduleReference.expression);
    if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      add(node, node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A program inside a file, and the file line it starts on. */
interface Program {
  code: string;
  firstLine: number;
}

/** The two programs of an `.astro` file: the frontmatter (build time) and its client `<script>`s (the browser). */
function astroParts(text: string): { server: Program; client: Program[] } {
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const client = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((match) => !frontmatter || match.index >= frontmatter[0].length)
    // JSON data blocks are not programs.
    .filter(([, attributes]) => !/type=["']application\/(ld\+)?json["']/.test(attributes ?? ''))
    .map((match) => ({ code: match[2] ?? '', firstLine: lineAt(match.index + match[0].indexOf('>') + 1) }));
  return { server: { code: frontmatter?.[1] ?? '', firstLine: 2 }, client };
}

/** Names a browser or Node provides that src/lib/ and src/i18n/ must not use: they run in both, and in tests. */
const hostGlobals = new Set([
  // the browser
  'window', 'document', 'self', 'globalThis', 'location', 'history', 'navigator', 'localStorage', 'sessionStorage',
  'indexedDB', 'customElements', 'fetch', 'XMLHttpRequest', 'WebSocket', 'requestAnimationFrame', 'cancelAnimationFrame',
  'requestIdleCallback', 'matchMedia', 'getComputedStyle', 'alert', 'confirm', 'prompt', 'open', 'scrollTo',
  'ResizeObserver', 'IntersectionObserver', 'MutationObserver', 'DOMParser', 'FileReader', 'CustomEvent', 'Event',
  'EventTarget', 'Element', 'Node', 'NodeList', 'Document', 'Window', 'ShadowRoot', 'DocumentFragment', 'CSS',
  // Node
  'process', 'Buffer', 'global', 'require', 'module', 'exports', '__dirname', '__filename', 'setImmediate',
]);
const isHostGlobal = (name: string) => hostGlobals.has(name) || /^(HTML|SVG)\w*Element$/.test(name);

/** Every name the program declares itself (variables, parameters, functions, classes, imports), at any depth. */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const bind = (name: ts.BindingName | ts.Identifier | undefined) => {
    if (!name) return;
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) bind(node.name);
    if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node)) && node.name) names.add(node.name.text);
    if (ts.isImportClause(node) && node.name) names.add(node.name.text);
    if (ts.isImportSpecifier(node) || ts.isNamespaceImport(node)) names.add(node.name.text);
    if ((ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isEnumDeclaration(node)) && node.name) names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Browser or Node globals a program uses (in values or in types), `import.meta` included, with their lines. */
function hostGlobalsUsed(code: string): { name: string; line: number }[] {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const own = declaredNames(source);
  const used: { name: string; line: number }[] = [];
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) used.push({ name: 'import.meta', line: at(node) });
    if (ts.isIdentifier(node) && isHostGlobal(node.text) && !own.has(node.text)) {
      const parent = node.parent;
      // `x.location`, `{ location: … }` and `interface X { location: … }` name a property, not the global.
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent) || ts.isGetAccessor(parent) || ts.isSetAccessor(parent) || ts.isEnumMember(parent)) && parent.name === node);
      if (!isPropertyName) used.push({ name: node.text, line: at(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return used;
}

const nodeBuiltins = new Set(builtinModules);
const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || nodeBuiltins.has(specifier) || nodeBuiltins.has(specifier.split('/')[0]!);

/** Bare packages an island's client script may import: browser code that the site ships on purpose. */
const browserPackages = ['mermaid'];
/** Bare packages src/lib/ may import at run time: none, so that it bundles for the browser and runs in Node alike. */
const libPackages: readonly string[] = [];

/** Where an import of `file` (relative to src/) lands: a path relative to src/, or the bare specifier itself. */
const target = (file: string, specifier: string) =>
  specifier.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)) : specifier;
/** The package a bare specifier names: `astro/zod` → `astro`, `@astrojs/mdx/x` → `@astrojs/mdx`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

type Rule = (to: string, specifier: string) => string | undefined;

/** src/lib/: only itself, and no package outside the (empty) allow-list. */
const libRule: Rule = (to, specifier) => {
  if (specifier.startsWith('.')) return to.startsWith('lib/') ? undefined : 'src/lib/ imports only src/lib/';
  if (isNodeBuiltin(specifier)) return 'a Node module';
  return libPackages.includes(packageOf(specifier)) ? undefined : 'a package; src/lib/ must bundle for the browser and run in Node alike';
};

/** src/i18n/: only src/lib/ and itself. */
const i18nRule: Rule = (to, specifier) =>
  specifier.startsWith('.') && (to.startsWith('lib/') || to.startsWith('i18n/')) ? undefined : 'src/i18n/ imports only src/lib/ and src/i18n/';

/** A client script (an island's, or any `<script>` in src/): src/lib/, src/i18n/, islands and browser packages. */
const clientRule = (own: string | undefined): Rule => (to, specifier) => {
  if (!specifier.startsWith('.')) {
    if (isNodeBuiltin(specifier)) return 'a Node module';
    return browserPackages.includes(packageOf(specifier)) ? undefined : `a package that is not browser code the site ships (only ${browserPackages.join(', ')})`;
  }
  if (to.startsWith('lib/') || to.startsWith('i18n/') || to.startsWith('islands/shared/')) return undefined;
  if (own ? to.startsWith(`${own}/`) : to.startsWith('islands/')) return undefined;
  return own ? 'an island imports only src/lib/, src/i18n/, its own folder and src/islands/shared/' : 'a client script imports only islands, src/lib/ and src/i18n/';
};

/** An island wrapper's frontmatter (build time): also build-time data from src/data/, never src/node/ or Astro's content API. */
const wrapperRule = (own: string): Rule => (to, specifier) => {
  if (!specifier.startsWith('.')) return 'a package or an Astro module; the wrapper reads build-time data through src/data/';
  if (['lib/', 'i18n/', 'data/', 'islands/shared/', `${own}/`].some((allowed) => to.startsWith(allowed))) return undefined;
  return 'an island wrapper imports only src/lib/, src/i18n/, src/data/, its own folder and src/islands/shared/';
};

/** What is wrong with one file of src/ (a path relative to src/) and its text: `file:line → specifier: why`. */
function layerProblems(file: string, text: string): string[] {
  const programs: (Program & { rule: Rule; globals: boolean })[] = [];
  const whole = { code: text, firstLine: 1 };
  const island = /^islands\/[^/]+/.exec(file)?.[0];
  if (file.startsWith('lib/')) programs.push({ ...whole, rule: libRule, globals: true });
  else if (file.startsWith('i18n/')) programs.push({ ...whole, rule: i18nRule, globals: true });
  else if (island && file.endsWith('.ts')) programs.push({ ...whole, rule: clientRule(island), globals: false });
  if (file.endsWith('.astro')) {
    const { server, client } = astroParts(text);
    if (island) programs.push({ ...server, rule: wrapperRule(island), globals: false });
    for (const script of client) programs.push({ ...script, rule: clientRule(island), globals: false });
  }
  return programs.flatMap(({ code, firstLine, rule, globals }) => [
    ...valueImports(code).flatMap(({ specifier, line }) => {
      const why = rule(target(file, specifier), specifier);
      return why ? [`${file}:${line + firstLine - 1} → ${specifier}: ${why}`] : [];
    }),
    ...(globals ? hostGlobalsUsed(code).map(({ name, line }) => `${file}:${line + firstLine - 1} uses the global ${name}`) : []),
  ]);
}

const problemsIn = (dir: string) => filesIn(dir).flatMap((file) => layerProblems(file, read(file)));

describe('import layers', () => {
  it('src/lib/ imports nothing but src/lib/: no package, no Node module, no other layer of src/', () => {
    expect(filesIn('lib').length).toBeGreaterThan(20);
    expect(problemsIn('lib')).toEqual([]);
  });

  it('src/i18n/ is browser-safe too: it imports only src/lib/ and itself, and uses no browser or Node global', () => {
    expect(problemsIn('i18n')).toEqual([]);
  });

  it('islands import only src/lib/, src/i18n/, their own folder, src/islands/shared/ and the browser packages the site ships', () => {
    const files = filesIn('islands');
    expect(files.filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(3);
    expect(problemsIn('islands')).toEqual([]);
  });

  it('every other client script in src/ (a component’s or a layout’s <script>) imports only islands, src/lib/ and src/i18n/', () => {
    const files = ['components', 'layouts', 'pages'].flatMap((dir) => filesIn(dir, /\.astro$/));
    expect(files.some((f) => astroParts(read(f)).client.length > 0)).toBe(true);
    expect(files.flatMap((file) => layerProblems(file, read(file)))).toEqual([]);
  });
});

describe('file names', () => {
  it('a Node-only file (src/node/) shares its name with no file of the layers that run elsewhere', () => {
    // Two settings.ts files, one reading a file from disk and one bound into the pages, were once confused.
    const name = (file: string) => path.posix.basename(file);
    const nodeOnly = new Set(filesIn('node').map(name));
    expect(nodeOnly.size).toBeGreaterThan(3);
    const shared = ['lib', 'data', 'schemas', 'islands', 'i18n'].flatMap((dir) => filesIn(dir)).filter((file) => nodeOnly.has(name(file)));
    expect(shared).toEqual([]);
  });
});

describe('the layer check itself can fail', () => {
  // Each mistake an audit of this test once slipped past it, and a few more of the same kind.
  const lib = 'lib/zz.ts';
  const wrongInLib = {
    'a DOM package': "import { Window } from 'happy-dom';",
    'jsdom': "import { JSDOM } from 'jsdom';",
    'a Node module without node:': "import { readFile } from 'fs/promises';",
    'util': "import { inspect } from 'util';",
    'zod': "import { z } from 'astro/zod';",
    'yaml': "import YAML from 'yaml';",
    'export * as': "export * as ns from '../node/settings-file.ts';",
    'export *': "export * from '../data/build-settings.ts';",
    'export { }': "export { loadSettings } from '../node/settings-file.ts';",
    'a dynamic import': "const m = await import('node:fs');",
    'a side-effect import': "import '../islands/checklist/checklist.ts';",
    'an import over several lines': "import {\n  a,\n  b,\n} from\n  '../data/playbook.ts';",
    'an inline type specifier (kept as a side-effect import)': "import { type X } from 'astro:content';",
  };
  for (const [what, code] of Object.entries(wrongInLib)) {
    it(`refuses ${what} in src/lib/`, () => expect(layerProblems(lib, code)).toHaveLength(1));
  }

  const globalsInLib = {
    customElements: '(globalThis as any).customElements.define("x", class {});',
    location: 'export const here = () => location.pathname;',
    HTMLElement: 'export class X extends HTMLElement {}',
    'HTMLElement as a type': 'export const f = (el: HTMLInputElement) => el;',
    'globalThis.x': 'export const g = globalThis.structuredClone;',
    document: 'export const title = () => document.title;',
    process: 'export const env = process.env;',
    'import.meta': 'export const base = import.meta.env.BASE_URL;',
  };
  for (const [what, code] of Object.entries(globalsInLib)) {
    it(`refuses the global ${what} in src/lib/`, () => expect(layerProblems(lib, code).length).toBeGreaterThan(0));
  }

  it('lets src/lib/ name its own things as a browser would (a process step, a location field)', () => {
    const code = "import { x } from './collections.ts';\nimport type { z } from 'astro/zod';\nexport const f = (process: { location: string }) => process.location;\nconst o = { document: 1 };";
    expect(layerProblems(lib, code)).toEqual([]);
  });

  const island = 'islands/checklist/checklist.ts';
  const wrongInIsland = {
    zod: "import { z } from 'astro/zod';",
    'zod itself': "import { z } from 'zod';",
    yaml: "import YAML from 'yaml';",
    'astro:content': "import { getCollection } from 'astro:content';",
    'an astro/* module': "import { glob } from 'astro/loaders';",
    'a Node module': "import path from 'path';",
    'src/node/': "import { loadSettings } from '../../node/settings-file.ts';",
    'src/data/': "import { url } from '../../data/build-settings.ts';",
    'a page': "import x from '../../pages/index.astro';",
    'another island': "import '../planner/planner.ts';",
  };
  for (const [what, code] of Object.entries(wrongInIsland)) {
    it(`refuses ${what} in an island's script`, () => expect(layerProblems(island, code)).toHaveLength(1));
  }

  it('refuses src/data/ in the <script> of an island wrapper, and src/node/ or astro:content in its frontmatter', () => {
    const wrapper = 'islands/checklist/Checklists.astro';
    expect(layerProblems(wrapper, "---\nimport { uiFor } from '../../data/i18n.ts';\n---\n<x-y></x-y>\n<script>\n  import './checklist.ts';\n</script>")).toEqual([]);
    expect(layerProblems(wrapper, "---\n---\n<script>\n  import { url } from '../../data/build-settings.ts';\n</script>")).toHaveLength(1);
    expect(layerProblems(wrapper, "---\nimport { loadSettings } from '../../node/settings-file.ts';\n---\n")).toHaveLength(1);
    expect(layerProblems(wrapper, "---\nimport { getCollection } from 'astro:content';\n---\n")).toHaveLength(1);
    expect(layerProblems(wrapper, '---\n---\n<script type="application/json">{"import": "x"}</script>')).toEqual([]);
  });

  it('refuses a component script that imports build-time code', () => {
    expect(layerProblems('components/X.astro', "---\nimport { url } from '../data/build-settings.ts';\n---\n<script>\n  import { url } from '../data/build-settings.ts';\n</script>")).toHaveLength(1);
  });
});
