import { describe, expect, it } from 'vitest';
import { configSchema, type ConfigInput } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { staleRule } from '#src/rules/stale.ts';
import { daysAgo, FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const judge = (item: BacklogItem, input: ConfigInput = {}) =>
  staleRule({
    item,
    doc: parseBody(item.body),
    config: configSchema.parse(input),
    now: FIXED_NOW,
    estimate: undefined,
  });

describe('staleRule', () => {
  it('fails with the date (not a day count, which would change daily) and the limit when no person touched the item for too long', () => {
    const check = judge(anItem({ createdAt: '2026-05-01T10:00:00Z', lastHumanActivityAt: '2026-08-19T07:30:00Z' }));
    expect(check).toEqual({
      rule: 'stale',
      ok: false,
      reason: 'No human activity since 2026-08-19; the limit is 60 days. Keep, re-scope or close it.',
    });
  });

  it('ignores updatedAt, which bots move: a bot edit yesterday does not make an old item fresh', () => {
    const check = judge(anItem({ createdAt: daysAgo(200), updatedAt: daysAgo(1), lastHumanActivityAt: daysAgo(120) }));
    expect(check.ok).toBe(false);
    expect(check.reason).toContain(`since ${daysAgo(120).slice(0, 10)}`);
  });

  it('falls back to the creation time when the timeline is unknown', () => {
    const check = judge(anItem({ createdAt: daysAgo(75), updatedAt: daysAgo(2) }));
    expect(check.ok).toBe(false);
    expect(check.reason).toContain(`No human activity since ${daysAgo(75).slice(0, 10)}`);
  });

  it.each([
    ['just under the limit', 59, true],
    ['exactly at the limit', 60, false],
    ['well past the limit', 400, false],
  ])('judges an item %s (%i days)', (_label, days, ok) => {
    expect(judge(anItem({ createdAt: daysAgo(500), lastHumanActivityAt: daysAgo(days) })).ok).toBe(ok);
  });

  it('passes with the days since activity when the item is fresh', () => {
    const check = judge(anItem({ lastHumanActivityAt: daysAgo(12) }));
    expect(check).toEqual({
      rule: 'stale',
      ok: true,
      reason: 'Last human activity 12 days ago (2026-11-09); the limit is 60.',
    });
  });

  it.each([
    ['a canonical UTC timestamp', '2026-11-09T08:15:00Z', '2026-11-09'],
    ['milliseconds', '2026-11-09T08:15:00.123Z', '2026-11-09'],
    ['an offset that moves the UTC date', '2026-11-10T01:00:00+02:00', '2026-11-09'],
    ['a date only', '2026-11-09', '2026-11-09'],
    ['a day GitHub would never send, rolled over like Date does', '2026-02-30T00:00:00Z', '2026-03-02'],
    ['hour 24, rolled over to the next day', '2026-11-08T24:00:00Z', '2026-11-09'],
  ])('shows the UTC date of %s', (_case, lastHumanActivityAt, date) => {
    expect(judge(anItem({ lastHumanActivityAt })).reason).toMatch(new RegExp(`(?:\\(|since )${date}[);]`));
  });

  it('uses the configured number of days', () => {
    expect(judge(anItem({ lastHumanActivityAt: daysAgo(20) }), { rules: { stale: { days: 14 } } }).reason).toContain(
      'the limit is 14',
    );
  });

  const old = { createdAt: daysAgo(300) };
  it.each<[string, Partial<BacklogItem>, ConfigInput, string]>([
    ['an exempt label, case-insensitively', { labels: ['Pinned'] }, {}, 'exempt label "Pinned"'],
    [
      'a configured exempt label',
      { labels: ['roadmap'] },
      { rules: { stale: { exemptLabels: ['Roadmap'] } } },
      'exempt label "roadmap"',
    ],
    [
      'any milestone when milestones are exempt',
      { milestone: { title: 'v2.0' } },
      { rules: { stale: { exemptMilestones: true } } },
      'milestone "v2.0"',
    ],
    [
      'a listed milestone',
      { milestone: { title: 'Q4 launch' } },
      { rules: { stale: { exemptMilestones: ['q4 launch'] } } },
      'milestone "Q4 launch" is exempt',
    ],
    [
      'an assignee when assigned items are exempt',
      { assignees: ['mona'] },
      { rules: { stale: { exemptAssigned: true } } },
      'assigned to mona',
    ],
  ])('never flags an item with %s', (_label, overrides, config, reason) => {
    const check = judge(anItem({ ...old, ...overrides }), config);
    expect(check.ok).toBe(true);
    expect(check.reason).toContain(reason);
  });

  it.each<[string, Partial<BacklogItem>, ConfigInput]>([
    [
      'an unlisted milestone',
      { milestone: { title: 'Backlog' } },
      { rules: { stale: { exemptMilestones: ['Q4 launch'] } } },
    ],
    ['a milestone when milestones are not exempt', { milestone: { title: 'v2.0' } }, {}],
    ['an assignee when assigned items are not exempt', { assignees: ['mona'] }, {}],
  ])('still flags an item with %s', (_label, overrides, config) => {
    expect(judge(anItem({ ...old, ...overrides }), config).ok).toBe(false);
  });

  it('passes with a note when the rule is disabled', () => {
    expect(judge(anItem(old), { rules: { stale: { enabled: false } } })).toEqual({
      rule: 'stale',
      ok: true,
      reason: 'Rule disabled in config.',
    });
  });

  const counting: ConfigInput = { rules: { stale: { countReactions: true } } };
  it.each<[string, Partial<BacklogItem>, ConfigInput, boolean, string]>([
    [
      'a newer reaction keeps the item fresh when reactions count',
      { lastHumanActivityAt: '2026-08-19T07:30:00Z', lastHumanReactionAt: '2026-11-01T16:45:00Z' },
      counting,
      true,
      'Last human activity 19 days ago (a reaction on 2026-11-01); the limit is 60.',
    ],
    [
      'an old reaction still names the reaction when it is the newest activity',
      {
        createdAt: '2026-05-01T10:00:00Z',
        lastHumanActivityAt: '2026-05-01T10:00:00Z',
        lastHumanReactionAt: '2026-08-19T07:30:00Z',
      },
      counting,
      false,
      'No human activity since a reaction on 2026-08-19; the limit is 60 days. Keep, re-scope or close it.',
    ],
    [
      'a newer reaction is ignored when reactions do not count (the default)',
      { lastHumanActivityAt: '2026-08-19T07:30:00Z', lastHumanReactionAt: '2026-11-01T16:45:00Z' },
      {},
      false,
      'No human activity since 2026-08-19; the limit is 60 days. Keep, re-scope or close it.',
    ],
    [
      'an older reaction leaves the reason as it was',
      { lastHumanActivityAt: '2026-11-09T08:15:00Z', lastHumanReactionAt: '2026-10-01T12:00:00Z' },
      counting,
      true,
      'Last human activity 12 days ago (2026-11-09); the limit is 60.',
    ],
    [
      'a reaction newer than the creation counts when the timeline is unknown',
      { createdAt: '2026-06-01T10:00:00Z', lastHumanReactionAt: '2026-11-15T09:00:00Z' },
      counting,
      true,
      'Last human activity 6 days ago (a reaction on 2026-11-15); the limit is 60.',
    ],
    [
      'no known reaction leaves the reason as it was',
      { lastHumanActivityAt: '2026-11-09T08:15:00Z' },
      counting,
      true,
      'Last human activity 12 days ago (2026-11-09); the limit is 60.',
    ],
  ])('%s', (_case, overrides, config, ok, reason) => {
    expect(judge(anItem(overrides), config)).toEqual({ rule: 'stale', ok, reason });
  });

  it('does not judge an item whose activity time is not a date, even with a reaction', () => {
    const check = judge(
      anItem({ lastHumanActivityAt: 'yesterday', lastHumanReactionAt: '2026-11-01T16:45:00Z' }),
      counting,
    );
    expect(check.ok).toBe(true);
    expect(check.reason).toContain('"yesterday" is not a date');
  });

  it('does not judge an item whose activity time is not a date', () => {
    const check = judge(anItem({ lastHumanActivityAt: 'yesterday' }));
    expect(check.ok).toBe(true);
    expect(check.reason).toContain('"yesterday" is not a date');
  });
});
