#!/usr/bin/env node
import { runCli } from './run-cli.ts';

// The entry point only wires the real process to runCli, so tests can run everything else in-process.
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
