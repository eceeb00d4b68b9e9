import { DEPENDENTS_QUERY } from './planning-fields.ts';
import type { ReadState } from './read-issues.ts';

type Data = {
  repository: {
    issue: {
      blocking: {
        nodes: ({ number: number; state: string; repository: { nameWithOwner: string } | null } | null)[] | null;
      };
    } | null;
  } | null;
};

/** Open issues of this repository that `number` blocks, oldest number first; empty when it blocks none. */
export const readDependents = async (state: ReadState, number: number): Promise<number[]> => {
  const data = await state.client.read<Data>(
    DEPENDENTS_QUERY,
    { owner: state.owner, name: state.name, number },
    `list the issues #${number} blocks in ${state.owner}/${state.name}`,
    (error) => error.type === 'NOT_FOUND',
  );
  const own = `${state.owner}/${state.name}`.toLowerCase();
  return (data.repository?.issue?.blocking.nodes ?? [])
    .filter((node) => node && node.state === 'OPEN' && node.repository?.nameWithOwner.toLowerCase() === own)
    .map((node) => node!.number)
    .sort((a, b) => a - b);
};
