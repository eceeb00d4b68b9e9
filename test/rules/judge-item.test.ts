import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig, type ConfigInput } from '#src/config/schema.ts';
import type { BacklogItem, LabelEvent } from '#src/model/backlog-item.ts';
import { RULE_IDS } from '#src/model/rule-id.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const judge = (overrides: Partial<BacklogItem>, config: ConfigInput = {}) =>
  judgeItem(anItem(overrides), { config: configSchema.parse(config), now: FIXED_NOW });

const READY_BODY = `Finance exports the monthly revenue table by hand and loses the number formatting every month.

Story points: 3

## Acceptance criteria
- [ ] The button downloads a UTF-8 CSV with a header row
- [ ] The export respects the active date filter`;

const event = (action: LabelEvent['action'], by: LabelEvent['by'], label = 'ready'): LabelEvent => ({
  label,
  action,
  by,
  at: '2026-11-01T10:00:00Z',
});

describe('judgeItem', () => {
  it('returns one check per rule in RULE_IDS order', () => {
    expect(judge({}).checks.map((check) => check.rule)).toEqual([...RULE_IDS]);
  });

  it('finds a well-refined item ready, with its estimate, points and priority', () => {
    const verdict = judge({ body: READY_BODY, labels: ['priority: high'] });
    expect(verdict).toMatchObject({
      number: 1,
      ready: true,
      kind: 'default',
      blocking: [],
      pinned: false,
      skipped: false,
      points: 3,
      priority: 'priority: high',
    });
    expect(verdict.estimate?.points).toBe(3);
  });

  it('blocks readiness with the required rules that fail, and only those', () => {
    const verdict = judge({ title: 'fix bug', body: 'Broken.' });
    expect(verdict.ready).toBe(false);
    expect(verdict.blocking.map((finding) => finding.rule)).toEqual(['acceptance-criteria', 'estimate', 'vague']);
    // unprioritized fails but is not in readiness.require by default.
    expect(verdict.checks.find((check) => check.rule === 'unprioritized')?.ok).toBe(false);
  });

  it("applies the bug kind's definition of ready: no estimate or criteria needed", () => {
    const verdict = judge({
      labels: ['bug'],
      title: 'CSV export ignores the date filter',
      body: 'Open Reports, set "Last 30 days", export: the file has every row since 2019.',
    });
    expect(verdict).toMatchObject({ kind: 'bug', ready: true, blocking: [] });
  });

  it('is blocked by an open dependency', () => {
    const verdict = judge({ body: `${READY_BODY}\n\nBlocked by #12.`, linkedStates: { 12: 'open' } });
    expect(verdict.blocking.map((finding) => finding.rule)).toEqual(['blocked']);
  });

  it.each<[string, Partial<BacklogItem>]>([
    ['the override label', { labels: ['Ready-Override'] }],
    [
      'the ready label added by a person',
      { labelEvents: [event('added', 'self'), event('removed', 'person'), event('added', 'person')] },
    ],
  ])('is pinned ready by %s despite findings', (_label, overrides) => {
    const verdict = judge({ ...overrides, body: 'Too short.' });
    expect(verdict).toMatchObject({ pinned: true, ready: true });
    expect(verdict.blocking.length).toBeGreaterThan(0);
  });

  it.each<[string, LabelEvent[]]>([
    ['added by this tool', [event('added', 'self')]],
    ['added by a person, then removed by a person', [event('added', 'person'), event('removed', 'person')]],
    ['added by another bot', [event('added', 'bot')]],
    ['another label added by a person', [event('added', 'person', 'docs')]],
  ])('is not pinned by the ready label %s', (_label, labelEvents) => {
    expect(judge({ labelEvents, body: 'Too short.' })).toMatchObject({ pinned: false, ready: false });
  });

  it('skips items with a skip label but still computes their checks', () => {
    const verdict = judge({ labels: ['Duplicate'], title: 'Bug', body: '' });
    expect(verdict).toMatchObject({ skipped: true, ready: false, blocking: [], pinned: false });
    expect(verdict.checks).toHaveLength(RULE_IDS.length);
    expect(verdict.checks.find((check) => check.rule === 'vague')?.ok).toBe(false);
  });

  it('uses a configured definition of ready', () => {
    const verdict = judge({ body: 'Too short.' }, { readiness: { require: ['blocked'] } });
    expect(verdict).toMatchObject({ ready: true, blocking: [] });
  });

  it('passes the repository templates to the rules', () => {
    const templates = [{ name: 'story.md', body: '## Story\n\nAs a user I want this\n\n## Notes\n\nAnything else' }];
    const item = anItem({ body: '## Story\n\nAs a user I want this\n\n## Notes\n\nAnything else\n' });
    const verdict = judgeItem(item, { config: defaultConfig(), now: FIXED_NOW, templates });
    expect(verdict.checks.find((check) => check.rule === 'vague')?.reason).toContain('"story.md"');
  });
});
