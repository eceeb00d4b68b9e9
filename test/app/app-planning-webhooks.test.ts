import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  FIELD_ESTIMATED,
  NATIVELY_BLOCKED,
  PLANNING_ISSUES,
  SPLIT_EPIC,
  TYPED_BUG,
} from '#test/support/planning-scenarios.ts';
import { startApp, type AppHarness } from './app-harness.ts';
import { appSeed, ISSUES, issueIn, NOW, REPOSITORY, repoWrites, webshopRepo } from './app-fixtures.ts';
import { issueAt, openapiWebhookPayload } from './openapi-webhook-payload.ts';

// GitHub's planning webhooks (issues.typed, sub_issues.*, issue_dependencies.*, issues.closed), built
// from @octokit/openapi-webhooks' description, drive the app against the fake GitHub.

let app: AppHarness;
beforeAll(async () => {
  app = await startApp(appSeed([webshopRepo({ issues: [...ISSUES, ...PLANNING_ISSUES] })]), { now: () => NOW });
});
afterAll(() => app.close());
beforeEach(() => {
  app.fake.reset();
  app.handled.length = 0;
});

const [owner, name] = REPOSITORY.split('/') as [string, string];
const delivery = (webhook: string, fields: Record<string, unknown>) => ({
  ...openapiWebhookPayload(webhook),
  repository: {
    ...(openapiWebhookPayload(webhook).repository as object),
    name,
    full_name: REPOSITORY,
    owner: { login: owner },
  },
  installation: { id: 1, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' },
  ...fields,
});
const issuePayload = (webhook: string, number: number) =>
  delivery(webhook, { issue: issueAt(openapiWebhookPayload(webhook).issue, REPOSITORY, number) });
const labels = (number: number) => [...issueIn(app.fake, number).labels].sort();

describe('planning webhooks drive the app', () => {
  it('issues.typed: a typed bug is judged as a bug (no estimate needed)', async () => {
    const { status } = await app.deliver('issues', issuePayload('issues-typed', TYPED_BUG.number!));
    expect(status).toBe(200);
    expect(labels(TYPED_BUG.number!)).toEqual(['needs-priority', 'ready']);
  });

  it.each(['sub-issues-sub-issue-added', 'sub-issues-parent-issue-added'])(
    '%s: the parent is judged, already split, so not too big',
    async (webhook) => {
      const body = delivery(webhook, {
        parent_issue: issueAt(openapiWebhookPayload(webhook).parent_issue, REPOSITORY, SPLIT_EPIC.number!),
        sub_issue: issueAt(openapiWebhookPayload(webhook).sub_issue, REPOSITORY, 22),
      });
      await app.deliver('sub_issues', body);
      expect(app.handled.at(-1)).toMatchObject({ number: SPLIT_EPIC.number, outcome: 'reviewed' });
      expect(labels(SPLIT_EPIC.number!)).toEqual(['needs-priority', 'points: 21', 'ready']);
    },
  );

  it('issue_dependencies.blocked_by_added labels the blocked issue; closing the blocker re-judges it', async () => {
    const webhook = 'issue-dependencies-blocked-by-added';
    await app.deliver(
      'issue_dependencies',
      delivery(webhook, {
        blocked_issue: issueAt(openapiWebhookPayload(webhook).blocked_issue, REPOSITORY, NATIVELY_BLOCKED.number!),
        blocking_issue: issueAt(openapiWebhookPayload(webhook).blocking_issue, REPOSITORY, 24),
      }),
    );
    expect(labels(NATIVELY_BLOCKED.number!)).toEqual(['blocked', 'needs-priority', 'needs-refinement']);
    const blocker = issueIn(app.fake, 24);
    blocker.state = 'closed';
    await app.deliver('issues', issuePayload('issues-closed', 24));
    expect(labels(NATIVELY_BLOCKED.number!)).toEqual(['needs-priority', 'ready']);
    expect(labels(24)).toEqual([]);
  });

  it('issues.closed of an issue that blocks nothing costs one read and no write', async () => {
    issueIn(app.fake, FIELD_ESTIMATED.number!).state = 'closed';
    const from = app.fake.requests.length;
    await app.deliver('issues', issuePayload('issues-closed', FIELD_ESTIMATED.number!));
    expect(repoWrites(app.fake, from)).toEqual([]);
    expect(app.handled.at(-1)?.detail).toContain('blocked no open issue');
  });

  it.each(['issue-dependencies-blocking-removed', 'sub-issues-sub-issue-removed'])(
    '%s is routed to the issue whose readiness it changes',
    async (webhook) => {
      const fields = webhook.startsWith('issue')
        ? { blocked_issue: issueAt(openapiWebhookPayload(webhook).blocked_issue, REPOSITORY, FIELD_ESTIMATED.number!) }
        : { parent_issue: issueAt(openapiWebhookPayload(webhook).parent_issue, REPOSITORY, FIELD_ESTIMATED.number!) };
      await app.deliver(webhook.startsWith('issue') ? 'issue_dependencies' : 'sub_issues', delivery(webhook, fields));
      expect(app.handled.at(-1)).toMatchObject({ number: FIELD_ESTIMATED.number, outcome: 'reviewed' });
      expect(labels(FIELD_ESTIMATED.number!)).toEqual(['ready']);
    },
  );
});
