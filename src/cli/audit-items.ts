import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Verdict } from '#src/model/verdict.ts';
import type { ItemPlan } from '#src/plan/item-plan.ts';
import { planItem } from '#src/plan/plan-item.ts';
import { attachChildEstimates } from '#src/rules/child-estimates.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import type { JudgeContext } from '#src/rules/rule-input.ts';

/** One audited item: what it is, what the rules concluded, and what the tool would change. */
export type AuditedItem = { readonly item: BacklogItem; readonly verdict: Verdict; readonly plan: ItemPlan };

/** The outcome of an offline audit, in input order; `now` is the moment it was judged against. */
export type Audit = { readonly items: readonly AuditedItem[]; readonly context: JudgeContext };

/** Judges and plans every item, the same way the scheduled sweep does, without writing anything. */
export const auditItems = (items: readonly BacklogItem[], context: JudgeContext): Audit => ({
  // A parent without its own estimate gets its sub-issues' sum, as in the sweep.
  items: attachChildEstimates(items, context.config).map((item) => {
    const verdict = judgeItem(item, context);
    return { item, verdict, plan: planItem(item, verdict, context.config) };
  }),
  context,
});
