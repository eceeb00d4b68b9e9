import { UsageError } from './usage-error.ts';

// A date, optionally followed by a time and zone: enough to refuse "yesterday" or "11/21".
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]{1,18}(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses the --now option (the moment to judge staleness and due dates against). */
export const parseNow = (value: string | undefined, clock: () => Date): Date => {
  if (value === undefined) return clock();
  const ms = ISO.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new UsageError(`--now "${value}" is not an ISO-8601 time; use e.g. --now 2026-11-21T09:00:00Z`);
  }
  return new Date(ms);
};
