import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { runSweep } from '#src/cli/sweep-command.ts';
import { createAppClient } from '#src/github/create-app-client.ts';
import { readHistory } from '#src/health/health-history.ts';
import { findRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { appSeed, ISSUES, NOW, REPOSITORY } from '#test/app/app-fixtures.ts';
import { startApp, type AppHarness } from '#test/app/app-harness.ts';
import { retarget, webhookExamples } from '#test/app/webhook-examples.ts';
import { runAction } from './run-action.ts';

// The same scenario through both front ends, on two fakes seeded alike, must leave the same labels,
// comments and agendas. Only the bot identity differs: github-actions[bot] for the Action's GITHUB_TOKEN.
let actionFake: FakeGitHub | undefined;
let app: AppHarness | undefined;
afterEach(async () => {
  await app?.close();
  await actionFake?.close();
  app = actionFake = undefined;
});

const start = async () => {
  actionFake = await startFakeGitHub({ seed: appSeed(undefined, { login: 'github-actions[bot]', type: 'Bot' }) });
  app = await startApp(appSeed(), { now: () => NOW });
  return { actionFake, app };
};

const payload = (name: string, action: string, number: number) =>
  retarget(
    webhookExamples([name]).find((example) => example.action === action && !example.payload.issue?.pull_request)!
      .payload,
    { fullName: REPOSITORY, number },
  );

/** What the front ends wrote, comparable across the two fakes: labels and tool comments per issue, and the repository's labels. */
const snapshot = (fake: FakeGitHub) => {
  const repo = findRepo(fake.state, 'acme', 'webshop')!;
  return {
    issues: repo.issues.map((issue) => ({
      number: issue.number,
      title: issue.title,
      state: issue.state,
      labels: [...issue.labels].sort(),
      comments: issue.comments.filter((comment) => comment.author.type === 'Bot').map((comment) => comment.body),
      ...(issue.labels.includes('refinement-agenda') || issue.labels.includes('backlog-health')
        ? { body: issue.body }
        : {}),
    })),
    labels: repo.labels.map((label) => `${label.name} ${label.color}`).sort(),
  };
};

/** A new comment by `login` saying `text` (a command or not). */
const commentBy = (login: string, text: string, number: number) => {
  const example = payload('issue_comment', 'created', number);
  const user = { login, type: 'User' };
  return {
    ...example,
    sender: { ...(example.sender as object), ...user },
    comment: { ...(example.comment as object), body: text, user },
  };
};

const both = async (name: string, action: string, number: number, body: unknown = payload(name, action, number)) => {
  await runAction(actionFake!, REPOSITORY, name, body, NOW);
  const { status } = await app!.deliver(name, body);
  expect(status).toBe(200);
};

describe('the Action and the app give the same writes', () => {
  it.each(ISSUES.map((issue) => [issue.number!, issue.title] as const))(
    'issues.opened for #%i (%s)',
    async (number) => {
      await start();
      await both('issues', 'opened', number);
      const expected = snapshot(actionFake!);
      expect(snapshot(app!.fake)).toEqual(expected);
      expect(expected.issues.some((issue) => issue.comments.length > 0 || issue.labels.length > 0)).toBe(true);
    },
  );

  it('a whole day of events: every issue opened, then commented on, then a milestone change', async () => {
    await start();
    for (const issue of ISSUES) await both('issues', 'opened', issue.number!);
    const afterOpened = snapshot(actionFake!);
    for (const issue of ISSUES) await both('issue_comment', 'created', issue.number!);
    await both('milestone', 'created', 1);
    const actionState = snapshot(actionFake!);
    expect(snapshot(app!.fake)).toEqual(actionState);
    // The comments changed nothing; the milestone event added exactly one agenda issue.
    expect(actionState.issues.filter((issue) => issue.body !== undefined)).toHaveLength(1);
    expect(actionState.issues.slice(0, ISSUES.length)).toEqual(afterOpened.issues);
  });
});

describe('comment commands give the same writes through the Action and the app', () => {
  it('/ready from a maintainer, a refused /ready from a reader, then /refine', async () => {
    await start();
    const vague = ISSUES.find((issue) => issue.title === 'Fix bug')!.number!;
    await both('issues', 'opened', vague);
    await both(
      'issue_comment',
      'created',
      vague,
      commentBy('maintainer-maria', '/ready — agreed in refinement', vague),
    );
    const pinned = snapshot(actionFake!);
    expect(snapshot(app!.fake)).toEqual(pinned);
    expect(pinned.issues.find((issue) => issue.number === vague)!.labels).toEqual(
      expect.arrayContaining(['ready', 'ready-override']),
    );

    await both('issue_comment', 'created', vague, commentBy('reader-rita', '/ready', vague));
    await both('issue_comment', 'created', vague, commentBy('maintainer-maria', '/refine', vague));
    const refined = snapshot(actionFake!);
    expect(snapshot(app!.fake)).toEqual(refined);
    const after = refined.issues.find((issue) => issue.number === vague)!;
    expect(after.labels).not.toContain('ready-override');
    expect(after.labels).toContain('needs-refinement');
    expect(after.comments.filter((body) => body.includes('backlog-hygiene:command-reply'))).toEqual([
      expect.stringContaining('@reader-rita thanks'),
    ]);
  });
});

describe("the Action's nightly sweep and `sweep --app` give the same writes", () => {
  const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs1', format: 'pem' })
    .toString();
  const sweepBoth = async (now: Date) => {
    await runAction(actionFake!, REPOSITORY, 'schedule', { schedule: '23 3 * * *' }, now);
    const quiet = { write: () => true };
    const result = await runSweep(
      { app: true, concurrency: '2', jitterMs: '0', maxWrites: '100' },
      { io: { stdin: '', stdout: quiet, stderr: quiet }, clock: () => now },
      {
        env: { APP_ID: '1', PRIVATE_KEY: privateKey, GITHUB_API_URL: app!.fake.url },
        createAppClient: (options) => createAppClient({ ...options, throttle: false }),
      },
    );
    expect(result.repositories.map((outcome) => outcome.status)).toEqual(['ok']);
  };
  const healthOf = (state: ReturnType<typeof snapshot>) =>
    state.issues.find((issue) => issue.labels.includes('backlog-health'));

  it('audits the same backlog into the same labels, comments, agenda and Backlog Health issue', async () => {
    await start();
    await sweepBoth(NOW);
    const actionState = snapshot(actionFake!);
    expect(snapshot(app!.fake)).toEqual(actionState);
    expect(actionState.issues.filter((issue) => issue.body !== undefined)).toHaveLength(2);
    expect(healthOf(actionState)?.body).toContain('<!-- backlog-hygiene:health -->');
    for (const fake of [actionFake!, app!.fake])
      expect(
        findRepo(fake.state, 'acme', 'webshop')!
          .issues.filter((issue) => issue.pinned)
          .map((i) => i.title),
      ).toEqual(['Backlog health']);
  });

  it('keeps the same Health issue through both: quiet the next day when nothing changed, a row more when a figure did', async () => {
    await start();
    await sweepBoth(NOW);
    const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
    await sweepBoth(day(1));
    const quiet = snapshot(actionFake!);
    expect(snapshot(app!.fake)).toEqual(quiet);
    expect(readHistory(healthOf(quiet)!.body!)).toHaveLength(1);
    // A person closes an issue in both repositories: the open count changes, so the next day's row is written.
    const closed = ISSUES[0]!.number!;
    for (const fake of [actionFake!, app!.fake])
      findRepo(fake.state, 'acme', 'webshop')!.issues.find((issue) => issue.number === closed)!.state = 'closed';
    await sweepBoth(day(2));
    const actionState = snapshot(actionFake!);
    expect(snapshot(app!.fake)).toEqual(actionState);
    expect(actionState.issues.filter((issue) => issue.labels.includes('backlog-health'))).toHaveLength(1);
    expect(readHistory(healthOf(actionState)!.body!)).toHaveLength(2);
  });
});
