/** The "now" every unit test judges against, so day counts in reasons are stable. */
export const FIXED_NOW = new Date('2026-11-21T09:00:00Z');

/** A time `days` days before FIXED_NOW, as an ISO-8601 string (for createdAt, lastHumanActivityAt, …). */
export const daysAgo = (days: number): string => new Date(FIXED_NOW.getTime() - days * 86_400_000).toISOString();
