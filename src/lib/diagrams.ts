import { transitiveDependencies } from './graph.ts';

/** Mermaid source for the component dependency graph: an arrow from each component to what it is built on. */
export function componentMermaid(
  components: readonly { id: string; title: string; dependsOn: readonly string[] }[],
  text: { title: string; description: string },
  highlight?: string,
): string {
  const safe = (text: string) => text.replace(/"/g, "'");
  const node = (id: string) => `c_${id.replace(/-/g, '_')}`;
  const lines = [
    'flowchart BT',
    `  accTitle: ${safe(text.title)}`,
    `  accDescr: ${safe(text.description)}`,
    ...components.map((c) => `  ${node(c.id)}["${safe(c.title)}"]`),
    ...components.flatMap((c) =>
      c.dependsOn.filter((d) => components.some((o) => o.id === d)).map((d) => `  ${node(c.id)} --> ${node(d)}`),
    ),
    ...(highlight ? ['  classDef current stroke-width:3px', `  class ${node(highlight)} current`] : []),
  ];
  return lines.join('\n');
}

/**
 * The part of the dependency graph around one component: everything it is built on, and what is built on it
 * directly.
 */
export function neighbourhood<T extends { id: string; dependsOn: readonly string[] }>(components: readonly T[], id: string): T[] {
  const keep = transitiveDependencies(new Map(components.map((c) => [c.id, c.dependsOn])), id).add(id);
  for (const c of components) if (c.dependsOn.includes(id)) keep.add(c.id);
  return components.filter((c) => keep.has(c.id));
}
