// Reads the one-line doc comments of the schemas (src/schemas/*.ts) so the authoring guide and `npm run new`
// explain every field in the schema's own words, without a second copy of them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { DocLookup } from '../lib/schema-fields.ts';

// The schemas of this project; the build passes the folder resolved from the project root instead, because
// bundling moves this module.
const schemasDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

/** `variableName.field.subfield` → doc comment, for every documented property in the schema files. */
export function readSchemaDocs(dir = schemasDir): Map<string, string> {
  const docs = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(path.join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, prefix: string | undefined) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
        prefix = node.name.text;
      } else if (prefix && ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
        const key = `${prefix}.${node.name.text}`;
        const comment = ts
          .getJSDocCommentsAndTags(node)
          .filter(ts.isJSDoc)
          .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
          .join(' ')
          .trim();
        if (comment) docs.set(key, comment);
        ts.forEachChild(node, (child) => visit(child, key));
        return;
      }
      ts.forEachChild(node, (child) => visit(child, prefix));
    };
    visit(source, undefined);
  }
  return docs;
}

/** A lookup that also finds the shared page fields (title, summary, aliases) spread into every schema. */
export function schemaDocLookup(docs = readSchemaDocs()): DocLookup {
  return (objectName, field) => docs.get(`${objectName}.${field}`) ?? docs.get(`pageFields.${field}`);
}
