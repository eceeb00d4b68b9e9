import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { findEstimate } from '#src/rules/find-estimate.ts';
import { tooBigRule } from '#src/rules/too-big.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const judge = (overrides: Partial<BacklogItem>, config = defaultConfig()) => {
  const item = anItem(overrides);
  const doc = parseBody(item.body);
  return tooBigRule({ item, doc, config, now: FIXED_NOW, estimate: findEstimate(item, doc, config) });
};

describe('tooBigRule with the default limits (8 points, size L, 5 days)', () => {
  it.each([
    [
      { labels: ['points: 13'] },
      'Estimated at 13 points (label "points: 13"), above the limit of 8: split it into smaller items.',
    ],
    [
      { labels: ['size/XL'] },
      'Estimated at size XL (label "size/XL"), above the limit of size L: split it into smaller items.',
    ],
    [
      { labels: ['XXL'] },
      'Estimated at size XXL (label "XXL"), above the limit of size L: split it into smaller items.',
    ],
    [
      { body: 'Migrate every report to the new query engine.\n\nEstimate: 2 weeks' },
      'Estimated at 80 hours (10 days) ("Estimate: 2 weeks" in the body), above the limit of 5 days: split it into smaller items.',
    ],
    [
      { projectFields: { 'Story points': 21 } },
      'Estimated at 21 points (Projects field "Story points"), above the limit of 8: split it into smaller items.',
    ],
  ])('fails %j', (overrides, reason) => {
    expect(judge(overrides)).toEqual({ rule: 'too-big', ok: false, reason });
  });

  it.each([
    [{ labels: ['points: 8'] }, 'Estimated at 8 points (label "points: 8"), within the limit of 8.'],
    [{ labels: ['size: L'] }, 'Estimated at size L (label "size: L"), within the limit of size L.'],
    [{ labels: ['S'] }, 'Estimated at size S (label "S"), within the limit of size L.'],
    [
      { body: 'Add a CSV export.\n\nEstimate: 5d' },
      'Estimated at 40 hours (5 days) ("Estimate: 5d" in the body), within the limit of 5 days.',
    ],
    [
      { body: 'Add a CSV export.\n\nEffort: 3h' },
      'Estimated at 3 hours ("Effort: 3h" in the body), within the limit of 5 days.',
    ],
  ])('passes %j', (overrides, reason) => {
    expect(judge(overrides)).toEqual({ rule: 'too-big', ok: true, reason });
  });

  it('passes when there is no estimate to compare', () => {
    expect(judge({ body: 'Add a CSV export to the reports page.' })).toEqual({
      rule: 'too-big',
      ok: true,
      reason: 'No estimate to compare.',
    });
  });
});

describe('tooBigRule on the estimates read from real issues', () => {
  it.each([
    [
      { labels: ['Difficulty: very hard'] },
      true,
      'Estimated at 8 points (label "Difficulty: very hard", read as the level "very hard"), within the limit of 8.',
    ],
    [
      { body: 'Move the billing jobs to the scheduler.\n\nAufwand: 6 PT' },
      false,
      'Estimated at 48 hours (6 days) ("Aufwand: 6 PT" in the body), above the limit of 5 days: split it into smaller items.',
    ],
    [
      { body: 'Move the billing jobs to the scheduler.\n\n预估工时：2天' },
      true,
      'Estimated at 16 hours (2 days) ("预估工时: 2天" in the body), within the limit of 5 days.',
    ],
    [
      { title: 'Move the billing jobs to the scheduler (13 SP)', body: 'The old cron host is being retired.' },
      false,
      'Estimated at 13 points (title "Move the billing jobs to the scheduler (13 SP)"), above the limit of 8: split it into smaller items.',
    ],
    [
      { body: 'Rewrite the importer.\n\n| Part | Hours |\n|---|---|\n| Parser | 24 |\n| UI | 24 |' },
      false,
      'Estimated at 48 hours (6 days) (the 2 rows of table column "Hours" in the body, added up), above the limit of 5 days: split it into smaller items.',
    ],
  ])('judges %j', (overrides, ok, reason) => {
    expect(judge(overrides)).toEqual({ rule: 'too-big', ok, reason });
  });

  it('compares a score with the configured level table', () => {
    const config = configSchema.parse({ rules: { estimate: { levels: { 'very hard': 13 } } } });
    expect(judge({ labels: ['Difficulty: very hard'] }, config).ok).toBe(false);
  });
});

describe('tooBigRule with configured limits', () => {
  const config = configSchema.parse({ rules: { tooBig: { maxPoints: 5, maxSize: 'M', maxDays: 2 } } });

  it.each([
    [['points: 8'], false],
    [['points: 5'], true],
    [['size/L'], false],
    [['size/M'], true],
    [['estimate: 3d'], false],
    [['estimate: 2d'], true],
  ])('judges %j against the configured limit', (labels, ok) => {
    expect(judge({ labels }, config).ok).toBe(ok);
  });

  it('passes with a note when disabled', () => {
    const disabled = configSchema.parse({ rules: { tooBig: { enabled: false } } });
    expect(judge({ labels: ['points: 40'] }, disabled)).toEqual({
      rule: 'too-big',
      ok: true,
      reason: 'Rule disabled in config.',
    });
  });
});
