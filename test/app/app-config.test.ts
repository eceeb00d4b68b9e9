import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDefaultConfig } from '#src/app/app-config.ts';
import { ConfigError } from '#src/config/config-error.ts';
import { defaultConfig } from '#src/config/schema.ts';
import { seedRepo } from '#test/support/fake-github/index.ts';
import { startApp, type AppHarness } from './app-harness.ts';
import { appSeed, CONFIG_PATH, issueIn, NOW, REPOSITORY, repoWrites, VAGUE, webshopRepo } from './app-fixtures.ts';
import { retarget, webhookExamples } from './webhook-examples.ts';

let app: AppHarness | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const opened = () =>
  retarget(webhookExamples(['issues']).find((e) => e.action === 'opened')!.payload, {
    fullName: REPOSITORY,
    number: VAGUE.number!,
  });
const deliverOpened = async (files: Record<string, string>, orgFiles?: Record<string, string>, options = {}) => {
  const repos = [webshopRepo({ files }), ...(orgFiles ? [seedRepo('acme/.github', { files: orgFiles })] : [])];
  app = await startApp(appSeed(repos), { now: () => NOW, ...options });
  const { status } = await app.deliver('issues', opened());
  return { status, labels: issueIn(app.fake, VAGUE.number!).labels, handled: app.handled[0]! };
};

describe('where the app finds its config', () => {
  it('leaves a repository without any config alone', async () => {
    const { status, labels, handled } = await deliverOpened({});
    expect(status).toBe(200);
    expect(labels).toEqual([]);
    expect(repoWrites(app!.fake)).toEqual([]);
    expect(handled).toMatchObject({ outcome: 'no-config', detail: 'no config; skipping' });
  });

  it("uses the organisation's .github repository when the repository has no file", async () => {
    const { labels } = await deliverOpened(
      {},
      { [CONFIG_PATH]: 'labels:\n  needsRefinement:\n    name: "status: needs refinement"\n' },
    );
    expect(labels).toContain('status: needs refinement');
  });

  it('follows _extends from the repository file to the organisation defaults', async () => {
    const { labels } = await deliverOpened(
      { [CONFIG_PATH]: '_extends: .github\nlabels:\n  applyFindingLabels: false\n' },
      { [CONFIG_PATH]: 'labels:\n  ready:\n    name: "status: ready"\n' },
    );
    expect(labels).toEqual(['needs-refinement']);
  });

  it('uses the default config given at start-up for repositories without one', async () => {
    const { labels, handled } = await deliverOpened({}, undefined, { defaultConfig: defaultConfig() });
    expect(labels).toEqual(expect.arrayContaining(['needs-refinement', 'vague']));
    expect(handled.outcome).toBe('reviewed');
  });

  it('logs a bad config with the readable message and writes nothing', async () => {
    const { status, handled } = await deliverOpened({ [CONFIG_PATH]: 'rules:\n  stale:\n    days: sixty\n' });
    expect(status).toBe(200);
    expect(repoWrites(app!.fake)).toEqual([]);
    expect(handled.outcome).toBe('config-error');
    expect(handled.detail).toContain('Invalid config in .github/backlog-hygiene.yml');
    expect(handled.detail).toContain('rules.stale.days');
  });
});

describe('BACKLOG_HYGIENE_DEFAULT_CONFIG', () => {
  it.each([
    ['YAML text', 'labels:\n  applyFindingLabels: false\n'],
    ['one line of YAML', 'labels: { applyFindingLabels: false }'],
  ])('reads %s', async (_kind, value) => {
    expect((await readDefaultConfig(value))?.labels.applyFindingLabels).toBe(false);
  });

  it('reads a file path', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'bh-default-')), 'backlog-hygiene.yml');
    await writeFile(path, 'agenda:\n  leadDays: 3\n');
    expect((await readDefaultConfig(path))?.agenda.leadDays).toBe(3);
  });

  it.each([
    ['unset', undefined],
    ['empty', '  '],
  ])('is no default when %s', async (_case, value) => {
    expect(await readDefaultConfig(value)).toBeUndefined();
  });

  it.each([
    ['a missing file', '/nope/backlog-hygiene.yml', 'neither YAML nor a readable file'],
    ['an invalid value', 'rules:\n  stale:\n    days: sixty\n', 'rules.stale.days'],
    ['_extends', '_extends: acme/.github\n', 'cannot be followed from a default config'],
  ])('refuses %s with a message naming the variable', async (_case, value, message) => {
    const error = await readDefaultConfig(value).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('BACKLOG_HYGIENE_DEFAULT_CONFIG');
    expect((error as Error).message).toContain(message);
  });
});
