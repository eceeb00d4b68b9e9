import { describe, expect, it } from 'vitest';
import {
  describeForecast,
  forecastCapacity,
  median,
  type PastIssue,
  type PastMilestone,
} from '#src/agenda/forecast.ts';

const closed = (points: number | undefined, closedAt = '2026-10-30T12:00:00Z'): PastIssue => ({
  state: 'closed',
  closedAt,
  ...(points === undefined ? {} : { points }),
});
const open = (points?: number): PastIssue => ({ state: 'open', ...(points === undefined ? {} : { points }) });
const sprint = (title: string, issues: PastIssue[], dueOn = '2026-10-31T00:00:00Z'): PastMilestone => ({
  title,
  dueOn,
  closedAt: '2026-11-01T09:00:00Z',
  issues,
});

describe('median', () => {
  it.each([
    [[5], 5],
    [[30, 28, 35], 30],
    [[10, 20, 30, 40], 25],
  ])('of %j is %d', (values, expected) => expect(median(values)).toBe(expected));
});

describe('forecastCapacity', () => {
  const history = [
    sprint('v1.7', [closed(8), closed(8), closed(5), closed(5), closed(2), open(3)]), // 28 done
    sprint('v1.8', [closed(13), closed(8), closed(5), closed(3), closed(1)]), // 30 done
    sprint('v1.9', [closed(13), closed(13), closed(8), closed(1, '2026-11-03T10:00:00Z')]), // 35 done, one late
  ];

  it('fits when the open points are within the median pace', () => {
    const forecast = forecastCapacity(history, { points: 21, issues: 9, unestimated: 2 });
    expect(forecast).toMatchObject({
      kind: 'fits',
      unit: 'points',
      pace: 30,
      open: 21,
      closedOnTime: 13,
      planned: 15,
      unestimated: 2,
    });
    expect(describeForecast(forecast)).toBe(
      '**Forecast — fits: 21 of about 30 points of pace.** Pace is the median points closed per milestone over the last 3 milestones (v1.7: 28, v1.8: 30, v1.9: 35). ' +
        '2 open items have no estimate and are not counted. Those milestones closed 13 of 15 planned issues by their due date (87%).',
    );
  });

  it('is at risk when more is open than the pace', () => {
    const forecast = forecastCapacity(history, { points: 43, issues: 14, unestimated: 0 });
    expect(forecast.kind).toBe('at-risk');
    expect(describeForecast(forecast)).toContain('at risk: about 13 points over');
  });

  it('counts issues when the past milestones had no estimates at all', () => {
    const unestimated = [
      sprint('Sprint 40', [closed(undefined), closed(undefined), open()]),
      sprint('Sprint 41', [closed(undefined), closed(undefined), closed(undefined), closed(undefined)]),
    ];
    const forecast = forecastCapacity(unestimated, { points: 0, issues: 5, unestimated: 5 });
    expect(forecast).toMatchObject({ kind: 'at-risk', unit: 'issues', pace: 3, open: 5, unestimated: 0 });
    expect(describeForecast(forecast)).toContain('at risk: about 2 issues over');
  });

  it('treats a milestone without a due date as due when it closed', () => {
    const forecast = forecastCapacity(
      [
        {
          title: 'Hotfixes',
          closedAt: '2026-11-01T09:00:00Z',
          issues: [closed(1, '2026-11-01T08:00:00Z'), closed(1, '2026-11-02T08:00:00Z')],
        },
      ],
      { points: 1, issues: 1, unestimated: 0 },
    );
    expect(forecast).toMatchObject({ closedOnTime: 1, planned: 2, pace: 2 });
    expect(describeForecast(forecast)).toContain('over the last milestone (Hotfixes: 2)');
  });

  it('says plainly when there is no history', () => {
    const forecast = forecastCapacity([], { points: 20, issues: 6, unestimated: 0 });
    expect(forecast).toEqual({ kind: 'no-history' });
    expect(describeForecast(forecast)).toBe(
      "No forecast yet: there are no closed milestones to learn the team's pace from.",
    );
  });
});
