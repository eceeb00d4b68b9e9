// Structural types: the report is pure core and knows nothing of the gateway that counted the points.
type Points = { readonly points: number; readonly remaining?: number; readonly resetAt?: string };

/** "137 GraphQL points (4,863 left until 10:00Z)": what a run spent of GitHub's hourly points budget. */
export const pointsLine = (points: Points): string => {
  const spent = `${points.points} GraphQL point${points.points === 1 ? '' : 's'}`;
  if (points.remaining === undefined) return spent;
  const reset = points.resetAt ? ` until ${points.resetAt.replace(/:\d{2}(\.\d+)?Z$/, 'Z').replace(/^.*T/, '')}` : '';
  return `${spent} (${points.remaining.toLocaleString('en-US')} left${reset})`;
};

/** A sweep's read, when the points budget or GitHub stopped it: how much was read and what waits for the next run. */
export const budgetStopLine = (
  read:
    | {
        readonly total: number;
        readonly read: number;
        readonly stoppedByBudget: boolean;
        readonly interrupted?: string;
      }
    | undefined,
  maxPoints: number,
): string | undefined => {
  if (!read?.stoppedByBudget) return undefined;
  const cause = read.interrupted
    ? `Reading stopped early (${read.interrupted.replace(/\.$/, '')})`
    : `Points budget (max-points: ${maxPoints}) reached`;
  return `${cause}: read ${read.read} of ${read.total} open issues; the other ${read.total - read.read} wait for the next run, which starts with them.`;
};
