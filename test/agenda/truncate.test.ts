import { describe, expect, it } from 'vitest';
import { fitBody } from '#src/agenda/truncate.ts';

// A body of `limit` lines of 100 characters under a 50-character header.
const render = (limit: number) =>
  `${'h'.repeat(50)}\n${Array.from({ length: limit }, () => 'x'.repeat(99)).join('\n')}`;

describe('fitBody', () => {
  it('keeps the start limit when the body fits', () => {
    expect(fitBody(render, 10, 2_000)).toBe(render(10));
  });

  it.each([
    [50, 1_000, 9], // 50 → 33 → 22 → 14 → 9
    [500, 30_000, 222], // 500 → 333 → 222
  ])('shrinks a limit of %i until it fits in %i characters', (start, max, expected) => {
    const body = fitBody(render, start, max);
    expect(body).toBe(render(expected));
    expect(body.length).toBeLessThanOrEqual(max);
  });

  it('cuts hard, with a note, when even zero lines do not fit', () => {
    const body = fitBody(() => 'y'.repeat(5_000), 3, 1_000);
    expect(body.length).toBeLessThanOrEqual(1_000);
    expect(body.endsWith('_This agenda was cut short to fit in one issue._')).toBe(true);
  });
});
