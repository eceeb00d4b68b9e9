import { describe, expect, it } from 'vitest';
import { renderTextTable, summaryLine } from '#src/report/text-table.ts';
import { aVerdict, FAIL_REASONS } from '#test/plan/verdict-builder.ts';
import { anItem } from '#test/support/item-builder.ts';

const items = [
  anItem({ number: 7, title: 'Add CSV export to the reports page' }),
  anItem({
    number: 123,
    title: 'Let customers save several delivery addresses and pick one at checkout, with a default',
  }),
  anItem({ number: 11, title: 'Duplicate of #7', labels: ['Duplicate'] }),
];
const verdicts = [
  aVerdict({ number: 7 }),
  aVerdict({ number: 123, failed: { 'acceptance-criteria': true, estimate: true, stale: true } }),
  aVerdict({ number: 11, skipped: true }),
];

describe('renderTextTable', () => {
  const table = renderTextTable(items, verdicts);
  const lines = table.split('\n');

  it('renders aligned columns: number, verdict, findings, title', () => {
    expect(lines[0]).toMatch(/^\s+# {2}VERDICT {11}FINDINGS +TITLE$/);
    expect(lines[1]).toMatch(/^ {2}#7 {2}ready {12}/);
    expect(lines[2]).toContain('#123  needs-refinement  acceptance-criteria, estimate, (stale)  Let customers');
    expect(lines[3]).toMatch(/^ #11 {2}skipped/);
    const titleColumn = lines[0]?.indexOf('TITLE');
    expect(lines[1]?.indexOf('Add CSV')).toBe(titleColumn);
  });

  it('cuts long titles with an ellipsis', () => {
    expect(lines[2]).toContain('Let customers save several delivery addresses and pick one…');
    expect(renderTextTable(items, verdicts, { titleWidth: 12 })).toContain('Let custome…');
  });

  it('explains parentheses and ends with the summary line', () => {
    expect(table).toContain('(rule) = found, but does not block readiness for this issue');
    expect(lines.at(-1)).toBe('3 issues: 1 ready (50%), 1 needs refinement, 1 skipped');
  });

  it('prints no escape codes unless colours are asked for', () => {
    expect(table).not.toContain('\u001b');
    const coloured = renderTextTable(items, verdicts, { color: true });
    expect(coloured).toContain('\u001b[32mready');
    expect(coloured).toContain('\u001b[33mneeds-refinement\u001b[0m');
  });

  it('strips control characters from titles so they cannot drive the terminal', () => {
    const nasty = [anItem({ number: 5, title: 'Fix\u001b[2J login\nredirect' })];
    const out = renderTextTable(nasty, [aVerdict({ number: 5 })]);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('Fix [2J login redirect');
  });
});

describe('renderTextTable: reading it on a terminal', () => {
  it('names the label that skipped an item', () => {
    expect(renderTextTable(items, verdicts, { skipLabels: ['duplicate'] })).toMatch(
      /#11 {2}skipped +skip label "Duplicate"/,
    );
  });

  it('fills the terminal: titles take what the other columns leave, never less than 30', () => {
    for (const width of [100, 140]) {
      const rows = renderTextTable(items, verdicts, { width }).split('\n').slice(0, 4);
      for (const row of rows) expect([...row].length).toBeLessThanOrEqual(width);
      expect(Math.max(...rows.map((row) => [...row].length))).toBe(width);
    }
    const narrow = renderTextTable(items, verdicts, { width: 40 }).split('\n')[2] ?? '';
    expect(narrow).toMatch(/ {2}Let customers save several de…$/);
  });

  it('hints at --explain without it, and lists the reasons under each row with it', () => {
    expect(renderTextTable(items, verdicts)).toContain('Run with --explain to see the reason for each finding.');
    const lines = renderTextTable(items, verdicts, { explain: true, skipLabels: ['duplicate'] }).split('\n');
    const row = lines.findIndex((line) => line.startsWith('#123'));
    expect(lines.slice(row + 1, row + 4)).toEqual([
      `      acceptance-criteria: ${FAIL_REASONS['acceptance-criteria']}`,
      `      estimate: ${FAIL_REASONS.estimate}`,
      `      stale: ${FAIL_REASONS.stale}`,
    ]);
    expect(lines[lines.findIndex((line) => line.startsWith(' #11')) + 1]).toMatch(
      /^ {6}not judged: it has the skip label "Duplicate"/,
    );
    expect(lines.join('\n')).not.toContain('--explain');
  });

  it('wraps the reasons to the terminal, indented under the verdict', () => {
    const lines = renderTextTable(items, verdicts, { explain: true, width: 60 }).split('\n');
    const reasons = lines.filter((line) => /^ {6}\S/.test(line) || /^ {8}\S/.test(line));
    expect(reasons.length).toBeGreaterThan(3);
    for (const line of reasons) expect([...line].length).toBeLessThanOrEqual(60);
    const first = lines.findIndex((line) => line.startsWith('      acceptance-criteria: Add an'));
    expect(lines[first + 1]).toMatch(/^ {8}\S/);
  });

  it('wraps long findings within their column on a narrow terminal, so titles keep their room', () => {
    const lines = renderTextTable(items, verdicts, { width: 80 }).split('\n');
    const row = lines.findIndex((line) => line.startsWith('#123'));
    expect(lines[row]).toMatch(/^#123 {2}needs-refinement {2}acceptance-criteria, {6}Let customers save several de…$/);
    expect(lines[row + 1]).toBe(`${' '.repeat(24)}estimate, (stale)`);
    for (const line of lines.slice(0, row + 2)) expect([...line].length).toBeLessThanOrEqual(80);
  });
});

describe('summaryLine', () => {
  it.each([
    ['nothing', [], '0 issues: 0 ready (0%), 0 need refinement, 0 skipped'],
    ['one ready issue', [aVerdict()], '1 issue: 1 ready (100%), 0 need refinement, 0 skipped'],
    [
      'two issues to refine',
      [aVerdict({ failed: { vague: true } }), aVerdict({ failed: { blocked: true } })],
      '2 issues: 0 ready (0%), 2 need refinement, 0 skipped',
    ],
  ])('%s', (_case, verdicts, expected) => {
    expect(summaryLine(verdicts)).toBe(expected);
  });
});
