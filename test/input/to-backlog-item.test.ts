import { describe, expect, it } from 'vitest';
import { ghIssueSchema } from '#src/input/gh-issue-schema.ts';
import { toBacklogItem } from '#src/input/to-backlog-item.ts';
import { commentMarker } from '#src/plan/comment-marker.ts';
import { aGhIssue } from './gh-issue.ts';

const map = (overrides: Record<string, unknown> = {}) => toBacklogItem(ghIssueSchema.parse(aGhIssue(overrides)));
const comment = (login: string, createdAt: string, body = 'Any update on this?') => ({
  author: { login },
  body,
  createdAt,
});

describe('toBacklogItem', () => {
  it('maps the fields gh prints to the item shape', () => {
    expect(map()).toEqual({
      number: 12,
      title: 'Let team admins set working hours per weekday',
      body: '## Acceptance criteria\n\n- [ ] Admins can set start and end times for each weekday',
      url: 'https://github.com/acme/calendly-lite/issues/12',
      state: 'open',
      labels: ['points: 3'],
      milestone: { number: 4, title: 'Q4 scheduling', dueOn: '2026-12-01T00:00:00Z' },
      assignees: ['mara'],
      author: 'jonas',
      createdAt: '2026-09-01T10:00:00Z',
      updatedAt: '2026-11-20T08:00:00Z',
      lastHumanActivityAt: '2026-09-01T10:00:00Z',
      commentCount: 0,
    });
  });

  it.each([
    ['a person commented later', [comment('mara', '2026-10-05T12:00:00Z')], '2026-10-05T12:00:00Z'],
    ['only a [bot] commented', [comment('github-actions[bot]', '2026-11-19T00:00:00Z')], '2026-09-01T10:00:00Z'],
    ['only an app/ bot commented', [comment('app/dependabot', '2026-11-19T00:00:00Z')], '2026-09-01T10:00:00Z'],
    [
      'an is_bot author commented',
      [{ author: { login: 'stale-helper', is_bot: true }, body: 'stale', createdAt: '2026-11-19T00:00:00Z' }],
      '2026-09-01T10:00:00Z',
    ],
    [
      'a person, then a bot',
      [comment('mara', '2026-10-05T12:00:00Z'), comment('renovate[bot]', '2026-11-18T00:00:00Z')],
      '2026-10-05T12:00:00Z',
    ],
    [
      'a deleted account (null author) commented',
      [{ author: null, body: 'ping', createdAt: '2026-10-07T00:00:00Z' }],
      '2026-10-07T00:00:00Z',
    ],
  ])(
    "takes last human activity from creation and people's comments, never updatedAt: %s",
    (_case, comments, expected) => {
      const item = map({ comments });
      expect(item.lastHumanActivityAt).toBe(expected);
      expect(item.commentCount).toBe(comments.length);
    },
  );

  it('leaves last human activity unknown when comments were not printed', () => {
    const item = map({ comments: undefined });
    expect(item.lastHumanActivityAt).toBeUndefined();
    expect(item.commentCount).toBe(0);
  });

  it('takes the comment count from a number (REST shape)', () => {
    expect(map({ comments: 7 }).commentCount).toBe(7);
  });

  it("finds the tool's own comment by its hidden marker", () => {
    const own = {
      id: 'IC_kwDOA',
      author: { login: 'github-actions' },
      body: `${commentMarker('00ff00ff00ff00ff', false)}\nThanks for the issue!`,
      createdAt: '2026-11-01T00:00:00Z',
    };
    const item = map({ comments: [comment('mara', '2026-10-05T12:00:00Z'), own] });
    expect(item.ownComment).toEqual({ id: 'IC_kwDOA', hash: '00ff00ff00ff00ff', resolved: false });
  });

  it('maps OPEN/CLOSED states and a missing milestone', () => {
    const item = map({ state: 'CLOSED', milestone: null, closedAt: '2026-11-02T00:00:00Z' });
    expect(item.state).toBe('closed');
    expect(item.milestone).toBeUndefined();
    expect(item.closedAt).toBe('2026-11-02T00:00:00Z');
  });
});
