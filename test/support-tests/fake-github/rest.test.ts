import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { backlogSeed } from './fixture.ts';

let fake: FakeGitHub;
const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers: { authorization: 'token test', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? undefined : JSON.parse(text) };
};

beforeEach(async () => {
  fake ??= await startFakeGitHub({ seed: backlogSeed });
  fake.reset();
});
afterAll(() => fake?.close());

describe('fake GitHub REST', () => {
  it('lists open issues including pull requests, shaped like GitHub', async () => {
    const { status, json } = await call('GET', '/repos/acme/shop/issues?state=open&per_page=100');
    expect(status).toBe(200);
    expect(json.map((issue: { number: number }) => issue.number)).toEqual([3, 2, 1]);
    expect(json[0].pull_request).toBeDefined();
    expect(json[2]).toMatchObject({
      number: 1,
      html_url: 'https://github.com/acme/shop/issues/1',
      user: { login: 'octocat', type: 'User' },
      comments: 1,
    });
    expect(json[1].labels[0]).toMatchObject({ name: 'bug', color: 'd73a4a' });
  });

  it('pages with a Link header', async () => {
    const { json, headers } = await call('GET', '/repos/acme/shop/issues?per_page=2');
    expect(json).toHaveLength(2);
    expect(headers.get('link')).toContain('page=2>; rel="next"');
  });

  it('adds labels without replacing, recording a labeled event by the bot and bumping updated_at', async () => {
    const { status, json } = await call('POST', '/repos/acme/shop/issues/2/labels', { labels: ['needs-refinement'] });
    expect(status).toBe(200);
    expect(json.map((label: { name: string }) => label.name)).toEqual(['bug', 'needs-refinement']);
    const issue = fake.state.repos.get('acme/shop')!.issues[1]!;
    expect(issue.events.at(-1)).toMatchObject({
      type: 'labeled',
      label: 'needs-refinement',
      actor: { login: 'backlog-hygiene[bot]', type: 'Bot' },
    });
    expect(issue.updatedAt).toBe('2026-11-21T09:00:01Z');
    expect(fake.requests.at(-1)).toMatchObject({
      kind: 'write',
      replacesLabels: false,
      template: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    });
  });

  it('flags label-replacing calls', async () => {
    await call('PUT', '/repos/acme/shop/issues/2/labels', { labels: ['needs-refinement'] });
    expect(fake.requests.at(-1)?.replacesLabels).toBe(true);
    expect(fake.state.repos.get('acme/shop')!.issues[1]!.labels).toEqual(['needs-refinement']);
  });

  it.each([
    ['a label list that is not an array', 'POST', '/repos/acme/shop/issues/1/labels', { labels: 'ready' }],
    ['an issue without a title', 'POST', '/repos/acme/shop/issues', { body: 'no title' }],
    ['a comment edit without a body', 'PATCH', '/repos/acme/shop/issues/comments/1', { text: 'x' }],
    ['a label with a numeric name', 'POST', '/repos/acme/shop/labels', { name: 42 }],
  ])('rejects %s with 422 from the OpenAPI schema', async (_name, method, path, body) => {
    const { status, json } = await call(method, path, body);
    expect(status).toBe(422);
    expect(json.message).toMatch(/^Invalid request\./);
  });

  it.each([
    ['POST', '/repos/acme/shop/issues', { title: 'Agenda', milestone: 99 }],
    ['PATCH', '/repos/acme/shop/issues/1', { milestone: 99 }],
  ])('rejects %s %s with an unknown milestone (422)', async (method, path, body) => {
    const { status, json } = await call(method, path, body);
    expect(status).toBe(422);
    expect(json.errors[0]).toMatchObject({ field: 'milestone', code: 'invalid' });
  });

  it('clears a body set to null', async () => {
    const { json } = await call('PATCH', '/repos/acme/shop/issues/1', { body: null });
    expect(json.body).toBeNull();
  });

  it('answers 404 for routes GitHub does not have', async () => {
    expect((await call('GET', '/repos/acme/shop/issuez')).status).toBe(404);
    expect((await call('GET', '/repos/acme/nope/issues')).status).toBe(404);
  });

  it('creates, edits and deletes a comment with timeline events', async () => {
    const created = await call('POST', '/repos/acme/shop/issues/2/comments', {
      body: '<!-- backlog-hygiene -->\nNeeds detail',
    });
    expect(created.status).toBe(201);
    const edited = await call('PATCH', `/repos/acme/shop/issues/comments/${created.json.id}`, { body: 'Ready now' });
    expect(edited.json).toMatchObject({ body: 'Ready now', user: { login: 'backlog-hygiene[bot]', type: 'Bot' } });
    const timeline = await call('GET', '/repos/acme/shop/issues/2/timeline');
    expect(timeline.json.map((event: { event: string }) => event.event)).toEqual(['labeled', 'commented']);
    expect((await call('DELETE', `/repos/acme/shop/issues/comments/${created.json.id}`)).status).toBe(204);
    expect(fake.state.repos.get('acme/shop')!.issues[1]!.comments).toHaveLength(0);
  });

  it('serves files base64-encoded and 404s missing ones', async () => {
    const { json } = await call('GET', '/repos/acme/shop/contents/.github/backlog-hygiene.yml');
    expect(Buffer.from(json.content, 'base64').toString()).toBe('rules:\n  stale:\n    days: 60\n');
    const dir = await call('GET', '/repos/acme/shop/contents/.github/ISSUE_TEMPLATE');
    expect(dir.json.map((entry: { name: string }) => entry.name)).toEqual(['bug.md']);
    expect((await call('GET', '/repos/acme/shop/contents/.github/missing.yml')).status).toBe(404);
  });

  it.each([
    ['maria', 'write', 'maintain'],
    ['stranger', 'read', 'read'],
  ])('reports %s as %s', async (login, permission, role) => {
    const { json } = await call('GET', `/repos/acme/shop/collaborators/${login}/permission`);
    expect(json).toMatchObject({ permission, role_name: role });
  });

  it('lists milestones by due date', async () => {
    const { json } = await call('GET', '/repos/acme/shop/milestones?state=all');
    expect(json.map((m: { title: string }) => m.title)).toEqual(['v1.3', 'v1.4']);
  });

  it('serves the GHES /api/v3 prefix with matching urls', async () => {
    const { status, json } = await call('GET', '/api/v3/repos/acme/shop/issues/1');
    expect(status).toBe(200);
    expect(json.url).toBe(`${fake.url}/api/v3/repos/acme/shop/issues/1`);
  });

  it('gives Probot installation tokens and repositories', async () => {
    const token = await call('POST', '/app/installations/1/access_tokens');
    expect(token).toMatchObject({ status: 201, json: { token: 'ghs_fake_1' } });
    const repos = await call('GET', '/installation/repositories');
    expect(repos.json.repositories.map((repo: { full_name: string }) => repo.full_name)).toEqual(['acme/shop']);
  });
});
