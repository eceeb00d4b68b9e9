import { afterEach, describe, expect, it } from 'vitest';
import {
  findRepo,
  startFakeGitHub,
  type FailureRule,
  type FakeGitHub,
  type RecordedRequest,
} from '#test/support/fake-github/index.ts';
import { REPOSITORY, seedWith } from './fixtures.ts';
import { runBundle, type BundleOptions } from './run-bundle.ts';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

// Test-only knobs: short retry waits and request time limits keep these runs to seconds.
const FAST = { BACKLOG_HYGIENE_RETRY_BASE_MS: '5', BACKLOG_HYGIENE_REQUEST_TIMEOUT_MS: '4000' };
const sweep = (options: Partial<BundleOptions> = {}) =>
  runBundle({
    apiUrl: fake!.url,
    repository: REPOSITORY,
    eventName: 'schedule',
    ...options,
    env: { ...FAST, ...options.env },
  });
const repo = () => findRepo(fake!.state, 'acme', 'webshop')!;
const ownComments = (number: number) =>
  repo()
    .issues.find((issue) => issue.number === number)!
    .comments.filter((comment) => comment.body.includes('backlog-hygiene:comment'));
const isWrite = (request: RecordedRequest) => request.kind === 'write';
const isIssueRead = (request: RecordedRequest) => request.operationName === 'OpenIssues';

describe('the bundled Action when GitHub misbehaves', () => {
  it('fails the step on an invalid config with the readable message and an annotation on the file, writing nothing', async () => {
    fake = await startFakeGitHub({
      seed: seedWith({ files: { '.github/backlog-hygiene.yml': 'rules:\n  stale:\n    days: sixty\n' } }),
    });
    const result = await sweep();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error title=Invalid Backlog Hygiene config,file=\.github\/backlog-hygiene\.yml::Invalid config in \.github\/backlog-hygiene\.yml: rules\.stale\.days/,
    );
    // One annotation, on the file: not a second copy without it.
    expect(result.stdout.match(/::error/g)).toHaveLength(1);
    expect(result.stdout).toContain('sixty');
    expect(result.stdout).not.toMatch(/\n\s+at /);
    expect(fake.requests.filter(isWrite)).toHaveLength(0);
  });

  it.each<[string, FailureRule]>([
    ['a 502 on a read', { status: 502, match: isIssueRead }],
    ['a secondary rate limit (403, retry-after: 1) on a write', { status: 403, retryAfter: 1, match: isWrite }],
    ['a hung read', { status: 502, hang: true, match: isIssueRead }],
  ])('retries %s and completes the run', async (_name, rule) => {
    fake = await startFakeGitHub({ seed: seedWith() });
    fake.failNext(rule);
    const result = await sweep({ env: { BACKLOG_HYGIENE_REQUEST_TIMEOUT_MS: '1500' } });
    expect(result.stdout).not.toContain('::error::');
    expect(result.code).toBe(0);
    expect(fake.requests.some((request) => request.injected)).toBe(true);
    expect(repo().issues.find((issue) => issue.number === 2)!.labels).toContain('needs-refinement');
    expect(ownComments(2)).toHaveLength(1);
  });

  it.each<[string, Omit<FailureRule, 'match'>]>([
    ['keeps answering 502 to writes', { status: 502, times: 20 }],
    ['hangs on a write', { status: 502, hang: true }],
  ])('stops cleanly when GitHub %s, says so, and a rerun finishes without duplicates', async (_name, rule) => {
    fake = await startFakeGitHub({ seed: seedWith() });
    let outage = true;
    fake.failNext({ ...rule, match: (request) => outage && isWrite(request) });
    const first = await sweep({ env: { BACKLOG_HYGIENE_REQUEST_TIMEOUT_MS: '1500' } });
    outage = false;
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/::error::.*(could not be updated|GitHub|timed out)/);
    expect(first.stdout).not.toMatch(/\n\s+at /);

    const second = await sweep();
    expect(second.code).toBe(0);
    expect(ownComments(2)).toHaveLength(1);
    expect(repo().issues.find((issue) => issue.number === 2)!.labels).toContain('needs-refinement');
    const third = await sweep();
    expect(third.outputs.writes).toBe('0');
  });
});
