import { describe, expect, it } from 'vitest';
import { readBacklog } from '#src/input/read-backlog.ts';

// GitHub's planning data in the CLI's input: the REST issue objects `gh api` prints, GraphQL's
// spellings, or a plain issueFields object beside a `gh issue list` entry.

const restIssue = (number: number, extra: Record<string, unknown> = {}) => ({
  number,
  title: `Issue ${number}`,
  body: null,
  state: 'open',
  labels: [{ name: 'bug' }],
  assignees: [],
  user: { login: 'mara', type: 'User' },
  milestone: { number: 2, title: 'Sprint 42', due_on: '2026-11-28T07:00:00Z', state: 'open' },
  comments: 1,
  created_at: '2026-11-01T10:00:00Z',
  updated_at: '2026-11-02T10:00:00Z',
  closed_at: null,
  html_url: `https://github.com/acme/slotwise/issues/${number}`,
  ...extra,
});

describe('planning data in the input', () => {
  it('reads REST issue objects as `gh api --paginate --slurp` prints them (pages, pull requests dropped)', () => {
    const pages = [
      [
        restIssue(1, {
          type: { id: 1, node_id: 'IT_1', name: 'Bug', description: null },
          sub_issues_summary: { total: 4, completed: 1, percent_completed: 25 },
          issue_dependencies_summary: { blocked_by: 1, blocking: 0, total_blocked_by: 2, total_blocking: 0 },
          parent_issue_url: 'https://api.github.com/repos/acme/api/issues/9',
          issue_field_values: [
            {
              issue_field_id: 1,
              node_id: 'F1',
              data_type: 'single_select',
              value: 'High',
              issue_field_name: 'Effort',
              single_select_option: { id: 3, name: 'High', color: 'red' },
            },
            {
              issue_field_id: 2,
              node_id: 'F2',
              data_type: 'date',
              value: '2026-12-01',
              issue_field_name: 'Target date',
            },
          ],
        }),
        restIssue(2, { pull_request: { url: 'https://api.github.com/repos/acme/slotwise/pulls/2' } }),
      ],
      [restIssue(3, { parent_issue_url: 'https://api.github.com/repos/acme/slotwise/issues/1' })],
    ];
    const items = readBacklog(JSON.stringify(pages), 'backlog.json');
    expect(items.map((item) => item.number)).toEqual([1, 3]);
    expect(items[0]).toMatchObject({
      issueType: 'Bug',
      author: 'mara',
      url: 'https://github.com/acme/slotwise/issues/1',
      milestone: { title: 'Sprint 42', dueOn: '2026-11-28T07:00:00Z' },
      subIssues: { total: 4, completed: 1, percentCompleted: 25 },
      nativeBlockers: { open: 1, total: 2 },
      parent: { number: 9, repo: 'acme/api' },
      issueFields: { Effort: 'High', 'Target date': '2026-12-01' },
    });
    expect(items[1]?.parent).toEqual({ number: 1 });
  });

  it('reads GraphQL spellings and a plain issueFields object on a `gh issue list` entry', () => {
    const entry = {
      number: 5,
      title: 'Ship to Norway',
      body: 'Context',
      labels: [],
      createdAt: '2026-11-01T10:00:00Z',
      url: 'https://github.com/acme/slotwise/issues/5',
      issueType: { name: 'Feature' },
      issueDependenciesSummary: { blockedBy: 1, totalBlockedBy: 1 },
      blockedBy: [{ number: 7, state: 'OPEN', repository: { nameWithOwner: 'acme/api' } }],
      issueFields: { Estimate: 5 },
    };
    const [item] = readBacklog(JSON.stringify([entry]), 'backlog.json');
    expect(item).toMatchObject({
      issueType: 'Feature',
      nativeBlockers: { open: 1, total: 1, issues: [{ number: 7, repo: 'acme/api', state: 'open' }] },
      issueFields: { Estimate: 5 },
    });
  });

  it('names a malformed planning field and the fix', () => {
    const entry = {
      number: 5,
      title: 't',
      body: '',
      labels: [],
      createdAt: '2026-11-01T10:00:00Z',
      subIssuesSummary: { total: 'many' },
    };
    expect(() => readBacklog(JSON.stringify([entry]), 'backlog.json')).toThrow(/subIssuesSummary/);
  });
});
