import { describe, expect, it } from 'vitest';
import { classifyActor } from '#src/github/classify-actor.ts';
import { canBeOurs, mapIssue, mayHideOwnComment } from '#src/github/map-issue.ts';
import { commentMarker } from '#src/plan/comment-marker.ts';
import type { RawFieldValue, RawReaction } from '#src/github/graphql-shapes.ts';
import { aComment, aRawIssue, bot, person, type RawIssueOverrides } from './raw-issue.ts';

const SELF = ['backlog-hygiene[bot]', 'github-actions[bot]'];

describe('classifyActor', () => {
  it.each([
    [person('mona'), 'person'],
    [bot('dependabot'), 'bot'],
    [person('renovate[bot]'), 'bot'],
    [bot('backlog-hygiene'), 'self'],
    [bot('github-actions'), 'self'],
    [person('Backlog-Hygiene[bot]'), 'self'],
    [{ login: 'old-importer', __typename: 'Mannequin' }, 'person'],
    [null, 'person'],
  ] as const)('%o is %s', (actor, expected) => {
    expect(classifyActor(actor, SELF)).toBe(expected);
  });
});

describe('mapIssue: last human activity', () => {
  it.each([
    ['only the creation', {}, '2026-11-01T08:00:00Z'],
    [
      'a body edit by a person',
      { lastEditedAt: '2026-11-03T12:00:00Z', editor: person('mona') },
      '2026-11-03T12:00:00Z',
    ],
    [
      'a body edit by a bot does not count',
      { lastEditedAt: '2026-11-03T12:00:00Z', editor: bot('dependabot') },
      '2026-11-01T08:00:00Z',
    ],
    ["a person's comment", { comments: [aComment({ createdAt: '2026-11-06T10:00:00Z' })] }, '2026-11-06T10:00:00Z'],
    [
      'a person editing their comment later',
      { comments: [aComment({ createdAt: '2026-11-06T10:00:00Z', lastEditedAt: '2026-11-08T10:00:00Z' })] },
      '2026-11-08T10:00:00Z',
    ],
    [
      'our own comment does not count',
      { comments: [aComment({ createdAt: '2026-11-20T10:00:00Z', author: bot('backlog-hygiene') })] },
      '2026-11-01T08:00:00Z',
    ],
    [
      "another bot's comment does not count",
      { comments: [aComment({ createdAt: '2026-11-20T10:00:00Z', author: bot('stale') })] },
      '2026-11-01T08:00:00Z',
    ],
    [
      "our label change does not count, a person's reopen does",
      {
        timeline: [
          {
            __typename: 'LabeledEvent' as const,
            createdAt: '2026-11-20T00:00:00Z',
            actor: bot('github-actions'),
            label: { name: 'stale' },
          },
          { __typename: 'ReopenedEvent' as const, createdAt: '2026-11-09T00:00:00Z', actor: person('mona') },
        ],
      },
      '2026-11-09T00:00:00Z',
    ],
    [
      'a person renaming the title',
      {
        timeline: [
          { __typename: 'RenamedTitleEvent' as const, createdAt: '2026-11-10T00:00:00Z', actor: person('lisa') },
        ],
      },
      '2026-11-10T00:00:00Z',
    ],
  ] as [string, RawIssueOverrides, string][])('%s', (_case, overrides, expected) => {
    expect(mapIssue(aRawIssue(overrides), SELF).lastHumanActivityAt).toBe(expected);
  });
});

