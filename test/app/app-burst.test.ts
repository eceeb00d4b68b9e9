import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRepo } from '#test/support/fake-github/index.ts';
import { startApp, type AppHarness } from './app-harness.ts';
import { appSeed, NOW, ownComments, REPOSITORY, webshopRepo } from './app-fixtures.ts';
import { retarget, webhookExamples } from './webhook-examples.ts';

const VAGUE_ISSUES = Array.from({ length: 10 }, (_, i) => ({
  number: i + 1,
  title: `Fix bug ${i + 1}`,
  body: 'It is broken, please fix.',
  author: 'dana',
}));

let app: AppHarness;
beforeAll(async () => {
  // No managed labels yet: the burst has to create them, each once.
  app = await startApp(appSeed([webshopRepo({ issues: VAGUE_ISSUES, labels: ['bug'], milestones: [] })]), {
    now: () => NOW,
  });
});
afterAll(() => app.close());

const example = (name: string, action: string) =>
  webhookExamples([name]).find((candidate) => candidate.action === action && !candidate.payload.issue?.pull_request)!
    .payload;

describe('a burst of deliveries to one repository', () => {
  it('reviews each issue once per queued group, creates each label once and writes nothing twice', async () => {
    const opened = VAGUE_ISSUES.map((issue) =>
      app.deliver('issues', retarget(example('issues', 'opened'), { fullName: REPOSITORY, number: issue.number })),
    );
    const edits = Array.from({ length: 20 }, () =>
      app.deliver('issues', {
        ...retarget(example('issues', 'edited'), { fullName: REPOSITORY, number: 3 }),
        sender: { login: 'dana', type: 'User' },
      }),
    );
    const answers = await Promise.all([...opened, ...edits]);
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(app.handled).toHaveLength(30);
    for (const issue of VAGUE_ISSUES) {
      expect(ownComments(app.fake, issue.number)).toHaveLength(1);
      const labels = findRepo(app.fake.state, 'acme', 'webshop')!.issues.find((i) => i.number === issue.number)!.labels;
      expect(labels).toEqual(expect.arrayContaining(['needs-refinement']));
      expect(new Set(labels).size).toBe(labels.length);
    }
    const requests = app.fake.requests.filter((request) => !request.path.startsWith('/app'));
    const creations = requests.filter((request) => request.method === 'POST' && request.path.endsWith('/labels'));
    const names = creations.map((request) => (request.body as { name: string }).name);
    expect(new Set(names).size).toBe(names.length);
    // 30 deliveries, 10 issues: far fewer requests than a read and a write each.
    expect(requests.length).toBeLessThanOrEqual(20);
    expect(Math.max(...app.handled.map((event) => event.batchSize ?? 1))).toBeGreaterThan(1);
  });
});
