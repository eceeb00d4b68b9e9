import type { BacklogItem } from '#src/model/backlog-item.ts';
import { RULE_IDS, type RuleId } from '#src/model/rule-id.ts';
import type { Verdict } from '#src/model/verdict.ts';
import type { ItemPlan } from '#src/plan/item-plan.ts';
import { summarize, verdictName, type VerdictName } from './summarize.ts';

/** One item in the CLI's JSON output. */
export type AuditJsonItem = {
  readonly number: number;
  readonly title: string;
  readonly url: string;
  readonly verdict: VerdictName;
  readonly ready: boolean;
  readonly pinned: boolean;
  readonly kind: string;
  /** Every rule id, in RULE_IDS order. */
  readonly checks: Record<RuleId, { readonly ok: boolean; readonly reason: string }>;
  readonly labels: { readonly add: readonly string[]; readonly remove: readonly string[] };
  /** The planned change to the explanation comment, or null for none. */
  readonly comment: 'create' | 'update' | 'delete' | null;
};

/** The CLI's JSON output: one entry per judged item (input order) and the counts. */
export type AuditJson = {
  readonly items: readonly AuditJsonItem[];
  readonly summary: {
    readonly total: number;
    readonly ready: number;
    readonly needsRefinement: number;
    readonly skipped: number;
    readonly percentReady: number;
    readonly byRule: Record<RuleId, number>;
    readonly byVerdict: Record<VerdictName, number>;
  };
};

const NOT_JUDGED = 'Not judged: the item is skipped.';

const checksOf = (verdict: Verdict): AuditJsonItem['checks'] => {
  const found = new Map(verdict.checks.map((check) => [check.rule, check]));
  // Fixed key order keeps the output diffable; a missing check (skipped items) still gets an entry.
  return Object.fromEntries(
    RULE_IDS.map((rule) => {
      const check = found.get(rule);
      return [rule, check ? { ok: check.ok, reason: check.reason } : { ok: true, reason: NOT_JUDGED }];
    }),
  ) as AuditJsonItem['checks'];
};

/**
 * Builds the CLI's JSON object from items, their verdicts and their plans (matched by issue number).
 * Items without a verdict are left out; an item without a plan shows no label changes.
 */
export const auditJson = (
  items: readonly BacklogItem[],
  verdicts: readonly Verdict[],
  plans: readonly ItemPlan[],
): AuditJson => {
  const verdictByNumber = new Map(verdicts.map((verdict) => [verdict.number, verdict]));
  const planByNumber = new Map(plans.map((plan) => [plan.number, plan]));
  const entries: AuditJsonItem[] = [];
  for (const item of items) {
    const verdict = verdictByNumber.get(item.number);
    if (!verdict) continue;
    const plan = planByNumber.get(item.number);
    entries.push({
      number: item.number,
      title: item.title,
      url: item.url,
      verdict: verdictName(verdict),
      ready: verdict.ready,
      pinned: verdict.pinned,
      kind: verdict.kind,
      checks: checksOf(verdict),
      labels: { add: plan?.addLabels ?? [], remove: plan?.removeLabels ?? [] },
      comment: plan?.comment?.kind ?? null,
    });
  }
  const summary = summarize(verdicts);
  return {
    items: entries,
    summary: {
      total: summary.total,
      ready: summary.ready,
      needsRefinement: summary.needsRefinement,
      skipped: summary.skipped,
      percentReady: summary.percentReady,
      byRule: summary.byRule,
      byVerdict: { ready: summary.ready, 'needs-refinement': summary.needsRefinement, skipped: summary.skipped },
    },
  };
};
