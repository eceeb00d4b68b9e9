import { describe, expect, it } from 'vitest';
import { routeAppEvent } from '#src/app/route-app-event.ts';
import { issueAt, openapiWebhookPayload } from './openapi-webhook-payload.ts';

// Payloads built from @octokit/openapi-webhooks (webhooks-examples has none for these events).
const BOT = 'backlog-hygiene[bot]';

const payload = (webhook: string, field: string, fullName: string, number: number) => {
  const base = openapiWebhookPayload(webhook);
  return { ...base, [field]: issueAt(base[field], fullName, number) };
};

describe('routing planning webhooks', () => {
  it.each([
    ['issue_dependencies', 'issue-dependencies-blocked-by-added', 'blocked_issue'],
    ['issue_dependencies', 'issue-dependencies-blocked-by-removed', 'blocked_issue'],
    ['issue_dependencies', 'issue-dependencies-blocking-added', 'blocked_issue'],
    ['issue_dependencies', 'issue-dependencies-blocking-removed', 'blocked_issue'],
    ['sub_issues', 'sub-issues-sub-issue-added', 'parent_issue'],
    ['sub_issues', 'sub-issues-sub-issue-removed', 'parent_issue'],
    ['sub_issues', 'sub-issues-parent-issue-added', 'parent_issue'],
    ['sub_issues', 'sub-issues-parent-issue-removed', 'parent_issue'],
  ])('%s (%s) re-judges the %s, in its own repository', (event, webhook, field) => {
    const route = routeAppEvent(event, payload(webhook, field, 'acme/api', 31), BOT);
    expect(route).toMatchObject({ kind: 'review', target: { owner: 'acme', repo: 'api' }, event: { number: 31 } });
  });

  it.each([
    ['issues', 'issues-typed', 'review'],
    ['issues', 'issues-untyped', 'review'],
    ['issues', 'issues-closed', 'review'],
  ])('%s (%s) → %s', (event, webhook, kind) => {
    const base = openapiWebhookPayload(webhook);
    const body = {
      ...base,
      issue: { ...(base.issue as object), number: 5, pull_request: undefined },
      repository: { name: 'webshop', owner: { login: 'acme' } },
    };
    expect(routeAppEvent(event, body, BOT).kind).toBe(kind);
  });

  it.each([
    ['an unknown action', { action: 'renamed' }, 'does not change readiness'],
    ['no issue', { action: 'blocked_by_added' }, 'names no issue'],
  ])('skips %s', (_name, body, reason) => {
    const route = routeAppEvent('issue_dependencies', body, BOT);
    expect(route.kind === 'skip' && route.reason).toContain(reason);
  });
});
