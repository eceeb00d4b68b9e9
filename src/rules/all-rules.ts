import type { RuleId } from '#src/model/rule-id.ts';
import { acceptanceCriteriaRule } from './acceptance-criteria.ts';
import { blockedRule } from './blocked.ts';
import { estimateRule } from './estimate.ts';
import type { Rule } from './rule-input.ts';
import { staleRule } from './stale.ts';
import { tooBigRule } from './too-big.ts';
import { unprioritizedRule } from './unprioritized.ts';
import { vagueRule } from './vague.ts';

/** Every rule by id; the Record type makes adding a rule id without a rule a compile error. */
export const ALL_RULES: Readonly<Record<RuleId, Rule>> = {
  'acceptance-criteria': acceptanceCriteriaRule,
  estimate: estimateRule,
  'too-big': tooBigRule,
  vague: vagueRule,
  stale: staleRule,
  blocked: blockedRule,
  unprioritized: unprioritizedRule,
};
