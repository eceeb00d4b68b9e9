/** Time source of the fake: fixed by default so recorded state is the same on every run. */
export type FakeClock = {
  /** The current time as an ISO-8601 string (no milliseconds, like GitHub). */
  now(): string;
  /** Advances by the write step and returns the new time; every write calls it once. */
  tick(): string;
  /** Jumps to the given ISO time (tests that need "a week later"). */
  set(iso: string): void;
};

export const DEFAULT_FAKE_NOW = '2026-11-21T09:00:00Z';

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Creates a clock starting at `start` that moves `stepMs` forward on each write. */
export function createFakeClock(start: string = DEFAULT_FAKE_NOW, stepMs = 1000): FakeClock {
  let current = Date.parse(start);
  if (Number.isNaN(current)) throw new Error(`createFakeClock: start must be an ISO-8601 time (got "${start}")`);
  return {
    now: () => iso(current),
    tick: () => {
      current += stepMs;
      return iso(current);
    },
    set: (value) => {
      const next = Date.parse(value);
      if (Number.isNaN(next)) throw new Error(`FakeClock.set: expected an ISO-8601 time (got "${value}")`);
      current = next;
    },
  };
}
