import { getOperationAST, type DocumentNode, type FieldNode, type SelectionSetNode, type ValueNode } from 'graphql';

/** GitHub's ceiling on the nodes one query may ask for. */
export const MAX_NODES = 500_000;

export type QueryCost = { nodeCount: number; cost: number; overLimitAt?: string };

type Walk = {
  variables: Record<string, unknown>;
  document: DocumentNode;
  nodes: number;
  requests: number;
  overLimitAt?: string;
};

function valueOf(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === 'Variable') return variables[node.name.value];
  if (node.kind === 'IntValue') return Number(node.value);
  if (node.kind === 'BooleanValue') return node.value;
  return undefined;
}

function included(
  field: {
    directives?: readonly {
      name: { value: string };
      arguments?: readonly { name: { value: string }; value: ValueNode }[];
    }[];
  },
  variables: Record<string, unknown>,
): boolean {
  for (const directive of field.directives ?? []) {
    const condition = valueOf(directive.arguments?.find((arg) => arg.name.value === 'if')?.value, variables);
    if (directive.name.value === 'include' && condition === false) return false;
    if (directive.name.value === 'skip' && condition === true) return false;
  }
  return true;
}

function pageSize(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  for (const name of ['first', 'last']) {
    const value = valueOf(field.arguments?.find((arg) => arg.name.value === name)?.value, variables);
    if (typeof value === 'number') return value;
  }
  return undefined;
}

function walk(state: Walk, selectionSet: SelectionSetNode | undefined, multiplier: number, depth: number): void {
  if (!selectionSet || depth > 30) return;
  for (const selection of selectionSet.selections) {
    if (!included(selection, state.variables)) continue;
    if (selection.kind === 'InlineFragment') walk(state, selection.selectionSet, multiplier, depth + 1);
    else if (selection.kind === 'FragmentSpread') {
      const fragment = state.document.definitions.find(
        (d) => d.kind === 'FragmentDefinition' && d.name.value === selection.name.value,
      );
      if (fragment?.kind === 'FragmentDefinition') walk(state, fragment.selectionSet, multiplier, depth + 1);
    } else {
      const size = pageSize(selection, state.variables);
      if (size === undefined) {
        walk(state, selection.selectionSet, multiplier, depth + 1);
        continue;
      }
      state.requests += multiplier;
      state.nodes += multiplier * size;
      if (state.nodes > MAX_NODES) state.overLimitAt ??= selection.name.value;
      walk(state, selection.selectionSet, multiplier * size, depth + 1);
    }
  }
}

/**
 * GitHub's published rule: every connection is assumed to return `first`/`last` items; nodes add up
 * across nesting, and the cost is the number of page requests divided by 100 (at least 1).
 */
export function queryCost(
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): QueryCost {
  const operation = getOperationAST(document, operationName);
  const state: Walk = { variables, document, nodes: 0, requests: 0 };
  walk(state, operation?.selectionSet, 1, 0);
  return {
    nodeCount: state.nodes,
    cost: Math.max(1, Math.round(state.requests / 100)),
    overLimitAt: state.overLimitAt,
  };
}
