// YAML checked against a zod schema, every problem said for an author with its line: the one path for content
// files, translations, interface strings and the site settings.
import { load, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, isMap, type Document, type YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../lib/problems.ts';
import type { FieldPath } from '../lib/references.ts';

/** The 1-based line of the YAML node at `fieldPath`, or of its closest existing parent. */
function lineOf(doc: Document, counter: LineCounter, fieldPath: FieldPath, firstLine: number): number {
  for (let depth = fieldPath.length; depth > 0; depth--) {
    const node = doc.getIn(fieldPath.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      // For a key that exists, point at the key's line (the value may start on the next line).
      const parent = depth > 1 ? doc.getIn(fieldPath.slice(0, depth - 1), true) : doc.contents;
      const key = fieldPath[depth - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        const keyRange = (pair?.key as { range?: [number, number, number] } | null)?.range;
        if (keyRange) return counter.linePos(keyRange[0]).line + firstLine - 1;
      }
      return counter.linePos(node.range[0]).line + firstLine - 1;
    }
  }
  return firstLine;
}

const describeType = (value: unknown) =>
  value === undefined ? 'nothing' : value === null ? 'an empty value' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;

/** One zod issue as an author-facing problem. */
function problemFromIssue(file: string, issue: z.core.$ZodIssue, line: number): ContentProblem {
  const fieldPath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = String(fieldPath.at(-1) ?? 'the entry');
  const input = (issue as { input?: unknown }).input;
  // A message written for authors in the schema says what is wrong and, after " — ", how to fix it.
  const [what, how] = issue.message.split(' — ');
  if (how) return { file, path: fieldPath, line, message: what!, fix: how };
  const generic = /^Invalid input/.test(issue.message);
  if (issue.code === 'invalid_type' && input === undefined && generic) {
    return {
      file,
      path: fieldPath,
      line,
      message: `"${field}" is missing`,
      fix: `add "${field}:" with ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} (see the content model in the README)`,
    };
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return {
      file,
      path: fieldPath,
      line,
      message: `${JSON.stringify(input)} is not allowed here`,
      fix: `use one of: ${issue.values.map((v) => String(v)).join(', ')}`,
    };
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && /^Too (small|big)/.test(issue.message)) {
    const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    const small = issue.code === 'too_small';
    const bound = issue.inclusive ? (small ? 'at least' : 'at most') : small ? 'more than' : 'less than';
    const unit = issue.origin === 'string' ? ' characters long' : issue.origin === 'array' ? ` item${limit === 1 ? '' : 's'}` : '';
    const what = issue.origin === 'array' ? `list ${bound} ${limit}${unit}` : issue.origin === 'string' ? `text ${bound} ${limit}${unit}` : `number ${bound} ${limit}`;
    return {
      file,
      path: fieldPath,
      line,
      message: `${JSON.stringify(input) ?? 'the value'} is too ${small ? 'small' : 'large'} here`,
      fix: `use a ${what}`,
    };
  }
  if (issue.code === 'unrecognized_keys') {
    return {
      file,
      path: fieldPath,
      line,
      message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      fix: 'check the spelling against the field list (README and authoring guide), or remove the field',
    };
  }
  return {
    file,
    path: fieldPath,
    line,
    message: generic ? `${issue.message.replace(/^Invalid input: /, '')} (got ${describeType(input)})` : issue.message,
    fix: generic ? 'correct the value to the expected type' : 'correct the value as the message says',
  };
}

/**
 * Where the mistake behind a YAML error starts. The parser notices an unclosed `[`, `{` or quote only where the
 * value should have ended (often the next line, or the end of the text); the author made it at the opening one.
 */
export function errorStart(text: string, error: YAMLError): number {
  const at = error.pos[0];
  const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote) {
    const opening = text.lastIndexOf(quote, at - 1);
    return opening >= 0 ? opening : at;
  }
  const flow = /end with an? ([\]}])/.exec(error.message)?.[1];
  if (flow) {
    // The last opening bracket before the error that nothing closed.
    const open = flow === ']' ? '[' : '{';
    let depth = 0;
    for (let i = Math.min(at, text.length) - 1; i >= 0; i--) {
      if (text[i] === flow) depth++;
      else if (text[i] === open && depth-- === 0) return i;
    }
  }
  return at;
}

/** YAML text checked against a schema: the data when it is valid, every problem otherwise, and field lines. */
export interface ValidatedYaml {
  data?: unknown;
  /** The YAML as written, before the schema turned ids into references and filled in defaults. */
  raw?: unknown;
  problems: ContentProblem[];
  /** 1-based file line of a field (or of its closest existing parent). */
  lineOf: (fieldPath: FieldPath) => number;
}

/**
 * Parses YAML that starts on `firstLine` of `file` and validates it against `schema`, reporting every problem
 * with its line: the one path for content files and the site settings alike.
 */
export function validateYaml(file: string, text: string, schema: z.ZodType, firstLine = 1): ValidatedYaml {
  const problems: ContentProblem[] = [];
  // The document with its positions, made only when a line is asked for: a valid file never needs one.
  let located: { doc: Document; counter: LineCounter } | undefined;
  const positions = () => {
    if (!located) {
      const counter = new LineCounter();
      located = { doc: parseDocument(text, { lineCounter: counter, prettyErrors: false }), counter };
    }
    return located;
  };
  const locate = (fieldPath: FieldPath) => lineOf(positions().doc, positions().counter, fieldPath, firstLine);
  // Read as Astro reads frontmatter and data files (js-yaml, about ten times faster than a document with positions).
  let raw: unknown;
  try {
    raw = load(text) ?? {};
  } catch (error) {
    const { doc, counter } = positions();
    for (const yamlError of doc.errors) {
      problems.push({
        file,
        path: [],
        line: counter.linePos(errorStart(text, yamlError)).line + firstLine - 1,
        message: `is not valid YAML: ${yamlError.message.split('\n')[0]}`,
        fix: 'check indentation and quote values that contain ":" or start with a special character',
      });
    }
    // What only js-yaml refuses (and Astro with it), said as js-yaml says it.
    if (problems.length === 0) {
      const mark = error instanceof YAMLException ? error.mark : undefined;
      problems.push({
        file,
        path: [],
        line: (mark?.line ?? 0) + firstLine,
        message: `is not valid YAML: ${error instanceof YAMLException ? error.reason : String(error)}`,
        fix: 'check indentation and quote values that contain ":" or start with a special character',
      });
    }
    return { problems, lineOf: locate };
  }
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const fieldPath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      // An unknown field has no path of its own: point at the first unknown key.
      const linePath = issue.code === 'unrecognized_keys' ? [...fieldPath, issue.keys[0]!] : fieldPath;
      problems.push(problemFromIssue(file, issue, locate(linePath)));
    }
    return { problems, lineOf: locate, raw };
  }
  return { data: parsed.data, raw, problems, lineOf: locate };
}
