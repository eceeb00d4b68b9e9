import { isEmptyPlan, type ItemPlan } from '#src/plan/item-plan.ts';
import { describeGitHubError } from './describe-error.ts';
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

const numbers = (items: readonly Prepared[]) => `#${items.map((item) => item.plan.number).join(', #')}`;

const send = (state: ReadState, items: readonly Prepared[]) => {
  const ops = items.flatMap((item) => item.ops);
  const { query, variables } = batchMutation(ops);
  return state.client.mutate(query, variables, {
    what: `update ${numbers(items)}`,
    retry: !ops.some((op) => op.kind === 'addComment'),
  });
};

const what = (plan: ItemPlan) => `update #${plan.number}`;

/** Deleting a comment that is already gone reached the goal; any other error is the item's failure. */
const isRealError = (item: Prepared) => (error: GraphqlError) => {
  const op = item.ops.find((candidate) => candidate.alias === error.path?.[0]);
  return op !== undefined && !(op.kind === 'deleteComment' && error.type === 'NOT_FOUND');
};

/** Where each plan ended up; `left` holds plans not (known to be) applied when the run stopped. */
type Sorted = { readonly applied: ItemPlan[]; readonly failed: Failed[]; readonly left: ItemPlan[] };

/** Sends items one by one after a batch failed, so one bad item does not sink the others. */
const oneByOne = async (state: ReadState, items: readonly Prepared[], out: Sorted): Promise<boolean> => {
  for (const [index, item] of items.entries()) {
    try {
      await send(state, [item]);
      out.applied.push(item.plan);
    } catch (error) {
      if (state.client.brake.stopped()) {
        out.left.push(...items.slice(index).map((rest) => rest.plan));
        return false;
      }
      out.failed.push({ plan: item.plan, error: describeGitHubError(error, what(item.plan)) });
    }
  }
  return true;
};

/**
 * Sends one batch. Partial GraphQL errors are attributed to items by alias (the rest was applied);
 * a failure that stopped the run (no answer, 5xx, a rate limit, a missing permission) leaves the
 * batch's unconfirmed items for the next run; any other failure retries the items one by one.
 * Returns false when the run has stopped writing.
 */
const sendBatch = async (state: ReadState, items: readonly Prepared[], out: Sorted): Promise<boolean> => {
  try {
    await send(state, items);
    out.applied.push(...items.map((item) => item.plan));
    return true;
  } catch (error) {
    const stopped = state.client.brake.stopped() !== undefined;
    const failure = graphqlFailure(error);
    const aliases = failure?.errors.map((e) => e.path?.[0]);
    if (failure?.data && aliases?.every((alias) => typeof alias === 'string')) {
      for (const item of items) {
        const errors = failure.errors.filter(isRealError(item));
        if (errors.length === 0) out.applied.push(item.plan);
        else if (stopped) out.left.push(item.plan);
        else out.failed.push({ plan: item.plan, error: describeGitHubError({ errors }, what(item.plan)) });
      }
      return !stopped;
    }
    if (stopped) {
      out.left.push(...items.map((item) => item.plan));
      return false;
    }
    return oneByOne(state, items, out);
  }
};

/**
 * Applies plans in batches of aliased mutations; never replaces an issue's label set. When the run
 * stops (see run-stop.ts), the plans not confirmed applied come back as `deferred`, whole, for the
 * next run, and nothing more is sent; the run's stop says what happened.
 */
export const applyPlans = async (state: ReadState, plans: readonly ItemPlan[]): Promise<ApplyResult> => {
  const out: Sorted = { applied: plans.filter(isEmptyPlan), failed: [], left: [] };
  const result = (): ApplyResult => ({ applied: out.applied, deferred: out.left, failed: out.failed });
  const work = plans.filter((plan) => !isEmptyPlan(plan));
  if (work.length === 0) return result();
  // A run that already stopped sends nothing more: every plan waits for the next run, whole.
  if (state.client.brake.stopped()) return (out.left.push(...work), result());
  const missing = await ensureIssueIds(
    state,
    work.map((plan) => plan.number),
  );
  try {
    await ensureLabelIds(
      state,
      work.flatMap((plan) => plan.addLabels),
      work.flatMap((plan) => plan.removeLabels),
    );
  } catch (error) {
    // Creating a missing label is a write too: when it stopped the run, the plans wait whole.
    if (!state.client.brake.stopped()) throw error;
    out.left.push(...work);
    return result();
  }
  const prepared: Prepared[] = [];
  for (const plan of work) {
    if (missing.has(plan.number))
      out.failed.push({
        plan,
        error: `Could not update #${plan.number}: the issue does not exist (deleted or transferred). It is skipped.`,
      });
    else prepared.push({ plan, ops: opsFor(state, plan, prepared.length % BATCH_SIZE) });
  }
  for (let start = 0; start < prepared.length; start += BATCH_SIZE) {
    const batch = prepared.slice(start, start + BATCH_SIZE);
    const nothingToSend = batch.filter((item) => item.ops.length === 0);
    out.applied.push(...nothingToSend.map((item) => item.plan));
    const toSend = batch.filter((item) => item.ops.length > 0);
    if (toSend.length > 0 && !(await sendBatch(state, toSend, out))) {
      out.left.push(...prepared.slice(start + BATCH_SIZE).map((item) => item.plan));
      break;
    }
  }
  return result();
};
