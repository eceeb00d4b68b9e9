import type { HealthSnapshot } from './health-snapshot.ts';

/** The hidden block in the Health issue's body that carries its history, one CSV row per day. */
export const HISTORY_START = '<!-- backlog-hygiene:health-history v1';
const HISTORY_END = '-->';

/** Rows kept: 12 weeks of days and a little more, so the chart always has its 12 weekly points (~6 KB). */
export const MAX_ROWS = 90;

const FIELDS = [
  'date',
  'open',
  'ready',
  'readyPoints',
  'pace',
  'unrefinedNext',
  'openedWeek',
  'ageP50',
  'ageP90',
  'timeToReady',
  'blocked',
  'stale',
  'unprioritized',
] as const satisfies readonly (keyof HealthSnapshot)[];

const cell = (value: string | number | undefined): string =>
  value === undefined ? '' : typeof value === 'number' ? String(Math.round(value * 10) / 10) : value;

/** One row: the fields in a fixed order, empty for unknown. */
export const writeRow = (snapshot: HealthSnapshot): string => FIELDS.map((field) => cell(snapshot[field])).join(',');

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^\d{1,9}(\.\d)?$/;

/** Reads one row; undefined for anything malformed (a person's edit inside the block loses that row only). */
export const readRow = (line: string): HealthSnapshot | undefined => {
  const cells = line.trim().split(',');
  if (cells.length !== FIELDS.length || !DATE.test(cells[0]!)) return undefined;
  const row: Record<string, string | number> = { date: cells[0]! };
  for (let i = 1; i < FIELDS.length; i++) {
    const text = cells[i]!;
    if (text === '') continue;
    if (!NUMBER.test(text)) return undefined;
    row[FIELDS[i]!] = Number(text);
  }
  for (const required of [
    'open',
    'ready',
    'readyPoints',
    'openedWeek',
    'ageP50',
    'ageP90',
    'blocked',
    'stale',
    'unprioritized',
  ])
    if (row[required] === undefined) return undefined;
  return row as unknown as HealthSnapshot;
};

/**
 * The history in a Health issue body, oldest first, one row per date. Found wherever the block sits,
 * so people may edit or reorder the visible text around it; rows are checked one by one and bounded.
 */
export const readHistory = (body: string): HealthSnapshot[] => {
  const start = body.indexOf(HISTORY_START);
  if (start < 0) return [];
  const end = body.indexOf(HISTORY_END, start + HISTORY_START.length);
  const block = body.slice(start + HISTORY_START.length, end < 0 ? undefined : end);
  const byDate = new Map<string, HealthSnapshot>();
  for (const line of block.split('\n').slice(0, MAX_ROWS * 2)) {
    const row = readRow(line);
    if (row) byDate.set(row.date, row);
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)).slice(-MAX_ROWS);
};

/** Today's row merged in (replacing a row of the same date), oldest first, at most MAX_ROWS. */
export const mergeHistory = (history: readonly HealthSnapshot[], today: HealthSnapshot): HealthSnapshot[] =>
  [...history.filter((row) => row.date !== today.date), today]
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(-MAX_ROWS);

/** The hidden block for a body. */
export const writeHistory = (history: readonly HealthSnapshot[]): string =>
  [`${HISTORY_START} ${FIELDS.join(',')}`, ...history.map(writeRow), HISTORY_END].join('\n');
