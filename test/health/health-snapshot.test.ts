import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '#src/health/health-snapshot.ts';
import { aVerdict } from '#test/plan/verdict-builder.ts';
import { daysAgo, FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const m7 = { number: 7, title: 'v2.4' };
const items = [
  anItem({
    number: 1,
    createdAt: daysAgo(30),
    milestone: m7,
    labelEvents: [{ label: 'ready', action: 'added', by: 'self', at: daysAgo(20) }],
  }),
  anItem({
    number: 2,
    createdAt: daysAgo(10),
    milestone: m7,
    labelEvents: [{ label: 'Ready', action: 'added', by: 'person', at: daysAgo(6) }],
  }),
  anItem({ number: 3, createdAt: daysAgo(3), milestone: m7 }),
  anItem({ number: 4, createdAt: daysAgo(400) }),
  anItem({ number: 5, createdAt: daysAgo(1), labels: ['duplicate'] }),
];
const verdicts = [
  { ...aVerdict({ number: 1 }), points: 5 },
  { ...aVerdict({ number: 2, failed: { unprioritized: true } }), points: 3 },
  aVerdict({ number: 3, failed: { blocked: true } }),
  aVerdict({ number: 4, failed: { stale: true, estimate: true } }),
  aVerdict({ number: 5, skipped: true }),
];

describe('takeSnapshot', () => {
  it("computes the day's figures from the open, judged backlog", () => {
    expect(
      takeSnapshot({
        items,
        verdicts,
        now: FIXED_NOW,
        readyLabel: 'ready',
        pace: 4,
        nextMilestone: { number: 7, title: 'v2.4', state: 'open', dueOn: '2026-11-27T00:00:00Z' },
      }),
    ).toEqual({
      date: '2026-11-21',
      open: 4,
      ready: 2,
      readyPoints: 8,
      pace: 4,
      unrefinedNext: 33,
      openedWeek: 1,
      ageP50: 10,
      ageP90: 400,
      timeToReady: 7,
      blocked: 1,
      stale: 1,
      unprioritized: 1,
    });
  });

  it('leaves pace, the next milestone and time to ready out when unknown', () => {
    const snapshot = takeSnapshot({ items: [items[3]!], verdicts, now: FIXED_NOW, readyLabel: 'ready' });
    expect(snapshot).not.toHaveProperty('pace');
    expect(snapshot).not.toHaveProperty('unrefinedNext');
    expect(snapshot).not.toHaveProperty('timeToReady');
  });
});
