import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Verdict } from '#src/model/verdict.ts';
import { explainVerdict, findingsList, skipLabelOf } from './explain-verdict.ts';
import { summarize, verdictName, type VerdictName } from './summarize.ts';
import { wrapText } from './wrap-text.ts';

/** How the terminal table looks. */
export type TextTableOptions = {
  /** Titles longer than this many characters are cut with "…" (default 60; `width` takes precedence). */
  readonly titleWidth?: number;
  /** The terminal's width in columns: titles fill what the other columns leave, and explanations wrap. */
  readonly width?: number;
  /** Colour the verdict column with ANSI escapes (default false: plain text for pipes and files). */
  readonly color?: boolean;
  /** Under each issue that is not plainly ready, one line per reason: what to add, who pinned it, what skipped it. */
  readonly explain?: boolean;
  /** The config's `readiness.skipLabels`, so a skipped row names the label that skipped it. */
  readonly skipLabels?: readonly string[];
};

/** Titles never get narrower than this: long findings wrap within their column first. */
const MIN_TITLE_WIDTH = 30;

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

/** The one-line summary under the table, e.g. "12 issues: 5 ready (45.5%), 6 need refinement, 1 skipped". */
export const summaryLine = (verdicts: readonly Verdict[]): string => {
  const summary = summarize(verdicts);
  const refine = summary.needsRefinement === 1 ? 'needs' : 'need';
  return `${summary.total} ${summary.total === 1 ? 'issue' : 'issues'}: ${summary.ready} ready (${summary.percentReady}%), ${summary.needsRefinement} ${refine} refinement, ${summary.skipped} skipped`;
};

/**
 * Joins list entries with ", " into lines of at most `width` characters (each line but the last
 * ends with a comma); an entry wider than that gets a line of its own.
 */
const packList = (entries: readonly string[], width: number): string[] => {
  const lines: string[] = [];
  let line = '';
  entries.forEach((entry, index) => {
    const joined = line === '' ? entry : `${line}, ${entry}`;
    // Every line but the last needs one more column for its comma.
    const room = index === entries.length - 1 ? width : width - 1;
    if (line === '' || joined.length <= room) {
      line = joined;
      return;
    }
    lines.push(`${line},`);
    line = entry;
  });
  lines.push(line);
  return lines;
};

type Row = {
  readonly number: string;
  readonly verdict: VerdictName;
  readonly findings: readonly string[];
  readonly title: string;
  readonly reasons: readonly string[];
};

/**
 * A readable terminal table (issue number, verdict, findings, title) in item order, followed by a
 * legend when needed and the summary line; with `explain`, each issue's reasons under its row.
 * Given a terminal width, long findings wrap within their column and titles take the rest.
 * Pure: returns the text, the caller prints it.
 */
export const renderTextTable = (
  items: readonly BacklogItem[],
  verdicts: readonly Verdict[],
  options: TextTableOptions = {},
): string => {
  const byNumber = new Map(verdicts.map((verdict) => [verdict.number, verdict]));
  const rows: Row[] = items.flatMap((item) => {
    const verdict = byNumber.get(item.number);
    if (!verdict) return [];
    const skipLabel = verdict.skipped ? skipLabelOf(item.labels, options.skipLabels ?? []) : undefined;
    return [
      {
        number: `#${item.number}`,
        verdict: verdictName(verdict),
        findings: findingsList(verdict, skipLabel),
        title: printable(item.title),
        reasons: options.explain ? explainVerdict(verdict, skipLabel) : [],
      },
    ];
  });
  const numberWidth = Math.max(1, ...rows.map((row) => row.number.length));
  const verdictWidth = Math.max('VERDICT'.length, ...rows.map((row) => row.verdict.length));
  const naturalFindings = Math.max('FINDINGS'.length, ...rows.map((row) => row.findings.join(', ').length));
  const longestFinding = Math.max(0, ...rows.flatMap((row) => row.findings.map((entry) => entry.length + 1)));
  const fixed = numberWidth + verdictWidth + 6;
  const findingsWidth =
    options.width === undefined
      ? naturalFindings
      : Math.min(naturalFindings, Math.max(longestFinding, options.width - fixed - MIN_TITLE_WIDTH));
  const titleWidth =
    options.width === undefined
      ? (options.titleWidth ?? 60)
      : Math.max(MIN_TITLE_WIDTH, options.width - fixed - findingsWidth);
  const line = (number: string, verdict: string, findings: string, title: string, colour?: VerdictName) => {
    const padded = verdict.padEnd(verdictWidth);
    const shown = colour && options.color ? `${ANSI[colour]}${padded}${RESET}` : padded;
    return `${number.padStart(numberWidth)}  ${shown}  ${findings.padEnd(findingsWidth)}  ${title}`.trimEnd();
  };
  // Reasons start under the verdict column; a wrapped reason's further lines are indented once more.
  const indent = ' '.repeat(numberWidth + 2);
  const reasonWidth = options.width === undefined ? undefined : options.width - indent.length - 2;
  const lines = [line('#', 'VERDICT', 'FINDINGS', 'TITLE')];
  for (const row of rows) {
    const [first = '', ...more] = packList(row.findings, findingsWidth);
    lines.push(line(row.number, row.verdict, first, truncate(row.title, titleWidth), row.verdict));
    for (const findings of more) lines.push(line('', '', findings, ''));
    for (const reason of row.reasons) {
      const [head = '', ...rest] = wrapText(printable(reason), reasonWidth);
      lines.push(`${indent}${head}`, ...rest.map((text) => `${indent}  ${text}`));
    }
  }
  if (rows.some((row) => row.findings.some((entry) => entry.startsWith('('))))
    lines.push('', '(rule) = found, but does not block readiness for this issue');
  if (!options.explain && rows.some((row) => row.findings.length > 0))
    lines.push('', 'Run with --explain to see the reason for each finding.');
  lines.push('', summaryLine(verdicts));
  return lines.join('\n');
};
