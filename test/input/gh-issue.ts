/** A `gh issue list --json …` entry with realistic defaults, for input tests. */
export const aGhIssue = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  number: 12,
  title: 'Let team admins set working hours per weekday',
  body: '## Acceptance criteria\n\n- [ ] Admins can set start and end times for each weekday',
  labels: [{ id: 'LA_1', name: 'points: 3', description: '', color: 'ededed' }],
  milestone: { number: 4, title: 'Q4 scheduling', description: '', dueOn: '2026-12-01T00:00:00Z' },
  assignees: [{ id: 'U_1', login: 'mara', name: 'Mara K.' }],
  author: { id: 'U_2', is_bot: false, login: 'jonas', name: 'Jonas' },
  createdAt: '2026-09-01T10:00:00Z',
  updatedAt: '2026-11-20T08:00:00Z',
  url: 'https://github.com/acme/calendly-lite/issues/12',
  comments: [],
  ...overrides,
});
