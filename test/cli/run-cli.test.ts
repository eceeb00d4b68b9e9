import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { AuditJson } from '#src/report/audit-json.ts';
import { RULE_IDS } from '#src/model/rule-id.ts';
import { DEMO, run } from './capture-io.ts';

const demoJson = async (extra: string[] = []): Promise<AuditJson> => {
  const result = await run([...DEMO, '--format', 'json', ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as AuditJson;
};

const itemOf = (json: AuditJson, number: number) => {
  const item = json.items.find((entry) => entry.number === number);
  if (!item) throw new Error(`#${number} is not in the output`);
  return item;
};

describe('backlog-hygiene audit (in-process)', () => {
  it('prints a JSON report with every rule for every issue of the demo backlog', async () => {
    const json = await demoJson();
    const issues = JSON.parse(readFileSync('examples/backlog.json', 'utf8')) as unknown[];
    expect(json.items).toHaveLength(issues.length);
    expect(json.summary.total).toBe(issues.length);
    for (const item of json.items) expect(Object.keys(item.checks)).toEqual([...RULE_IDS]);
    expect(json.summary.ready + json.summary.needsRefinement + json.summary.skipped).toBe(issues.length);
  });

  it.each([
    [1, 'a story with acceptance criteria, points and priority', { ready: true }],
    [4, '"fix bug" with a one-line body', { ready: false, failing: 'vague' }],
    [5, 'an image-only "doesn\'t work"', { ready: false, failing: 'vague' }],
    [8, 'blocked by #7, which is open in the same file', { ready: false, failing: 'blocked' }],
    [9, 'an XL story', { ready: false, failing: 'too-big' }],
    [10, 'a 13-point story', { ready: false, failing: 'too-big' }],
    [13, 'an issue form left at "_No response_"', { ready: false, failing: 'vague' }],
    [22, 'a story nobody but a bot touched since April', { failing: 'stale' }],
    [35, 'placeholder acceptance criteria "AC 1, AC 2"', { ready: false, failing: 'acceptance-criteria' }],
    [51, 'a bug by its issue type (no estimate needed)', { ready: true, kind: 'bug' }],
    [52, 'a 21-point epic already split into sub-issues', { ready: true, passing: 'too-big' }],
    [55, 'natively blocked by the open #28', { ready: false, failing: 'blocked' }],
    [56, 'estimated by its "Effort" issue field', { ready: true, passing: 'estimate' }],
  ])(
    'judges #%i (%s) as a reader would',
    async (number, _case, expected: { ready?: boolean; failing?: string; passing?: string; kind?: string }) => {
      const item = itemOf(await demoJson(), number);
      if (expected.ready !== undefined) expect(item.ready).toBe(expected.ready);
      if (expected.failing) expect(item.checks[expected.failing as keyof typeof item.checks].ok).toBe(false);
      if (expected.passing) expect(item.checks[expected.passing as keyof typeof item.checks].ok).toBe(true);
      if (expected.kind) expect(item.kind).toBe(expected.kind);
    },
  );

  it('skips items with a skip label (a question)', async () => {
    expect(itemOf(await demoJson(), 39).verdict).toBe('skipped');
  });

  it("recognises the unchanged default bug template when given the repository's templates", async () => {
    const item = itemOf(await demoJson(['--templates', 'examples/templates']), 11);
    expect(item.checks.vague.ok).toBe(false);
  });

  it('gives the same output for the same input (deterministic)', async () => {
    const first = await run([...DEMO, '--format', 'json']);
    const second = await run([...DEMO, '--format', 'json']);
    expect(second.stdout).toBe(first.stdout);
  });

  it('prints a table with a summary line by default', async () => {
    const result = await run(DEMO);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\s*#\s+VERDICT\s+FINDINGS\s+TITLE$/);
    expect(lines.at(-1)).toMatch(/^56 issues: \d+ ready \([\d.]+%\), \d+ need refinement, \d+ skipped$/);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('prints the Markdown health report with --format markdown', async () => {
    const result = await run([...DEMO, '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^#/m);
    expect(result.stdout).toContain('#4');
  });

  it.each([
    ['a string', readFileSync('examples/backlog.json', 'utf8')],
    ['a stream', Readable.from([readFileSync('examples/backlog.json')])],
  ])('reads --input - from standard input given as %s', async (_case, stdin) => {
    const result = await run(['audit', '--input', '-', '--format', 'json', '--now', '2026-11-21T09:00:00Z'], stdin);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as AuditJson).summary.total).toBe(56);
  });

  it('uses the clock when --now is not given, and the defaults without --config', async () => {
    const result = await run(['audit', '--input', '-', '--format', 'json'], '[]');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ items: [], summary: { total: 0 } });
  });

  it('prints help for the audit command and exits 0', async () => {
    const result = await run(['audit', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--input <file>');
    expect(result.stdout).toContain('--templates <dir>');
  });
});
