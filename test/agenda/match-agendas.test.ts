import { describe, expect, it } from 'vitest';
import { writeAgendaMarker } from '#src/agenda/agenda-marker.ts';
import { matchAgendas, type AgendaIssue } from '#src/agenda/match-agendas.ts';
import { recentClosedMilestones, toPastMilestone } from '#src/agenda/past-milestones.ts';
import type { Milestone } from '#src/model/milestone.ts';
import { anItem } from '#test/support/item-builder.ts';

const issue = (
  number: number,
  milestone: number | undefined,
  state: 'open' | 'closed',
  createdAt: string,
): AgendaIssue => ({
  number,
  state,
  createdAt,
  body:
    milestone === undefined
      ? '## Refinement agenda: copied by hand'
      : `${writeAgendaMarker(milestone)}\n## Refinement agenda`,
});

describe('matchAgendas', () => {
  it('keeps the oldest open agenda per milestone, marks the rest duplicates and remembers the newest closed one', () => {
    const matched = matchAgendas([
      issue(30, 4, 'open', '2026-11-20T10:00:00Z'),
      issue(21, 4, 'open', '2026-11-14T10:00:00Z'),
      issue(12, 4, 'closed', '2026-10-01T10:00:00Z'),
      issue(17, 3, 'closed', '2026-10-20T10:00:00Z'),
      issue(15, 3, 'closed', '2026-10-10T10:00:00Z'),
      issue(40, undefined, 'open', '2026-11-01T10:00:00Z'),
    ]);
    expect(matched.get(4)).toMatchObject({
      kept: { number: 21 },
      duplicates: [{ number: 30 }],
      reopenable: { number: 12 },
    });
    expect(matched.get(3)).toMatchObject({ duplicates: [], reopenable: { number: 17 } });
    expect(matched.get(3)?.kept).toBeUndefined();
    expect(matched.size).toBe(2);
  });
});

describe('past milestones', () => {
  const closed = (number: number, closedAt?: string, dueOn?: string): Milestone => ({
    number,
    title: `Sprint ${number}`,
    state: 'closed',
    ...(closedAt ? { closedAt } : {}),
    ...(dueOn ? { dueOn } : {}),
  });

  it('picks the most recently closed ones', () => {
    const list = [
      closed(1, '2026-08-01T00:00:00Z'),
      closed(3, '2026-10-01T00:00:00Z'),
      closed(2, undefined, '2026-09-01T00:00:00Z'),
      { ...closed(9), state: 'open' as const },
    ];
    expect(recentClosedMilestones(list, 2).map((m) => m.number)).toEqual([3, 2]);
  });

  it('reduces items to state, close time and points', () => {
    const past = toPastMilestone(
      closed(3, '2026-10-01T00:00:00Z', '2026-09-30T00:00:00Z'),
      [anItem({ number: 1, state: 'closed', closedAt: '2026-09-29T00:00:00Z' }), anItem({ number: 2 })],
      (item) => (item.number === 1 ? 5 : undefined),
    );
    expect(past).toEqual({
      title: 'Sprint 3',
      dueOn: '2026-09-30T00:00:00Z',
      closedAt: '2026-10-01T00:00:00Z',
      issues: [{ state: 'closed', closedAt: '2026-09-29T00:00:00Z', points: 5 }, { state: 'open' }],
    });
  });
});
