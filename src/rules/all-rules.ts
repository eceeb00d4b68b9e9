import type { RuleId } from '#src/model/rule-id.ts';
import { acceptanceCriteriaRule } from './acceptance-criteria.ts';
import { blockedWithDependencies } from './blocked-native.ts';
import { estimateRule } from './estimate.ts';
import type { Rule } from './rule-input.ts';
import { staleRule } from './stale.ts';
import { tooBigSplitAware } from './too-big-split.ts';
import { unprioritizedRule } from './unprioritized.ts';
import { vagueRule } from './vague.ts';

/** Every rule by id; the Record type makes adding a rule id without a rule a compile error. */
export const ALL_RULES: Readonly<Record<RuleId, Rule>> = {
  'acceptance-criteria': acceptanceCriteriaRule,
  estimate: estimateRule,
  // Sub-issues mean an item is already split; native dependencies decide blocked beside the text.
  'too-big': tooBigSplitAware,
  vague: vagueRule,
  stale: staleRule,
  blocked: blockedWithDependencies,
  unprioritized: unprioritizedRule,
};
