import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '#src/github/create-octokit.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { commentMarker } from '#src/plan/comment-marker.ts';
import { anIssueSeed, seedRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { findRepo } from '#test/support/fake-github/state.ts';

const OUR_COMMENT = `${commentMarker('0123456789abcdef', false)}\nThis issue needs acceptance criteria before it is ready.`;

const many = Array.from({ length: 148 }, (_, i) =>
  anIssueSeed({ number: i + 10, title: `Backlog item ${i + 10}: export invoices for region ${i}` }),
);

let fake: FakeGitHub;
const gateway = () =>
  createOctokitGateway({
    octokit: createOctokit({ token: 'test-token', baseUrl: fake.url, retry: false, throttle: false }),
    owner: 'acme',
    repo: 'webshop',
    selfLogins: ['backlog-hygiene[bot]'],
  });

beforeAll(async () => {
  fake = await startFakeGitHub({
    seed: {
      repos: [
        seedRepo('acme/webshop', {
          labels: ['bug', { name: 'ready', color: '0e8a16', description: 'Ready for work' }],
          milestones: [
            {
              number: 1,
              title: 'Sprint 41',
              state: 'closed',
              closedAt: '2026-11-01T00:00:00Z',
              dueOn: '2026-10-31T00:00:00Z',
            },
            { number: 2, title: 'Sprint 43', dueOn: '2026-12-12T00:00:00Z' },
            { number: 3, title: 'Sprint 42', dueOn: '2026-11-28T00:00:00Z' },
          ],
          files: {
            '.github/backlog-hygiene.yml': 'rules:\n  stale:\n    days: 60\n',
            '.github/ISSUE_TEMPLATE/bug_report.md':
              '---\nname: Bug report\n---\n## Steps to reproduce\n\n## Expected behaviour\n',
            '.github/ISSUE_TEMPLATE/config.yml': 'blank_issues_enabled: false\n',
          },
          issues: [
            anIssueSeed({
              number: 1,
              title: 'Checkout button does nothing on Safari',
              labels: ['bug'],
              milestone: 3,
              assignees: ['lisa'],
              createdAt: '2026-10-01T08:00:00Z',
              comments: [
                { body: OUR_COMMENT, author: 'backlog-hygiene[bot]', createdAt: '2026-10-01T08:05:00Z' },
                { body: 'Still happens on 17.1.', author: 'mona', createdAt: '2026-10-20T12:00:00Z' },
                { body: 'This issue is stale.', author: 'stale[bot]', createdAt: '2026-11-20T00:00:00Z' },
              ],
              events: [
                { type: 'labeled', label: 'bug', actor: 'mona', createdAt: '2026-10-02T09:00:00Z' },
                { type: 'labeled', label: 'stale', actor: 'backlog-hygiene[bot]', createdAt: '2026-11-19T09:00:00Z' },
              ],
              projectFields: { 'Story Points': 5, Priority: 'P1' },
              reactions: [
                { by: 'mona', at: '2026-11-05T14:00:00Z', content: '+1' },
                { by: 'dependabot[bot]', at: '2026-11-18T03:00:00Z', content: 'rocket' },
              ],
            }),
            anIssueSeed({
              number: 2,
              title: 'Add Apple Pay',
              state: 'closed',
              milestone: 3,
              closedAt: '2026-11-10T00:00:00Z',
              reactions: [{ by: 'renovate[bot]', at: '2026-11-09T00:00:00Z', content: 'eyes' }],
            }),
            anIssueSeed({ number: 3, title: 'Bump eslint', isPullRequest: true }),
            ...many,
          ],
        }),
      ],
    },
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe('OctokitGateway reads against the fake GitHub', () => {
  // Issue field values are one more connection per issue until 49 issues were read without any (planning-read.ts),
  // so the first pages are smaller; every page still costs one point.
  it.each([
    ['everything (Projects, assignees, reactions)', undefined, [13, 13, 13, 13, ...Array<number>(6).fill(14), 13]],
    ['labels and timeline only', { assignees: false, reactions: false, projects: false }, [48, 49, 52]],
  ])(
    'lists open issues in pages GitHub charges one point each for, asking for %s (no pull requests; the context rides on the first page)',
    async (_what, needs, sizes) => {
      const gw = gateway();
      const pages = [];
      for await (const page of gw.listOpenItems(needs && { needs })) pages.push(page);
      expect(pages.map((page) => page.length)).toEqual(sizes);
      expect(pages.flat().map((item) => item.number)).not.toContain(3);
      const context = await gw.readRepoContext();
      expect(context.labels.map((label) => label.name)).toEqual(expect.arrayContaining(['bug', 'ready']));
      expect(context.templates).toEqual([
        { name: 'bug_report.md', body: '## Steps to reproduce\n\n## Expected behaviour' },
      ]);
      expect(gw.stats()).toEqual({ reads: sizes.length, writes: 0 });
      // One point a page, as GitHub's own rateLimit.cost says (the fake computes it by the published formula).
      expect(gw.points?.()).toMatchObject({ points: sizes.length, remaining: expect.any(Number) });
      expect(fake.requests.filter((r) => r.surface === 'graphql')).toHaveLength(sizes.length);
    },
  );

  it('asks for half as many issues a page after GitHub times out (502/504), for the rest of the run', async () => {
    const gw = gateway();
    fake.failNext({ status: 502, match: (r) => r.operationName === 'OpenIssues' });
    const pages = [];
    for await (const page of gw.listOpenItems({ needs: { assignees: false, reactions: false, projects: false } }))
      pages.push(page.length);
    expect(pages).toEqual([24, 24, 24, 24, 24, 24, 5]);
    expect(pages.reduce((sum, size) => sum + size, 0)).toBe(149);
  });

  it('stops asking for Projects fields once the context shows no Project can hold the issues', async () => {
    const gw = gateway();
    for (const issue of findRepo(fake.state, 'acme', 'webshop')!.issues) delete issue.projectFields;
    const pages = [];
    for await (const page of gw.listOpenItems()) pages.push(page.length);
    // The first page asks for everything (the context comes with it); the rest need four connections an issue (labels, timeline, assignees, reactions).
    expect(pages).toEqual([13, 29, 29, 37, 37, 4]);
    expect(
      fake.requests
        .filter((r) => r.surface === 'graphql')
        .slice(1)
        .map((r) => r.variables?.withProjects),
    ).toEqual(pages.slice(1).map(() => false));
  });

  it('reads one issue in one request with its human activity, label history, own comment and Project fields', async () => {
    const gw = gateway();
    const item = await gw.getItem(1);
    expect(item).toMatchObject({
      number: 1,
      title: 'Checkout button does nothing on Safari',
      state: 'open',
      labels: ['bug'],
      assignees: ['lisa'],
      milestone: { number: 3, title: 'Sprint 42', dueOn: '2026-11-28T00:00:00Z', state: 'open' },
      author: 'octocat',
      commentCount: 3,
      lastHumanActivityAt: '2026-10-20T12:00:00Z',
      ownComment: { hash: '0123456789abcdef', resolved: false },
      projectFields: { 'Story Points': 5, Priority: 'P1' },
    });
    expect(item?.labelEvents).toEqual([
      { label: 'bug', action: 'added', by: 'person', at: '2026-10-02T09:00:00Z' },
      { label: 'stale', action: 'added', by: 'self', at: '2026-11-19T09:00:00Z' },
    ]);
    expect(gw.stats().reads).toBe(1);
    // The context came along with the issue, so asking for it is free.
    await gw.readRepoContext();
    expect(gw.stats().reads).toBe(1);
  });

  it("maps a person's newest reaction and ignores a bot's, which GitHub gives without a User", async () => {
    const gw = gateway();
    expect((await gw.getItem(1))?.lastHumanReactionAt).toBe('2026-11-05T14:00:00Z');
    const onlyBot = await gw.getItem(2);
    expect(onlyBot?.number).toBe(2);
    expect(onlyBot?.lastHumanReactionAt).toBeUndefined();
    const reactionsAsked = fake.requests.filter(
      (r) => r.surface === 'graphql' && /reactions\(last: 10/.test(r.operation ?? ''),
    );
    expect(reactionsAsked).toHaveLength(2);
  });

  it.each([
    ['a pull request', 3],
    ['a missing issue', 9999],
  ])('returns undefined for %s', async (_case, number) => {
    expect(await gateway().getItem(number)).toBeUndefined();
  });

  it('reads files from the default branch, undefined when missing', async () => {
    const gw = gateway();
    expect(await gw.readFile({ owner: 'acme', repo: 'webshop', path: '.github/backlog-hygiene.yml' })).toContain(
      'days: 60',
    );
    expect(await gw.readFile({ owner: 'acme', repo: 'webshop', path: '.github/nope.yml' })).toBeUndefined();
    expect(
      await gw.readFile({ owner: 'acme', repo: 'missing-repo', path: '.github/backlog-hygiene.yml' }),
    ).toBeUndefined();
    expect(gw.stats()).toEqual({ reads: 3, writes: 0 });
  });

  it("lists milestones soonest due first and a milestone's issues by state", async () => {
    const gw = gateway();
    expect((await gw.listMilestones('open')).map((m) => m.title)).toEqual(['Sprint 42', 'Sprint 43']);
    expect(await gw.listMilestones('closed')).toEqual([
      expect.objectContaining({ number: 1, state: 'closed', closedAt: '2026-11-01T00:00:00Z' }),
    ]);
    expect((await gw.listMilestoneItems(3, 'all')).map((item) => [item.number, item.state])).toEqual([
      [1, 'open'],
      [2, 'closed'],
    ]);
    expect((await gw.listMilestoneItems(3, 'closed')).map((item) => item.closedAt)).toEqual(['2026-11-10T00:00:00Z']);
  });

  it('explains bad credentials instead of throwing a raw error', async () => {
    const strict = await startFakeGitHub({ requireAuth: true });
    try {
      const gw = createOctokitGateway({
        octokit: createOctokit({ token: '', baseUrl: strict.url, retry: false, throttle: false }),
        owner: 'acme',
        repo: 'webshop',
        selfLogins: [],
      });
      await expect(gw.getItem(1)).rejects.toThrow(
        /Could not read issue #1 of acme\/webshop: GitHub rejected the credentials \(401/,
      );
    } finally {
      await strict.close();
    }
  });
});
