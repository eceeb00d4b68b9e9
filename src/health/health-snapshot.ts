import { daysSince, isoDate } from '#src/agenda/dates.ts';
import { median } from '#src/agenda/forecast.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Milestone } from '#src/model/milestone.ts';
import { relevantFindings } from '#src/model/relevant-findings.ts';
import type { Verdict } from '#src/model/verdict.ts';

/** One day's figures: a row of the Health issue's history. Numbers only, so a row stays short. */
export type HealthSnapshot = {
  /** YYYY-MM-DD (UTC). */
  readonly date: string;
  /** Open issues judged (skipped ones left out). */
  readonly open: number;
  readonly ready: number;
  readonly readyPoints: number;
  /** Points closed per past milestone (median), when known: ready depth = readyPoints ÷ pace. */
  readonly pace?: number;
  /** Share (0–100) of the next milestone's judged issues that are not ready; undefined without one. */
  readonly unrefinedNext?: number;
  /** Issues opened in the last 7 days that are still open. */
  readonly openedWeek: number;
  readonly ageP50: number;
  readonly ageP90: number;
  /** Median days from creation to the ready label first being added, over ready issues where that is known. */
  readonly timeToReady?: number;
  readonly blocked: number;
  readonly stale: number;
  readonly unprioritized: number;
};

/** Nearest-rank percentile of a sorted list; 0 for an empty list. */
const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Everything a snapshot is computed from; pure, `now` passed in. */
export type SnapshotInput = {
  readonly items: readonly BacklogItem[];
  readonly verdicts: readonly Verdict[];
  readonly now: Date;
  /** The ready label's name, to find when each issue first became ready. */
  readonly readyLabel: string;
  /**
   * Issues this run labels ready (its own writes, not yet in the items' label history): they became
   * ready now. Without them time-to-ready would appear only the next day, and the Health issue would
   * change on an untouched backlog because of our own labels.
   */
  readonly readyNow?: ReadonlySet<number>;
  readonly pace?: number;
  /** The open milestone due next, if any. */
  readonly nextMilestone?: Milestone;
};

const firstReadyAt = (item: BacklogItem, label: string): string | undefined =>
  item.labelEvents?.find((event) => event.action === 'added' && event.label.toLowerCase() === label.toLowerCase())?.at;

/** Today's figures from the open backlog and its verdicts. */
export const takeSnapshot = (input: SnapshotInput): HealthSnapshot => {
  const verdictOf = new Map(input.verdicts.map((verdict) => [verdict.number, verdict]));
  const judged = input.items.flatMap((item) => {
    const verdict = verdictOf.get(item.number);
    return item.state === 'open' && verdict && !verdict.skipped ? [{ item, verdict }] : [];
  });
  const ready = judged.filter((entry) => entry.verdict.ready);
  const ages = judged.map((entry) => daysSince(entry.item.createdAt, input.now)).sort((a, b) => a - b);
  const count = (rule: string) =>
    judged.filter((entry) => relevantFindings(entry.verdict).some((finding) => finding.rule === rule)).length;
  const toReady = ready.flatMap(({ item }) => {
    const at =
      firstReadyAt(item, input.readyLabel) ?? (input.readyNow?.has(item.number) ? input.now.toISOString() : undefined);
    return at ? [daysSince(item.createdAt, new Date(at))] : [];
  });
  const next = input.nextMilestone;
  const inNext = next ? judged.filter((entry) => entry.item.milestone?.number === next.number) : [];
  const weekAgo = input.now.getTime() - 7 * 86_400_000;
  return {
    date: isoDate(input.now),
    open: judged.length,
    ready: ready.length,
    readyPoints: ready.reduce((sum, entry) => sum + (entry.verdict.points ?? 0), 0),
    ...(input.pace !== undefined && input.pace > 0 ? { pace: input.pace } : {}),
    ...(inNext.length > 0
      ? { unrefinedNext: Math.round((inNext.filter((e) => !e.verdict.ready).length / inNext.length) * 100) }
      : {}),
    openedWeek: judged.filter((entry) => Date.parse(entry.item.createdAt) >= weekAgo).length,
    ageP50: percentile(ages, 50),
    ageP90: percentile(ages, 90),
    ...(toReady.length > 0 ? { timeToReady: median(toReady) } : {}),
    blocked: count('blocked'),
    stale: count('stale'),
    unprioritized: count('unprioritized'),
  };
};

// Figures that change with the calendar alone, on a backlog nobody touched.
const CALENDAR_ONLY: ReadonlySet<string> = new Set(['date', 'ageP50', 'ageP90', 'openedWeek']);

/**
 * True when two snapshots differ only in figures that move with the calendar alone (the date, ages,
 * issues opened in the last 7 days): then the Health issue is not rewritten, so an untouched backlog
 * stays quiet across days; its ages are as of the last row's date.
 */
export const sameFigures = (a: HealthSnapshot, b: HealthSnapshot): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys)
    if (!CALENDAR_ONLY.has(key) && a[key as keyof HealthSnapshot] !== b[key as keyof HealthSnapshot]) return false;
  return true;
};
