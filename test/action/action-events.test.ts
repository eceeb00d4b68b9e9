import { afterEach, describe, expect, it } from 'vitest';
import { findRepo, startFakeGitHub, type FakeGitHub, type FakeSeed } from '#test/support/fake-github/index.ts';
import { PERSON_READY, REPOSITORY, seedWith, VAGUE } from './fixtures.ts';
import { runBundle, webhookPayload, type BundleOptions } from './run-bundle.ts';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const start = async (seed: FakeSeed = seedWith()) => (fake = await startFakeGitHub({ seed }));
const issue = (number: number) =>
  findRepo(fake!.state, 'acme', 'webshop')!.issues.find((candidate) => candidate.number === number)!;
const ownComments = (number: number) =>
  issue(number).comments.filter((comment) => comment.body.includes('backlog-hygiene:comment'));
const counts = (from = 0) => {
  const requests = fake!.requests.slice(from);
  return {
    reads: requests.filter((r) => r.kind === 'read').length,
    writes: requests.filter((r) => r.kind === 'write').length,
  };
};
const run = (options: Partial<BundleOptions> & { eventName: string }) =>
  runBundle({ apiUrl: fake!.url, repository: REPOSITORY, ...options });

describe('the bundled Action on issue events', () => {
  it('labels a new vague issue and explains it in one comment, with at most two reads and two writes', async () => {
    await start();
    const result = await run({
      eventName: 'issues',
      payload: webhookPayload('issues', 'opened', { fullName: REPOSITORY, number: 2 }),
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(issue(2).labels).toEqual(expect.arrayContaining(['needs-refinement', 'vague']));
    expect(ownComments(2)).toHaveLength(1);
    expect(counts().reads).toBeLessThanOrEqual(2);
    expect(counts().writes).toBeLessThanOrEqual(2);
    expect(result.outputs).toMatchObject({ 'ready-count': '0', 'needs-refinement-count': '1', 'agenda-issues': '[]' });
    expect(Number(result.outputs.writes)).toBeGreaterThan(0);
    expect(result.summary).toContain('#2');
    expect(fake!.requests.some((request) => request.replacesLabels)).toBe(false);
  });

  it('writes nothing when a person comments on an issue that has not changed', async () => {
    await start();
    await run({
      eventName: 'issues',
      payload: webhookPayload('issues', 'opened', { fullName: REPOSITORY, number: 2 }),
    });
    const before = fake!.requests.length;
    const result = await run({
      eventName: 'issue_comment',
      payload: webhookPayload('issue_comment', 'created', { fullName: REPOSITORY, number: 2 }),
    });
    expect(result.code).toBe(0);
    expect(counts(before).writes).toBe(0);
    expect(result.outputs.writes).toBe('0');
    expect(ownComments(2)).toHaveLength(1);
  });

  it('ignores its own label changes coming back as events, without a request to GitHub', async () => {
    await start();
    const payload = webhookPayload('issues', 'labeled', {
      fullName: REPOSITORY,
      number: 2,
      sender: { login: 'github-actions[bot]', type: 'Bot' },
      label: 'needs-refinement',
    });
    const result = await run({ eventName: 'issues', payload });
    expect(result.code).toBe(0);
    expect(counts().writes).toBe(0);
    expect(result.stdout).toContain('Nothing to do');
  });

  it('does nothing on events it does not handle, and says which ones it does', async () => {
    await start();
    const result = await run({ eventName: 'push', payload: {} });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '::notice::Backlog Hygiene does nothing on push events; trigger it on issues, issue_comment, schedule or workflow_dispatch.',
    );
    expect(fake!.requests).toHaveLength(0);
  });
});

describe('the bundled Action on the nightly schedule', () => {
  it("audits the backlog, keeps a person's label, and writes nothing on the second run", async () => {
    await start();
    const first = await run({ eventName: 'schedule', payload: { schedule: '23 3 * * *' } });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(issue(1).labels).toContain('ready');
    expect(issue(2).labels).toContain('needs-refinement');
    expect(issue(PERSON_READY.number!).labels).toContain('ready');
    expect(first.outputs['ready-count']).toBe('2');
    expect(first.summary).toContain('## Backlog Hygiene: acme/webshop');
    expect(first.summary).toMatch(/\d+ read/);

    const before = fake!.requests.length;
    const second = await run({ eventName: 'schedule', payload: {} });
    expect(second.code).toBe(0);
    expect(counts(before).writes).toBe(0);
    expect(second.outputs.writes).toBe('0');
    expect(ownComments(VAGUE.number!)).toHaveLength(1);
    expect(issue(PERSON_READY.number!).labels).toContain('ready');
  });

  it('writes nothing in a dry run and prints what it would do', async () => {
    await start(seedWith({}, { labels: false }));
    const result = await run({ eventName: 'workflow_dispatch', payload: {}, inputs: { 'dry-run': 'true' } });
    expect(result.code).toBe(0);
    expect(counts().writes).toBe(0);
    expect(result.stdout).toContain('DRY-RUN: would create label "needs-refinement"');
    expect(result.stdout).toContain('DRY-RUN: would add label "needs-refinement" to #2');
    expect(Number(result.outputs.writes)).toBeGreaterThan(0);
    expect(result.summary).toContain('Dry run');
    expect(ownComments(2)).toHaveLength(0);
  });

  it('defers whole issues when max-writes runs out, and the next run finishes them', async () => {
    await start();
    const first = await run({ eventName: 'schedule', inputs: { 'max-writes': '2' } });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('max-writes: 2');
    const second = await run({ eventName: 'schedule', inputs: { 'max-writes': '100' } });
    expect(second.code).toBe(0);
    expect(issue(2).labels).toContain('needs-refinement');
    expect(ownComments(2)).toHaveLength(1);
  });

  it.each([
    ['dry-run', 'yes', 'Invalid input dry-run: expected "true" or "false" (got "yes")'],
    ['max-writes', 'lots', 'Invalid input max-writes: expected a positive whole number such as 100 (got "lots")'],
  ])('fails with a readable message on a bad %s input', async (name, value, message) => {
    await start();
    const result = await run({ eventName: 'schedule', inputs: { [name]: value } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::error::${message}`);
    expect(fake!.requests).toHaveLength(0);
  });
});
