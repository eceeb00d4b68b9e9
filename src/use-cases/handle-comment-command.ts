import type { RequestStats } from '#src/github/gateway.ts';
import { commandDeniedReply } from './command-reply.ts';
import type { GivenCommand } from './parse-command.ts';
import { reviewIssue, type ReviewIssueInput } from './review-issue.ts';
import { runCommand } from './run-command.ts';
import type { RunResult } from './run-result.ts';

/** Everything a comment command needs: what review-issue needs, plus the command and who gave it. */
export type CommentCommandInput = ReviewIssueInput & {
  readonly given: GivenCommand;
  /** Where the dry run's "DRY-RUN: would reply …" line goes. */
  readonly log?: (line: string) => void;
};

/** What happened: whether the person could give the command, and the run (the reply counted in `changes`). */
export type CommentCommandOutcome = { readonly allowed: boolean; readonly result: RunResult };

/**
 * `/ready` or `/refine` from a comment, the same for every front end: checks the commenter's
 * permission through the gateway (one read); with write access the command runs (one batched
 * write); without it the commenter gets one polite reply (only one per person per issue, however
 * often they try) and the comment is judged as any other activity on the issue. The reply is one change of the write budget; a dry run only logs it.
 */
export const handleCommentCommand = async (input: CommentCommandInput): Promise<CommentCommandOutcome> => {
  const { gateway, event, given } = input;
  const start = gateway.stats();
  const since = (): RequestStats => ({
    reads: gateway.stats().reads - start.reads,
    writes: gateway.stats().writes - start.writes,
  });
  const allowed = await gateway.canWrite(given.login);
  if (allowed) {
    const result = await runCommand({ ...input, number: event.number, command: given.command });
    return { allowed, result: { ...result, stats: since() } };
  }
  // One reply per person per issue: an earlier reply to them is found by its hidden marker.
  const item = await gateway.getItem(event.number);
  const repliedBefore = item?.commandRepliesTo?.includes(given.login.toLowerCase()) ?? false;
  const replies = !repliedBefore && input.maxWrites >= 1 ? 1 : 0;
  if (input.dryRun && replies > 0)
    input.log?.(
      `DRY-RUN: would reply to @${given.login} on #${event.number} that /${given.command} needs write access`,
    );
  else if (replies > 0) await gateway.addComment(event.number, commandDeniedReply(given.login, given.command));
  const result = await reviewIssue({ ...input, ...(item ? { item } : {}), maxWrites: input.maxWrites - replies });
  return { allowed, result: { ...result, changes: result.changes + replies, stats: since() } };
};
