import type { Config } from '#src/config/schema.ts';

const hours = (minutes: number): number => Math.round(minutes / 30) / 2;

/** "45 min", "1 h 40 min", "5 h": exact to the minute, since it is a sum of whole minutes per item. */
export const formatDuration = (minutes: number): string => {
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  const rest = whole % 60;
  return rest === 0 ? `${whole / 60} h` : `${Math.floor(whole / 60)} h ${rest} min`;
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
  return `${base} That is more than refinement usually takes (5–10% of a sprint: ${range} for ${sprintDays} days); consider splitting it over ${sessions === 2 ? 'two' : sessions} sessions.`;
};
