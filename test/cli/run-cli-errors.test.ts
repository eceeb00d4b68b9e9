import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from './capture-io.ts';

const dir = mkdtempSync(join(tmpdir(), 'backlog-hygiene-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const issue = (overrides: Record<string, unknown> = {}) => ({
  number: 12,
  title: 'Let hosts block lunch breaks',
  body: 'As a host I want a daily lunch break so that nobody books me at noon.',
  labels: [],
  createdAt: '2026-11-01T10:00:00Z',
  ...overrides,
});

const hugeFile = () => {
  const path = file('huge.json', '');
  truncateSync(path, 60 * 1024 * 1024);
  return path;
};

describe('backlog-hygiene audit: problems the user can fix', () => {
  it.each([
    [
      'not JSON',
      ['--input', '-'],
      '[\n  {"number": 1,\n  }\n]',
      /^backlog-hygiene: --input - \(standard input\) is not valid JSON: .* at line 3, column 3$/,
    ],
    [
      'not an array',
      ['--input', '-'],
      '{"issues": []}',
      /expected a JSON array of issues as printed by `gh issue list --state open --json number,title,.*`, got an object$/,
    ],
    [
      'a missing field',
      ['--input', '-'],
      JSON.stringify([issue(), issue({ number: 13, title: undefined })]),
      /issue at index 1 \(#13\) is missing "title"/,
    ],
    [
      "a body over GitHub's limit",
      ['--input', '-'],
      JSON.stringify([issue({ body: 'a'.repeat(70_000) })]),
      /issue #12's body is 70,000 characters; GitHub allows at most 65,536 — is this the right file\?$/,
    ],
    [
      'a missing input file',
      ['--input', 'missing.json'],
      '',
      /^backlog-hygiene: cannot read --input missing\.json: no such file$/,
    ],
    [
      'a directory as input',
      ['--input', 'examples'],
      '',
      /cannot read --input examples: it is a directory, not a file$/,
    ],
    [
      'a missing config file',
      ['--input', '-', '--config', 'nope.yml'],
      '[]',
      /cannot read --config nope\.yml: no such file$/,
    ],
    [
      'an invalid config',
      ['--input', '-', '--config', file('bad.yml', 'rules:\n  stale:\n    days: sixty\n')],
      '[]',
      /Invalid config in .*bad\.yml: rules\.stale\.days must be a number \(got "sixty"\)/,
    ],
    [
      'a config with _extends',
      ['--input', '-', '--config', file('ext.yml', '_extends: acme/.github\n')],
      '[]',
      /_extends: "acme\/\.github", which the offline audit cannot follow/,
    ],
    [
      'a bad --now',
      ['--input', '-', '--now', 'yesterday'],
      '[]',
      /--now "yesterday" is not an ISO-8601 time; use e\.g\. --now 2026-11-21T09:00:00Z$/,
    ],
    [
      'a missing templates folder',
      ['--input', '-', '--templates', 'no-such-dir'],
      '[]',
      /cannot read --templates no-such-dir: no such file$/,
    ],
    ['a file over 50 MB', ['--input', hugeFile()], '', /is over 60\.0 MB; the limit is 50\.0 MB/],
  ])('%s: exit 2 and one line on stderr', async (_case, args, stdin, message) => {
    const result = await run(['audit', ...args], stdin);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [
      'an unknown format',
      ['audit', '--input', '-', '--format', 'xml'],
      /argument 'xml' is invalid\. Allowed choices are text, json, markdown/,
    ],
    ['no --input', ['audit'], /required option '-i, --input <file>' not specified/],
    ['an unknown command', ['sweep-all'], /unknown command 'sweep-all'/],
  ])('%s: commander explains it and the exit code is 2', async (_case, args, message) => {
    const result = await run(args, '[]');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('backlog-hygiene audit: input encodings', () => {
  const body = JSON.stringify([issue()]);
  it.each([
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')])],
    ['UTF-16 from PowerShell', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')])],
  ])('reads a file in %s', async (_case, bytes) => {
    const path = join(dir, 'encoded.json');
    writeFileSync(path, bytes);
    const result = await run(['audit', '--input', path, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ items: [{ number: 12 }] });
  });

  it('refuses to wait for a terminal on --input -', async () => {
    const terminal = Object.assign(Readable.from([]), { isTTY: true });
    const result = await run(['audit', '--input', '-'], terminal);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nothing is piped in/);
  });
});
