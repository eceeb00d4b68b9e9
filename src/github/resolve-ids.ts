import type { ReadState } from './read-issues.ts';
import { refreshLabels } from './read-issues.ts';
import { issueIdsQuery } from './queries.ts';
import { knownLabel } from './repo-cache.ts';
import { createLabels } from './create-labels.ts';

/** GitHub caps the nodes one query may select; 100 aliased issue lookups stay well below it. */
const IDS_PER_QUERY = 100;

/**
 * Makes sure the node ids of these issues are known (items read this run already are). Returns
 * the numbers GitHub has no issue for (deleted, transferred, or a pull request).
 */
export const ensureIssueIds = async (state: ReadState, numbers: readonly number[]): Promise<Set<number>> => {
  const unknown = [...new Set(numbers)].filter((n) => !state.cache.issueIds.has(n));
  const missing = new Set<number>();
  for (let start = 0; start < unknown.length; start += IDS_PER_QUERY) {
    const chunk = unknown.slice(start, start + IDS_PER_QUERY);
    type Data = { repository: Record<string, { id: string; number: number } | null> | null };
    const data = await state.client.read<Data>(
      issueIdsQuery(chunk),
      { owner: state.owner, name: state.name },
      `look up issues #${chunk.join(', #')}`,
      (e) => e.type === 'NOT_FOUND',
    );
    chunk.forEach((n, i) => {
      const issue = data.repository?.[`i${i}`];
      if (issue) state.cache.issueIds.set(n, issue.id);
      else missing.add(n);
    });
  }
  return missing;
};

/**
 * Makes sure every label to add has a known id: reads the labels once if needed, and creates the
 * ones the repository still lacks (GitHub's REST "add labels" would create them silently too).
 */
export const ensureLabelIds = async (
  state: ReadState,
  toAdd: readonly string[],
  toRemove: readonly string[],
): Promise<void> => {
  const lacking = () => [...toAdd, ...toRemove].filter((name) => !knownLabel(state.cache, name));
  if (lacking().length === 0) return;
  await refreshLabels(state);
  const create = [...new Set(toAdd.filter((name) => !knownLabel(state.cache, name)))];
  if (create.length > 0)
    await createLabels(
      state,
      create.map((name) => ({ name, color: 'ededed', description: '' })),
    );
};
