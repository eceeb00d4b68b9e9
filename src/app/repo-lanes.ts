/** Why queued work was not done: the server is shutting down. The delivery can be redelivered; the nightly sweep catches up anyway. */
export class HandedBackError extends Error {
  override readonly name = 'HandedBackError';
}

type Waiter<T> = { resolve(value: T): void; reject(error: unknown): void };
type QueuedReview<E, T> = { seq: number; events: E[]; waiters: Waiter<T>[] };
type QueuedTask = { seq: number; label: string; run(): Promise<unknown>; waiter: Waiter<unknown> };
type Lane<E, T> = {
  readonly reviews: Map<number, QueuedReview<E, T>>;
  readonly tasks: QueuedTask[];
  /** Reviews the given issues together; the newest caller's runner is used (it carries the newest client). */
  runReviews: (batch: ReadonlyMap<number, readonly E[]>) => Promise<ReadonlyMap<number, T>>;
  running?: Promise<void>;
};

/** What a shutdown came to. */
export type ShutdownReport = {
  /** Queued work that was not started, as "repository#number" or "repository: task". */
  readonly handedBack: readonly string[];
  /** False when work was still running at the deadline. */
  readonly finished: boolean;
};

/** Issues reviewed together at most: one read and one batched write (GitHub takes 20 issue changes per mutation), so early issues of a burst are done early. */
export const MAX_BATCH = 20;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Per-repository lanes of work. Within a repository, work runs one step at a time, so two events
 * never race to post the same comment; across repositories, lanes run concurrently. Reviews that
 * wait in a lane are coalesced: any number of queued events about one issue become one review of
 * its current state, and all queued issues of the repository are reviewed together in the next
 * step. Other work (comment commands, agenda refreshes) runs as queued tasks in arrival order.
 * Work accepted but not done lives only in memory: `shutdown` finishes what it can before its
 * deadline and hands back the rest.
 */
export const repoLanes = <E, T>() => {
  const lanes = new Map<string, Lane<E, T>>();
  let seq = 0;
  let accepting = true;
  let handingBack = false;
  const handedBack: string[] = [];

  const refuse = () =>
    new HandedBackError('Backlog Hygiene is shutting down; the event was not handled (redeliver it later).');

  const handBack = (key: string, lane: Lane<E, T>) => {
    for (const [number, review] of lane.reviews) {
      handedBack.push(`${key}#${number}`);
      for (const waiter of review.waiters) waiter.reject(refuse());
    }
    lane.reviews.clear();
    for (const task of lane.tasks.splice(0)) {
      handedBack.push(`${key}: ${task.label}`);
      task.waiter.reject(refuse());
    }
  };

  const step = async (lane: Lane<E, T>): Promise<void> => {
    const task = lane.tasks[0];
    const firstReview = Math.min(...[...lane.reviews.values()].map((review) => review.seq));
    if (task && task.seq < firstReview) {
      lane.tasks.shift();
      try {
        task.waiter.resolve(await task.run());
      } catch (error) {
        task.waiter.reject(error);
      }
      return;
    }
    const taken = [...lane.reviews.entries()].sort((a, b) => a[1].seq - b[1].seq).slice(0, MAX_BATCH);
    for (const [number] of taken) lane.reviews.delete(number);
    try {
      const results = await lane.runReviews(new Map(taken.map(([number, review]) => [number, review.events])));
      for (const [number, review] of taken) {
        const result = results.get(number);
        for (const waiter of review.waiters)
          if (result === undefined) waiter.reject(new Error(`#${number} was not reviewed`));
          else waiter.resolve(result);
      }
    } catch (error) {
      for (const [, review] of taken) for (const waiter of review.waiters) waiter.reject(error);
    }
  };

  const pump = (key: string, lane: Lane<E, T>) => {
    if (lane.running) return;
    lane.running = (async () => {
      while (!handingBack && (lane.tasks.length > 0 || lane.reviews.size > 0)) await step(lane);
      if (handingBack) handBack(key, lane);
      lane.running = undefined;
      if (lane.tasks.length === 0 && lane.reviews.size === 0) lanes.delete(key);
    })();
  };

  const laneFor = (key: string, runReviews: Lane<E, T>['runReviews']): Lane<E, T> => {
    const lane = lanes.get(key) ?? { reviews: new Map(), tasks: [], runReviews };
    lane.runReviews = runReviews;
    lanes.set(key, lane);
    return lane;
  };

  return {
    /** Queues a review of issue `number` in repository `key`; joins a review of the same issue still waiting. */
    review(key: string, number: number, event: E, runReviews: Lane<E, T>['runReviews']): Promise<T> {
      if (!accepting) return Promise.reject(refuse());
      const lane = laneFor(key, runReviews);
      return new Promise<T>((resolve, reject) => {
        const queued = lane.reviews.get(number);
        if (queued) {
          queued.events.push(event);
          queued.waiters.push({ resolve, reject });
        } else lane.reviews.set(number, { seq: (seq += 1), events: [event], waiters: [{ resolve, reject }] });
        pump(key, lane);
      });
    },
    /** Queues other work in repository `key`, run after everything queued before it. */
    task<R>(key: string, label: string, run: () => Promise<R>): Promise<R> {
      if (!accepting) return Promise.reject(refuse());
      const lane = lanes.get(key) ?? laneFor(key, async () => new Map());
      return new Promise<R>((resolve, reject) => {
        lane.tasks.push({
          seq: (seq += 1),
          label,
          run,
          waiter: { resolve: resolve as (value: unknown) => void, reject },
        });
        pump(key, lane);
      });
    },
    /** Events queued or running, over all repositories. */
    pending: (): number =>
      [...lanes.values()].reduce(
        (sum, lane) =>
          sum +
          lane.tasks.length +
          [...lane.reviews.values()].reduce((n, review) => n + review.waiters.length, 0) +
          (lane.running ? 1 : 0),
        0,
      ),
    /**
     * Stops taking work, keeps working until the queues are empty or `graceMs` has passed, then
     * hands back what was not started and waits at most `graceMs` more for the steps still running.
     */
    async shutdown(graceMs: number): Promise<ShutdownReport> {
      accepting = false;
      const running = () => Promise.all([...lanes.values()].map((lane) => lane.running));
      const drained = await Promise.race([running().then(() => true), sleep(graceMs).then(() => false)]);
      if (!drained) {
        // Queued work is handed back now; a step still running may finish within a second grace period.
        handingBack = true;
        for (const [key, lane] of lanes) handBack(key, lane);
      }
      const finished = drained || (await Promise.race([running().then(() => true), sleep(graceMs).then(() => false)]));
      return { handedBack: [...handedBack], finished };
    },
  };
};
