import { describe, expect, it } from 'vitest';
import { renderTextTable, summaryLine } from '#src/report/text-table.ts';
import { aVerdict } from '#test/plan/verdict-builder.ts';
import { anItem } from '#test/support/item-builder.ts';

const items = [
  anItem({ number: 7, title: 'Add CSV export to the reports page' }),
  anItem({
    number: 123,
    title: 'Let customers save several delivery addresses and pick one at checkout, with a default',
  }),
  anItem({ number: 11, title: 'Duplicate of #7' }),
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
