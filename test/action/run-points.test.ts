import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '#src/action/run.ts';
import { createOctokit } from '#src/github/create-octokit.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { anIssueSeed, seedRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';

// The Action in process with the real gateway against the fake GitHub (which charges GraphQL points by
// GitHub's published formula): points in the log and the job summary, and the max-points stop.

let dir = '';
let fake: FakeGitHub;
const files = () => ({ output: join(dir, 'output'), summary: join(dir, 'summary.md'), event: join(dir, 'event.json') });
const logged: string[] = [];

beforeAll(async () => {
  // One directory for the file: @actions/core's summary remembers the path it first wrote to.
  dir = await mkdtemp(join(tmpdir(), 'backlog-hygiene-points-'));
  fake = await startFakeGitHub({
    seed: {
      actor: { login: 'github-actions[bot]', type: 'Bot' },
      repos: [
        seedRepo('acme/webshop', {
          issues: Array.from({ length: 200 }, (_, i) => anIssueSeed({ number: i + 1, title: `Issue ${i + 1}` })),
        }),
      ],
    },
  });
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  fake.reset();
  logged.length = 0;
  await Promise.all([writeFile(files().output, ''), writeFile(files().summary, ''), writeFile(files().event, '{}')]);
  vi.stubEnv('GITHUB_OUTPUT', files().output);
  vi.stubEnv('GITHUB_STEP_SUMMARY', files().summary);
  vi.spyOn(process.stdout, 'write').mockImplementation((line) => {
    logged.push(String(line));
    return true;
  });
});
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const runSweep = async (maxPoints?: string) => {
  await run(
    {
      'INPUT_GITHUB-TOKEN': 'x',
      'INPUT_DRY-RUN': 'true',
      ...(maxPoints ? { 'INPUT_MAX-POINTS': maxPoints } : {}),
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_EVENT_PATH: files().event,
      GITHUB_REPOSITORY: 'acme/webshop',
    },
    {
      createGateway: () =>
        createOctokitGateway({
          octokit: createOctokit({ token: 'x', baseUrl: fake.url, retry: false, throttle: false }),
          owner: 'acme',
          repo: 'webshop',
          selfLogins: ['github-actions[bot]'],
        }),
      now: () => FIXED_NOW,
    },
  );
  return { summary: await readFile(files().summary, 'utf8'), log: logged.join('') };
};

describe('GraphQL points in the Action', () => {
  it('shows the points spent beside the requests, in the log and the job summary', async () => {
    const { summary, log } = await runSweep();
    expect(log).toMatch(
      /Requests to GitHub in this run: \d+ read\(s\), 0 write\(s\); \d+ GraphQL points \([\d,]+ left/,
    );
    expect(summary).toMatch(/\*\*GraphQL points:\*\* \d+ GraphQL points \([\d,]+ left[^)]*\)\./);
    expect(summary).not.toContain('Points budget');
  });

  it('stops reading at max-points and says how many issues wait for the next run', async () => {
    const { summary, log } = await runSweep('3');
    const line = /Points budget \(max-points: 3\) reached: read (\d+) of 200 open issues; the other (\d+) wait/;
    expect(summary).toMatch(line);
    expect(log).toMatch(line);
    expect(process.exitCode).toBeUndefined();
  });
});
