import { describe, expect, it } from 'vitest';
import { defaultConfig } from '#src/config/schema.ts';
import type { Gateway } from '#src/github/gateway.ts';
import type { RunStop } from '#src/github/run-stop.ts';
import {
  sweepInstallations,
  type SweepInstallation,
  type SweepInstallationsInput,
} from '#src/use-cases/sweep-installations.ts';
import { createFakeGateway, type FakeGateway } from '#test/support/fake-gateway.ts';
import { anItem } from '#test/support/item-builder.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';

const CONFIG = { '.github/backlog-hygiene.yml': 'agenda:\n  enabled: false\n' };
const vague = anItem({ number: 7, title: 'Fix bug', body: 'Broken.' });

type RepoSpec = { name: string; files?: Record<string, string>; broken?: string; outage?: RunStop };

/** Installations of fake repositories; a `broken` repository throws that message on every read. */
const world = (installations: Record<string, RepoSpec[]>) => {
  const gateways = new Map<string, FakeGateway>();
  const opened: SweepInstallation[] = [];
  const list = Object.keys(installations).map((account, index) => ({ id: index + 1, account }));
  const gatewayFor = (owner: string, spec: RepoSpec): Gateway => {
    const gateway = createFakeGateway({
      owner,
      repo: spec.name,
      items: [{ ...vague, milestone: { number: 1, title: 'Sprint 1' } }],
      milestones: [{ number: 1, title: 'Sprint 1', state: 'open', dueOn: '2026-11-23T00:00:00Z' }],
      files: spec.files ?? {},
      ...(spec.outage ? { outage: { stop: spec.outage } } : {}),
    });
    gateways.set(`${owner}/${spec.name}`, gateway);
    if (!spec.broken) return gateway;
    const fail = () => Promise.reject(new Error(spec.broken));
    return { ...gateway, readFile: fail, stats: () => gateway.stats() };
  };
  const input = {
    listInstallations: async () => list,
    openInstallation: async (id: number, account: string) => {
      const installation: SweepInstallation = {
        id,
        account,
        listRepositories: async () => installations[account]!.map((spec) => ({ owner: account, repo: spec.name })),
        gateway: (owner, repo) =>
          gatewayFor(
            owner,
            installations[account]!.find((spec) => spec.name === repo)!,
          ),
      };
      opened.push(installation);
      return installation;
    },
    now: FIXED_NOW,
    dryRun: false,
    maxWrites: 100,
    concurrency: 2,
    jitterMs: 0,
  } satisfies SweepInstallationsInput;
  return { input, gateways, opened };
};

