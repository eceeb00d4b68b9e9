import { dayNumber } from './dates.ts';

/** One issue of a past milestone, reduced to what the forecast needs. */
export type PastIssue = { readonly state: 'open' | 'closed'; readonly closedAt?: string; readonly points?: number };

/** A recently closed milestone and its issues (open and closed), for the team's pace. */
export type PastMilestone = {
  readonly title: string;
  readonly dueOn?: string;
  readonly closedAt?: string;
  readonly issues: readonly PastIssue[];
};

/** What is still open in the milestone the agenda is for. */
export type OpenWork = { readonly points: number; readonly issues: number; readonly unestimated: number };

/** The capacity forecast: the team's pace against what is still open. */
export type Forecast =
  | { readonly kind: 'no-history' }
  | {
      readonly kind: 'fits' | 'at-risk';
      /** Points when the past milestones have estimates, issues otherwise. */
      readonly unit: 'points' | 'issues';
      /** Median done per past milestone. */
      readonly pace: number;
      readonly open: number;
      /** Done per past milestone, in the order given. */
      readonly history: readonly { readonly title: string; readonly done: number }[];
      readonly closedOnTime: number;
      readonly planned: number;
      /** Open items without an estimate (points mode only: they are not counted). */
      readonly unestimated: number;
    };

/** The median of a non-empty list. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

// An issue counts as done on time when it closed on or before the due day (whole day, UTC).
const closedOnTime = (issue: PastIssue, deadline: string | undefined): boolean =>
  issue.state === 'closed' &&
  (deadline === undefined || (issue.closedAt !== undefined && dayNumber(issue.closedAt) <= dayNumber(deadline)));

/**
 * Forecasts whether the open work fits the team's pace: the median of points (or issues, when no
 * past issue had an estimate) closed per past milestone, against the points (or issues) still open.
 * Also returns the completion rate of those milestones: issues closed by the due date / issues planned.
 */
export const forecastCapacity = (past: readonly PastMilestone[], open: OpenWork): Forecast => {
  if (past.length === 0) return { kind: 'no-history' };
  const closed = (m: PastMilestone) => m.issues.filter((issue) => issue.state === 'closed');
  const unit = past.some((m) => closed(m).some((issue) => (issue.points ?? 0) > 0)) ? 'points' : 'issues';
  const history = past.map((m) => ({
    title: m.title,
    done: unit === 'points' ? closed(m).reduce((sum, issue) => sum + (issue.points ?? 0), 0) : closed(m).length,
  }));
  const pace = median(history.map((h) => h.done));
  const openAmount = unit === 'points' ? open.points : open.issues;
  return {
    kind: openAmount <= pace ? 'fits' : 'at-risk',
    unit,
    pace,
    open: openAmount,
    history,
    closedOnTime: past.reduce(
      (sum, m) => sum + m.issues.filter((issue) => closedOnTime(issue, m.dueOn ?? m.closedAt)).length,
      0,
    ),
    planned: past.reduce((sum, m) => sum + m.issues.length, 0),
    unestimated: unit === 'points' ? open.unestimated : 0,
  };
};

const amount = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/**
 * The forecast in plain words, one short paragraph. `daysLeft` (negative once the due date has
 * passed) keeps an overdue milestone from being told its open work "fits".
 */
export const describeForecast = (forecast: Forecast, daysLeft?: number): string => {
  if (forecast.kind === 'no-history') {
    return "No forecast yet: there are no closed milestones to learn the team's pace from.";
  }
  const { unit, pace, open } = forecast;
  const overdue = daysLeft !== undefined && daysLeft < 0 && open > 0;
  const verdict = overdue
    ? `overdue: ${amount(open)} ${unit} still open ${-daysLeft} ${daysLeft === -1 ? 'day' : 'days'} after the due date`
    : forecast.kind === 'fits'
      ? `fits: ${amount(open)} of about ${amount(Math.round(pace))} ${unit} of pace`
      : `at risk: about ${amount(Math.round(open - pace))} ${unit} over`;
  const history = forecast.history.map((h) => `${h.title}: ${amount(h.done)}`).join(', ');
  const parts = [
    `**Forecast — ${verdict}.** Pace is the median ${unit} closed per milestone over the last ${plural(forecast.history.length)} (${history}).`,
  ];
  if (forecast.unestimated > 0)
    parts.push(
      `${forecast.unestimated} open ${forecast.unestimated === 1 ? 'item has' : 'items have'} no estimate and ${forecast.unestimated === 1 ? 'is' : 'are'} not counted.`,
    );
  if (forecast.planned > 0) {
    const rate = Math.round((forecast.closedOnTime / forecast.planned) * 100);
    parts.push(
      `${forecast.history.length === 1 ? 'That milestone' : 'Those milestones'} closed ${forecast.closedOnTime} of ${forecast.planned} planned issues by ${forecast.history.length === 1 ? 'its' : 'their'} due date (${rate}%).`,
    );
  }
  return parts.join(' ');
};

const plural = (count: number): string => (count === 1 ? 'milestone' : `${count} milestones`);
