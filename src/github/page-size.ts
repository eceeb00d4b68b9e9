// GitHub's published cost of a GraphQL query: every connection counts as the requests needed to fill
// it (its parent's page size times its own), the sum is divided by 100 and rounded to the nearest
// whole point, at least 1. A page of issues with k nested connections per issue therefore costs
// round((1 + k·n + extra) / 100) points for n issues, and the cheapest page per issue is not always 100.

/** Points GitHub charges for one page of `size` issues with `perIssue` nested connections each, plus `extra` requests. */
export const pagePoints = (size: number, perIssue: number, extra = 0): number =>
  Math.max(1, Math.round((1 + perIssue * size + extra) / 100));

/**
 * The page size (1–`max`) with the fewest points per issue for `perIssue` nested connections per issue
 * (ties go to the larger page, which means fewer requests): 100 for one connection, 74 for two (149
 * requests round to 1 point, where 100 issues would cost 2), 49 for three.
 */
export const cheapestPageSize = (perIssue: number, extra = 0, max = 100): number => {
  let best = 1;
  for (let size = 1; size <= max; size += 1) {
    if (pagePoints(size, perIssue, extra) / size <= pagePoints(best, perIssue, extra) / best) best = size;
  }
  return best;
};
