import type { IssueSeed } from './seed.ts';
import type { FakeIssue, FakeIssueKey, FakeRepo, FakeState } from './state.ts';

// GitHub's planning data in the fake: sub-issues (a parent link on the child, summaries computed
// from all repositories), "blocked by" dependencies and organisation issue field values.

const keyOf = (repo: FakeRepo, ref: number | string): FakeIssueKey => {
  if (typeof ref === 'number') return { repo: `${repo.owner}/${repo.name}`, number: ref };
  const match = /^([\w.-]+\/[\w.-]+)#(\d+)$/.exec(ref);
  if (!match) throw new Error(`fake-github: issue reference must be a number or "owner/name#n" (got "${ref}")`);
  return { repo: match[1]!, number: Number(match[2]) };
};

/** The planning fields of a new issue from its seed. */
export const planningFromSeed = (repo: FakeRepo, seed: IssueSeed): Partial<FakeIssue> => ({
  ...(seed.parent !== undefined && { parent: keyOf(repo, seed.parent) }),
  ...(seed.blockedBy && { blockedBy: seed.blockedBy.map((ref) => keyOf(repo, ref)) }),
  ...(seed.issueFields && { issueFields: { ...seed.issueFields } }),
});

/** The issue (and its repository) a key points at, in any repository of the fake. */
export const findIssue = (state: FakeState, key: FakeIssueKey): { repo: FakeRepo; issue: FakeIssue } | undefined => {
  const repo = state.repos.get(key.repo) ?? [...state.repos.values()].find((r) => `${r.owner}/${r.name}` === key.repo);
  const issue = repo?.issues.find((candidate) => candidate.number === key.number);
  return repo && issue ? { repo, issue } : undefined;
};

const sameKey = (key: FakeIssueKey | undefined, repo: FakeRepo, issue: FakeIssue): boolean =>
  key !== undefined &&
  key.number === issue.number &&
  key.repo.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase();

/** The sub-issues of an issue, from every repository (children carry the link, as on GitHub). */
export const subIssuesOf = (
  state: FakeState,
  repo: FakeRepo,
  issue: FakeIssue,
): { repo: FakeRepo; issue: FakeIssue }[] =>
  [...state.repos.values()].flatMap((r) =>
    r.issues.filter((child) => sameKey(child.parent, repo, issue)).map((child) => ({ repo: r, issue: child })),
  );

/** GitHub's sub-issue summary: total, completed (closed) and the rounded-down percentage. */
export const subIssuesSummary = (state: FakeState, repo: FakeRepo, issue: FakeIssue) => {
  const children = subIssuesOf(state, repo, issue);
  const completed = children.filter((child) => child.issue.state === 'closed').length;
  return {
    total: children.length,
    completed,
    percentCompleted: children.length === 0 ? 0 : Math.floor((completed * 100) / children.length),
  };
};

/** The issues blocking this one, found in the fake (unknown references are dropped, as GitHub would not have them). */
export const blockersOf = (state: FakeState, issue: FakeIssue): { repo: FakeRepo; issue: FakeIssue }[] =>
  (issue.blockedBy ?? []).flatMap((key) => {
    const found = findIssue(state, key);
    return found ? [found] : [];
  });

/** The issues this one blocks, from every repository. */
export const blockingOf = (
  state: FakeState,
  repo: FakeRepo,
  issue: FakeIssue,
): { repo: FakeRepo; issue: FakeIssue }[] =>
  [...state.repos.values()].flatMap((r) =>
    r.issues
      .filter((other) => (other.blockedBy ?? []).some((key) => sameKey(key, repo, issue)))
      .map((other) => ({ repo: r, issue: other })),
  );

/** GitHub's dependency summary: `blockedBy` and `blocking` count open issues only, the totals all. */
export const dependenciesSummary = (state: FakeState, repo: FakeRepo, issue: FakeIssue) => {
  const blockers = blockersOf(state, issue);
  const blocking = blockingOf(state, repo, issue);
  const open = (list: { issue: FakeIssue }[]) => list.filter((entry) => entry.issue.state === 'open').length;
  return {
    blockedBy: open(blockers),
    totalBlockedBy: blockers.length,
    blocking: open(blocking),
    totalBlocking: blocking.length,
  };
};
