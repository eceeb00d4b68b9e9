import { isEmptyPlan, type ItemPlan } from '#src/plan/item-plan.ts';
import { describeGitHubError, isTransient } from './describe-error.ts';
import type { ApplyResult } from './gateway.ts';
import { graphqlFailure, type GraphqlError } from './github-client.ts';
import { batchMutation, type MutationOp } from './mutations.ts';
import type { ReadState } from './read-issues.ts';
import { knownLabel } from './repo-cache.ts';
import { ensureIssueIds, ensureLabelIds } from './resolve-ids.ts';

/** Items per GraphQL request: small enough that one slow item does not time out the whole request. */
export const BATCH_SIZE = 20;

type Failed = ApplyResult['failed'][number];
type Prepared = { readonly plan: ItemPlan; readonly ops: readonly MutationOp[] };

const opsFor = (state: ReadState, plan: ItemPlan, index: number): MutationOp[] => {
  const id = state.cache.issueIds.get(plan.number) ?? '';
  const idsOf = (names: readonly string[]) => names.flatMap((name) => knownLabel(state.cache, name)?.id ?? []);
  const ops: MutationOp[] = [];
  const add = idsOf(plan.addLabels);
  // A label missing from the repository cannot be on the issue, so removing it is already done.
  const remove = idsOf(plan.removeLabels);
  if (add.length > 0) ops.push({ kind: 'addLabels', alias: `a${index}`, labelableId: id, labelIds: add });
  if (remove.length > 0) ops.push({ kind: 'removeLabels', alias: `r${index}`, labelableId: id, labelIds: remove });
  const comment = plan.comment;
  if (comment?.kind === 'create')
    ops.push({ kind: 'addComment', alias: `c${index}`, subjectId: id, body: comment.body });
  if (comment?.kind === 'update')
    ops.push({ kind: 'updateComment', alias: `u${index}`, commentId: comment.commentId, body: comment.body });
  if (comment?.kind === 'delete') ops.push({ kind: 'deleteComment', alias: `d${index}`, commentId: comment.commentId });
  return ops;
};

const send = (state: ReadState, ops: readonly MutationOp[]) => {
  const { query, variables } = batchMutation(ops);
  return state.client.mutate(query, variables, { retry: !ops.some((op) => op.kind === 'addComment') });
};

const what = (plan: ItemPlan) => `update #${plan.number}`;
const notAttempted = (plan: ItemPlan) =>
  `Did not update #${plan.number}: GitHub failed earlier in this run (see above); it is left for the next run.`;

/** Deleting a comment that is already gone reached the goal; any other error is the item's failure. */
const isRealError = (item: Prepared) => (error: GraphqlError) => {
  const op = item.ops.find((candidate) => candidate.alias === error.path?.[0]);
  return op !== undefined && !(op.kind === 'deleteComment' && error.type === 'NOT_FOUND');
};

/** Sends items one by one after a batch failed, so one bad item does not sink the others. */
const oneByOne = async (
  state: ReadState,
  items: readonly Prepared[],
  applied: ItemPlan[],
  failed: Failed[],
): Promise<boolean> => {
  for (const [index, item] of items.entries()) {
    try {
      await send(state, item.ops);
      applied.push(item.plan);
    } catch (error) {
      failed.push({ plan: item.plan, error: describeGitHubError(error, what(item.plan)) });
      if (isTransient(error)) {
        failed.push(...items.slice(index + 1).map((rest) => ({ plan: rest.plan, error: notAttempted(rest.plan) })));
        return false;
      }
    }
  }
  return true;
};

/**
 * Sends one batch. Partial GraphQL errors are attributed to items by alias (the rest was applied);
 * a transient failure (5xx, rate limit) stops writing; any other failure retries the items one by one.
 * Returns false when writing should stop for this run.
 */
const sendBatch = async (
  state: ReadState,
  items: readonly Prepared[],
  applied: ItemPlan[],
  failed: Failed[],
): Promise<boolean> => {
  try {
    await send(
      state,
      items.flatMap((item) => item.ops),
    );
    applied.push(...items.map((item) => item.plan));
    return true;
  } catch (error) {
    const failure = graphqlFailure(error);
    const aliases = failure?.errors.map((e) => e.path?.[0]);
    if (failure?.data && aliases?.every((alias) => typeof alias === 'string')) {
      for (const item of items) {
        const errors = failure.errors.filter(isRealError(item));
        if (errors.length === 0) applied.push(item.plan);
        else failed.push({ plan: item.plan, error: describeGitHubError({ errors }, what(item.plan)) });
      }
      return true;
    }
    if (isTransient(error)) {
      const message = describeGitHubError(error, `update #${items.map((item) => item.plan.number).join(', #')}`);
      failed.push(...items.map((item) => ({ plan: item.plan, error: message })));
      return false;
    }
    return oneByOne(state, items, applied, failed);
  }
};

/** Applies plans in batches of aliased mutations; never replaces an issue's label set. */
export const applyPlans = async (state: ReadState, plans: readonly ItemPlan[]): Promise<ApplyResult> => {
  const applied: ItemPlan[] = plans.filter(isEmptyPlan);
  const failed: Failed[] = [];
  const work = plans.filter((plan) => !isEmptyPlan(plan));
  if (work.length === 0) return { applied, deferred: [], failed };
  const missing = await ensureIssueIds(
    state,
    work.map((plan) => plan.number),
  );
  await ensureLabelIds(
    state,
    work.flatMap((plan) => plan.addLabels),
    work.flatMap((plan) => plan.removeLabels),
  );
  const prepared: Prepared[] = [];
  for (const plan of work) {
    if (missing.has(plan.number))
      failed.push({
        plan,
        error: `Could not update #${plan.number}: the issue does not exist (deleted or transferred). It is skipped.`,
      });
    else prepared.push({ plan, ops: opsFor(state, plan, prepared.length % BATCH_SIZE) });
  }
  for (let start = 0; start < prepared.length; start += BATCH_SIZE) {
    const batch = prepared.slice(start, start + BATCH_SIZE);
    const nothingToSend = batch.filter((item) => item.ops.length === 0);
    applied.push(...nothingToSend.map((item) => item.plan));
    const toSend = batch.filter((item) => item.ops.length > 0);
    if (toSend.length > 0 && !(await sendBatch(state, toSend, applied, failed))) {
      failed.push(
        ...prepared.slice(start + BATCH_SIZE).map((item) => ({ plan: item.plan, error: notAttempted(item.plan) })),
      );
      break;
    }
  }
  return { applied, deferred: [], failed };
};
