import { findRepo } from '../state.ts';
import { githubError, nodeNotFound, type GraphqlContext } from './context.ts';
import { findNode } from './node-lookup.ts';
import { repositoryView } from './repository-view.ts';
import { actorView } from './simple-views.ts';

/** Query root fields the fake answers. */
export function queryRoot(context: GraphqlContext & { graphqlCalls: number }) {
  const { state } = context;
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = findRepo(state, owner, name);
      if (!repo) throw githubError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
      return repositoryView(state, repo);
    },
    viewer: () => actorView(state.actor),
    rateLimit: () => ({
      __typename: 'RateLimit',
      cost: context.cost.cost,
      limit: 5000,
      nodeCount: context.cost.nodeCount,
      used: context.graphqlCalls,
      remaining: Math.max(0, 5000 - context.graphqlCalls),
      resetAt: new Date(Date.parse(state.clock.now()) + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    }),
    node: ({ id }: { id: string }) => {
      const node = findNode(state, id);
      if (node === undefined) throw nodeNotFound(id);
      return node;
    },
    nodes: ({ ids }: { ids: string[] }) =>
      ids.map((id) => {
        const node = findNode(state, id);
        if (node === undefined) throw nodeNotFound(id);
        return node;
      }),
  };
}
