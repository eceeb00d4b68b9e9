import { SIZES } from '#src/config/rules-schema.ts';
import { pass, fail } from '#src/model/check.ts';
import { describeEstimate, formatAmount } from './estimate-describe.ts';
import type { Rule } from './rule-input.ts';

const SPLIT = 'split it into smaller items.';

/**
 * An item whose estimate is above the configured limit needs splitting. Each kind of estimate is
 * compared with its own limit (points with maxPoints, sizes with maxSize, hours with maxDays × 8),
 * so no conversion between points and time is guessed.
 */
export const tooBigRule: Rule = ({ config, estimate }) => {
  const limits = config.rules.tooBig;
  if (!limits.enabled) return pass('too-big', 'Rule disabled in config.');
  if (!estimate) return pass('too-big', 'No estimate to compare.');
  const what = `${describeEstimate(estimate)} (${estimate.source})`;
  let limit: string;
  let above: boolean;
  if (estimate.points !== undefined) {
    limit = formatAmount(limits.maxPoints);
    above = estimate.points > limits.maxPoints;
  } else if (estimate.size !== undefined) {
    limit = `size ${limits.maxSize}`;
    above = SIZES.indexOf(estimate.size) > SIZES.indexOf(limits.maxSize);
  } else {
    const hours = estimate.hours ?? 0;
    limit = `${formatAmount(limits.maxDays)} ${limits.maxDays === 1 ? 'day' : 'days'}`;
    above = hours > limits.maxDays * 8;
  }
  if (above) return fail('too-big', `Estimated at ${what}, above the limit of ${limit}: ${SPLIT}`);
  return pass('too-big', `Estimated at ${what}, within the limit of ${limit}.`);
};
