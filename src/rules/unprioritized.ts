import { fail, pass } from '#src/model/check.ts';
import { locatePriority } from './find-priority.ts';
import type { Rule } from './rule-input.ts';

const ADVICE = 'Add a priority: a label such as "priority: high" or "P1"';

/** True when the item sits in a project whose fields we could read: only then is a Projects field useful advice. */
export const inProject = (fields: Readonly<Record<string, unknown>> | undefined): boolean =>
  fields !== undefined && Object.keys(fields).length > 0;

/** An item needs a priority from a label, a Projects field or the body (see findPriority). */
export const unprioritizedRule: Rule = ({ item, doc, config }) => {
  if (!config.rules.unprioritized.enabled) return pass('unprioritized', 'Rule disabled in config.');
  const found = locatePriority(item, config, doc);
  if (!found) {
    const field = config.rules.unprioritized.fields[0];
    const projects = field !== undefined && inProject(item.projectFields) ? `, or the Projects field "${field}"` : '';
    return fail('unprioritized', `${ADVICE}${projects}.`);
  }
  return pass('unprioritized', `Priority "${found.value}" from ${found.source}.`);
};
