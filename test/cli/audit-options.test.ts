import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '#src/cli/run-cli.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { DEMO, run } from './capture-io.ts';

const backlog = readFileSync('examples/backlog.json', 'utf8');
const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** Runs the CLI in `cwd` on the demo backlog (standard input), with stdout optionally a terminal of some width. */
const runIn = async (cwd: string, argv: readonly string[], terminal?: { columns: number }) => {
  let stdout = '';
  let stderr = '';
  const sink = { write: (text: string) => (stdout += text) };
  const code = await runCli(
    ['audit', '--input', '-', '--now', '2026-11-21T09:00:00Z', ...argv],
    {
      stdin: backlog,
      stdout: terminal ? Object.assign(sink, { isTTY: true, columns: terminal.columns }) : sink,
      stderr: { write: (text: string) => (stderr += text) },
      cwd,
    },
    () => FIXED_NOW,
  );
  return { code, stdout, stderr };
};

/** A fresh folder standing for a repository, with an optional .github/backlog-hygiene.yml. */
const repository = (config?: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'backlog-hygiene-repo-'));
  if (config !== undefined) {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github', 'backlog-hygiene.yml'), config);
  }
  return dir;
};

const skippedCount = (stdout: string) => (JSON.parse(stdout) as { summary: { skipped: number } }).summary.skipped;

describe('backlog-hygiene --version and help', () => {
  it.each([['--version'], ['-V']])('%s prints the version from package.json and exits 0', async (flag) => {
    const result = await run([flag]);
    expect(result).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: '' });
  });

  it('audit --help marks --input as required and shows an example and the exit codes', async () => {
    const result = await run(['audit', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/-i, --input <file>\s+required:/);
    expect(result.stdout).toMatch(/Example:\n {2}gh issue list .*--json number,title,body,labels,.* > issues\.json\n/);
    expect(result.stdout).toContain('backlog-hygiene audit --input issues.json --explain');
    expect(result.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });
});

describe('backlog-hygiene audit --config', () => {
  it.each([
    ['no --config', []],
    ['--config .github/backlog-hygiene.yml', ['--config', '.github/backlog-hygiene.yml']],
    ['--config ./.github/backlog-hygiene.yml', ['--config', './.github/backlog-hygiene.yml']],
  ])('a repository without the default file gets the defaults with %s', async (_case, args) => {
    const result = await runIn(repository(), [...args, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(skippedCount(result.stdout)).toBe(2);
  });

  it("reads the repository's .github/backlog-hygiene.yml when --config is not given", async () => {
    const result = await runIn(repository('readiness:\n  skipLabels: []\n'), ['--format', 'json']);
    expect(result.code).toBe(0);
    expect(skippedCount(result.stdout)).toBe(0);
  });

  it.each([
    [
      'another missing path is still an error',
      repository(),
      ['--config', 'config/bh.yml'],
      /cannot read --config config\/bh\.yml: no such file\n$/,
    ],
    [
      'a broken default file is an error that names it',
      repository('readiness: [\n'),
      [],
      /^backlog-hygiene: Invalid config in \.github\/backlog-hygiene\.yml: YAML syntax error at line 2, column 1/,
    ],
  ])('%s', async (_case, cwd, args, message) => {
    const result = await runIn(cwd, args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});

describe('backlog-hygiene audit: the text table', () => {
  it('--explain gives the reason under each issue that is not plainly ready', async () => {
    const result = await run([...DEMO, '--explain']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const row = lines.findIndex((line) => /^ #4 {2}needs-refinement/.test(line));
    expect(lines[row]).toMatch(/needs-refinement {2}vague, \(unprioritized\) +fix bug$/);
    expect(lines[row + 1]).toBe('     definition of ready: bug (readiness.kinds)');
    expect(lines[row + 2]).toMatch(/^ {5}vague: \S/);
    expect(result.stdout).toMatch(/#40 {2}skipped {11}skip label "duplicate"/);
  });

  it('--explain with another format is a usage error, not silently ignored', async () => {
    const result = await run([...DEMO, '--explain', '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--explain is for the text table; --format json already gives every reason/);
  });

  it.each([80, 120])('fits the table to a terminal %i columns wide', async (columns) => {
    const result = await runIn(repository(), [], { columns });
    expect(result.code).toBe(0);
    // What the terminal shows: without colour codes, up to the summary.
    // eslint-disable-next-line no-control-regex -- the codes are what is being removed
    const table = result.stdout.replace(/\u001b\[\d+m/g, '').split('\n\n')[0] ?? '';
    const widths = table.split('\n').map((line) => [...line].length);
    expect(widths.length).toBeGreaterThan(50);
    expect(widths.filter((width) => width > columns)).toEqual([]);
    // Titles take the room that is left: some row reaches the edge.
    expect(Math.max(...widths)).toBe(columns);
  });
});
