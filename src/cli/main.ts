#!/usr/bin/env node
import { runCli } from './run-cli.ts';

// `backlog-hygiene audit … | head` closes the pipe early: the reader has what it wanted, so this
// is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// The entry point only wires the real process to runCli, so tests can run everything else in-process.
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
