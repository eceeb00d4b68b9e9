import { describe, expect, it } from 'vitest';
import { MAX_ROWS, mergeHistory, readHistory, readRow, writeHistory, writeRow } from '#src/health/health-history.ts';
import type { HealthSnapshot } from '#src/health/health-snapshot.ts';

const row = (date: string, ready = 10): HealthSnapshot => ({
  date,
  open: 40,
  ready,
  readyPoints: 30,
  pace: 23.5,
  openedWeek: 3,
  ageP50: 20,
  ageP90: 200,
  blocked: 2,
  stale: 5,
  unprioritized: 8,
});

const days = (count: number): HealthSnapshot[] =>
  Array.from({ length: count }, (_, i) => row(new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10), i % 40));

describe('health history', () => {
  it('round-trips rows, unknown figures left empty', () => {
    expect(writeRow(row('2026-11-21'))).toBe('2026-11-21,40,10,30,23.5,,3,20,200,,2,5,8');
    expect(readRow(writeRow(row('2026-11-21')))).toEqual(row('2026-11-21'));
    expect(readHistory(`text\n${writeHistory(days(3))}\nmore`)).toEqual(days(3));
  });

  it.each([
    ['a row with a word in it', '2026-11-21,40,ten,30,,,3,20,200,,2,5,8'],
    ['a row with a missing column', '2026-11-21,40,10,30,,,3,20,200,,2,5'],
    ['a row with a bad date', '21.11.2026,40,10,30,,,3,20,200,,2,5,8'],
    ['a row without a required figure', '2026-11-21,,10,30,,,3,20,200,,2,5,8'],
  ])('ignores %s, keeping the others', (_case, bad) => {
    const body = writeHistory(days(2)).replace('\n-->', `\n${bad}\n-->`);
    expect(readHistory(body)).toEqual(days(2));
  });

  it('survives people editing the visible text around it, CRLF line ends included', () => {
    const body = `Our notes, moved around\r\n\r\n${writeHistory(days(5)).replace(/\n/g, '\r\n')}\r\nA signature`;
    expect(readHistory(body)).toEqual(days(5));
  });

  it('keeps one row per date and at most MAX_ROWS rows, well under GitHub body limits', () => {
    const merged = mergeHistory(days(200), row('2026-01-05', 39));
    expect(merged).toHaveLength(MAX_ROWS);
    expect(merged.filter((r) => r.date === '2026-01-05')).toHaveLength(0); // older than the window
    const today = mergeHistory(days(3), row('2026-01-03', 39));
    expect(today.map((r) => r.ready)).toEqual([0, 1, 39]);
    expect(writeHistory(mergeHistory(days(500), row('2027-06-01'))).length).toBeLessThan(10_000);
  });
});
