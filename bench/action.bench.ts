// The Action at scale, through the real Octokit gateway over HTTP against the fake GitHub:
// a 10,000-issue audit (goals: ≤ 300 GraphQL points as the fake charges them by GitHub's published
// formula, < 20 s), an unchanged second audit (goals: 0 writes, ≤ 150 points), the same untouched
// backlog audited a day and a week later (goal: issues written only where verdicts changed), one
// issue event through the bundle (goals: ≤ 2 reads, ≤ 2 writes) and the bundle's
// time from spawn to its first request (goal: < 300 ms). The fake runs in a process of its own
// (test/support/fake-github/serve.ts), as GitHub is another machine: on a 2-core runner the client
// and the fake each get a core; the counts are the fake's own request log. Wall times still
// include the fake's work and no network latency. The audits run with Octokit's throttle off: it
// spaces every GraphQL request (queries too) at least 1 s apart, which on GitHub puts a floor of
// ~1 s per page and per batch of 20 items under any run — that floor is printed next to the
// measured time.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '#src/config/schema.ts';
import { createOctokit } from '#src/github/create-octokit.ts';
import type { ListOptions } from '#src/github/gateway.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import type { Verdict } from '#src/model/verdict.ts';
import { managedLabels } from '#src/plan/managed-labels.ts';
import { loadRepoConfig } from '#src/use-cases/load-repo-config.ts';
import { sweepBacklog } from '#src/use-cases/sweep-backlog.ts';
import { REPOSITORY } from '#test/action/fixtures.ts';
import { BUNDLE, runBundle, webhookPayload } from '#test/action/run-bundle.ts';
import type { IssueSeed } from '#test/support/fake-github/index.ts';
import { spawnFakeGitHub, type ServedFakeGitHub as FakeGitHub } from '#test/support/fake-github/spawn.ts';
import { generateBacklog } from './generate-backlog.ts';

const COUNT = 10_000;
const NOW = new Date('2026-11-21T09:00:00Z');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

const seeds = (): IssueSeed[] =>
  generateBacklog(COUNT).map((item) => ({
    number: item.number,
    title: item.title,
    body: item.body,
    labels: [...item.labels],
    createdAt: item.createdAt,
    author: item.author ?? 'octocat',
  }));

const audit = async (fake: FakeGitHub, now: Date = NOW) => {
  const octokit = createOctokit({ token: 'ghs_bench', baseUrl: fake.url, retryAfterBaseMs: 10, throttle: false });
  const real = createOctokitGateway({ octokit, owner: 'acme', repo: 'webshop', selfLogins: ['github-actions[bot]'] });
  let readMs = 0;
  // Times the page reads (fake server + mapping) apart from judging, planning and writing.
  const gateway = {
    ...real,
    async *listOpenItems(options?: ListOptions) {
      const pages = real.listOpenItems(options)[Symbol.asyncIterator]();
      for (;;) {
        const started = performance.now();
        const next = await pages.next();
        readMs += performance.now() - started;
        if (next.done) return;
        yield next.value;
      }
    },
  };
  const from = await fake.total();
  const started = performance.now();
  const { config } = await loadRepoConfig(gateway, '.github/backlog-hygiene.yml');
  const result = await sweepBacklog({ gateway, config, now, dryRun: false, maxWrites: 1_000_000 });
  const ms = performance.now() - started;
  const meter = real.points?.();
  // Reading only: mutations are counted a point each by our client (GitHub does not report their cost).
  const points = (meter?.points ?? 0) - (meter?.mutations ?? 0);
  return {
    ms,
    readMs,
    points,
    requests: await fake.counts(from),
    changes: result.changes,
    failed: result.failed.length,
    result,
  };
};

// What an issue's labels ask of people: its verdict, its pin and which checks failed (not their wording).
const verdicts = (list: readonly Verdict[]): Map<number, string> =>
  new Map(
    list.map((v) => [v.number, JSON.stringify([v.ready, v.pinned, v.checks.filter((c) => !c.ok).map((c) => c.rule)])]),
  );

