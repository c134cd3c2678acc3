import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * How many root fields the operation of `info` asks for, fragments expanded (`__typename` aside):
 * what an operation that must be alone in its document checks.
 */
export function rootFieldCount(info: GraphQLResolveInfo): number {
  const count = (selectionSet: SelectionSetNode, seen: Set<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value !== '__typename') total++;
      } else if (selection.kind === 'InlineFragment') {
        total += count(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = info.fragments[name];
        if (fragment && !seen.has(name)) total += count(fragment.selectionSet, new Set([...seen, name]));
      }
    }
    return total;
  };
  return count(info.operation.selectionSet, new Set());
}
