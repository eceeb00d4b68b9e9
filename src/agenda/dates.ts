const DAY_MS = 86_400_000;

/** Whole UTC calendar days since 1970-01-01 for a time; calendar days keep "days left" stable all day long. */
export const dayNumber = (time: Date | string): number => Math.floor(new Date(time).getTime() / DAY_MS);

/** Calendar days from `now` to `time` (negative when `time` is in the past). */
export const daysUntil = (time: Date | string, now: Date): number => dayNumber(time) - dayNumber(now);

/** Whole calendar days from `time` to `now`; never negative. */
export const daysSince = (time: Date | string, now: Date): number => Math.max(0, dayNumber(now) - dayNumber(time));

/** The UTC date of a time as YYYY-MM-DD. */
export const isoDate = (time: Date | string): string => new Date(time).toISOString().slice(0, 10);

/** "1 day" / "3 days". */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
