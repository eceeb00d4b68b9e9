import { afterEach, describe, expect, it } from 'vitest';
import {
  findRepo,
  NOT_ACCESSIBLE_MESSAGE,
  startFakeGitHub,
  type FailureRule,
  type FakeGitHub,
  type IssueSeed,
  type RecordedRequest,
} from '#test/support/fake-github/index.ts';
import { REPOSITORY, seedWith, VAGUE } from './fixtures.ts';
import { runBundle, webhookPayload, type BundleOptions } from './run-bundle.ts';

// How a run ends when GitHub says no, as the runner runs the bundle: one error, every later write
// (the agenda included) left unsent, and the summary and outputs written anyway.

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const FAST = { BACKLOG_HYGIENE_RETRY_BASE_MS: '5', BACKLOG_HYGIENE_REQUEST_TIMEOUT_MS: '1500' };
// 20 more vague issues than the shared scenario, so the sweep needs two write batches.
const MORE: IssueSeed[] = Array.from({ length: 20 }, (_, i) => ({ ...VAGUE, number: i + 10 }));
const backlog = (options: { labels?: boolean } = {}) =>
  seedWith(
    {
      issues: [{ ...VAGUE, milestone: 1 }, ...MORE],
      milestones: [{ number: 1, title: 'Sprint 42', dueOn: inDays(3) }],
    },
    options,
  );
const run = (options: Partial<BundleOptions> = {}) =>
  runBundle({
    apiUrl: fake!.url,
    repository: REPOSITORY,
    eventName: 'schedule',
    ...options,
    env: { ...FAST, ...options.env },
  });
const repo = () => findRepo(fake!.state, 'acme', 'webshop')!;
const agendas = () => repo().issues.filter((issue) => issue.body.includes('backlog-hygiene:agenda'));
const ownComments = (number: number) =>
  repo()
    .issues.find((issue) => issue.number === number)!
    .comments.filter((comment) => comment.body.includes('backlog-hygiene:comment'));
const isWrite = (request: RecordedRequest) => request.kind === 'write';
const writes = () => fake!.requests.filter(isWrite);
const annotations = (stdout: string, kind: 'error' | 'warning') =>
  stdout.split('\n').filter((line) => line.startsWith(`::${kind}`));

describe('the bundled Action when GitHub stops taking writes', () => {
  it.each<[string, Omit<FailureRule, 'match'>, RegExp]>([
    [
      'keeps answering 502',
      { status: 502, times: 100 },
      /GitHub answered 502 \(a server error\); it was sent once and not re-sent, because it posts a comment/,
    ],
    [
      'answers 502 after doing the write',
      { status: 502, afterWrite: true },
      /GitHub answered 502 \(a server error\).*The change may have been made all the same/,
    ],
    [
      'drops the connection',
      { status: 502, drop: true, times: 100 },
      /GitHub did not answer \(the connection failed: [^)]+\).*The change may have been made all the same/,
    ],
    [
      'does not answer in time',
      { status: 502, hang: true, times: 100 },
      /GitHub did not answer \(the request timed out\); it was sent once and not re-sent.*The change may have been made all the same/,
    ],
    [
      'has used up its primary rate limit',
      { status: 403, primary: true, retryAfter: 3600, times: 100 },
      /the GitHub API rate limit is used up; it resets at \d{4}-.*Nothing was written by this request.*after the reset carries on/,
    ],
    [
      'keeps answering with its secondary rate limit',
      { status: 403, retryAfter: 1, times: 100 },
      /GitHub's secondary rate limit \(too many requests in a short time\) refused it, asking to wait 1 s.*Nothing was written by this request/,
    ],
  ])(
    'stops the whole run when GitHub %s: one error saying what happened, no agenda write, summary and outputs written; a rerun converges',
    async (_name, rule, message) => {
      fake = await startFakeGitHub({ seed: backlog() });
      let outage = true;
      fake.failNext({ ...rule, match: (request) => outage && isWrite(request) });
      const first = await run();
      outage = false;
      expect(first.code).toBe(1);
      const errors = annotations(first.stdout, 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(errors[0]).not.toMatch(/GitHub returned 500|even after retries|exhausted/);
      if (rule.status === 403 && !rule.primary) expect(errors[0]).not.toMatch(/resets at/);
      expect(annotations(first.stdout, 'warning')).toEqual([]);
      // Nothing after the failed batch: not the second batch, not the agenda.
      expect(writes().every((request) => request.operationName === 'Batch')).toBe(true);
      expect(new Set(writes().map((request) => JSON.stringify(request.variables))).size).toBe(1);
      expect(agendas()).toEqual([]);
      expect(first.summary).toMatch(/The run stopped writing/);
      expect(first.summary).not.toMatch(/No changes needed/);
      expect(first.summary).toMatch(/\d+ issues? waits? for the next run/);
      expect(first.summary).toMatch(/Refinement agendas not refreshed: the run stopped writing/);
      expect(first.outputs).toMatchObject({ 'agenda-issues': '[]', 'needs-refinement-count': '21' });

      const second = await run();
      expect(second.code).toBe(0);
      expect(ownComments(2)).toHaveLength(1);
      expect(ownComments(10)).toHaveLength(1);
      expect(agendas()).toHaveLength(1);
      if (rule.afterWrite) expect((await run()).outputs.writes).toBe('0');
    },
  );
});

