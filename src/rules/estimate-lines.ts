import { inlineText } from '#src/markdown/inline-text.ts';
import { normalizeKey } from './ac-normalize.ts';
import { type Found, found, strongest } from './estimate-found.ts';
import { type EstimateKeyInfo, estimateKeyInfo } from './estimate-keys.ts';
import { type EstimateValue, parseEstimateValue } from './estimate-value.ts';

/** What the line scan found: the best estimate line, or the first estimate key left empty. */
export type LinesScan = { readonly found?: Found; readonly emptySlot?: string };

type Candidate = Found & { readonly key: string; readonly amount: string };

/** A legend explains sizes ("size: 1pt - up to 6 hours", "size: 2pt - …"): three lines of one key with different values. */
const LEGEND_LINES = 3;
/** Lines are scanned up to here for candidates; enough for any template, bounded for hostile bodies. */
const MAX_CANDIDATES = 20;
const KEY_END = /[\s\-–—=~≈:：*_]+$/;
const SEPARATOR_DIGIT = /\d/;
const MARKUP_START = /^[#*_<|]/;
const TABLE_RULE = /^\|?\s{0,3}:?-{2,}/;
const TOTAL_ROW = /^(?:total|sum|gesamt|summe|итого|всего|合计|总计|合計|합계|totale|totaal|suma|razem)$/;

/**
 * Reads estimate lines from a body's prose lines: "Key: value" (also "：" and "="), a key and a
 * number without a colon ("Estimate 16 hrs"), a heading that carries its value ("## 予想工数:3"),
 * a key alone with the value on the next line, and a table column headed by a key. A key that
 * appears on three or more lines with different values is a legend of sizes, not an estimate.
 */
export const scanEstimateLines = (
  lines: readonly string[],
  levels: ReadonlyMap<string, number>,
  isPlaceholder: (text: string) => boolean,
): LinesScan => {
  const candidates: Candidate[] = [];
  let emptySlot: string | undefined;
  for (let i = 0; i < lines.length && candidates.length < MAX_CANDIDATES; i++) {
    const line = lines[i] as string;
    if (line.charCodeAt(0) === 124 /* | */) {
      // Table rows are read as tables: a header row gives a column, key/value rows are read from the parsed table.
      const column = TABLE_RULE.test(lines[i + 1] ?? '') ? columnEstimate(lines, i, levels) : undefined;
      if (column) candidates.push(column);
      continue;
    }
    const split = splitLine(line, lines[i + 1]);
    if (!split) continue;
    const { key, info } = split;
    const label = inlineText(key);
    let text = inlineText(split.value);
    let value = text === '' ? undefined : parseEstimateValue(text, info.unit, levels);
    let source = split.colon ? `"${label}: ${text}" in the body` : `"${label} ${text}" in the body`;
    if (text === '' && i + 1 < lines.length) {
      // "Estimate" (or "Estimate:") alone, the value on the next line.
      const next = inlineText(lines[i + 1] as string);
      value = parseEstimateValue(next, info.unit, levels);
      if (value) {
        text = next;
        source = `"${label}" followed by "${next}" in the body`;
        i++;
      }
    }
    if (value) candidates.push({ ...found(value, info, source), key: normalizeKey(label), amount: amountOf(value) });
    else if (split.colon && isPlaceholder(text)) emptySlot ??= label;
  }
  const kept = withoutLegends(candidates);
  const best = strongest(kept);
  if (best) return { found: { estimate: best.estimate, weak: best.weak } };
  return emptySlot === undefined ? {} : { emptySlot };
};

type Split = { readonly key: string; readonly value: string; readonly info: EstimateKeyInfo; readonly colon: boolean };

const splitLine = (line: string, next: string | undefined): Split | undefined => {
  const colon = firstColon(line);
  if (colon >= 1 && colon <= 50) {
    const info = estimateKeyInfo(line.slice(0, colon));
    if (info) return { key: line.slice(0, colon), value: line.slice(colon + 1), info, colon: true };
  }
  if (line.length > 80) return undefined;
  // A plain key alone ("Estimate") with its value on the next line; headings and bold lines are sections.
  const alone =
    line.length <= 40 && next !== undefined && mayBeValue(next) && !MARKUP_START.test(line)
      ? estimateKeyInfo(line)
      : undefined;
  if (alone) return { key: line, value: '', info: alone, colon: false };
  // "Estimate 16 hrs", "Estimated effort = 3 days", "工数3h": the key ends where the number starts.
  const digit = line.search(SEPARATOR_DIGIT);
  if (digit < 2 || digit > 50) return undefined;
  const key = line.slice(0, digit).replace(KEY_END, '');
  const info = key === '' ? undefined : estimateKeyInfo(key);
  return info ? { key, value: line.slice(digit), info, colon: false } : undefined;
};

/** A value on its own line is short: a number ("16h", "~3 days") or a word or two ("M", "Medium"). */
const mayBeValue = (line: string): boolean => line.length <= 30 && (VALUE_START.test(line) || !line.includes(' '));
const VALUE_START = /^[~≈±]?\s?\d/;

const firstColon = (line: string): number => {
  const ascii = line.indexOf(':');
  const wide = line.indexOf('：');
  if (wide === -1) return ascii;
  return ascii === -1 ? wide : Math.min(ascii, wide);
};

const amountOf = (value: EstimateValue): string => `${value.points ?? ''}/${value.size ?? ''}/${value.hours ?? ''}`;

const withoutLegends = (candidates: readonly Candidate[]): readonly Candidate[] => {
  if (candidates.length < LEGEND_LINES) return candidates;
  const amounts = new Map<string, Set<string>>();
  for (const { key, amount } of candidates) {
    const set = amounts.get(key) ?? new Set<string>();
    set.add(amount);
    amounts.set(key, set);
  }
  return candidates.filter(({ key }) => (amounts.get(key)?.size ?? 0) < LEGEND_LINES);
};

/** "| Task | Estimate |" then rows: the estimate column's value, or the total of its rows. */
const columnEstimate = (lines: readonly string[], header: number, levels: ReadonlyMap<string, number>) => {
  const titles = cellsOf(lines[header] as string);
  const column = titles.findIndex((title) => estimateKeyInfo(title) !== undefined);
  if (column === -1) return undefined;
  const info = estimateKeyInfo(titles[column] as string) as EstimateKeyInfo;
  const values: EstimateValue[] = [];
  for (let row = header + 2; row < lines.length && (lines[row] as string).startsWith('|') && row < header + 60; row++) {
    const cells = cellsOf(lines[row] as string);
    const value = parseEstimateValue(cells[column] ?? '', info.unit, levels);
    if (!value) continue;
    if (TOTAL_ROW.test(normalizeKey(cells[0] ?? ''))) return columnFound([value], info, titles[column] as string);
    values.push(value);
  }
  return values.length > 0 ? columnFound(values, info, titles[column] as string) : undefined;
};

const columnFound = (values: readonly EstimateValue[], info: EstimateKeyInfo, title: string): Candidate | undefined => {
  const first = values[0] as EstimateValue;
  const label = inlineText(title);
  const base = { key: normalizeKey(label), amount: amountOf(first) };
  if (values.length === 1) return { ...found(first, info, `table column "${label}" in the body`), ...base };
  // Several rows are a breakdown: their sum is the estimate, when they are all of one kind.
  const total = (pick: (value: EstimateValue) => number | undefined) =>
    values.every((value) => pick(value) !== undefined)
      ? values.reduce((sum, value) => sum + (pick(value) ?? 0), 0)
      : undefined;
  const hours = total((value) => value.hours);
  const points = total((value) => (value.level === undefined ? value.points : undefined));
  const summed: EstimateValue | undefined =
    hours !== undefined ? { hours } : points !== undefined ? { points } : undefined;
  const source = `the ${values.length} rows of table column "${label}" in the body, added up`;
  return summed ? { ...found(summed, info, source), ...base } : undefined;
};

const cellsOf = (line: string): string[] =>
  line
    .replace(/^\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((cell) => inlineText(cell.trim()));
