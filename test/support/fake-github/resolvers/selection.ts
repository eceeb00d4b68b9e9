import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function mentions(
  selectionSet: SelectionSetNode | undefined,
  names: readonly string[],
  info: GraphQLResolveInfo,
  depth = 0,
): boolean {
  if (!selectionSet || depth > 10) return false;
  return selectionSet.selections.some((selection) => {
    if (selection.kind === 'Field') return names.includes(selection.name.value);
    if (selection.kind === 'InlineFragment') return mentions(selection.selectionSet, names, info, depth + 1);
    const fragment = info.fragments[selection.name.value];
    return mentions(fragment?.selectionSet, names, info, depth + 1);
  });
}

/** True when the current field selects `nodes` or `edges`: only then does GitHub insist on first/last. */
export function selectsItems(info: GraphQLResolveInfo | undefined): boolean {
  if (!info) return true;
  return info.fieldNodes.some((node) => mentions(node.selectionSet, ['nodes', 'edges'], info));
}
