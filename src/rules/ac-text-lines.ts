import { PARSE_LIMIT } from '#src/markdown/parse-body.ts';

/** Lines longer than this are prose or hostile input, never a "Key: value" line or a scenario step. */
const MAX_LINE = 300;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// Quote and list markers, then an optional task box; every quantifier is bounded.
const MARKERS = /^\s{0,16}(?:>\s?){0,6}(?:(?:[-*+]|\d{1,9}[.)])\s{1,4}(?:\[[ xX]\]\s{1,4})?)?/;

let lastBody: string | undefined;
let lastLines: readonly string[] = [];

/**
 * The visible prose lines of a body, one scan: lines inside fenced code or HTML comments are
 * left out (templates hide examples such as "Story points: 5" in comments), quote/list markers
 * and task boxes are stripped, and over-long lines are skipped. The parsed document joins a
 * paragraph's lines into one text, so line-shaped facts ("Estimate: 3", "Given …") are read here.
 * The last result is kept because the estimate finder and the acceptance-criteria rule ask for
 * the same body one after the other.
 */
export const textLines = (body: string): readonly string[] => {
  if (body === lastBody) return lastLines;
  const source = body.length > PARSE_LIMIT ? body.slice(0, PARSE_LIMIT) : body;
  const lines: string[] = [];
  let fence = '';
  let inComment = false;
  // Most bodies have no fence or comment at all: then no line needs the per-line searches for them.
  const mayFence = source.includes('```') || source.includes('~~~');
  const mayComment = source.includes('<!--');
  for (const raw of source.split('\n')) {
    if (raw.length > MAX_LINE) continue;
    if (fence) {
      if (raw.trimStart().startsWith(fence)) fence = '';
      continue;
    }
    if (inComment) {
      const close = raw.indexOf('-->');
      if (close === -1) continue;
      inComment = false;
      pushLine(lines, raw.slice(close + 3));
      continue;
    }
    const open = mayFence ? FENCE.exec(raw) : null;
    if (open) {
      fence = open[1] as string;
      continue;
    }
    if (!mayComment) {
      pushLine(lines, raw);
      continue;
    }
    const start = raw.lastIndexOf('<!--');
    if (start !== -1 && raw.indexOf('-->', start) === -1) inComment = true;
    pushLine(lines, inComment ? raw.slice(0, start) : raw);
  }
  lastBody = body;
  lastLines = lines;
  return lines;
};

const pushLine = (lines: string[], raw: string) => {
  // MARKERS matches nothing unless the line starts with a space, ">", a list marker or a digit; most prose lines do not.
  if (raw.length === 0) return;
  const line = (mayStartWithMarker(raw.charCodeAt(0)) ? raw.replace(MARKERS, '') : raw).trim();
  if (line) lines.push(line);
};

/** Space or control characters (and anything non-ASCII, which may be Unicode space), ">", "-", "*", "+" or a digit. */
const mayStartWithMarker = (code: number): boolean =>
  code <= 32 || code >= 127 || code === 62 || code === 45 || code === 42 || code === 43 || (code >= 48 && code <= 57);
