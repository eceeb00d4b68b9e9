import { CommanderError } from 'commander';
import { ConfigError } from '#src/config/config-error.ts';
import { InputError } from '#src/input/input-error.ts';
import { EXIT, type CliIo } from './cli-io.ts';
import { buildProgram } from './program.ts';
import { UsageError } from './usage-error.ts';

const KNOWN_ERRORS = [UsageError, InputError, ConfigError];

/**
 * Runs the command line with `argv` (the arguments after the program name) and returns the exit
 * code. Problems the user can fix print one line to stderr and return 2; anything else is a bug:
 * one line plus a hint to report it, return 1. Never prints a stack trace unless DEBUG is set.
 */
export const runCli = async (
  argv: readonly string[],
  io: CliIo,
  clock: () => Date = () => new Date(),
): Promise<number> => {
  const program = buildProgram({ io, clock });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message (or the help text). A command that ran and
      // failed (e.g. a sweep where some repositories failed) keeps its own exit code.
      if (error.code === 'backlog-hygiene.sweepFailed') return error.exitCode;
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (KNOWN_ERRORS.some((kind) => error instanceof kind)) {
      io.stderr.write(`backlog-hygiene: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `backlog-hygiene: unexpected error: ${message.split('\n', 1)[0]} (this is a bug; please report it with the command you ran)\n`,
    );
    if (process.env.DEBUG) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return EXIT.unexpected;
  }
};
