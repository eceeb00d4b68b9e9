import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Verdict } from '#src/model/verdict.ts';
import { summarize, verdictName, type VerdictName } from './summarize.ts';

/** How the terminal table looks. */
export type TextTableOptions = {
  /** Titles longer than this many characters are cut with "…" (default 60). */
  readonly titleWidth?: number;
  /** Colour the verdict column with ANSI escapes (default false: plain text for pipes and files). */
  readonly color?: boolean;
};

const ANSI: Record<VerdictName, string> = {
  ready: '\u001b[32m',
  'needs-refinement': '\u001b[33m',
  skipped: '\u001b[90m',
};
const RESET = '\u001b[0m';

/** One line, no control characters: a title could otherwise carry escape sequences into the terminal. */
const printable = (text: string): string => {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += code < 0x20 || (code >= 0x7f && code <= 0x9f) ? ' ' : char;
  }
  return out.replace(/ {2,}/g, ' ').trim();
};

const truncate = (text: string, width: number): string => {
  const chars = [...text];
  return chars.length <= width
    ? text
    : `${chars
        .slice(0, Math.max(0, width - 1))
        .join('')
        .trimEnd()}…`;
};

/** Failed rule ids; those that do not block readiness (e.g. stale on a ready item) in parentheses. */
const findingsOf = (verdict: Verdict): string => {
  if (verdict.skipped) return '';
  const blocking = new Set(verdict.blocking.map((finding) => finding.rule));
  return verdict.checks
    .filter((check) => !check.ok)
    .map((check) => (blocking.has(check.rule) && !verdict.pinned ? check.rule : `(${check.rule})`))
    .join(', ');
};

/** The one-line summary under the table, e.g. "12 issues: 5 ready (45.5%), 6 need refinement, 1 skipped". */
export const summaryLine = (verdicts: readonly Verdict[]): string => {
  const summary = summarize(verdicts);
  const refine = summary.needsRefinement === 1 ? 'needs' : 'need';
  return `${summary.total} ${summary.total === 1 ? 'issue' : 'issues'}: ${summary.ready} ready (${summary.percentReady}%), ${summary.needsRefinement} ${refine} refinement, ${summary.skipped} skipped`;
};

/**
 * A readable terminal table (issue number, verdict, findings, title) in item order, followed by a
 * legend when needed and the summary line. Pure: returns the text, the caller prints it.
 */
export const renderTextTable = (
  items: readonly BacklogItem[],
  verdicts: readonly Verdict[],
  options: TextTableOptions = {},
): string => {
  const titleWidth = options.titleWidth ?? 60;
  const byNumber = new Map(verdicts.map((verdict) => [verdict.number, verdict]));
  const rows = items.flatMap((item) => {
    const verdict = byNumber.get(item.number);
    return verdict
      ? [
          {
            number: `#${item.number}`,
            verdict: verdictName(verdict),
            findings: findingsOf(verdict),
            title: truncate(printable(item.title), titleWidth),
          },
        ]
      : [];
  });
  const header = { number: '#', verdict: 'VERDICT', findings: 'FINDINGS', title: 'TITLE' };
  const width = (key: 'number' | 'verdict' | 'findings') =>
    Math.max(header[key].length, ...rows.map((row) => row[key].length));
  const [numberWidth, verdictWidth, findingsWidth] = [width('number'), width('verdict'), width('findings')];
  const line = (row: typeof header, colour?: VerdictName) => {
    const verdict = row.verdict.padEnd(verdictWidth);
    const shown = colour && options.color ? `${ANSI[colour]}${verdict}${RESET}` : verdict;
    return `${row.number.padStart(numberWidth)}  ${shown}  ${row.findings.padEnd(findingsWidth)}  ${row.title}`.trimEnd();
  };
  const lines = [line(header), ...rows.map((row) => line(row, row.verdict))];
  if (rows.some((row) => row.findings.includes('(')))
    lines.push('', '(rule) = found, but does not block readiness for this issue');
  lines.push('', summaryLine(verdicts));
  return lines.join('\n');
};