describe('mapIssue: last human reaction', () => {
  const reaction = (createdAt: string, user: RawReaction['user']): RawReaction => ({ createdAt, user });
  it.each([
    ['no reactions read (a milestone read)', undefined, undefined],
    ['no reactions at all', [], undefined],
    ["a person's thumbs-up", [reaction('2026-11-14T09:30:00Z', person('mona'))], '2026-11-14T09:30:00Z'],
    [
      "the newest of several people's, whatever the order",
      [
        reaction('2026-11-14T09:30:00Z', person('mona')),
        reaction('2026-11-18T16:00:00Z', person('lisa')),
        reaction('2026-11-10T07:00:00Z', person('hubot-user')),
      ],
      '2026-11-18T16:00:00Z',
    ],
    [
      "a bot's reaction (GitHub gives no User for it) does not count",
      [reaction('2026-11-19T00:00:00Z', null)],
      undefined,
    ],
    ['a login ending in [bot] does not count', [reaction('2026-11-19T00:00:00Z', person('renovate[bot]'))], undefined],
    [
      "this tool's own reaction does not count",
      [reaction('2026-11-19T00:00:00Z', person('github-actions'))],
      undefined,
    ],
    [
      "a bot's newer reaction leaves the person's older one",
      [reaction('2026-11-12T00:00:00Z', person('mona')), reaction('2026-11-19T00:00:00Z', null), null],
      '2026-11-12T00:00:00Z',
    ],
  ] as [string, (RawReaction | null)[] | undefined, string | undefined][])('%s', (_case, nodes, expected) => {
    const raw = aRawIssue(nodes === undefined ? {} : { reactions: { nodes } });
    expect(mapIssue(raw, SELF).lastHumanReactionAt).toBe(expected);
  });
});

