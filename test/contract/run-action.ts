import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { run } from '#src/action/run.ts';
import { createOctokit } from '#src/github/create-octokit.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import type { FakeGitHub } from '#test/support/fake-github/index.ts';

let shared: string | undefined;

/**
 * Runs the Action in-process for one event against the fake, as a runner would: inputs as
 * INPUT_*, the payload in GITHUB_EVENT_PATH, outputs and summary in files. The gateway is the
 * Action's own (Octokit + GITHUB_TOKEN identity), with throttling off so the fake answers at once.
 */
export const runAction = async (
  fake: FakeGitHub,
  repository: string,
  eventName: string,
  payload: unknown,
  now: Date,
): Promise<void> => {
  // @actions/core remembers the summary file's path after its first use: keep one folder per test process.
  const dir = (shared ??= await mkdtemp(join(tmpdir(), 'bh-contract-')));
  const event = join(dir, 'event.json');
  await Promise.all([
    writeFile(event, JSON.stringify(payload)),
    writeFile(join(dir, 'output'), ''),
    writeFile(join(dir, 'summary.md'), ''),
  ]);
  vi.stubEnv('GITHUB_OUTPUT', join(dir, 'output'));
  vi.stubEnv('GITHUB_STEP_SUMMARY', join(dir, 'summary.md'));
  const printed: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((text) => (printed.push(String(text)), true));
  try {
    await run(
      {
        'INPUT_GITHUB-TOKEN': 'ghs_faketoken',
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: repository,
        GITHUB_API_URL: fake.url,
      },
      {
        now: () => now,
        createGateway: (inputs) => {
          const [owner = '', repo = ''] = repository.split('/');
          const octokit = createOctokit({ token: inputs.token, baseUrl: fake.url, throttle: false, retry: false });
          return createOctokitGateway({ octokit, owner, repo, selfLogins: ['github-actions[bot]'] });
        },
      },
    );
    if (process.exitCode)
      throw new Error(
        `the Action failed on ${eventName}:\n${printed.filter((line) => line.startsWith('::')).join('')}`,
      );
  } finally {
    write.mockRestore();
    vi.unstubAllEnvs();
    process.exitCode = undefined;
  }
};
