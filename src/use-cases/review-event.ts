import { reviewDependents } from './review-dependents.ts';
import { reviewIssue, type ReviewIssueInput } from './review-issue.ts';
import type { RunResult } from './run-result.ts';

/**
 * One issue event, for both front ends: a closed issue re-judges the issues it blocked (the closed
 * issue itself needs no label any more); every other action judges the issue itself.
 */
export const reviewEvent = (input: ReviewIssueInput): Promise<RunResult> =>
  input.event.action === 'closed' && !input.event.isPullRequest
    ? reviewDependents({ ...input, number: input.event.number })
    : reviewIssue(input);