describe('mapIssue: fields', () => {
  it('maps labels, milestone, assignees, author, states and counts', () => {
    const item = mapIssue(
      aRawIssue({
        labels: { nodes: [{ id: 'LA_1', name: 'bug' }, null, { id: 'LA_2', name: 'points: 3' }] },
        milestone: { number: 7, title: 'Sprint 42', dueOn: '2026-12-01T00:00:00Z', state: 'OPEN' },
        assignees: { nodes: [{ login: 'lisa' }] },
        comments: [aComment(), aComment({ id: 'IC_2' })],
      }),
      SELF,
    );
    expect(item).toMatchObject({
      number: 42,
      state: 'open',
      labels: ['bug', 'points: 3'],
      milestone: { number: 7, title: 'Sprint 42', dueOn: '2026-12-01T00:00:00Z', state: 'open' },
      assignees: ['lisa'],
      author: 'hubot-user',
      commentCount: 2,
    });
    expect(item.closedAt).toBeUndefined();
    expect(item.linkedStates).toBeUndefined();
  });

  it('lists label events oldest first, with who made them', () => {
    const item = mapIssue(
      aRawIssue({
        timeline: [
          {
            __typename: 'UnlabeledEvent',
            createdAt: '2026-11-04T00:00:00Z',
            actor: person('mona'),
            label: { name: 'needs-refinement' },
          },
          {
            __typename: 'LabeledEvent',
            createdAt: '2026-11-02T00:00:00Z',
            actor: bot('backlog-hygiene'),
            label: { name: 'needs-refinement' },
          },
          { __typename: 'IssueComment', ...aComment({ createdAt: '2026-11-03T00:00:00Z', author: person('mona') }) },
        ],
      }),
      SELF,
    );
    expect(item.labelEvents).toEqual([
      { label: 'needs-refinement', action: 'added', by: 'self', at: '2026-11-02T00:00:00Z' },
      { label: 'needs-refinement', action: 'removed', by: 'person', at: '2026-11-04T00:00:00Z' },
    ]);
  });

  it("finds the own comment by its hidden marker, preferring a bot's over a person's quote", () => {
    const ours = `${commentMarker('00ff00ff00ff00ff', false)}\nThis issue needs acceptance criteria.`;
    const item = mapIssue(
      aRawIssue({
        comments: [
          aComment({ id: 'IC_ours', body: ours, author: bot('github-actions') }),
          aComment({ id: 'IC_copy', body: ours, author: person('mona'), createdAt: '2026-11-09T00:00:00Z' }),
          aComment({ id: 'IC_plain' }),
        ],
      }),
      SELF,
    );
    expect(item.ownComment).toEqual({ id: 'IC_ours', hash: '00ff00ff00ff00ff', resolved: false });
  });

  const marked = `${commentMarker('00ff00ff00ff00ff', false)}\nThis issue needs acceptance criteria.`;
  it.each([
    [
      'github-actions[bot] (the Action under GITHUB_TOKEN)',
      aComment({ body: marked, author: bot('github-actions') }),
      true,
    ],
    ['this tool (a self login)', aComment({ body: marked, author: bot('backlog-hygiene') }), true],
    [
      "the token's own account (viewerDidAuthor)",
      aComment({ body: marked, author: person('pat-owner'), viewerDidAuthor: true }),
      true,
    ],
    ["a person's copy of our marker", aComment({ body: marked, author: person('mona') }), false],
    ["another bot's copy", aComment({ body: marked, author: bot('renovate') }), false],
    ['a deleted account (ghost)', aComment({ body: marked, author: null }), false],
  ])('adopts a marked comment by %s: %s', (_who, comment, adopted) => {
    expect(canBeOurs(comment, SELF)).toBe(adopted);
    expect(mapIssue(aRawIssue({ comments: [comment] }), SELF).ownComment?.id).toBe(adopted ? comment.id : undefined);
  });

  it("never adopts a person's comment, even when it is the only one with the marker", () => {
    const item = mapIssue(
      aRawIssue({ comments: [aComment({ id: 'IC_copy', body: marked, author: person('mona') })] }),
      SELF,
    );
    expect(item.ownComment).toBeUndefined();
  });

  it.each([
    ['more comments than the window read and none of ours', 40, [aComment()], true],
    ['every comment read', 1, [aComment()], false],
    ['ours among those read', 40, [aComment({ body: marked, author: bot('github-actions') })], false],
  ])('mayHideOwnComment with %s', (_case, totalCount, comments, expected) => {
    const raw = aRawIssue({ comments });
    expect(mayHideOwnComment({ ...raw, comments: { totalCount } }, SELF)).toBe(expected);
  });

  it.each([
    ['asked for', { nodes: [{ login: 'ben' }] }, { assignees: ['ben'] }],
    ['asked for, none', { nodes: [] }, { assignees: [] }],
    ['not asked for', undefined, { assignees: [], assigneesUnknown: true }],
  ])('assignees %s', (_case, assignees, expected) => {
    const { assignees: _drop, ...raw } = aRawIssue();
    const item = mapIssue(assignees === undefined ? raw : { ...raw, assignees }, SELF);
    expect({ assignees: item.assignees, ...(item.assigneesUnknown && { assigneesUnknown: true }) }).toEqual(expected);
  });

  it('has no own comment when no comment carries the marker', () => {
    expect(
      mapIssue(aRawIssue({ comments: [aComment({ body: 'backlog-hygiene is great' })] }), SELF).ownComment,
    ).toBeUndefined();
  });

  it('reads Projects number, single-select and text fields; the first project wins', () => {
    const values = (nodes: RawFieldValue[]) => ({ fieldValues: { nodes } });
    const item = mapIssue(
      aRawIssue({
        projectItems: {
          nodes: [
            values([
              { __typename: 'ProjectV2ItemFieldNumberValue', number: 5, field: { name: 'Story Points' } },
              { __typename: 'ProjectV2ItemFieldSingleSelectValue', name: 'P1', field: { name: 'Priority' } },
              { __typename: 'ProjectV2ItemFieldDateValue' },
            ]),
            values([
              { __typename: 'ProjectV2ItemFieldNumberValue', number: 8, field: { name: 'Story Points' } },
              { __typename: 'ProjectV2ItemFieldTextValue', text: 'Checkout squad', field: { name: 'Team' } },
            ]),
          ],
        },
      }),
      SELF,
    );
    expect(item.projectFields).toEqual({ 'Story Points': 5, Priority: 'P1', Team: 'Checkout squad' });
  });

  it('leaves activity and project fields unknown when the read did not include them', () => {
    const { timelineItems: _t, projectItems: _p, ...light } = aRawIssue();
    const item = mapIssue(light, SELF);
    expect(item.lastHumanActivityAt).toBeUndefined();
    expect(item.labelEvents).toBeUndefined();
    expect(item.projectFields).toBeUndefined();
  });
});
