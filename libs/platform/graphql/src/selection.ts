import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects `path` below it (`['edges', 'node', 'categories']`),
 * through fragments and inline fragments; `@skip`/`@include` are not read (a field they may leave
 * out counts as selected). For a list query that reads expensive parts (a subquery per row) only
 * when a client asks for them: the answer may be `true` more often than needed, never `false` when
 * the field will be resolved.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const found = (selectionSet: SelectionSetNode | undefined, depth: number, seen: ReadonlySet<string>): boolean => {
    if (!selectionSet) return false;
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value !== path[depth]) continue;
        if (depth === path.length - 1 || found(selection.selectionSet, depth + 1, seen)) return true;
      } else if (selection.kind === 'InlineFragment') {
        if (found(selection.selectionSet, depth, seen)) return true;
      } else {
        const name = selection.name.value;
        const fragment = info.fragments[name];
        if (fragment && !seen.has(name) && found(fragment.selectionSet, depth, new Set([...seen, name]))) return true;
      }
    }
    return false;
  };
  return path.length > 0 && info.fieldNodes.some((node) => found(node.selectionSet, 0, new Set()));
}
