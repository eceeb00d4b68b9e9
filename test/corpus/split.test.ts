import { describe, expect, it } from 'vitest';
import { partOf } from '#test/support/corpus/split.ts';

describe('partOf', () => {
  it('gives the same part for the same id on every run', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `case-${i}`);
    expect(ids.map(partOf)).toEqual(ids.map(partOf));
  });

  it.each([
    ['split-example-1', 'tuning'],
    ['split-example-3', 'check'],
  ] as const)('keeps %s in the %s part (the seed is fixed)', (id, part) => {
    expect(partOf(id)).toBe(part);
  });

  it('puts about 70% of ids in the tuning part', () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `generated-case-${i}`);
    const tuning = ids.filter((id) => partOf(id) === 'tuning').length / ids.length;
    expect(tuning).toBeGreaterThan(0.67);
    expect(tuning).toBeLessThan(0.73);
  });
});
