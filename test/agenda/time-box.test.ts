import { describe, expect, it } from 'vitest';
import { describeTimeBox, formatDuration } from '#src/agenda/time-box.ts';
import { configSchema } from '#src/config/schema.ts';

describe('formatDuration', () => {
  it.each([
    [25, '25 min'],
    [60, '1 h'],
    [100, '1 h 40 min'],
    [95, '1 h 35 min'],
    [300, '5 h'],
  ])('%i minutes read as %s', (minutes, text) => expect(formatDuration(minutes)).toBe(text));
});

describe('describeTimeBox', () => {
  it.each([
    [0, {}, '**Time box:** nothing to refine.'],
    [12, {}, '**Time box:** 12 × 5 min = 1 h.'],
    [96, {}, '**Time box:** 96 × 5 min = 8 h.'],
    [
      60,
      { minutesPerItem: 5, sprintDays: 5 },
      '**Time box:** 60 × 5 min = 5 h. That is more than refinement usually takes (5–10% of a sprint: 2–4 h for 5 days); consider splitting it over two sessions.',
    ],
    [
      30,
      { minutesPerItem: 10, sprintDays: 2 },
      '**Time box:** 30 × 10 min = 5 h. That is more than refinement usually takes (5–10% of a sprint: 48–96 min for 2 days); consider splitting it over 4 sessions.',
    ],
  ])('%i items with %j', (count, agenda, text) => {
    expect(describeTimeBox(count, configSchema.parse({ agenda }))).toBe(text);
  });
});
