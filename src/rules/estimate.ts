import { pass, fail } from '#src/model/check.ts';
import { scanBodyEstimate } from './estimate-body.ts';
import { describeEstimate } from './estimate-describe.ts';
import { levelTable } from './estimate-levels.ts';
import type { Rule } from './rule-input.ts';
import { inProject } from './unprioritized.ts';

const HOW =
  'a label such as "points: 3" or "size/M", or a line such as "Estimate: 3", "Story points: 5" or "Estimated time: 2d" in the body';

/**
 * An item needs an estimate (story points, a T-shirt size or time). The estimate itself is
 * found once per item by findEstimate and handed in; this rule only words the outcome, and when
 * the item's template has an estimate field left empty it points at that field.
 */
export const estimateRule: Rule = ({ item, doc, config, estimate }) => {
  const options = config.rules.estimate;
  if (!options.enabled) return pass('estimate', 'Rule disabled in config.');
  if (estimate) return pass('estimate', `Estimated at ${describeEstimate(estimate)} (${estimate.source}).`);
  // Projects field names mean nothing to someone whose issue is in no project.
  const fields =
    options.fields.length > 0 && inProject(item.projectFields)
      ? `, or the Projects field ${options.fields.map((name) => `"${name}"`).join(' / ')}`
      : '';
  // Only on failure: rescanning to name the empty template field costs nothing for estimated items.
  const { emptySlot } = scanBodyEstimate(item.body, doc, levelTable(options.levels));
  if (emptySlot !== undefined) {
    return fail(
      'estimate',
      `The "${emptySlot}" field is still empty: fill it in (e.g. 3 points, size M or 2d), or add ${HOW}${fields}.`,
    );
  }
  return fail('estimate', `Add an estimate: ${HOW}${fields}.`);
};
