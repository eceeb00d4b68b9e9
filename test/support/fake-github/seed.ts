import type {
  FakeActor,
  FakeEventType,
  FakeInstallation,
  FakeIssueFieldValue,
  FakePermission,
  FakeProjectValue,
  FakeReactionContent,
} from './state.ts';

/** An author given as a login (a person; "x[bot]" is a bot) or in full. */
export type ActorSeed = string | FakeActor;

export type CommentSeed = { body: string; author?: ActorSeed; createdAt?: string; updatedAt?: string };
export type EventSeed = {
  type: FakeEventType;
  actor?: ActorSeed;
  label?: string;
  createdAt: string;
  rename?: { from: string; to: string };
};

/** A reaction on the issue body; content defaults to "+1". */
export type ReactionSeed = { by: ActorSeed; at: string; content?: FakeReactionContent };

export type IssueSeed = {
  number?: number;
  title: string;
  body?: string;
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened';
  labels?: string[];
  assignees?: string[];
  milestone?: number;
  author?: ActorSeed;
  createdAt?: string;
  updatedAt?: string;
  closedAt?: string;
  comments?: CommentSeed[];
  events?: EventSeed[];
  isPullRequest?: boolean;
  issueType?: string;
  projectFields?: Record<string, FakeProjectValue>;
  /** The parent issue: a number in the same repository or "owner/name#n". */
  parent?: number | string;
  /** Issues blocking this one: numbers in the same repository or "owner/name#n". */
  blockedBy?: (number | string)[];
  /** Organisation issue field values ({ Effort: 'High', Estimate: 5, 'Target date': { date: '2026-12-01' } }). */
  issueFields?: Record<string, FakeIssueFieldValue>;
  /** A count (that many people's "+1", stamped at the issue's creation so they never look like later activity) or each reaction. */
  reactions?: number | ReactionSeed[];
};

export type LabelSeed = string | { name: string; color?: string; description?: string };
export type MilestoneSeed = {
  number?: number;
  title: string;
  state?: 'open' | 'closed';
  dueOn?: string;
  closedAt?: string;
  description?: string;
};

export type RepoSeed = {
  /** "owner/name". */
  fullName: string;
  defaultBranch?: string;
  private?: boolean;
  issues?: IssueSeed[];
  labels?: LabelSeed[];
  milestones?: MilestoneSeed[];
  files?: Record<string, string>;
  collaborators?: Record<string, FakePermission>;
};

export type FakeSeed = {
  repos?: RepoSeed[];
  /** Probot installations; by default one installation (id 1) per owner holding its repositories. */
  installations?: FakeInstallation[];
  actor?: FakeActor;
  /** Start of the fake clock (default 2026-11-21T09:00:00Z). */
  now?: string;
};

/** Builds a repository seed: `seedRepo('acme/shop', { issues: [anIssueSeed()] })`. */
export function seedRepo(fullName: string, rest: Omit<RepoSeed, 'fullName'> = {}): RepoSeed {
  return { fullName, ...rest };
}

/** An issue seed that is ready by default (clear title, context, acceptance criteria, estimate); override what a test is about. */
export function anIssueSeed(overrides: Partial<IssueSeed> = {}): IssueSeed {
  return {
    title: 'Export the monthly invoice list as CSV',
    body: [
      '## Context',
      'Finance reconciles invoices in a spreadsheet every month and retypes them by hand today.',
      '',
      '## Acceptance criteria',
      '- [ ] The invoices page has an "Export CSV" button',
      '- [ ] The file has one row per invoice with number, date, customer and total',
      '',
      'Estimate: 3',
    ].join('\n'),
    author: 'octocat',
    createdAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}
