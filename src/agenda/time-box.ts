import type { Config } from '#src/config/schema.ts';

const hours = (minutes: number): number => Math.round(minutes / 30) / 2;

/** "45 min", "about 1.5 h", "about 5 h". */
export const formatDuration = (minutes: number): string => {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  return `about ${hours(minutes)} h`;
};

/**
 * The meeting's time box: config.agenda.minutesPerItem per item to refine, and a warning when that
 * exceeds 10% of a sprint (sprintDays × 8 h), the usual upper end of refinement time.
 */
export const describeTimeBox = (itemCount: number, config: Config): string => {
  if (itemCount === 0) return '**Time box:** nothing to refine.';
  const { minutesPerItem, sprintDays } = config.agenda;
  const total = itemCount * minutesPerItem;
  const base = `**Time box:** ${itemCount} × ${minutesPerItem} min = ${formatDuration(total)}.`;
  const limit = sprintDays * 8 * 60 * 0.1;
  if (total <= limit) return base;
  const sessions = Math.ceil(total / limit);
  const range =
    limit / 2 >= 60 ? `${hours(limit / 2)}–${hours(limit)} h` : `${Math.round(limit / 2)}–${Math.round(limit)} min`;
  return `${base} This agenda needs ${formatDuration(total)}; refinement usually takes 5–10% of a sprint (${range} for ${sprintDays} days). Consider splitting it over ${sessions === 2 ? 'two' : sessions} sessions.`;
};
