import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRepo } from '#test/support/fake-github/index.ts';
import { startApp, type AppHarness } from './app-harness.ts';
import { appSeed, CONFIG_PATH, NOW, REPOSITORY, VAGUE } from './app-fixtures.ts';
import { capturingLogger } from './server-support.ts';
import { retarget, webhookExamples } from './webhook-examples.ts';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp(appSeed(), { now: () => NOW });
});
afterAll(() => app.close());

const example = (name: string, action?: string) =>
  webhookExamples([name]).find((candidate) => action === undefined || candidate.action === action)!.payload;
const edited = () => ({
  ...retarget(example('issues', 'edited'), { fullName: REPOSITORY, number: VAGUE.number! }),
  sender: { login: 'dana', type: 'User' },
});
const configReads = () => app.fake.requests.filter((request) => request.operationName === 'File').length;
const push = (paths: string[]) => {
  const payload = retarget(example('push'), { fullName: REPOSITORY, number: 0 });
  return {
    ...payload,
    ref: 'refs/heads/main',
    repository: { ...payload.repository, default_branch: 'main' },
    commits: [{ id: 'c0ffee', added: [], removed: [], modified: paths }],
  };
};

describe('the config, shared by the events of a repository', () => {
  it('is read once, and again only after a push that changes it', async () => {
    await app.deliver('issues', edited());
    await app.deliver('issues', edited());
    expect(configReads()).toBe(1);

    await app.deliver('push', push(['src/index.ts']));
    await app.deliver('issues', edited());
    expect(configReads()).toBe(1);

    // The team changes the config: after the push, the next event reads it again.
    findRepo(app.fake.state, 'acme', 'webshop')!.files[CONFIG_PATH] = 'labels:\n  applyFindingLabels: false\n';
    await app.deliver('push', push([CONFIG_PATH]));
    expect(app.handled.at(-1)).toMatchObject({ outcome: 'logged' });
    await app.deliver('issues', edited());
    expect(configReads()).toBe(2);
  });
});

describe('a dry run through the app', () => {
  it('writes nothing and logs what it would do', async () => {
    const captured = capturingLogger();
    const dry = await startApp(appSeed(), { now: () => NOW, dryRun: true }, undefined, undefined, captured.logger);
    try {
      await dry.deliver('issues', edited());
      expect(
        dry.fake.requests.filter((request) => request.kind === 'write' && !request.path.startsWith('/app')),
      ).toEqual([]);
      expect(captured.lines.join('\n')).toContain(`DRY-RUN: would add label "needs-refinement" to #${VAGUE.number}`);
    } finally {
      await dry.close();
    }
  });
});
