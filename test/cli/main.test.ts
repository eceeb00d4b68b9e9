import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);

/** Runs the real entry point as a child process, as a user would, and returns its exit code and output. */
const spawnCli = async (args: string[]) => {
  try {
    const { stdout, stderr } = await exec('npx', ['tsx', 'src/cli/main.ts', ...args], {
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
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm warn'));
    expect(lines).toEqual(['backlog-hygiene: cannot read --input missing.json: no such file']);
  });
});
