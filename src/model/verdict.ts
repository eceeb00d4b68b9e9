import type { Check, Finding } from './check.ts';
import type { Estimate } from './estimate.ts';

/** The readiness verdict on one item: every rule's check, and which failures keep it from being ready. */
export type Verdict = {
  readonly number: number;
  readonly ready: boolean;
  /** The kind of item whose definition of ready applied ("default", "bug", …). */
  readonly kind: string;
  /** One check per rule id, in RULE_IDS order, whether or not it gates readiness (disabled rules pass with a note). */
  readonly checks: readonly Check[];
  /** Failed checks that the definition of ready requires to pass. */
  readonly blocking: readonly Finding[];
  /** A person pinned the verdict (override label, `/ready`, or the ready label added by hand). */
  readonly pinned: boolean;
  /** True when the item is not judged at all (a skip label such as "duplicate"). */
  readonly skipped: boolean;
  readonly estimate?: Estimate;
  /** Points of the estimate, when it converts to points (for forecasts). */
  readonly points?: number;
  /** Priority text found (label or field), when any. */
  readonly priority?: string;
};
