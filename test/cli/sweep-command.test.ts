import { generateKeyPairSync } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CommanderError } from 'commander';
import { runSweep, sweepCommand } from '#src/cli/sweep-command.ts';
import { createAppClient } from '#src/github/create-app-client.ts';
import {
  findRepo,
  seedRepo,
  startFakeGitHub,
  type FakeGitHub,
  type RecordedRequest,
  type RepoSeed,
} from '#test/support/fake-github/index.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { run } from './capture-io.ts';

const CONFIG = { '.github/backlog-hygiene.yml': 'agenda:\n  leadDays: 7\n' };
const VAGUE = { number: 1, title: 'Fix bug', body: 'It is broken.', author: 'dana', createdAt: '2026-11-18T10:00:00Z' };
const repo = (fullName: string, files: Record<string, string> = CONFIG): RepoSeed =>
  seedRepo(fullName, { issues: [VAGUE], files });

let privateKey: string;
beforeAll(() => {
  privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs1', format: 'pem' })
    .toString();
});

let fake: FakeGitHub | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await fake?.close();
  fake = undefined;
});

/** Two installations: acme (shop, broken, docs without config) and globex (api). */
const start = async () => {
  fake = await startFakeGitHub({
    seed: {
      actor: { login: 'backlog-hygiene[bot]', type: 'Bot' },
      repos: [repo('acme/shop'), repo('acme/broken'), repo('acme/docs', {}), repo('globex/api')],
      installations: [
        { id: 1, account: 'acme', repos: ['acme/shop', 'acme/broken', 'acme/docs'] },
        { id: 2, account: 'globex', repos: ['globex/api'] },
      ],
    },
  });
  return fake;
};

const env = (github: FakeGitHub) => ({
  APP_ID: '1',
  PRIVATE_KEY: privateKey,
  GITHUB_API_URL: `${github.url}/api/v3`,
  BACKLOG_HYGIENE_RETRY_BASE_MS: '1',
});
// Octokit spaces POSTs (GraphQL included) a second apart to respect GitHub's secondary limits; not against a local fake.
const deps = (github: FakeGitHub) => ({
  env: env(github),
  createAppClient: (options: Parameters<typeof createAppClient>[0]) => createAppClient({ ...options, throttle: false }),
});

/** Runs `sweep` as the command line does, returning the exit code commander would give and the printed text. */
const sweep = async (github: FakeGitHub, argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const io = {
    stdin: '',
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const command = sweepCommand({ io, clock: () => FIXED_NOW }, deps(github)).exitOverride();
  try {
    await command.parseAsync(argv, { from: 'user' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (error instanceof CommanderError) return { code: error.exitCode, stdout, stderr };
    throw error;
  }
};
const aboutBroken = (request: RecordedRequest) =>
  JSON.stringify(request.variables ?? {}).includes('"broken"') || request.path.includes('/broken');
const labelsOf = (github: FakeGitHub, fullName: string) => {
  const [owner = '', name = ''] = fullName.split('/');
  return findRepo(github.state, owner, name)!.issues.find((issue) => issue.number === 1)!.labels;
};

describe('backlog-hygiene sweep --app', () => {
  it('sweeps every installation, reports the failing repository and exits non-zero', async () => {
    const github = await start();
    github.failNext({ match: aboutBroken, status: 500, times: 1000 });
    const result = await sweep(github, ['--app', '--jitter-ms', '0', '--concurrency', '2']);
    expect(result.code).toBe(1);
    expect(labelsOf(github, 'acme/shop')).toContain('needs-refinement');
    expect(labelsOf(github, 'globex/api')).toContain('needs-refinement');
    expect(labelsOf(github, 'acme/docs')).toEqual([]);
    expect(result.stdout).toMatch(/acme\/shop\s+ok\s+made \d+ changes?/);
    expect(result.stdout).toMatch(/acme\/docs\s+skipped no config/);
    expect(result.stdout).toMatch(/acme\/broken\s+failed\s+Could not read .*500/);
    expect(result.stdout).toMatch(/installation 1 \(acme\): 3 repositories, 1 ok, 1 failed, 1 skipped; \d+ requests/);
    expect(result.stdout).toMatch(/installation 2 \(globex\): 1 repository, 1 ok, 0 failed, 0 skipped; \d+ requests/);
    expect(result.stdout).toContain('1 failure; the other repositories were swept.');
  });

  it('exits 0 when every repository is swept, and a second run writes nothing', async () => {
    const github = await start();
    findRepo(github.state, 'acme', 'broken')!.files = {};
    expect((await sweep(github, ['--app', '--jitter-ms', '0'])).code).toBe(0);
    const before = github.requests.length;
    const second = await sweep(github, ['--app', '--jitter-ms', '0']);
    expect(second.code).toBe(0);
    expect(
      github.requests.slice(before).filter((request) => request.kind === 'write' && !request.path.startsWith('/app/')),
    ).toEqual([]);
  });

  it('writes nothing in a dry run and sweeps repositories without a config when given a default one', async () => {
    const github = await start();
    const io = {
      stdin: '',
      stdout: { write: (text: string) => void out.push(text) },
      stderr: { write: (text: string) => void err.push(text) },
    };
    const out: string[] = [];
    const err: string[] = [];
    const result = await runSweep(
      {
        app: true,
        concurrency: '1',
        jitterMs: '0',
        maxWrites: '100',
        dryRun: true,
        defaultConfig: 'labels:\n  applyFindingLabels: false\n',
      },
      { io, clock: () => FIXED_NOW },
      deps(github),
    );
    expect(result.repositories.find((r) => r.repository === 'acme/docs')!.status).toBe('ok');
    expect(github.requests.filter((request) => request.kind === 'write' && !request.path.startsWith('/app/'))).toEqual(
      [],
    );
    expect(err.join('')).toContain('DRY-RUN: would add label "needs-refinement" to #1');
    expect(out.join('')).toContain('would make');
  });

  it.each([
    [['sweep'], {}, 'sweep needs --app'],
    [['sweep', '--app'], {}, "APP_ID must be the GitHub App's numeric id"],
    [['sweep', '--app'], { APP_ID: '1' }, 'Set PRIVATE_KEY'],
    [
      ['sweep', '--app', '--concurrency', '0'],
      { APP_ID: '1', PRIVATE_KEY: 'x' },
      '--concurrency must be a whole number of at least 1',
    ],
  ])('refuses %j with a one-line message', async (argv, variables, message) => {
    vi.stubEnv('APP_ID', '');
    vi.stubEnv('PRIVATE_KEY', '');
    vi.stubEnv('PRIVATE_KEY_PATH', '');
    for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
