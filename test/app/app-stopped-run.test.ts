import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '#test/support/fake-github/failures.ts';
import { startApp, type AppHarness } from './app-harness.ts';
import { appSeed, issueIn, NOW, REPOSITORY, VAGUE } from './app-fixtures.ts';
import { retarget, webhookExamples } from './webhook-examples.ts';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp(appSeed(), { now: () => NOW });
});
afterAll(() => app.close());
beforeEach(() => {
  app.fake.reset();
  app.handled.length = 0;
});

// Installation tokens are minted with a POST too; only the repository's writes may fail here.
const isWrite = (request: RecordedRequest) => request.kind === 'write' && !request.path.includes('/access_tokens');
const opened = () => {
  const example = webhookExamples(['issues']).find((candidate) => candidate.action === 'opened')!.payload;
  return retarget(example, { fullName: REPOSITORY, number: VAGUE.number! });
};

describe('a delivery whose run stopped', () => {
  it('says why its changes were left, and the next delivery writes again with a fresh brake', async () => {
    // The app shares a repository's gateway between deliveries; a stop must not outlive the delivery that saw it.
    app.fake.failNext({ status: 403, forbidden: true, times: 1000, match: isWrite });
    await app.deliver('issues', opened());
    expect(app.handled.at(-1)!.detail).toContain('left for the next run');
    expect(app.handled.at(-1)!.detail).not.toContain('write budget');
    expect(issueIn(app.fake, VAGUE.number!).labels).not.toContain('needs-refinement');

    app.fake.reset();
    await app.deliver('issues', { ...opened(), action: 'edited', changes: {} });
    expect(issueIn(app.fake, VAGUE.number!).labels).toContain('needs-refinement');
  });
});
