import { fail, pass, type Check, type Finding } from '#src/model/check.ts';
import { RULE_IDS, type RuleId } from '#src/model/rule-id.ts';
import type { Verdict } from '#src/model/verdict.ts';

/** Realistic reasons a rule gives when it passes, so rendered comments read like real ones. */
const PASS_REASONS: Record<RuleId, string> = {
  'acceptance-criteria': 'Found acceptance criteria under "Acceptance criteria" (3 items).',
  estimate: 'Estimate found: label "points: 3".',
  'too-big': '3 points is within the limit of 8.',
  vague: 'The body explains the problem in 64 words.',
  stale: 'Last human activity 11 days ago.',
  blocked: 'No open dependencies.',
  unprioritized: 'Priority found: label "priority: high".',
};

/** Realistic reasons for failures, used when a test lists a failed rule without its own reason. */
export const FAIL_REASONS: Record<RuleId, string> = {
  'acceptance-criteria': 'Add an "Acceptance criteria" section: how will we know it is done?',
  estimate: 'Add an estimate: a label such as "points: 3", or a line "Story points: 3".',
  'too-big': '13 points is above the limit of 8: split it into smaller issues.',
  vague: 'The body has only 3 meaningful words: describe the problem and who has it.',
  stale: 'No human activity for 92 days (limit 60): keep, re-scope or close it.',
  blocked: 'Blocked by #12, which is still open.',
  unprioritized: 'Add a priority label (e.g. "priority: high") or set the Priority field.',
};

const DEFAULT_GATING: readonly RuleId[] = ['vague', 'acceptance-criteria', 'estimate', 'too-big', 'blocked'];

export type VerdictOptions = {
  number?: number;
  kind?: string;
  /** Rules that fail; `true` uses the realistic reason above. */
  failed?: Partial<Record<RuleId, string | true>>;
  /** Rules whose failure blocks readiness; defaults to the default config's `readiness.require`. */
  gating?: readonly RuleId[];
  pinned?: boolean;
  skipped?: boolean;
};

/** Builds a Verdict the way judgeItem shapes it (one check per rule, in RULE_IDS order), without running rules. */
export const aVerdict = (options: VerdictOptions = {}): Verdict => {
  const failed = options.failed ?? {};
  const checks: Check[] = RULE_IDS.map((rule) => {
    const reason = failed[rule];
    if (reason === undefined) return pass(rule, PASS_REASONS[rule]);
    return fail(rule, reason === true ? FAIL_REASONS[rule] : reason);
  });
  const gating = new Set(options.gating ?? DEFAULT_GATING);
  const blocking = checks.filter((check): check is Finding => !check.ok && gating.has(check.rule));
  const skipped = options.skipped ?? false;
  const pinned = options.pinned ?? false;
  return {
    number: options.number ?? 1,
    ready: !skipped && (pinned || blocking.length === 0),
    kind: options.kind ?? 'default',
    checks,
    blocking: skipped ? [] : blocking,
    pinned,
    skipped,
  };
};