describe('the bundled Action with a token that may not write', () => {
  it.each<[string, Omit<FailureRule, 'match'>, boolean]>([
    ['GraphQL answers 200 with FORBIDDEN per mutation (labels missing)', { status: 403, forbidden: true }, false],
    ['mutations get HTTP 403', { status: 403, message: NOT_ACCESSIBLE_MESSAGE }, true],
  ])(
    'stops at the first refusal when %s: one request, one error naming the permission, summary and outputs written',
    async (_name, rule, labels) => {
      fake = await startFakeGitHub({ seed: backlog({ labels }) });
      fake.failNext({ ...rule, times: 1000, match: isWrite });
      const result = await run();
      expect(result.code).toBe(1);
      expect(writes()).toHaveLength(1);
      const errors = annotations(result.stdout, 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/the token lacks issues: write permission \(GitHub said: Resource not accessible/);
      expect(errors[0]).toMatch(/Add `permissions: issues: write` to the workflow/);
      expect(errors[0]).toMatch(/stopped at the first refusal/);
      // GitHub's sentence once, not once per alias.
      expect(errors[0]!.match(/Resource not accessible by integration/g)).toHaveLength(1);
      expect(annotations(result.stdout, 'warning')).toEqual([]);
      expect(agendas()).toEqual([]);
      expect(result.summary).toMatch(/permissions: issues: write/);
      expect(result.outputs).toMatchObject({ writes: '0', 'agenda-issues': '[]', 'needs-refinement-count': '21' });
    },
  );

  it('writes the summary and outputs when the run fails before it has results', async () => {
    fake = await startFakeGitHub({ seed: backlog() });
    fake.failNext({ status: 502, times: 100, match: (request) => request.operationName === 'OpenIssues' });
    const result = await run({ env: { BACKLOG_HYGIENE_REQUEST_TIMEOUT_MS: '1500' } });
    expect(result.code).toBe(1);
    expect(annotations(result.stdout, 'error')).toHaveLength(1);
    expect(result.summary).toMatch(/The run failed:.*GitHub answered 502 \(a server error\), also when retried/);
    expect(result.outputs).toMatchObject({ writes: '0', 'agenda-issues': '[]' });
    expect(writes()).toEqual([]);
  });
});

describe('the first issue event in a repository', () => {
  it('creates every missing label in one request, then writes the issue in one more: two writes', async () => {
    fake = await startFakeGitHub({ seed: seedWith({}, { labels: false }) });
    const result = await run({
      eventName: 'issues',
      payload: webhookPayload('issues', 'opened', { fullName: REPOSITORY, number: 2 }),
    });
    expect(result.code).toBe(0);
    expect(writes().map((request) => request.operationName)).toEqual(['CreateLabels', 'Batch']);
    expect(fake.requests.filter((request) => request.kind === 'read')).toHaveLength(2);
    expect(repo().labels.map((label) => label.name)).toEqual(
      expect.arrayContaining(['needs-refinement', 'vague', 'needs-acceptance-criteria']),
    );
    expect(result.summary).toMatch(/Created labels: .*`needs-refinement`/);
  });
});
