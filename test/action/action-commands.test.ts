import { afterEach, describe, expect, it } from 'vitest';
import { findRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { REPOSITORY, seedWith, VAGUE } from './fixtures.ts';
import { runBundle, webhookPayload } from './run-bundle.ts';

// The bundled Action answers `/ready` and `/refine` as the app does (test/app/app-commands.test.ts):
// the same use case, the permission read through the same gateway.
let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const COLLABORATORS = { 'maintainer-maria': 'maintain', 'writer-will': 'write', 'reader-rita': 'read' } as const;
const start = async () => (fake = await startFakeGitHub({ seed: seedWith({ collaborators: { ...COLLABORATORS } }) }));
const issue = () =>
  findRepo(fake!.state, 'acme', 'webshop')!.issues.find((candidate) => candidate.number === VAGUE.number)!;
const replies = () => issue().comments.filter((comment) => comment.body.includes('backlog-hygiene:command-reply'));
const counts = (from: number) => {
  const requests = fake!.requests.slice(from);
  return {
    reads: requests.filter((r) => r.kind === 'read').length,
    writes: requests.filter((r) => r.kind === 'write').length,
  };
};

/** Runs the bundle on a new comment by `login` on the vague issue. */
const comment = async (login: string, body: string) => {
  const sender = { login, type: 'User' as const };
  const payload = webhookPayload('issue_comment', 'created', { fullName: REPOSITORY, number: VAGUE.number!, sender });
  const from = fake!.requests.length;
  const result = await runBundle({
    apiUrl: fake!.url,
    repository: REPOSITORY,
    eventName: 'issue_comment',
    payload: { ...payload, comment: { ...(payload as { comment?: object }).comment, body, user: sender } },
  });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return { ...result, counts: counts(from) };
};

describe('the bundled Action on comment commands', () => {
  it.each([
    ['maintainer-maria', '/ready'],
    ['writer-will', 'We went through it in refinement.\n/ready — the team knows what to do'],
  ])('/ready from %s pins the issue as ready: config, permission and issue read, one write', async (login, body) => {
    await start();
    const result = await comment(login, body);
    expect(issue().labels).toEqual(expect.arrayContaining(['ready', 'ready-override']));
    expect(issue().labels).not.toContain('needs-refinement');
    expect(result.counts).toEqual({ reads: 3, writes: 1 });
    expect(result.stdout).toContain(`/ready by @${login} on #${VAGUE.number}: accepted (write access).`);
    expect(result.outputs['ready-count']).toBe('1');
  });

  it('/refine removes the pin and the issue is judged on its own again', async () => {
    await start();
    await comment('maintainer-maria', '/ready');
    const result = await comment('maintainer-maria', '/refine');
    expect(issue().labels).not.toContain('ready-override');
    expect(issue().labels).toEqual(expect.arrayContaining(['needs-refinement', 'vague']));
    expect(result.counts.writes).toBeLessThanOrEqual(2);
  });

  it('answers someone without write access once, politely, and does not pin', async () => {
    await start();
    const result = await comment('reader-rita', '/ready');
    expect(issue().labels).not.toContain('ready-override');
    expect(issue().labels).toContain('needs-refinement');
    expect(replies()).toHaveLength(1);
    expect(replies()[0]!.body).toContain(
      '@reader-rita thanks — only people with write access to this repository can use `/ready`',
    );
    expect(result.stdout).toContain('/ready by @reader-rita refused');
  });

  it('treats a quoted command as an ordinary comment: no permission read', async () => {
    await start();
    await comment('maintainer-maria', '> /ready');
    expect(issue().labels).not.toContain('ready-override');
    expect(fake!.requests.some((request) => request.path.includes('/permission'))).toBe(false);
  });
});