/** Milliseconds from spawning the bundle to the fake seeing its first request. */
const timeToFirstRequest = async (fake: FakeGitHub): Promise<number> => {
  const dir = await mkdtemp(join(tmpdir(), 'backlog-hygiene-bench-'));
  await Promise.all(['event.json', 'output', 'summary'].map((name) => writeFile(join(dir, name), '{}')));
  const from = await fake.total();
  const started = performance.now();
  const child = spawn(process.execPath, [BUNDLE], {
    stdio: 'ignore',
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_API_URL: fake.url,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      'INPUT_GITHUB-TOKEN': 'x',
      'INPUT_DRY-RUN': 'true',
    },
  });
  await Promise.race([fake.waitForRequest(from), new Promise((resolve) => child.once('exit', resolve))]);
  const ms = performance.now() - started;
  child.kill();
  await rm(dir, { recursive: true, force: true });
  return ms;
};

/** Runs the audits, the event and the start-up measurement, and prints each figure against its goal. */
export const run = async (): Promise<void> => {
  if (!existsSync(BUNDLE))
    console.log('note: dist/index.js is missing (npm run build); the bundle figures are skipped');
  const labels = managedLabels(configSchema.parse({})).map(({ name, color, description }) => ({
    name,
    color,
    description,
  }));
  const fake = await spawnFakeGitHub({
    actor: { login: 'github-actions[bot]', type: 'Bot' },
    repos: [{ fullName: REPOSITORY, issues: seeds(), labels }],
  });
  console.log('note: the fake GitHub runs in its own process; wall times include its work but no network latency');
  try {
    // The event comes first, on an issue no audit has labelled yet.
    if (existsSync(BUNDLE)) {
      const from = await fake.total();
      const event = await runBundle({
        apiUrl: fake.url,
        repository: REPOSITORY,
        eventName: 'issues',
        payload: webhookPayload('issues', 'edited', { fullName: REPOSITORY, number: 17 }),
      });
      const perEvent = await fake.counts(from);
      console.log(
        `one issues.edited event through the bundle: ${perEvent.reads} reads (goal ≤ 2: ${verdict(perEvent.reads <= 2)}), ${perEvent.writes} writes (goal ≤ 2: ${verdict(perEvent.writes <= 2)}), exit ${event.code}`,
      );
    }
    const first = await audit(fake);
    console.log(
      `audit of ${COUNT} issues: ${first.points} GraphQL points reading (goal ≤ 300: ${verdict(first.points <= 300)}), ${first.requests.reads} read requests, ${first.requests.writes} write requests for ${first.changes} changes, ${first.failed} failed`,
    );
    console.log(
      `audit wall time: ${(first.ms / 1000).toFixed(1)} s, of which reading pages ${(first.readMs / 1000).toFixed(1)} s (goal < 20 s: ${verdict(first.ms < 20_000)}); with GitHub's throttle at least ${first.requests.reads + first.requests.writes} s more`,
    );
    const second = await audit(fake);
    console.log(
      `second audit: ${second.requests.writes} writes (goal 0: ${verdict(second.requests.writes === 0)}), ${second.points} GraphQL points reading (goal ≤ 150: ${verdict(second.points <= 150)}), ${second.requests.reads} reads, ${(second.ms / 1000).toFixed(1)} s (reading pages ${(second.readMs / 1000).toFixed(1)} s)`,
    );
    // Quiet over days: the same untouched backlog audited a day and a week later writes only where verdicts changed.
    let before = verdicts(second.result.verdicts);
    for (const [when, days] of [
      ['one day later', 1],
      ['a week later', 7],
    ] as const) {
      const later = await audit(fake, new Date(NOW.getTime() + days * 86_400_000));
      const now = verdicts(later.result.verdicts);
      const changed = [...now].filter(([number, text]) => before.get(number) !== text).length;
      const written = later.result.applied.length;
      console.log(
        `audit ${when}, nothing touched: ${written} issues written (${later.changes} changes, ${later.requests.writes} write requests); ${changed} issues' verdicts changed (goal: written ≤ changed: ${verdict(written <= changed)})`,
      );
      before = now;
    }
    if (!existsSync(BUNDLE)) return;
    const startup = [];
    for (let i = 0; i < 3; i += 1) startup.push(await timeToFirstRequest(fake));
    const best = Math.min(...startup);
    console.log(
      `bundle time to first request: best ${best.toFixed(0)} ms of ${startup.map((ms) => ms.toFixed(0)).join(', ')} (goal < 300 ms: ${verdict(best < 300)})`,
    );
  } finally {
    await fake.close();
  }
};
