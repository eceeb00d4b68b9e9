import { anIssueSeed, seedRepo, type FakeSeed } from '#test/support/fake-github/index.ts';

/** A small backlog: a ready issue, a vague one with a person's label, a pull request and two milestones. */
export const backlogSeed: FakeSeed = {
  repos: [
    seedRepo('acme/shop', {
      labels: [{ name: 'bug', color: 'd73a4a', description: "Something isn't working" }, 'needs-refinement'],
      milestones: [
        { title: 'v1.4', dueOn: '2026-12-01T00:00:00Z' },
        { title: 'v1.3', state: 'closed', dueOn: '2026-11-01T00:00:00Z', closedAt: '2026-11-02T00:00:00Z' },
      ],
      issues: [
        anIssueSeed({
          milestone: 1,
          comments: [{ body: 'Finance confirmed the columns.', author: 'maria', createdAt: '2026-11-02T08:00:00Z' }],
        }),
        anIssueSeed({
          title: 'fix bug',
          body: 'doesnt work',
          labels: ['bug'],
          events: [{ type: 'labeled', label: 'bug', actor: 'maria', createdAt: '2026-11-03T08:00:00Z' }],
          projectFields: { Estimate: 5, Priority: 'P1', Notes: { text: 'from triage' } },
        }),
        anIssueSeed({ title: 'Bump dependencies', isPullRequest: true, author: 'renovate[bot]' }),
      ],
      files: {
        '.github/backlog-hygiene.yml': 'rules:\n  stale:\n    days: 60\n',
        '.github/ISSUE_TEMPLATE/bug.md': '---\nname: Bug\n---\n## Steps to reproduce\n',
      },
      collaborators: { maria: 'maintain' },
    }),
  ],
};
