import { describe, expect, it } from 'vitest';
import { shareLabelCreation } from '#src/app/share-label-creation.ts';
import type { RepoLabel } from '#src/github/gateway.ts';
import { createFakeGateway } from '#test/support/fake-gateway.ts';

const label = (name: string): RepoLabel => ({ name, color: 'ededed', description: '' });

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
    expect(inner.writeLog.filter((line) => line.startsWith('create-label')).sort()).toEqual([
      'create-label ready',
      'create-label stale',
      'create-label vague',
    ]);
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
    expect(inner.writeLog).toEqual(['create-label ready']);
  });
});
