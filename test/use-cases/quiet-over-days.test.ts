import { describe, expect, it } from 'vitest';
import { configSchema } from '#src/config/schema.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Milestone } from '#src/model/milestone.ts';
import { refreshAgendas } from '#src/use-cases/refresh-agenda.ts';
import { sweepBacklog } from '#src/use-cases/sweep-backlog.ts';
import { createFakeGateway, type FakeGateway } from '#test/support/fake-gateway.ts';
import { daysAgo, FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

// An untouched backlog audited again on later days: only what people are asked to do may change.
const DAY = 86_400_000;
const later = (days: number, hours = 0) => new Date(FIXED_NOW.getTime() + days * DAY + hours * 3_600_000);
const SPRINT: Milestone = { number: 7, title: 'Sprint 7', state: 'open', dueOn: later(3).toISOString() };
const inSprint = { milestone: { number: 7, title: 'Sprint 7' } };
const vague = { title: 'Fix bug', body: 'It does not work.' };

const items: BacklogItem[] = [
  anItem({ number: 1, labels: ['points: 3', 'priority: high'], lastHumanActivityAt: daysAgo(2) }),
  // Stale for a long time already (last touched at 14:00 UTC, so a day count would move mid-day): its
  // comment names the date of the last activity, never a day count.
  anItem({ number: 2, ...vague, ...inSprint, createdAt: daysAgo(500), lastHumanActivityAt: daysAgo(399.8) }),
  // 55 days without activity: crosses the 60-day limit between day 1 and day 7.
  anItem({ number: 3, ...vague, ...inSprint, createdAt: daysAgo(90), lastHumanActivityAt: daysAgo(55) }),
  anItem({ number: 4, labels: ['points: 13'], ...inSprint, lastHumanActivityAt: daysAgo(1) }),
  // Ready, but stale: a label, no comment; in the agenda its line gives the stale reason.
  anItem({ number: 5, labels: ['points: 2', 'priority: low'], ...inSprint, lastHumanActivityAt: daysAgo(299.7) }),
];

const config = configSchema.parse({ agenda: { leadDays: 7 } });

const audit = async (gateway: FakeGateway, now: Date) => {
  const before = gateway.writeLog.length;
  const sweep = await sweepBacklog({ gateway, config, now, dryRun: false, maxWrites: 1000 });
  const agenda = await refreshAgendas({ gateway, config, now, items: sweep.items, verdicts: sweep.verdicts });
  return { sweep, agenda, writes: gateway.writeLog.slice(before) };
};

const snapshot = (gateway: FakeGateway) => ({
  labels: new Map([...gateway.items].map(([number, item]) => [number, [...item.labels].sort()])),
  comments: new Map([...gateway.comments].map(([number, list]) => [number, list.map((c) => c.body)])),
});

describe('an untouched backlog audited on later days', () => {
  it('rewrites a comment only where its findings changed, and labels only where verdicts did', async () => {
    const gateway = createFakeGateway({ items, milestones: [SPRINT] });
    const first = await audit(gateway, FIXED_NOW);
    expect(first.writes.length).toBeGreaterThan(0);
    expect(gateway.comments.get(2)?.[0]?.body).toContain(`No human activity since ${daysAgo(399.8).slice(0, 10)}`);
    expect(gateway.comments.get(2)?.[0]?.body).not.toMatch(/activity for \d+ days|\d+ days? ago/);
    const day0 = snapshot(gateway);

    // The same day, later, and the next day: nothing to write for the issues.
    for (const now of [later(0, 14), later(1), later(1, 14.9)]) {
      const rerun = await audit(gateway, now);
      expect(rerun.sweep.plans).toEqual([]);
      expect(rerun.writes.filter((line) => !line.startsWith('update-issue'))).toEqual([]);
    }
    expect(snapshot(gateway)).toEqual(day0);

    // A week later #3 crossed the stale limit: it alone gets the label and a rewritten comment.
    const week = await audit(gateway, later(7));
    expect(week.sweep.plans.map((plan) => plan.number)).toEqual([3]);
    expect(week.sweep.plans[0]).toMatchObject({ addLabels: ['stale'], removeLabels: [], comment: { kind: 'update' } });
    const day7 = snapshot(gateway);
    for (const number of [1, 2, 4, 5]) {
      expect(day7.labels.get(number)).toEqual(day0.labels.get(number));
      expect(day7.comments.get(number)).toEqual(day0.comments.get(number));
    }
    expect(day7.comments.get(3)?.[0]).toContain('No human activity since');
  });

  it('changes the agenda at most once a day: its day counts are calendar days', async () => {
    const gateway = createFakeGateway({ items, milestones: [SPRINT] });
    await audit(gateway, FIXED_NOW);
    const updatesOn = async (day: number, hours: readonly number[]) => {
      let updates = 0;
      for (const hour of hours) updates += (await audit(gateway, later(day, hour))).agenda.updated;
      return updates;
    };
    // Day 0 already has its agenda: later the same day (up to 23:59 UTC) it stays as it is.
    expect(await updatesOn(0, [1, 8, 14.99])).toBe(0);
    // Each following day: "N days left" and "N days old" move once, at the first run of the day.
    expect(await updatesOn(1, [0, 6, 12, 14.9])).toBe(1);
    expect(await updatesOn(2, [-8.5, 0, 14])).toBe(1);
  });
});
