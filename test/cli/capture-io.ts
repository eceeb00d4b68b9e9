import type { Readable } from 'node:stream';
import { runCli } from '#src/cli/run-cli.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';

/** What one in-process CLI run printed and returned. */
export type CliRun = { readonly code: number; readonly stdout: string; readonly stderr: string };

/** Runs the CLI in-process from the repository root with a fixed clock, capturing both streams. */
export const run = async (argv: readonly string[], stdin: Readable | string = ''): Promise<CliRun> => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    {
      stdin,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: process.cwd(),
    },
    () => FIXED_NOW,
  );
  return { code, stdout, stderr };
};

/** The demo arguments: the bundled backlog and config, judged at the demo's fixed time. */
export const DEMO = [
  'audit',
  '--input',
  'examples/backlog.json',
  '--config',
  'examples/backlog-hygiene.yml',
  '--now',
  '2026-11-21T09:00:00Z',
];
