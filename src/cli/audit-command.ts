import { Command, Option } from 'commander';
import { readBacklog } from '#src/input/read-backlog.ts';
import { auditItems } from './audit-items.ts';
import type { CommandEnv } from './program.ts';
import { parseNow } from './parse-now.ts';
import { readConfigFile } from './read-config-file.ts';
import { readInputText } from './read-input-text.ts';
import { readTemplates } from './read-templates.ts';
import { AUDIT_FORMATS, renderAudit, type AuditFormat } from './render-audit.ts';

/** Options of `backlog-hygiene audit`, as commander hands them over. */
export type AuditOptions = {
  readonly input: string;
  readonly config?: string;
  readonly format: AuditFormat;
  readonly now?: string;
  readonly templates?: string;
};

/** Runs an offline audit: reads the issues and config, judges every issue and prints the report. Writes nothing to GitHub. */
export const runAudit = async (options: AuditOptions, env: CommandEnv): Promise<void> => {
  const cwd = env.io.cwd ?? process.cwd();
  const now = parseNow(options.now, env.clock);
  const config = await readConfigFile(options.config, cwd);
  const templates = options.templates === undefined ? undefined : await readTemplates(options.templates, cwd);
  const text = await readInputText(options.input, env.io.stdin, cwd);
  const items = readBacklog(text, options.input === '-' ? '--input - (standard input)' : `--input ${options.input}`);
  const audit = auditItems(items, { config, now, ...(templates ? { templates } : {}) });
  // Colour only for a person at a terminal; pipes, files and NO_COLOR get plain text.
  const color = (env.io.stdout as { isTTY?: boolean }).isTTY === true && !process.env.NO_COLOR;
  env.io.stdout.write(renderAudit(options.format, audit, color));
};

/** `backlog-hygiene audit`: the offline audit of a `gh issue list --json …` file. */
export const auditCommand = (env: CommandEnv): Command =>
  new Command('audit')
    .description(
      'Judge every issue in a `gh issue list --json …` file and print a report. Reads only; changes nothing on GitHub.',
    )
    .requiredOption(
      '-i, --input <file>',
      'issues as printed by `gh issue list --json number,title,body,labels,milestone,assignees,author,createdAt,updatedAt,url,comments`; "-" reads standard input',
    )
    .option('-c, --config <file>', 'a backlog-hygiene.yml config file (default: built-in defaults)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(AUDIT_FORMATS).default('text'))
    .option('--now <iso-time>', 'judge as of this time, e.g. 2026-11-21T09:00:00Z (default: now)')
    .option(
      '--templates <dir>',
      "a folder with the repository's issue templates (.github/ISSUE_TEMPLATE), to recognise unfilled ones",
    )
    .action(async (options: AuditOptions) => runAudit(options, env));
