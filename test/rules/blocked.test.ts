import { describe, expect, it } from 'vitest';
import { configSchema } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { blockedRule, findBlockers } from '#src/rules/blocked.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const judge = (item: BacklogItem, enabled = true) =>
  blockedRule({
    item,
    doc: parseBody(item.body),
    config: configSchema.parse({ rules: { blocked: { enabled } } }),
    now: FIXED_NOW,
    estimate: undefined,
  });

describe('findBlockers', () => {
  it.each([
    ['Blocked by #12 until the new auth service ships.', [{ number: 12 }]],
    ['This depends on #7 and #9.', [{ number: 7 }, { number: 9 }]],
    ['Depends on acme/payments#31 for the refund API.', [{ number: 31, repo: 'acme/payments' }]],
    ['We are waiting for #40, then waiting on #41.', [{ number: 40 }, { number: 41 }]],
    ['REQUIRES #5, #6 & #8', [{ number: 5 }, { number: 6 }, { number: 8 }]],
    ['Start after #77 is merged.', [{ number: 77 }]],
    ['Can go live after #78 lands.', [{ number: 78 }]],
    ['Blocked by https://github.com/acme/webshop/issues/90', [{ number: 90, repo: 'acme/webshop' }]],
    ['blocked by #3; also blocked by #3 again', [{ number: 3 }]],
    ['Depends on https://github.com/acme/api/pull/91 being deployed.', [{ number: 91, repo: 'acme/api' }]],
    ['## Context\n\nBlocked by #5', [{ number: 5 }]],
  ])('finds the dependencies in %j', (body, expected) => {
    expect(findBlockers(body)).toEqual(expected);
  });

  it.each([
    ['mentions without a dependency phrase', 'Related to #12, see also #13.'],
    ['"after" without a finishing verb', 'We looked at this after #12 was discussed in planning.'],
    ['an HTML comment from the template', '<!-- e.g. Blocked by #123 -->\nExport ignores the date filter.'],
    ['a code block', '```\nblocked by #12\n```'],
    ['a phrase with no reference', 'This requires a database migration.'],
    [
      'headings and phrases but no issue number',
      '## Blocked by\n\n- [ ] the auth team\n\n### Depends on\n\nWaiting for #design review',
    ],
  ])('ignores %s', (_label, body) => {
    expect(findBlockers(body)).toEqual([]);
  });

  it('reads open task-list items under a dependencies heading, skipping ticked ones', () => {
    const body = [
      '## Dependencies',
      '- [ ] #21',
      '- [x] #22',
      '- [ ] acme/api#4 schema change',
      '',
      '## Notes',
      '- [ ] #23',
    ].join('\n');
    expect(findBlockers(body)).toEqual([{ number: 21 }, { number: 4, repo: 'acme/api' }]);
  });

  it('treats a bold "Blocked by:" line as a heading', () => {
    expect(findBlockers('**Blocked by:**\n- #15\n- #16')).toEqual([{ number: 15 }, { number: 16 }]);
  });
});

describe('blockedRule', () => {
  it('fails while a dependency is open and names it', () => {
    const check = judge(anItem({ body: 'Blocked by #12.', linkedStates: { 12: 'open' } }));
    expect(check).toEqual({
      rule: 'blocked',
      ok: false,
      reason: 'Blocked by open issue #12: finish it first or remove the dependency.',
    });
  });

  it('names every open dependency', () => {
    const check = judge(
      anItem({ body: 'Depends on #12, #13 and #14.', linkedStates: { 12: 'open', 13: 'closed', 14: 'open' } }),
    );
    expect(check.reason).toBe('Blocked by open issues #12 and #14: finish them first or remove the dependency.');
  });

  it.each<[string, Partial<BacklogItem>, string]>([
    ['no dependency', {}, 'No dependencies mentioned.'],
    ['a closed dependency', { body: 'Blocked by #12.', linkedStates: { 12: 'closed' } }, 'Depends on #12 (closed).'],
    ['a dependency of unknown state', { body: 'Blocked by #12.' }, 'Depends on #12 (state unknown).'],
    [
      'another repository',
      { body: 'Depends on acme/payments#31.' },
      'Depends on acme/payments#31 (another repository, not checked).',
    ],
    [
      'a reference to itself',
      { number: 12, body: 'Blocked by #12.', linkedStates: { 12: 'open' } },
      'No dependencies mentioned.',
    ],
  ])('passes with %s', (_label, overrides, reason) => {
    expect(judge(anItem(overrides))).toEqual({ rule: 'blocked', ok: true, reason });
  });

  it('treats a full reference to its own repository as local', () => {
    const item = anItem({
      url: 'https://github.com/acme/webshop/issues/1',
      body: 'Depends on acme/webshop#8.',
      linkedStates: { 8: 'open' },
    });
    expect(judge(item).ok).toBe(false);
  });

  it('passes with a note when the rule is disabled', () => {
    expect(judge(anItem({ body: 'Blocked by #12.', linkedStates: { 12: 'open' } }), false).reason).toBe(
      'Rule disabled in config.',
    );
  });
});
