import type { Config } from '#src/config/schema.ts';
import type { Gateway } from '#src/github/gateway.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { attachChildEstimates } from '#src/rules/child-estimates.ts';

/**
 * The item with its open sub-issues' estimates summed (`childEstimates`), as the nightly audit
 * computes them, so an event on a parent gives the same verdict as the audit. One read, and only for
 * items GitHub says have sub-issues.
 */
export const withSubIssueEstimates = async (
  gateway: Gateway,
  config: Config,
  item: BacklogItem,
): Promise<BacklogItem> => {
  if ((item.subIssues?.total ?? 0) === 0 || (item.subIssues?.completed ?? 0) >= (item.subIssues?.total ?? 0))
    return item;
  const children = await gateway.listSubIssues(item.number);
  return attachChildEstimates([item, ...children], config)[0] ?? item;
};
