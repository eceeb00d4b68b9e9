import { describe, expect, it } from 'vitest';
import { readHistory } from '#src/health/health-history.ts';
import type { HealthSnapshot } from '#src/health/health-snapshot.ts';
import { HEALTH_MARKER, renderHealth, weeklyPoints } from '#src/health/render-health.ts';

const day = (offset: number, ready: number, extra: Partial<HealthSnapshot> = {}): HealthSnapshot => ({
  date: new Date(Date.UTC(2026, 10, 21 - offset)).toISOString().slice(0, 10),
  open: 50,
  ready,
  readyPoints: 40,
  pace: 20,
  openedWeek: 4,
  ageP50: 30,
  ageP90: 200,
  blocked: 3,
  stale: 6,
  unprioritized: 9,
  ...extra,
});
const history = Array.from({ length: 84 }, (_, i) => day(83 - i, 10 + Math.floor(i / 7)));

describe('renderHealth', () => {
  const body = renderHealth({
    history,
    byKind: [{ name: 'bug', open: 9, ready: 6, search: 'https://github.com/acme/webshop/issues?q=label%3Abug' }],
    byMilestone: [{ name: '[v2](https://evil.example)', open: 3, ready: 1, search: 'https://x.example/m' }],
    problems: ['Write budget used up: 3 issue(s) wait for the next run.'],
  });

  it('starts with the hidden marker and gives the headline with the change since last week', () => {
    expect(body.startsWith(`${HEALTH_MARKER}\n## Backlog health on 2026-11-21`)).toBe(true);
    expect(body).toContain('**42% ready** (21 of 50 open issues). Ready depth: 2 sprints.');
    expect(body).toContain('| Ready | 42% | +2 pts |');
    expect(body).toContain('| Ready depth (ready points ÷ pace, sprints) | 2 | ±0 |');
    expect(body).toContain('| Median time to ready (days) | — | — |');
  });

  it('draws 12 weekly points as a Mermaid xychart-beta line, with the same figures in a table', () => {
    expect(weeklyPoints(history, '2026-11-21')).toHaveLength(12);
    expect(body).toMatch(
      /```mermaid\n%%\{init[^\n]*\}%%\nxychart-beta\n {2}title "Ready share \(%\), last 12 weeks"\n {2}x-axis \["09-05", [^\n]*"11-21"\]\n {2}y-axis "%" 0 --> 100\n {2}line \[20, 22, [^\n]*, 42\]\n```/,
    );
    expect(body).toContain('| 2026-11-21 | 42 | 50 | 2 | 30 | 6 | 3 |');
  });

  it('links breakdowns to searches, quotes names as text, lists problems, mentions nobody', () => {
    expect(body).toContain('| [bug](https://github.com/acme/webshop/issues?q=label%3Abug) | 9 | 6 | 67 |');
    expect(body).toContain('[\\[v2\\](https&#8203;://evil.example)](https://x.example/m)');
    expect(body).toContain('- Write budget used up: 3 issue(s) wait for the next run.');
    expect(body).not.toMatch(/@[a-z]/i);
  });

  it("carries its own history, and stays far below GitHub's 65,536 characters", () => {
    expect(readHistory(body)).toEqual(history);
    expect(body.length).toBeLessThan(20_000);
  });

  it('carries the last row through weeks without one: a row is only written when a figure changed', () => {
    const sparse = [day(60, 10), day(20, 15), day(0, 20)];
    const points = weeklyPoints(sparse, '2026-11-21');
    // Weeks before the first row have no point; 21 days back the 20-day-old row was not written yet.
    expect(points.map((p) => p.ready)).toEqual([10, 10, 10, 10, 10, 10, 15, 15, 20]);
    expect(points.at(-1)).toMatchObject({ date: '2026-11-21', ready: 20 });
  });

  it('waits for a second week before drawing a trend', () => {
    expect(renderHealth({ history: [day(0, 5)], byKind: [], byMilestone: [], problems: [] })).toContain(
      '_Trends appear after the second week of history._',
    );
  });
});
