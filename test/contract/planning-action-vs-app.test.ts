import { afterEach, describe, expect, it } from 'vitest';
import { findRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { appSeed, ISSUES, NOW, REPOSITORY, webshopRepo } from '#test/app/app-fixtures.ts';
import { startApp, type AppHarness } from '#test/app/app-harness.ts';
import { issueAt, openapiWebhookPayload } from '#test/app/openapi-webhook-payload.ts';
import { retarget, webhookExamples } from '#test/app/webhook-examples.ts';
import {
  BLOCKER,
  FIELD_ESTIMATED,
  NATIVELY_BLOCKED,
  PLANNING_ISSUES,
  SPLIT_EPIC,
  TYPED_BUG,
} from '#test/support/planning-scenarios.ts';
import { runAction } from './run-action.ts';

// GitHub's planning data through both front ends, on two fakes seeded alike: typed issues, a split
// epic, a natively blocked issue and a field-estimated issue must get the same labels, comments and agendas.
let actionFake: FakeGitHub | undefined;
let app: AppHarness | undefined;
afterEach(async () => {
  await app?.close();
  await actionFake?.close();
  app = actionFake = undefined;
});

const repos = () => [webshopRepo({ issues: [...ISSUES, ...PLANNING_ISSUES] })];
const start = async () => {
  actionFake = await startFakeGitHub({ seed: appSeed(repos(), { login: 'github-actions[bot]', type: 'Bot' }) });
  app = await startApp(appSeed(repos()), { now: () => NOW });
};

const example = (name: string, action: string, number: number) =>
  retarget(webhookExamples([name]).find((e) => e.action === action && !e.payload.issue?.pull_request)!.payload, {
    fullName: REPOSITORY,
    number,
  });
const typed = (number: number) => {
  const base = openapiWebhookPayload('issues-typed');
  return {
    ...example('issues', 'opened', number),
    action: 'typed',
    type: base.type,
    issue: issueAt(base.issue, REPOSITORY, number),
  };
};

const both = async (name: string, body: unknown) => {
  await runAction(actionFake!, REPOSITORY, name, body, NOW);
  const { status } = await app!.deliver(name, body);
  expect(status).toBe(200);
};

const snapshot = (fake: FakeGitHub) =>
  findRepo(fake.state, 'acme', 'webshop')!.issues.map((issue) => ({
    number: issue.number,
    labels: [...issue.labels].sort(),
    comments: issue.comments.filter((comment) => comment.author.type === 'Bot').map((comment) => comment.body),
    ...(issue.labels.includes('refinement-agenda') ? { body: issue.body } : {}),
  }));
const labelsOf = (fake: FakeGitHub, number: number) => snapshot(fake).find((issue) => issue.number === number)!.labels;

describe('planning data: the Action and the app give the same writes', () => {
  it.each([
    ['a typed bug', TYPED_BUG.number!, ['needs-priority', 'ready']],
    ['a split epic', SPLIT_EPIC.number!, ['needs-priority', 'points: 21', 'ready']],
    ['a natively blocked issue', NATIVELY_BLOCKED.number!, ['blocked', 'needs-priority', 'needs-refinement']],
    ['a field-estimated issue', FIELD_ESTIMATED.number!, ['ready']],
  ])('issues.opened for %s (#%i)', async (_name, number, labels) => {
    await start();
    await both('issues', example('issues', 'opened', number));
    expect(snapshot(app!.fake)).toEqual(snapshot(actionFake!));
    expect(labelsOf(actionFake!, number)).toEqual(labels);
  });

  it('issues.typed, then the blocker closes (issues.closed re-judges its dependent), then the agenda', async () => {
    await start();
    await both('issues', typed(TYPED_BUG.number!));
    await both('issues', example('issues', 'opened', NATIVELY_BLOCKED.number!));
    for (const fake of [actionFake!, app!.fake])
      findRepo(fake.state, 'acme', 'webshop')!.issues.find((i) => i.number === BLOCKER.number)!.state = 'closed';
    await both('issues', { ...example('issues', 'opened', BLOCKER.number!), action: 'closed' });
    expect(labelsOf(actionFake!, NATIVELY_BLOCKED.number!)).toEqual(['needs-priority', 'ready']);
    await both('milestone', example('milestone', 'created', 1));
    const state = snapshot(actionFake!);
    expect(snapshot(app!.fake)).toEqual(state);
    const agenda = state.find((issue) => issue.body !== undefined)!.body!;
    expect(agenda).toContain('### Schedule risks (1)');
    expect(agenda).toContain(
      `#${FIELD_ESTIMATED.number} Show the gift card balance at checkout — Target date 2026-12-04`,
    );
    expect(agenda).toMatch(/#21 Gift card balance everywhere — .*sub-issues 1\/2 done \(50%\)/);
  });

  it("the Action's nightly sweep and the app's events agree on every planning scenario", async () => {
    await start();
    await runAction(actionFake!, REPOSITORY, 'schedule', { schedule: '23 3 * * *' }, NOW);
    for (const issue of PLANNING_ISSUES.filter((seed) => seed.state !== 'closed'))
      await app!.deliver('issues', example('issues', 'opened', issue.number!));
    const swept = snapshot(actionFake!).filter((issue) => PLANNING_ISSUES.some((seed) => seed.number === issue.number));
    const evented = snapshot(app!.fake).filter((issue) => PLANNING_ISSUES.some((seed) => seed.number === issue.number));
    expect(evented).toEqual(swept);
    expect(labelsOf(actionFake!, SPLIT_EPIC.number!)).not.toContain('too-big');
  });
});
