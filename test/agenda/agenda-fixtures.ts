import type { AgendaEntry } from '#src/agenda/agenda-entry.ts';
import { fail, pass, type Finding } from '#src/model/check.ts';
import type { Milestone } from '#src/model/milestone.ts';
import { RULE_IDS, type RuleId } from '#src/model/rule-id.ts';
import type { Verdict } from '#src/model/verdict.ts';
import { daysAgo } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

export { daysAgo };

/** Reasons as the rules word them, so rendered lines read like the real thing. */
export const REASONS: Record<RuleId, string> = {
  'too-big': 'Estimate 13 points is above the limit of 8: split it.',
  'acceptance-criteria': 'Add acceptance criteria: how will we know it is done?',
  estimate: 'Add an estimate: story points, a size label or a time.',
  vague: 'The body is an unfilled template: describe the problem and who has it.',
  blocked: 'Blocked by #7, which is still open.',
  stale: 'No human activity for 94 days: keep, re-scope or close.',
  unprioritized: 'Add a priority label (P0–P3) or set the Priority field.',
};

/** A verdict failing the given rules (all of them blocking); ready when none fail. */
export const aVerdict = (number: number, failing: readonly RuleId[] = [], extra: Partial<Verdict> = {}): Verdict => {
  const checks = RULE_IDS.map((rule) => (failing.includes(rule) ? fail(rule, REASONS[rule]) : pass(rule, 'ok')));
  return {
    number,
    ready: failing.length === 0,
    kind: 'default',
    checks,
    blocking: checks.filter((c): c is Finding => !c.ok),
    pinned: false,
    skipped: false,
    ...extra,
  };
};

/** An open item of milestone 4 with its verdict. */
export const anEntry = (
  number: number,
  failing: readonly RuleId[] = [],
  extra: Partial<Verdict> = {},
  item: Parameters<typeof anItem>[0] = {},
): AgendaEntry => ({
  item: anItem({
    number,
    title: `Checkout: item ${number}`,
    url: `https://github.com/acme/webshop/issues/${number}`,
    milestone: { number: 4, title: 'v2.0', dueOn: '2026-11-28T00:00:00Z' },
    createdAt: daysAgo(30 + (number % 17)),
    ...item,
  }),
  verdict: aVerdict(number, failing, extra),
});

/** The milestone most tests render: v2.0, due a week after FIXED_NOW. */
export const V2: Milestone = {
  number: 4,
  title: 'v2.0',
  state: 'open',
  dueOn: '2026-11-28T00:00:00Z',
  url: 'https://github.com/acme/webshop/milestone/4',
};
