/** A repository milestone, as the agenda needs it. */
export type Milestone = {
  readonly number: number;
  readonly title: string;
  readonly state: 'open' | 'closed';
  /** ISO-8601 due date, if set. */
  readonly dueOn?: string;
  /** ISO-8601 time it was closed, for closed milestones. */
  readonly closedAt?: string;
  readonly url?: string;
};
