/** A change to this tool's one explanation comment on an item. */
export type CommentChange =
  | { readonly kind: 'create'; readonly body: string }
  | { readonly kind: 'update'; readonly commentId: string; readonly body: string }
  | { readonly kind: 'delete'; readonly commentId: string };

/**
 * The diff for one item: exactly the writes needed to move it from what it has now to what it
 * should have. An empty plan (no labels, no comment) means zero writes.
 */
export type ItemPlan = {
  readonly number: number;
  readonly addLabels: readonly string[];
  readonly removeLabels: readonly string[];
  readonly comment?: CommentChange;
};

/** Number of write requests a plan costs: one per label change kind (add, remove) and one for the comment. */
export const planWrites = (plan: ItemPlan): number =>
  (plan.addLabels.length > 0 ? 1 : 0) + (plan.removeLabels.length > 0 ? 1 : 0) + (plan.comment ? 1 : 0);

/** True when a plan changes nothing. */
export const isEmptyPlan = (plan: ItemPlan): boolean => planWrites(plan) === 0;
