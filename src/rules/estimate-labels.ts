import type { Estimate } from '#src/model/estimate.ts';
import { estimateKey } from './estimate-keys.ts';
import { parseEstimateValue, sizeWord } from './estimate-value.ts';

// Labels that are a size on their own; words such as "large" alone are too ambiguous as labels.
const BARE_SIZES: ReadonlySet<string> = new Set(['xxs', 'xs', 's', 'm', 'l', 'xl', 'xxl']);
// Key and value split at the first ":", "/" or "=" ("points: 3", "size/M", "sp=5") …
const SEPARATED = /^([^:/=]{1,40})[:/=](.{1,40})$/;
// … or at the last "-" or space ("sp-5", "size-XL", "story points 8").
const TRAILING = /^(.{1,40})[-\s]([^-\s]{1,12})$/;

/**
 * Reads an estimate from one label: "points: 3", "points/3", "sp-5", "story points: 8",
 * "size/M", "size: L", "size-XL", "size: medium", "estimate/2", "estimate: 2d", "effort: 3",
 * "5 points", or a bare T-shirt size ("XL"). A bare number ("3") or an emoji ("🔢 5") is not one.
 */
export const labelEstimate = (label: string): Estimate | undefined => {
  const text = label.trim();
  if (text.length > 60) return undefined;
  const source = `label "${label}"`;
  if (BARE_SIZES.has(text.toLowerCase())) {
    const size = sizeWord(text);
    return size && { size, source };
  }
  for (const pattern of [SEPARATED, TRAILING]) {
    const match = pattern.exec(text);
    if (!match) continue;
    const unit = estimateKey((match[1] as string).trim());
    if (unit === undefined) continue;
    const value = parseEstimateValue(match[2] as string, unit);
    if (value) return { ...value, source };
  }
  // "5 points", "3 sp", "2d": a number with an explicit unit.
  const value = /^\d/.test(text) ? parseEstimateValue(text, undefined) : undefined;
  return value && { ...value, source };
};

/** The first label, in the item's label order, that holds an estimate. */
export const findLabelEstimate = (labels: readonly string[]): Estimate | undefined => {
  for (const label of labels) {
    const estimate = labelEstimate(label);
    if (estimate) return estimate;
  }
  return undefined;
};
