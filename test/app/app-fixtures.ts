import { defaultConfig } from '#src/config/schema.ts';
import { PERSON_READY, READY, VAGUE as SHARED_VAGUE } from '#test/support/scenario-issues.ts';
import { managedLabels } from '#src/plan/managed-labels.ts';
import {
  anIssueSeed,
  findRepo,
  seedRepo,
  type FakeActor,
  type FakeGitHub,
  type FakeSeed,
  type IssueSeed,
  type RepoSeed,
} from '#test/support/fake-github/index.ts';

export const REPOSITORY = 'acme/webshop';
export const NOW = new Date('2026-11-21T09:00:00Z');
export const APP_BOT: FakeActor = { login: 'backlog-hygiene[bot]', type: 'Bot' };
export const CONFIG_PATH = '.github/backlog-hygiene.yml';
/** A small real config: the team's own agenda lead time. */
export const CONFIG_TEXT = ['# Backlog Hygiene for the webshop', 'agenda:', '  leadDays: 7', ''].join('\n');

export { PERSON_READY, READY };
/** The shared vague issue, in the milestone so agendas have something to list. */
export const VAGUE: IssueSeed = { ...SHARED_VAGUE, milestone: 1 };
/** Clear and with acceptance criteria, but nobody estimated it. */
export const NO_ESTIMATE: IssueSeed = anIssueSeed({
  number: 4,
  title: 'Show the delivery date on the order confirmation page',
  body: [
    '## Context',
    'Customers email support to ask when their parcel arrives.',
    '',
    '## Acceptance criteria',
    '- [ ] The confirmation page shows the expected delivery date',
    '- [ ] The date matches the one in the confirmation email',
  ].join('\n'),
});
/** A bug report with steps and expected behaviour, labelled as a bug. */
export const BUG: IssueSeed = anIssueSeed({
  number: 5,
  title: 'Coupon code is rejected after changing the cart quantity',
  labels: ['bug'],
  body: [
    '## Steps to reproduce',
    '1. Add two items to the cart',
    '2. Apply the code AUTUMN10',
    '3. Change the quantity of the first item',
    '',
    '## Expected',
    'The discount stays applied.',
    '',
    '## Actual',
    'The message "Code not valid" appears and the discount is gone.',
  ].join('\n'),
});

export const ISSUES: readonly IssueSeed[] = [READY, VAGUE, PERSON_READY, NO_ESTIMATE, BUG];

/** The managed labels, as a repository that used the tool before has them. */
export const MANAGED_LABELS = managedLabels(defaultConfig()).map(({ name, color, description }) => ({
  name,
  color,
  description,
}));

/** The webshop repository with a config, the five issues, a milestone due in three days and two collaborators. */
export const webshopRepo = (overrides: Omit<RepoSeed, 'fullName'> = {}): RepoSeed =>
  seedRepo(REPOSITORY, {
    issues: [...ISSUES],
    labels: [...MANAGED_LABELS, 'bug'],
    files: { [CONFIG_PATH]: CONFIG_TEXT },
    milestones: [{ number: 1, title: 'Sprint 42', dueOn: '2026-11-24T00:00:00Z' }],
    collaborators: { 'maintainer-maria': 'maintain', 'writer-will': 'write', 'reader-rita': 'read' },
    ...overrides,
  });

/** A fake GitHub seed acting as the app's bot. */
export const appSeed = (repos: RepoSeed[] = [webshopRepo()], actor: FakeActor = APP_BOT): FakeSeed => ({
  actor,
  repos,
});

/** The issue as the fake has it now. */
export const issueIn = (fake: FakeGitHub, number: number, fullName = REPOSITORY) => {
  const [owner = '', name = ''] = fullName.split('/');
  const issue = findRepo(fake.state, owner, name)?.issues.find((candidate) => candidate.number === number);
  if (!issue) throw new Error(`no issue #${number} in ${fullName}`);
  return issue;
};

/** This tool's explanation comments on an issue. */
export const ownComments = (fake: FakeGitHub, number: number, fullName = REPOSITORY) =>
  issueIn(fake, number, fullName).comments.filter((comment) => comment.body.includes('backlog-hygiene:comment'));

/** Write requests to the repository API (token requests to /app/… excluded). */
export const repoWrites = (fake: FakeGitHub, from = 0) =>
  fake.requests.slice(from).filter((request) => request.kind === 'write' && !request.path.startsWith('/app/'));
export const repoReads = (fake: FakeGitHub, from = 0) =>
  fake.requests.slice(from).filter((request) => request.kind === 'read' && !request.path.startsWith('/app'));
