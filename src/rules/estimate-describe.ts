import type { Estimate } from '#src/model/estimate.ts';

/** Formats a number for a reason without float noise: 0.5, 3, 1.25. */
export const formatAmount = (value: number): string => String(Math.round(value * 100) / 100);

/** Says what an estimate is, for reasons: "5 points", "size M", "16 hours (2 days)". */
export const describeEstimate = (estimate: Estimate): string => {
  if (estimate.points !== undefined)
    return `${formatAmount(estimate.points)} ${estimate.points === 1 ? 'point' : 'points'}`;
  if (estimate.size !== undefined) return `size ${estimate.size}`;
  return describeHours(estimate.hours ?? 0);
};

/** Hours with working days alongside once they reach a day (8 hours a day). */
export const describeHours = (hours: number): string => {
  const text = `${formatAmount(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
  if (hours < 8) return text;
  const days = hours / 8;
  return `${text} (${formatAmount(days)} ${days === 1 ? 'day' : 'days'})`;
};
