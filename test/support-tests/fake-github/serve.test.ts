import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anIssueSeed, seedRepo } from '#test/support/fake-github/index.ts';
import { spawnFakeGitHub, type ServedFakeGitHub } from '#test/support/fake-github/spawn.ts';

// serve.ts runs the fake in its own process (for benchmarks); spawn.ts talks to it.
let fake: ServedFakeGitHub;
beforeAll(async () => {
  fake = await spawnFakeGitHub({
    repos: [seedRepo('acme/shop', { issues: [anIssueSeed({ title: 'Export invoices as CSV' })] })],
  });
}, 30_000);
afterAll(() => fake?.close());

describe('the fake served from its own process', () => {
  it('serves the seed over HTTP and counts what it saw from a given index', async () => {
    const before = await fake.total();
    const issue = (await (await fetch(`${fake.url}/repos/acme/shop/issues/1`)).json()) as { title: string };
    const created = await fetch(`${fake.url}/repos/acme/shop/issues/1/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Finance confirmed the columns.' }),
    });
    expect(issue.title).toBe('Export invoices as CSV');
    expect(created.status).toBe(201);
    expect(await fake.counts(before)).toEqual({ total: before + 2, reads: 1, writes: 1 });
  });

  it('tells when the next request has arrived', async () => {
    const before = await fake.total();
    const arrived = fake.waitForRequest(before);
    await fetch(`${fake.url}/repos/acme/shop`);
    expect(await arrived).toBe(before + 1);
  });
});
