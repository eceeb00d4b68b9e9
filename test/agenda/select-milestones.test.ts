import { describe, expect, it } from 'vitest';
import { agendaWindow, closingNote, selectMilestones } from '#src/agenda/select-milestones.ts';
import { configSchema } from '#src/config/schema.ts';
import type { Milestone } from '#src/model/milestone.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';

const config = configSchema.parse({ agenda: { milestones: ['Icebox review'] } });
const m = (number: number, title: string, dueOn?: string, state: 'open' | 'closed' = 'open'): Milestone => ({
  number,
  title,
  state,
  ...(dueOn ? { dueOn } : {}),
});

describe('agendaWindow', () => {
  it.each([
    ['due in 7 days (the edge)', m(1, 'v2.0', '2026-11-28T00:00:00Z'), { kind: 'due-soon', daysLeft: 7 }],
    ['due later today', m(1, 'v2.0', '2026-11-21T23:00:00Z'), { kind: 'due-soon', daysLeft: 0 }],
    ['due in 8 days', m(1, 'v2.1', '2026-11-29T08:00:00Z'), { kind: 'later', daysLeft: 8 }],
    ['overdue by 3 days', m(1, 'v1.9', '2026-11-18T00:00:00Z'), { kind: 'overdue', daysOverdue: 3 }],
    ['without a due date', m(1, 'Someday'), { kind: 'no-due-date' }],
    ['without a due date but named in config', m(1, 'Icebox review'), { kind: 'named' }],
    ['closed', m(1, 'v1.8', '2026-11-20T00:00:00Z', 'closed'), { kind: 'closed' }],
  ])('classifies a milestone %s', (_, milestone, expected) => {
    expect(agendaWindow(milestone, config, FIXED_NOW)).toEqual(expected);
  });
});

describe('selectMilestones', () => {
  it('keeps due-soon, overdue and named milestones, soonest first', () => {
    const milestones = [
      m(5, 'v2.1', '2026-12-15T00:00:00Z'),
      m(9, 'Icebox review'),
      m(4, 'v2.0', '2026-11-28T00:00:00Z'),
      m(3, 'v1.9', '2026-11-18T00:00:00Z'),
      m(2, 'Someday'),
    ];
    expect(selectMilestones(milestones, config, FIXED_NOW).map((x) => x.title)).toEqual([
      'v1.9',
      'v2.0',
      'Icebox review',
    ]);
  });
});

describe('closingNote', () => {
  it.each([
    ['closed', m(4, 'v2.0', '2026-11-28T00:00:00Z', 'closed'), 'is closed'],
    ['moved out of the window', m(4, 'v2.0', '2026-12-20T00:00:00Z'), 'now due 2026-12-20, more than 7 days away'],
    ['without a due date now', m(4, 'v2.0'), 'no longer has a due date'],
    ['deleted', undefined, 'no longer exists'],
  ])('explains a milestone %s', (_, milestone, text) => {
    expect(closingNote('v2.0', milestone, config, FIXED_NOW)).toContain(text);
  });
});
