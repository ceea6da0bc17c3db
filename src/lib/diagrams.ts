/** Mermaid source for the component dependency graph: an arrow from each component to what it is built on. */
export function componentMermaid(
  components: readonly { id: string; title: string; dependsOn: readonly string[] }[],
  title: string,
): string {
  const safe = (text: string) => text.replace(/"/g, "'");
  const node = (id: string) => `c_${id.replace(/-/g, '_')}`;
  const lines = [
    'flowchart BT',
    `  accTitle: ${safe(title)}`,
    '  accDescr: Each arrow points from a component to a component it is built on.',
    ...components.map((c) => `  ${node(c.id)}["${safe(c.title)}"]`),
    ...components.flatMap((c) => c.dependsOn.map((d) => `  ${node(c.id)} --> ${node(d)}`)),
  ];
  return lines.join('\n');
}
