import type { Config } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Estimate } from '#src/model/estimate.ts';
import type { ChildEstimates } from '#src/model/planning-data.ts';
import { formatAmount } from './estimate-describe.ts';
import { findIssueFieldEstimate } from './estimate-from-fields.ts';
import { estimateToPoints, findEstimate } from './find-estimate.ts';

/** An item's own estimate, native fields first: what judgeItem uses before falling back to its children. */
export const ownEstimate = (item: BacklogItem, config: Config, doc = parseBody(item.body)): Estimate | undefined =>
  findIssueFieldEstimate(item, config) ?? findEstimate(item, doc, config);

/**
 * Gives every parent in `items` the sum of its open sub-issues' estimates (`childEstimates`), from the
 * sub-issues found in the same list (same repository: GitHub's `parent` without another repository).
 * Only children are parsed again, so a backlog without sub-issues costs one pass. Pure: returns new
 * objects for parents only; everything else is returned as it was.
 */
export const attachChildEstimates = (items: readonly BacklogItem[], config: Config): BacklogItem[] => {
  const sums = new Map<number, { points: number; counted: number; seen: number }>();
  for (const item of items) {
    const parent = item.parent;
    if (!parent || parent.repo !== undefined || item.state !== 'open') continue;
    const sum = sums.get(parent.number) ?? { points: 0, counted: 0, seen: 0 };
    const estimate = ownEstimate(item, config);
    const points = estimate ? estimateToPoints(estimate) : undefined;
    sum.seen += 1;
    if (points !== undefined) {
      sum.points += points;
      sum.counted += 1;
    }
    sums.set(parent.number, sum);
  }
  if (sums.size === 0) return [...items];
  return items.map((item) => {
    const sum = sums.get(item.number);
    return sum ? { ...item, childEstimates: sum } : item;
  });
};

/**
 * The estimate a parent without its own gets: the sum of its sub-issues' estimates, saying so in
 * the source. Undefined when no child in the backlog has an estimate.
 */
export const childrenEstimate = (item: BacklogItem): Estimate | undefined => {
  const sum: ChildEstimates | undefined = item.childEstimates;
  if (!sum || sum.counted === 0) return undefined;
  const of = sum.counted === sum.seen ? `${sum.counted}` : `${sum.counted} of ${sum.seen}`;
  const children = sum.seen === 1 ? 'open sub-issue' : 'open sub-issues';
  return {
    points: sum.points,
    source: `the sum of its ${of} ${children}' estimates (${formatAmount(sum.points)} points; it has no estimate of its own)`,
  };
};
