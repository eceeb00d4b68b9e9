/**
 * Why a run stopped writing. `no-answer`: a write timed out or its connection dropped;
 * `server-error`: GitHub kept answering 5xx; `rate-limit` / `secondary-rate-limit`: GitHub's
 * primary limit is used up, or its secondary limit held after the retries; `permission`: the token
 * may not write; `points-budget`: the run's GraphQL points budget is spent.
 */
export type StopKind =
  'no-answer' | 'server-error' | 'rate-limit' | 'secondary-rate-limit' | 'permission' | 'points-budget';

/** What stopped the run: a sentence saying what happened, whether anything may have been written, and what the next run does. */
export type RunStop = { readonly kind: StopKind; readonly message: string };

/** Thrown by a write asked for after the run stopped; nothing was sent. */
export class RunStoppedError extends Error {
  override readonly name = 'RunStoppedError';
  readonly stop: RunStop;
  constructor(stop: RunStop, what: string) {
    super(`Did not ${what}: the run stopped earlier (${stop.message})`);
    this.stop = stop;
  }
}

/**
 * One run's stop switch, shared by every write path of the run (batched item writes, label creation,
 * agenda issues and notes). Whatever sees a condition that must end the run's writing calls `stop`
 * once; from then on `check` refuses every write before it is sent, and front ends ask `stopped()`
 * to skip later steps (the agenda refresh) and to say in the summary what was left for the next run.
 *
 * The first stop wins: it is what happened; later failures are consequences of it. Reads are not
 * refused here (a stopped run may still report); a stop that must also end reading — the GraphQL
 * points budget, say — is recorded with `stop` and the read loop checks `stopped()` itself.
 *
 * To add a new reason to stop: add its `StopKind`, call `stop({ kind, message })` where it is
 * detected (the message names what happened and what the next run does); nothing else changes.
 */
export type RunBrake = {
  /** The stop, once there is one; undefined while the run may write. */
  stopped(): RunStop | undefined;
  /** Stops the run's writing; a second call keeps the first stop. */
  stop(stop: RunStop): void;
  /** Throws RunStoppedError when the run has stopped; `what` names the write ("update issue #3"). */
  check(what: string): void;
};

/** A fresh, running brake: one per run (the Action's run, one event or one repository in the App). */
export const createRunBrake = (): RunBrake => {
  let current: RunStop | undefined;
  return {
    stopped: () => current,
    stop: (stop) => {
      current ??= stop;
    },
    check: (what) => {
      if (current) throw new RunStoppedError(current, what);
    },
  };
};
