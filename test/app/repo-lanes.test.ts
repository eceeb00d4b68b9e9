import { describe, expect, it } from 'vitest';
import { HandedBackError, repoLanes } from '#src/app/repo-lanes.ts';

type Batch = ReadonlyMap<number, readonly string[]>;

/** A lane whose reviews are held until released, recording each batch. */
const recording = () => {
  const batches: Batch[] = [];
  let release: () => void = () => {};
  let gate = new Promise<void>((resolve) => (release = resolve));
  const run = async (batch: Batch) => {
    batches.push(batch);
    await gate;
    return new Map([...batch.keys()].map((n) => [n, `reviewed #${n} after ${batch.get(n)?.join('+')}`]));
  };
  return {
    batches,
    run,
    open() {
      release();
      gate = Promise.resolve();
    },
  };
};

describe('repoLanes', () => {
  it('coalesces queued events about one issue into one review and reviews queued issues together', async () => {
    const lanes = repoLanes<string, string>();
    const lane = recording();
    const first = lanes.review('acme/shop', 1, 'opened', lane.run);
    const queued = [
      lanes.review('acme/shop', 2, 'opened', lane.run),
      lanes.review('acme/shop', 2, 'edited', lane.run),
      lanes.review('acme/shop', 2, 'edited', lane.run),
      lanes.review('acme/shop', 3, 'commented', lane.run),
    ];
    lane.open();
    expect(await first).toBe('reviewed #1 after opened');
    expect(await Promise.all(queued)).toEqual([
      'reviewed #2 after opened+edited+edited',
      'reviewed #2 after opened+edited+edited',
      'reviewed #2 after opened+edited+edited',
      'reviewed #3 after commented',
    ]);
    expect(lane.batches.map((batch) => [...batch.keys()])).toEqual([[1], [2, 3]]);
  });

  it('runs tasks in arrival order between reviews, and other repositories at the same time', async () => {
    const lanes = repoLanes<string, string>();
    const order: string[] = [];
    const lane = recording();
    const review = lanes.review('acme/shop', 1, 'opened', async (batch) => {
      order.push('review');
      return lane.run(batch);
    });
    const task = lanes.task('acme/shop', '/ready on #1', async () => (order.push('task'), 'done'));
    const elsewhere = lanes.task('acme/other', 'milestone.closed', async () => (order.push('other repo'), 'done'));
    await elsewhere;
    expect(order).toEqual(['review', 'other repo']);
    lane.open();
    await Promise.all([review, task]);
    expect(order).toEqual(['review', 'other repo', 'task']);
  });

  it('passes a failed review on to every delivery that waited for it, and keeps going', async () => {
    const lanes = repoLanes<string, string>();
    const failing = async (): Promise<Map<number, string>> => {
      throw new Error('GitHub answered 502');
    };
    await expect(lanes.review('acme/shop', 1, 'opened', failing)).rejects.toThrow('502');
    const lane = recording();
    lane.open();
    await expect(lanes.review('acme/shop', 1, 'edited', lane.run)).resolves.toBe('reviewed #1 after edited');
    expect(lanes.pending()).toBe(0);
  });

  it('on shutdown finishes the queue within the grace period and refuses new work', async () => {
    const lanes = repoLanes<string, string>();
    const lane = recording();
    const queued = [lanes.review('acme/shop', 1, 'opened', lane.run), lanes.review('acme/shop', 2, 'opened', lane.run)];
    const stopping = lanes.shutdown(1_000);
    await expect(lanes.review('acme/shop', 3, 'opened', lane.run)).rejects.toBeInstanceOf(HandedBackError);
    lane.open();
    expect(await stopping).toEqual({ handedBack: [], finished: true });
    expect(await Promise.all(queued)).toHaveLength(2);
  });

  it('hands back queued work that was not started by the deadline, within about twice the grace period', async () => {
    const lanes = repoLanes<string, string>();
    const stuck = async (): Promise<Map<number, string>> => new Promise(() => {});
    const running = lanes.review('acme/shop', 1, 'opened', stuck);
    const waiting = lanes.review('acme/shop', 2, 'opened', stuck);
    const task = lanes.task('acme/shop', 'milestone.closed', async () => 'done');
    const settled = Promise.allSettled([waiting, task]);
    const started = Date.now();
    const report = await lanes.shutdown(50);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(report).toEqual({ handedBack: ['acme/shop#2', 'acme/shop: milestone.closed'], finished: false });
    for (const outcome of await settled) {
      expect(outcome.status).toBe('rejected');
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(HandedBackError);
    }
    void running;
  });
});
