import type { BacklogItem } from '#src/model/backlog-item.ts';
import { issueRef, repoOfUrl } from './map-planning.ts';
import { BLOCKERS_QUERY } from './planning-fields.ts';
import type { ReadState } from './read-issues.ts';

type RawBlocker = {
  readonly number: number;
  readonly state: string;
  readonly title: string;
  readonly repository: { readonly nameWithOwner: string } | null;
};
type Data = {
  nodes: ({ number: number; blockedBy: { nodes: (RawBlocker | null)[] | null } } | Record<string, never> | null)[];
};

/** Issues per Blockers query: GitHub's limit for `nodes(ids:)`, and one point per query either way. */
const BATCH = 100;

/**
 * Names the blockers of items GitHub says have open ones (`nativeBlockers.open > 0`), so the reason
 * can say which issue to finish. One query per 100 such items, whatever the backlog's size; items
 * without open blockers cost nothing. When the read fails the counts alone still decide `blocked`.
 */
export const readBlockers = async (state: ReadState, items: readonly BacklogItem[]): Promise<BacklogItem[]> => {
  const wanted = items.filter((item) => (item.nativeBlockers?.open ?? 0) > 0 && state.cache.issueIds.has(item.number));
  if (wanted.length === 0) return [...items];
  const found = new Map<number, BacklogItem['nativeBlockers']>();
  for (let at = 0; at < wanted.length; at += BATCH) {
    const batch = wanted.slice(at, at + BATCH);
    const ids = batch.map((item) => state.cache.issueIds.get(item.number));
    let data: Data;
    try {
      data = await state.client.read<Data>(
        BLOCKERS_QUERY,
        { ids },
        `read the blockers of ${batch.length} issue(s) in ${state.owner}/${state.name}`,
        () => true,
      );
    } catch (error) {
      state.client.log.info(`Notice: could not read which issues block others (${String(error)}); counts still apply.`);
      return [...items];
    }
    for (const node of data.nodes ?? []) {
      if (!node || !('number' in node)) continue;
      const item = batch.find((candidate) => candidate.number === node.number);
      if (!item?.nativeBlockers) continue;
      const own = repoOfUrl(item.url);
      const issues = (node.blockedBy.nodes ?? []).flatMap((raw) => (raw ? [issueRef(raw, own)] : []));
      found.set(item.number, { ...item.nativeBlockers, issues });
    }
  }
  return items.map((item) => {
    const blockers = found.get(item.number);
    return blockers ? { ...item, nativeBlockers: blockers } : item;
  });
};
