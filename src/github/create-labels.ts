import type { RepoLabel } from '#src/model/repo-label.ts';
import { graphqlFailure, type GraphqlError } from './github-client.ts';
import type { RawLabel } from './graphql-shapes.ts';
import type { ReadState } from './read-issues.ts';
import { rememberLabels } from './repo-cache.ts';

/** The repository's node id, which createLabel needs; the first issue read usually carried it already. */
const REPOSITORY_ID_QUERY = `query RepositoryId($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) { id }
}`;

/** One document with a `createLabel` per label, aliased l0, l1, …; values travel as variables. */
export const createLabelsMutation = (
  repositoryId: string,
  labels: readonly RepoLabel[],
): { query: string; variables: Record<string, unknown> } => {
  const definitions = ['$repositoryId: ID!'];
  const fields: string[] = [];
  const variables: Record<string, unknown> = { repositoryId };
  labels.forEach((label, index) => {
    definitions.push(`$l${index}_name: String!, $l${index}_color: String!, $l${index}_description: String`);
    fields.push(
      `l${index}: createLabel(input: { repositoryId: $repositoryId, name: $l${index}_name, color: $l${index}_color, description: $l${index}_description }) { label { id name color description } }`,
    );
    variables[`l${index}_name`] = label.name;
    variables[`l${index}_color`] = label.color.replace(/^#/, '');
    variables[`l${index}_description`] = label.description;
  });
  return { query: `mutation CreateLabels(${definitions.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, variables };
};

const repositoryId = async (state: ReadState): Promise<string> => {
  if (state.cache.repositoryId) return state.cache.repositoryId;
  const data = await state.client.read<{ repository: { id: string } | null }>(
    REPOSITORY_ID_QUERY,
    { owner: state.owner, name: state.name },
    `read the id of ${state.owner}/${state.name}`,
  );
  if (!data.repository)
    throw new Error(`Repository ${state.owner}/${state.name} not found, or the token cannot see it.`);
  state.cache.repositoryId = data.repository.id;
  return data.repository.id;
};

// Someone (or a parallel run) created the label meanwhile: GitHub says the name is taken. That is the goal.
const isTaken = (error: GraphqlError): boolean =>
  error.type === 'UNPROCESSABLE' || /already (been )?taken|already exists/i.test(error.message ?? '');

type Created = Record<string, { label: RawLabel | null } | null>;

/**
 * Creates the given labels in ONE request (aliased `createLabel` mutations), so a repository's first
 * event costs one label write however many labels it needs. A label created meanwhile by someone else
 * is fine: the label cache is re-read before its id is needed. Safe to re-send: a repeated
 * createLabel only finds the name taken.
 */
export const createLabels = async (state: ReadState, labels: readonly RepoLabel[]): Promise<void> => {
  if (labels.length === 0) return;
  const id = await repositoryId(state);
  const { query, variables } = createLabelsMutation(id, labels);
  const what = `create labels ${labels.map((label) => `"${label.name}"`).join(', ')} in ${state.owner}/${state.name}`;
  let data: Created;
  try {
    data = await state.client.mutate<Created>(query, variables, { what });
  } catch (error) {
    const failure = graphqlFailure(error);
    if (!failure?.data || !failure.errors.every(isTaken)) throw error;
    data = failure.data as Created;
    state.cache.labelsLoaded = false;
  }
  rememberLabels(
    state.cache,
    Object.values(data).map((payload) => payload?.label ?? null),
  );
};
