import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './app-harness.ts';
import { appSeed, issueIn, NOW, ownComments, REPOSITORY, repoWrites, VAGUE } from './app-fixtures.ts';
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

const comment = (login: string, body: string) => {
  const example = webhookExamples(['issue_comment']).find(
    (candidate) => candidate.action === 'created' && !candidate.payload.issue?.pull_request,
  )!.payload;
  const payload = retarget(example, { fullName: REPOSITORY, number: VAGUE.number! });
  return {
    ...payload,
    sender: { ...(payload.sender as object), login, type: 'User' },
    comment: { ...(payload.comment as object), body, user: { login, type: 'User' } },
  };
};
const labels = () => issueIn(app.fake, VAGUE.number!).labels;
const replies = () =>
  issueIn(app.fake, VAGUE.number!).comments.filter((c) => c.body.includes('backlog-hygiene:command-reply'));

describe('comment commands', () => {
  it.each([
    ['maintain', 'maintainer-maria', '/ready'],
    ['write', 'writer-will', 'We discussed this in refinement.\n/ready — the team knows what to do'],
  ])('/ready from someone with %s access pins the issue as ready in one batched write', async (_role, login, body) => {
    await app.deliver('issue_comment', comment(login, body));
    expect(labels()).toEqual(expect.arrayContaining(['ready', 'ready-override']));
    expect(labels()).not.toContain('needs-refinement');
    expect(repoWrites(app.fake)).toHaveLength(1);
    expect(app.handled[0]).toMatchObject({ outcome: 'command' });
  });

  it('/refine removes the pin and the issue is judged again', async () => {
    await app.deliver('issue_comment', comment('maintainer-maria', '/ready'));
    await app.deliver('issue_comment', comment('maintainer-maria', '/refine'));
    expect(labels()).not.toContain('ready-override');
    expect(labels()).toEqual(expect.arrayContaining(['needs-refinement', 'vague']));
    expect(ownComments(app.fake, VAGUE.number!)).toHaveLength(1);
  });

  it('answers someone without write access once, politely, and does not pin', async () => {
    await app.deliver('issue_comment', comment('reader-rita', '/ready'));
    expect(labels()).not.toContain('ready-override');
    expect(labels()).toContain('needs-refinement');
    expect(replies()).toHaveLength(1);
    expect(replies()[0]!.body).toContain(
      '@reader-rita thanks — only people with write access to this repository can use `/ready`',
    );
  });

  it.each([
    ['a command inside a code block', '```\n/ready\n```'],
    ['a quoted command', '> /ready'],
    ['a command in the middle of a line', 'I think we could say /ready here'],
  ])('ignores %s and judges the comment as activity', async (_case, body) => {
    await app.deliver('issue_comment', comment('maintainer-maria', body));
    expect(labels()).not.toContain('ready-override');
    expect(app.handled[0]).toMatchObject({ outcome: 'reviewed' });
  });
});
