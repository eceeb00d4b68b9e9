import { fail, pass } from '#src/model/check.ts';
import { locatePriority } from './find-priority.ts';
import type { Rule } from './rule-input.ts';

const ADVICE = 'Add a priority: a label such as "priority: high" or "P1", or the Projects "Priority" field.';

/** An item needs a priority from a label, a Projects field or the body (see findPriority). */
export const unprioritizedRule: Rule = ({ item, doc, config }) => {
  if (!config.rules.unprioritized.enabled) return pass('unprioritized', 'Rule disabled in config.');
  const found = locatePriority(item, config, doc);
  if (!found) return fail('unprioritized', ADVICE);
  return pass('unprioritized', `Priority "${found.value}" from ${found.source}.`);
};
