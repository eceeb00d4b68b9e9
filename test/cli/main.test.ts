import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);

/** Runs the real entry point as a child process, as a user would, and returns its exit code and output. */
const spawnCli = async (args: string[]) => {
  try {
    // The Node running the tests runs the CLI too, so CI exercises each supported Node version.
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

describe('src/cli/main.ts as a child process', () => {
  it('audits the demo backlog, prints JSON and exits 0', async () => {
    const result = await spawnCli([
      'audit',
      '--input',
      'examples/backlog.json',
      '--config',
      'examples/backlog-hygiene.yml',
      '--now',
      '2026-11-21T09:00:00Z',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { summary: { total: number } };
    expect(json.summary.total).toBe(56);
  });

  it('exits 2 with one line, no stack trace, for a missing input file', async () => {
    const result = await spawnCli(['audit', '--input', 'missing.json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toEqual(['backlog-hygiene: cannot read --input missing.json: no such file']);
  });

  it('exits quietly when the reader closes the pipe early, as `| head` does', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'audit', '--input', 'examples/backlog.json'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // Closing our end before the CLI writes makes its write fail with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
