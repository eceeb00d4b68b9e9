import { describe, expect, it } from 'vitest';
import { createRunBrake, RunStoppedError, type RunStop } from '#src/github/run-stop.ts';

const STOP: RunStop = { kind: 'server-error', message: 'Could not update #2: GitHub answered 502 (a server error).' };

describe('createRunBrake', () => {
  it('lets every write through until something stops the run', () => {
    const brake = createRunBrake();
    expect(brake.stopped()).toBeUndefined();
    expect(() => brake.check('update #3')).not.toThrow();
  });

  it('refuses every later write with the stop that happened, naming what was not done', () => {
    const brake = createRunBrake();
    brake.stop(STOP);
    const refused = (() => {
      try {
        brake.check('create issue "Refinement agenda: Sprint 4"');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refused).toBeInstanceOf(RunStoppedError);
    expect(refused).toMatchObject({
      stop: STOP,
      message: `Did not create issue "Refinement agenda: Sprint 4": the run stopped earlier (${STOP.message})`,
    });
  });

  it('keeps the first stop: later failures are its consequences', () => {
    const brake = createRunBrake();
    brake.stop(STOP);
    brake.stop({ kind: 'points-budget', message: 'The GraphQL points budget is spent.' });
    expect(brake.stopped()).toBe(STOP);
  });
});