describe('sweepInstallations', () => {
  it('sweeps every configured repository of every installation and skips the rest', async () => {
    const { input, gateways } = world({
      acme: [{ name: 'shop', files: CONFIG }, { name: 'docs' }],
      globex: [{ name: 'api', files: CONFIG }],
    });
    const result = await sweepInstallations(input);
    expect(result.repositories.map((r) => [r.repository, r.status])).toEqual([
      ['acme/shop', 'ok'],
      ['acme/docs', 'skipped'],
      ['globex/api', 'ok'],
    ]);
    expect(gateways.get('acme/shop')!.items.get(7)!.labels).toContain('needs-refinement');
    expect(gateways.get('acme/docs')!.writeLog).toEqual([]);
    expect(result.installations.map((i) => [i.account, i.repositories, i.ok, i.skipped])).toEqual([
      ['acme', 2, 1, 1],
      ['globex', 1, 1, 0],
    ]);
    expect(result.installations[0]!.requests).toBeGreaterThan(0);
  });

  it('sweeps repositories without a config when a default config is given', async () => {
    const { input, gateways } = world({ acme: [{ name: 'docs' }] });
    const result = await sweepInstallations({ ...input, defaultConfig: defaultConfig() });
    expect(result.repositories[0]!.status).toBe('ok');
    expect(gateways.get('acme/docs')!.items.get(7)!.labels).toContain('needs-refinement');
  });

  it('reports a failing repository with its reason and finishes the others', async () => {
    const { input } = world({
      acme: [
        { name: 'shop', files: CONFIG },
        { name: 'broken', broken: 'GitHub returned 500 even after retries' },
        { name: 'blog', files: CONFIG },
      ],
    });
    const result = await sweepInstallations(input);
    expect(result.repositories.map((r) => r.status)).toEqual(['ok', 'failed', 'ok']);
    expect(result.repositories[1]!.reason).toBe('GitHub returned 500 even after retries');
    expect(result.installations[0]).toMatchObject({ ok: 2, failed: 1 });
  });

  it('stops writing to a repository whose writes GitHub stopped taking: no agenda there, the stop as its reason', async () => {
    const stop: RunStop = {
      kind: 'server-error',
      message: 'Could not update #7: GitHub answered 502 (a server error).',
    };
    const withAgendas = { '.github/backlog-hygiene.yml': 'rules:\n  stale:\n    days: 60\n' };
    const { input, gateways } = world({
      acme: [
        { name: 'shop', files: withAgendas, outage: stop },
        { name: 'blog', files: withAgendas },
      ],
    });
    const result = await sweepInstallations(input);
    expect(result.repositories.map((r) => [r.status, r.reason])).toEqual([
      ['failed', stop.message],
      ['ok', undefined],
    ]);
    expect(result.repositories[0]!.deferred).toBe(1);
    expect(gateways.get('acme/shop')!.writeLog).toEqual([]);
    expect(gateways.get('acme/blog')!.writeLog.some((line) => line.startsWith('create-issue'))).toBe(true);
  });

  it('records an installation whose repositories cannot be listed, and goes on with the next', async () => {
    const { input } = world({ acme: [{ name: 'shop', files: CONFIG }], globex: [{ name: 'api', files: CONFIG }] });
    const result = await sweepInstallations({
      ...input,
      openInstallation: async (id, account) => {
        const installation = await input.openInstallation(id, account);
        return account === 'acme'
          ? { ...installation, listRepositories: () => Promise.reject(new Error('401 Bad credentials')) }
          : installation;
      },
    });
    expect(result.installations[0]!.error).toContain(
      'could not list the repositories of installation 1 (acme): 401 Bad credentials',
    );
    expect(result.repositories.map((r) => r.repository)).toEqual(['globex/api']);
  });

  it.each([1, 2, 4])('never sweeps more than %i repositories at once', async (concurrency) => {
    const { input } = world({ acme: Array.from({ length: 6 }, (_, i) => ({ name: `repo-${i}`, files: CONFIG })) });
    let running = 0;
    let peak = 0;
    const result = await sweepInstallations({
      ...input,
      concurrency,
      jitterMs: 100,
      random: () => 0.5,
      sleep: async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setImmediate(resolve));
        running -= 1;
      },
    });
    expect(result.repositories).toHaveLength(6);
    expect(peak).toBeLessThanOrEqual(concurrency);
  });

  it('pauses a random part of the jitter before each repository', async () => {
    const { input } = world({
      acme: [
        { name: 'a', files: CONFIG },
        { name: 'b', files: CONFIG },
      ],
    });
    const pauses: number[] = [];
    await sweepInstallations({
      ...input,
      jitterMs: 500,
      random: () => 0.25,
      sleep: async (ms) => void pauses.push(ms),
    });
    expect(pauses).toEqual([125, 125]);
  });

  it('writes nothing in a dry run but counts what it would change', async () => {
    const { input, gateways } = world({ acme: [{ name: 'shop', files: CONFIG }] });
    const result = await sweepInstallations({ ...input, dryRun: true });
    expect(gateways.get('acme/shop')!.writeLog).toEqual([]);
    expect(result.repositories[0]!.changes).toBeGreaterThan(0);
  });
});

describe('sweepInstallations: the organisation Backlog Health roll-up', () => {
  it("writes one roll-up issue into the organisation's .github repository when it is covered and configured", async () => {
    const { input, gateways } = world({
      acme: [{ name: 'shop', files: CONFIG }, { name: '.github', files: CONFIG }, { name: 'docs' }],
    });
    const lines: string[] = [];
    await sweepInstallations({ ...input, concurrency: 1, log: (line) => lines.push(line) });
    const dotGithub = gateways.get('acme/.github')!;
    const rollUps = dotGithub.ownedIssues.filter((issue) =>
      issue.body.startsWith('<!-- backlog-hygiene:health-org -->'),
    );
    expect(rollUps).toHaveLength(1);
    expect(rollUps[0]!.title).toBe('Backlog health: acme');
    expect(rollUps[0]!.body).toContain('| [acme/shop](https://github.com/acme/shop/issues/');
    expect(rollUps[0]!.body).not.toContain('acme/docs'); // not configured, so not swept
    expect(lines).toContain('acme/.github: organisation Backlog Health issue created.');
  });

  it('leaves organisations alone whose .github repository the installation does not cover', async () => {
    const { input, gateways } = world({ acme: [{ name: 'shop', files: CONFIG }] });
    await sweepInstallations(input);
    expect(gateways.has('acme/.github')).toBe(false);
  });
});
