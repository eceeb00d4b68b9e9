import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './app-harness.ts';
import { appSeed, issueIn, NOW, ownComments, REPOSITORY, repoWrites, VAGUE } from './app-fixtures.ts';
import { retarget, webhookExamples, type WebhookExample } from './webhook-examples.ts';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp(appSeed(), { now: () => NOW });
});
afterAll(() => app.close());
beforeEach(() => {
  app.fake.reset();
  app.handled.length = 0;
});

const REVIEWED_ISSUE_ACTIONS = new Set([
  'opened',
  'edited',
  'reopened',
  'labeled',
  'unlabeled',
  'milestoned',
  'demilestoned',
  'transferred',
]);

/** What a delivery of this example must do to the vague issue #2 and the repository. */
const expectation = ({ name, action, payload }: WebhookExample): 'judge' | 'agenda' | 'nothing' => {
  if (payload.issue?.pull_request) return 'nothing';
  if (name === 'issues') return REVIEWED_ISSUE_ACTIONS.has(action) ? 'judge' : 'nothing';
  if (name === 'issue_comment') return action === 'created' || action === 'edited' ? 'judge' : 'nothing';
  if (name === 'milestone') return 'agenda';
  return 'nothing';
};

const examples = webhookExamples(['issues', 'issue_comment', 'milestone', 'installation']).map((example) => ({
  ...example,
  expected: expectation(example),
  label: `${example.name}.${example.action} #${example.index}`,
}));

describe('every webhook example from @octokit/webhooks-examples, signed and delivered to the app', () => {
  it('covers every action of the four events', () => {
    expect(new Set(examples.map((example) => example.name))).toEqual(
      new Set(['issues', 'issue_comment', 'milestone', 'installation']),
    );
    expect(examples.filter((example) => example.expected === 'judge').length).toBeGreaterThan(15);
  });

  it.each(examples)('$label → 2xx and $expected', async (example) => {
    const { status } = await app.deliver(
      example.name,
      retarget(example.payload, { fullName: REPOSITORY, number: VAGUE.number! }),
    );
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(300);
    expect(app.handled).toHaveLength(1);
    const writes = repoWrites(app.fake);
    const issue = issueIn(app.fake, VAGUE.number!);
    if (example.expected === 'judge') {
      expect(issue.labels).toEqual(expect.arrayContaining(['needs-refinement', 'vague']));
      expect(issue.labels).not.toContain('ready');
      expect(ownComments(app.fake, VAGUE.number!)).toHaveLength(1);
      expect(ownComments(app.fake, VAGUE.number!)[0]!.body).toContain('Not ready for work yet.');
      expect(writes.length).toBeGreaterThan(0);
      expect(writes.length).toBeLessThanOrEqual(2);
    } else if (example.expected === 'agenda') {
      const agendas = [...app.fake.state.repos.get(REPOSITORY)!.issues].filter((candidate) =>
        candidate.labels.includes('refinement-agenda'),
      );
      expect(agendas).toHaveLength(1);
      expect(agendas[0]!.title).toContain('Sprint 42');
      expect(agendas[0]!.body).toContain('#2');
      expect(issue.labels).not.toContain('needs-refinement');
    } else {
      expect(writes).toEqual([]);
      expect(ownComments(app.fake, VAGUE.number!)).toHaveLength(0);
    }
    expect(app.fake.requests.some((request) => request.replacesLabels)).toBe(false);
  });
});
