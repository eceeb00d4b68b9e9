import { pass } from '#src/model/check.ts';
import type { Rule } from './rule-input.ts';
import { tooBigRule } from './too-big.ts';

/**
 * The too-big rule, aware of sub-issues: an item above the limit that already has sub-issues (GitHub's
 * sub-issue summary, or children found in the backlog) is already split, so it passes and its children
 * are judged instead; the reason keeps the estimate and the limit.
 */
export const tooBigSplitAware: Rule = (input) => {
  const check = tooBigRule(input);
  if (check.ok) return check;
  const { item } = input;
  const total = Math.max(item.subIssues?.total ?? 0, item.childEstimates?.seen ?? 0);
  if (total === 0) return check;
  const done = item.subIssues ? ` (${item.subIssues.completed} done)` : '';
  // The too-big reason ends with its advice after the last colon; the estimate and the limit stay.
  const what = check.reason.replace(/:[^:]*$/, '');
  return pass(
    'too-big',
    `${what}, but already split into ${total} sub-issue${total === 1 ? '' : 's'}${done}: they are judged instead.`,
  );
};
