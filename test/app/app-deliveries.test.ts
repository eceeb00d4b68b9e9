import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './app-harness.ts';
import { appSeed, issueIn, NOW, ownComments, REPOSITORY, repoReads, repoWrites, VAGUE } from './app-fixtures.ts';
import { retarget, webhookExamples } from './webhook-examples.ts';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp(appSeed(), { now: () => NOW });
});
afterAll(() => app.close());
beforeEach(() => {
  app.fake.reset();
  app.handled.length = 0;
});

const example = (name: string, action: string) =>
  webhookExamples([name]).find((candidate) => candidate.action === action && !candidate.payload.issue?.pull_request)!
    .payload;
const opened = () => retarget(example('issues', 'opened'), { fullName: REPOSITORY, number: VAGUE.number! });

describe('webhook signatures', () => {
  it.each([
    ['wrong', 'signed with another secret'],
    ['missing', 'unsigned'],
  ] as const)('rejects a delivery %s (%s) with 4xx and makes no request', async (signature, _how) => {
    const { status } = await app.deliver('issues', opened(), { signature });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(app.fake.requests).toEqual([]);
    expect(app.handled).toEqual([]);
  });
});

describe('repeated deliveries', () => {
  it('handles the same delivery sent twice once', async () => {
    const first = await app.deliver('issues', opened(), { delivery: 'delivery-1' });
    const writes = repoWrites(app.fake).length;
    const second = await app.deliver('issues', opened(), { delivery: 'delivery-1' });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(repoWrites(app.fake)).toHaveLength(writes);
    expect(app.handled.map((event) => event.outcome)).toEqual(['reviewed', 'duplicate']);
    expect(ownComments(app.fake, VAGUE.number!)).toHaveLength(1);
  });

  it('makes no duplicate writes when the same delivery arrives twice at once', async () => {
    const results = await Promise.all([
      app.deliver('issues', opened(), { delivery: 'same' }),
      app.deliver('issues', opened(), { delivery: 'same' }),
    ]);
    expect(results.map((result) => result.status)).toEqual([200, 200]);
    expect(ownComments(app.fake, VAGUE.number!)).toHaveLength(1);
    expect(issueIn(app.fake, VAGUE.number!).labels.filter((label) => label === 'needs-refinement')).toHaveLength(1);
  });

  it('writes nothing when a new delivery finds the issue unchanged, with at most two reads', async () => {
    await app.deliver('issues', opened());
    const before = app.fake.requests.length;
    await app.deliver(
      'issue_comment',
      retarget(example('issue_comment', 'created'), { fullName: REPOSITORY, number: VAGUE.number! }),
    );
    expect(repoWrites(app.fake, before)).toEqual([]);
    expect(repoReads(app.fake, before).length).toBeLessThanOrEqual(2);
    expect(app.handled.at(-1)).toMatchObject({ outcome: 'reviewed', changes: 0, stats: { writes: 0 } });
  });
});

describe('loops', () => {
  it('ignores its own label events before making any request', async () => {
    const payload = {
      ...opened(),
      action: 'labeled',
      label: { name: 'needs-refinement' },
      sender: { login: 'backlog-hygiene[bot]', type: 'Bot' },
    };
    await app.deliver('issues', payload);
    expect(app.fake.requests.filter((request) => !request.path.startsWith('/app'))).toEqual([]);
    expect(app.handled[0]).toMatchObject({ outcome: 'skipped' });
  });

  it('ignores another bot changing a managed label after reading the config', async () => {
    const payload = {
      ...opened(),
      action: 'unlabeled',
      label: { name: 'ready' },
      sender: { login: 'renovate[bot]', type: 'Bot' },
    };
    await app.deliver('issues', payload);
    expect(repoWrites(app.fake)).toEqual([]);
    expect(app.handled[0]?.detail).toContain('a bot unlabeled the managed label "ready"');
  });

  it.each([
    ['a bot', { login: 'dependabot[bot]', type: 'Bot' }, 'Thanks!'],
    [
      'a person quoting our hidden marker',
      { login: 'dana', type: 'User' },
      'Copied: <!-- backlog-hygiene:comment hash=0 state=open -->',
    ],
  ])('ignores a comment from %s', async (_who, sender, body) => {
    const payload = retarget(example('issue_comment', 'created'), { fullName: REPOSITORY, number: VAGUE.number! });
    await app.deliver('issue_comment', { ...payload, sender, comment: { ...(payload.comment as object), body } });
    expect(app.fake.requests.filter((request) => !request.path.startsWith('/app'))).toEqual([]);
    expect(app.handled[0]).toMatchObject({ outcome: 'skipped' });
  });
});
