import { describe, expect, it } from 'vitest';
import { shareLabelCreation } from '#src/app/share-label-creation.ts';
import type { RepoLabel } from '#src/github/gateway.ts';
import { createFakeGateway } from '#test/support/fake-gateway.ts';

const label = (name: string): RepoLabel => ({ name, color: 'ededed', description: '' });

// The fake gateway logs one "create-labels a,b" line per request (all missing labels go in one request).
const created = (log: readonly string[]): string[] =>
  log
    .filter((line) => line.startsWith('create-labels '))
    .flatMap((line) => line.slice('create-labels '.length).split(','));

describe('shareLabelCreation', () => {
  it('sends one creation per label however many reviews ask for it at once', async () => {
    const inner = createFakeGateway();
    const shared = shareLabelCreation(inner);
    await Promise.all([
      shared.createLabels([label('vague'), label('ready')]),
      shared.createLabels([label('Vague')]),
      shared.createLabels([label('ready'), label('stale')]),
    ]);
    await shared.createLabels([label('vague')]);
    expect(created(inner.writeLog).sort()).toEqual(['ready', 'stale', 'vague']);
  });

  it('shows the labels it created in the repository context, so later reviews do not ask again', async () => {
    const shared = shareLabelCreation(createFakeGateway({ labels: [label('bug')] }));
    await shared.createLabels([label('ready')]);
    expect((await shared.readRepoContext()).labels.map((known) => known.name)).toEqual(['bug', 'ready']);
  });

  it('forgets a failed creation so the next event tries again', async () => {
    const inner = createFakeGateway();
    let fail = true;
    const flaky = {
      ...inner,
      createLabels: async (labels: readonly RepoLabel[]) => {
        if (fail) throw new Error('GitHub answered 502');
        return inner.createLabels(labels);
      },
    };
    const shared = shareLabelCreation(flaky);
    await expect(shared.createLabels([label('ready')])).rejects.toThrow('502');
    fail = false;
    await shared.createLabels([label('ready')]);
    expect(created(inner.writeLog)).toEqual(['ready']);
  });
});
