// Writes are batched: several items' label and comment changes go into ONE GraphQL request as
// aliased mutations. Values travel as variables, so bodies never need escaping inside the document.

/** One mutation in a batch; `alias` names it in the response (and in errors' `path`). */
export type MutationOp =
  | {
      readonly kind: 'addLabels';
      readonly alias: string;
      readonly labelableId: string;
      readonly labelIds: readonly string[];
    }
  | {
      readonly kind: 'removeLabels';
      readonly alias: string;
      readonly labelableId: string;
      readonly labelIds: readonly string[];
    }
  | { readonly kind: 'addComment'; readonly alias: string; readonly subjectId: string; readonly body: string }
  | { readonly kind: 'updateComment'; readonly alias: string; readonly commentId: string; readonly body: string }
  | { readonly kind: 'deleteComment'; readonly alias: string; readonly commentId: string };

/** A ready-to-send GraphQL request. */
export type GraphqlRequest = { readonly query: string; readonly variables: Record<string, unknown> };

type Part = { readonly vars: Record<string, [type: string, value: unknown]>; readonly field: string };

const part = (op: MutationOp): Part => {
  const v = (name: string) => `$${op.alias}_${name}`;
  switch (op.kind) {
    case 'addLabels':
    case 'removeLabels': {
      const name = op.kind === 'addLabels' ? 'addLabelsToLabelable' : 'removeLabelsFromLabelable';
      return {
        vars: { id: ['ID!', op.labelableId], labels: ['[ID!]!', op.labelIds] },
        field: `${op.alias}: ${name}(input: { labelableId: ${v('id')}, labelIds: ${v('labels')} }) { clientMutationId }`,
      };
    }
    case 'addComment':
      return {
        vars: { id: ['ID!', op.subjectId], body: ['String!', op.body] },
        field: `${op.alias}: addComment(input: { subjectId: ${v('id')}, body: ${v('body')} }) { commentEdge { node { id } } }`,
      };
    case 'updateComment':
      return {
        vars: { id: ['ID!', op.commentId], body: ['String!', op.body] },
        field: `${op.alias}: updateIssueComment(input: { id: ${v('id')}, body: ${v('body')} }) { clientMutationId }`,
      };
    case 'deleteComment':
      return {
        vars: { id: ['ID!', op.commentId] },
        field: `${op.alias}: deleteIssueComment(input: { id: ${v('id')} }) { clientMutationId }`,
      };
  }
};

/** Builds one GraphQL request carrying all `ops` as aliased mutations. Aliases must be unique GraphQL names. */
export const batchMutation = (ops: readonly MutationOp[]): GraphqlRequest => {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const fields: string[] = [];
  for (const op of ops) {
    const { vars, field } = part(op);
    for (const [name, [type, value]] of Object.entries(vars)) {
      definitions.push(`$${op.alias}_${name}: ${type}`);
      variables[`${op.alias}_${name}`] = value;
    }
    fields.push(field);
  }
  return { query: `mutation Batch(${definitions.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, variables };
};
