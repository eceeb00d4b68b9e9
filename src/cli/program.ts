import { Command } from 'commander';
import { auditCommand } from './audit-command.ts';
import { sweepCommand } from './sweep-command.ts';
import type { CliIo } from './cli-io.ts';
import { CLI_VERSION } from './version.ts';

/** What subcommands receive besides their options: the streams and the clock (read only here, never in the core). */
export type CommandEnv = { readonly io: CliIo; readonly clock: () => Date };

/**
 * Builds the `backlog-hygiene` program. Each subcommand lives in its own file and is added here;
 * errors surface as exceptions (exitOverride) so runCli decides the exit code and nothing calls process.exit.
 */
export const buildProgram = (env: CommandEnv): Command => {
  const program = new Command('backlog-hygiene')
    .description(
      'Judge GitHub issues for readiness: vague, missing acceptance criteria or estimate, too big, stale, blocked, unprioritized.',
    )
    .version(CLI_VERSION, '-V, --version', 'print the version and exit')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => env.io.stdout.write(text),
      writeErr: (text) => env.io.stderr.write(text),
    });
  // Subcommands built with `new Command()` do not inherit settings on their own; copying them keeps
  // exitOverride and the output streams on every subcommand. Add new subcommands to this list.
  const subcommands = [auditCommand(env), sweepCommand(env)];
  for (const command of subcommands) program.addCommand(command.copyInheritedSettings(program));
  return program;
};
