import { describe, expect, it } from 'vitest';
import { configSchema } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { unprioritizedRule } from '#src/rules/unprioritized.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const judge = (item: BacklogItem, enabled = true) =>
  unprioritizedRule({
    item,
    doc: parseBody(item.body),
    config: configSchema.parse({ rules: { unprioritized: { enabled } } }),
    now: FIXED_NOW,
    estimate: undefined,
  });

describe('unprioritizedRule', () => {
  it.each<[string, Partial<BacklogItem>, string]>([
    ['in no project: a label only', {}, 'Add a priority: a label such as "priority: high" or "P1".'],
    [
      'in a project: a label or the Projects field',
      { projectFields: { Status: 'Todo' } },
      'Add a priority: a label such as "priority: high" or "P1", or the Projects field "Priority".',
    ],
  ])('fails with advice that fits where the issue lives (%s)', (_label, overrides, reason) => {
    expect(judge(anItem(overrides))).toEqual({ rule: 'unprioritized', ok: false, reason });
  });

  it.each<[string, Partial<BacklogItem>, string]>([
    ['a label', { labels: ['priority: high'] }, 'Priority "priority: high" from label "priority: high".'],
    ['a Projects field', { projectFields: { Priority: 'P2' } }, 'Priority "P2" from Projects field "Priority".'],
    ['an issue-form section', { body: '### Priority\n\nHigh' }, 'Priority "High" from section "Priority".'],
    ['a body line', { body: 'Priority: Low' }, 'Priority "Low" from body line "Priority: Low".'],
  ])('passes with %s and says where the priority came from', (_label, overrides, reason) => {
    expect(judge(anItem(overrides))).toEqual({ rule: 'unprioritized', ok: true, reason });
  });

  it('passes with a note when the rule is disabled', () => {
    expect(judge(anItem(), false)).toEqual({ rule: 'unprioritized', ok: true, reason: 'Rule disabled in config.' });
  });
});
