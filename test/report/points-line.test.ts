import { describe, expect, it } from 'vitest';
import { budgetStopLine, pointsLine } from '#src/report/points-line.ts';

describe('pointsLine', () => {
  it.each([
    [{ points: 1 }, '1 GraphQL point'],
    [{ points: 137, remaining: 4863, resetAt: '2026-11-21T10:00:00Z' }, '137 GraphQL points (4,863 left until 10:00Z)'],
    [{ points: 0, remaining: 5000 }, '0 GraphQL points (5,000 left)'],
  ])('%j → %s', (points, expected) => {
    expect(pointsLine(points)).toBe(expected);
  });
});

describe('budgetStopLine', () => {
  it.each([
    [undefined, undefined],
    [{ total: 200, read: 200, stoppedByBudget: false }, undefined],
    [
      { total: 200, read: 166, stoppedByBudget: true },
      'Points budget (max-points: 5) reached: read 166 of 200 open issues; the other 34 wait for the next run, which starts with them.',
    ],
    [
      {
        total: 200,
        read: 72,
        stoppedByBudget: true,
        interrupted: 'Could not list the open issues: the rate limit is exhausted.',
      },
      'Reading stopped early (Could not list the open issues: the rate limit is exhausted): read 72 of 200 open issues; the other 128 wait for the next run, which starts with them.',
    ],
  ])('%j → %s', (read, expected) => {
    expect(budgetStopLine(read, 5)).toBe(expected);
  });
});
