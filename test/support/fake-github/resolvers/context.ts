import { GraphQLError } from 'graphql';
import type { FakeState } from '../state.ts';

/** What every resolver gets: the state and a once-per-field log of what the fake does not model. */
export type GraphqlContext = {
  state: FakeState;
  /** The document's cost by GitHub's published rule, for Query.rateLimit. */
  cost: { nodeCount: number; cost: number };
  unsupported(typeName: string, fieldName: string): void;
};

/** A GitHub-style error (GitHub puts `type` at the top level; the handler moves it there). */
export function githubError(
  type: 'NOT_FOUND' | 'UNPROCESSABLE' | 'FORBIDDEN' | 'MISSING_PAGINATION_BOUNDARIES' | 'EXCESSIVE_PAGINATION',
  message: string,
): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}

/** GitHub's error for an unknown global id. */
export const nodeNotFound = (id: string): GraphQLError =>
  githubError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
