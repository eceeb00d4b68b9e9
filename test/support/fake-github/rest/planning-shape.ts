import { dependenciesSummary, findIssue, subIssuesSummary } from '../planning.ts';
import type { FakeIssue, FakeRepo, FakeState } from '../state.ts';

/** The REST issue object's planning parts: sub-issue and dependency summaries, parent URL, issue field values. */
export function planningJson(state: FakeState, repo: FakeRepo, issue: FakeIssue, apiBase: string) {
  const summary = subIssuesSummary(state, repo, issue);
  const deps = dependenciesSummary(state, repo, issue);
  const parent = issue.parent && findIssue(state, issue.parent);
  return {
    sub_issues_summary: {
      total: summary.total,
      completed: summary.completed,
      percent_completed: summary.percentCompleted,
    },
    issue_dependencies_summary: {
      blocked_by: deps.blockedBy,
      blocking: deps.blocking,
      total_blocked_by: deps.totalBlockedBy,
      total_blocking: deps.totalBlocking,
    },
    parent_issue_url: parent
      ? `${apiBase}/repos/${parent.repo.owner}/${parent.repo.name}/issues/${parent.issue.number}`
      : null,
    issue_field_values: Object.entries(issue.issueFields ?? {}).map(([name, value], index) => {
      const id = 9000 + index;
      const common = { issue_field_id: id, issue_field_name: name, node_id: `IFV_fake_${index}_${name}` };
      if (typeof value === 'number') return { ...common, data_type: 'number', value };
      if (typeof value === 'string')
        return {
          ...common,
          data_type: 'single_select',
          value,
          single_select_option: { id, name: value, color: 'gray' },
        };
      if ('date' in value) return { ...common, data_type: 'date', value: value.date };
      return { ...common, data_type: 'text', value: value.text };
    }),
  };
}
