import { Command, Option } from 'commander';
import { readBacklog } from '#src/input/read-backlog.ts';
import { auditItems } from './audit-items.ts';
import type { CommandEnv } from './program.ts';
import { parseNow } from './parse-now.ts';
import { DEFAULT_CONFIG_PATH, readConfigFile } from './read-config-file.ts';
import { readInputText } from './read-input-text.ts';
import { readTemplates } from './read-templates.ts';
import { AUDIT_FORMATS, renderAudit, type AuditFormat } from './render-audit.ts';
import { UsageError } from './usage-error.ts';

/** Options of `backlog-hygiene audit`, as commander hands them over. */
export type AuditOptions = {
  readonly input: string;
  readonly config?: string;
  readonly format: AuditFormat;
  readonly now?: string;
  readonly templates?: string;
  readonly explain?: boolean;
};

/** The fields `gh issue list --json` must print for a full audit. */
export const GH_FIELDS = 'number,title,body,labels,milestone,assignees,author,createdAt,updatedAt,url,comments';

/** Printed after the options by `audit --help`: how to run it, and what the exit code means. */
const HELP_AFTER = `
Example:
  gh issue list --state open --limit 1000 --json ${GH_FIELDS} > issues.json
  backlog-hygiene audit --input issues.json --explain

Exit codes:
  0  the report was printed (whatever it found)
  1  an unexpected error: a bug (set DEBUG=1 for the stack trace)
  2  a usage, input or config problem; one message on stderr names it and the fix`;

/** The terminal's width, when the report goes to a terminal; pipes and files get unbroken lines. */
const terminalWidth = (stdout: unknown): number | undefined => {
  const tty = stdout as { isTTY?: boolean; columns?: number };
  return tty.isTTY === true && typeof tty.columns === 'number' && tty.columns > 0 ? tty.columns : undefined;
};

/** Runs an offline audit: reads the issues and config, judges every issue and prints the report. Writes nothing to GitHub. */
export const runAudit = async (options: AuditOptions, env: CommandEnv): Promise<void> => {
  if (options.explain && options.format !== 'text') {
    throw new UsageError(
      `--explain is for the text table; --format ${options.format} already gives every reason (drop --explain)`,
    );
  }
  const cwd = env.io.cwd ?? process.cwd();
  const now = parseNow(options.now, env.clock);
  const config = await readConfigFile(options.config, cwd);
  const templates = options.templates === undefined ? undefined : await readTemplates(options.templates, cwd);
  const text = await readInputText(options.input, env.io.stdin, cwd);
  const items = readBacklog(text, options.input === '-' ? '--input - (standard input)' : `--input ${options.input}`);
  const audit = auditItems(items, { config, now, ...(templates ? { templates } : {}) });
  const width = terminalWidth(env.io.stdout);
  // Colour only for a person at a terminal; pipes, files and NO_COLOR get plain text.
  const color = width !== undefined && !process.env.NO_COLOR;
  env.io.stdout.write(
    renderAudit(options.format, audit, { color, explain: options.explain ?? false, ...(width ? { width } : {}) }),
  );
};

/** `backlog-hygiene audit`: the offline audit of a `gh issue list --json …` file. */
export const auditCommand = (env: CommandEnv): Command =>
  new Command('audit')
    .description(
      'Judge every issue in a `gh issue list --json …` file and print a report. Reads only; changes nothing on GitHub.',
    )
    .requiredOption(
      '-i, --input <file>',
      'required: the issues, as printed by `gh issue list --json …` (the fields are in the example below); "-" reads standard input',
    )
    .option(
      '-c, --config <file>',
      `a backlog-hygiene.yml config file (default: ${DEFAULT_CONFIG_PATH} if there is one, else the built-in defaults)`,
    )
    .addOption(new Option('-f, --format <format>', 'report format').choices(AUDIT_FORMATS).default('text'))
    .option('--explain', 'text format: list the reason for each finding under its issue')
    .option('--now <iso-time>', 'judge as of this time, e.g. 2026-11-21T09:00:00Z (default: now)')
    .option(
      '--templates <dir>',
      "a folder with the repository's issue templates (.github/ISSUE_TEMPLATE), to recognise unfilled ones",
    )
    .addHelpText('after', HELP_AFTER)
    .action(async (options: AuditOptions) => runAudit(options, env));
