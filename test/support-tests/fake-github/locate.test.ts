import { describe, expect, it } from 'vitest';
import { anIssueSeed, createState, seedRepo } from '#test/support/fake-github/index.ts';
import { locateIssue } from '#test/support/fake-github/resolvers/locate.ts';

// locateIssue keeps a node-id index; tests edit the state directly, so it must never answer stale.
const fresh = () =>
  createState({
    repos: [
      seedRepo('acme/shop', {
        issues: ['CSV export', 'PDF export', 'Dark mode'].map((title) => anIssueSeed({ title })),
      }),
    ],
  });

describe('locateIssue', () => {
  it.each([
    ['an issue removed from the list', (issues: unknown[]) => issues.splice(0, 1), 1, 'PDF export'],
    ['an issue moved to the end', (issues: unknown[]) => issues.push(issues.shift()), 2, 'CSV export'],
  ])('finds issues by node id after %s', (_case, edit, position, title) => {
    const state = fresh();
    const issues = state.repos.get('acme/shop')!.issues;
    const ids = issues.map((issue) => issue.nodeId);
    expect(ids.map((id) => locateIssue(state, id).issue.title)).toEqual(['CSV export', 'PDF export', 'Dark mode']);
    edit(issues);
    const moved = ids[position === 2 ? 0 : 1]!;
    expect(locateIssue(state, moved).issue.title).toBe(title);
    expect(locateIssue(state, moved).issue).toBe(issues.find((issue) => issue.nodeId === moved));
  });

  it('fails like GitHub for an id that is gone', () => {
    const state = fresh();
    const issues = state.repos.get('acme/shop')!.issues;
    const gone = issues[0]!.nodeId;
    expect(locateIssue(state, gone).issue.title).toBe('CSV export');
    issues.splice(0, 1);
    expect(() => locateIssue(state, gone)).toThrow(`Could not resolve to a node with the global id of '${gone}'`);
  });
});
