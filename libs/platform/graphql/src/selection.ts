import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields the operation asks for below the resolved field, along `path` (e.g.
 * `['edges', 'node']` for a connection's nodes), fragments and aliases expanded: lets a list read
 * only what its page will show (a timeline nobody asked for is not read). `@skip` and `@include`
 * are ignored: a field they leave out is still counted, so a caller reads more, never less.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  const fieldsOf = (selectionSet: SelectionSetNode | undefined, seen: ReadonlySet<string>): FieldNode[] => {
    if (!selectionSet) return [];
    const fields: FieldNode[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') fields.push(selection);
      else if (selection.kind === 'InlineFragment') fields.push(...fieldsOf(selection.selectionSet, seen));
      else {
        const name = selection.name.value;
        const fragment = info.fragments[name];
        if (fragment && !seen.has(name)) fields.push(...fieldsOf(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return fields;
  };
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    level = level
      .flatMap((field) => fieldsOf(field.selectionSet, new Set()))
      .filter((field) => field.name.value === name);
  }
  return new Set(level.flatMap((field) => fieldsOf(field.selectionSet, new Set())).map((f) => f.name.value));
}
