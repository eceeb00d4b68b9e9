import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_FAKE_NOW,
  findRepo,
  startFakeGitHub,
  type FakeGitHub,
  type IssueSeed,
} from '#test/support/fake-github/index.ts';
import { PERSON_READY, READY, REPOSITORY, seedWith, VAGUE } from './fixtures.ts';
import { runBundle } from './run-bundle.ts';

// The bundle audits an untouched backlog again the same day, the next day and a week later
// (BACKLOG_HYGIENE_NOW, a test-only knob, is the bundle's clock): only a changed verdict writes.

const DAY = 86_400_000;
const at = (days: number, hours = 0) =>
  new Date(Date.parse(DEFAULT_FAKE_NOW) + days * DAY + hours * 3_600_000).toISOString();

/** Vague, and nobody has touched it since a year ago at 15:30 UTC: stale on every day of the test. */
const LONG_STALE: IssueSeed = { ...VAGUE, number: 5, title: 'Fix export', createdAt: at(-365, 6.5) };
/** Vague, last touched 55 days before day 0 at 16:00 UTC: crosses the 60-day stale limit by day 7. */
const GOING_STALE: IssueSeed = { ...VAGUE, number: 6, title: 'Fix search', createdAt: at(-55, 7) };

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const nightly = (now: string) =>
  runBundle({
    apiUrl: fake!.url,
    repository: REPOSITORY,
    eventName: 'schedule',
    env: { BACKLOG_HYGIENE_NOW: now },
  });
const snapshot = () =>
  new Map(
    findRepo(fake!.state, 'acme', 'webshop')!.issues.map((issue) => [
      issue.number,
      { labels: [...issue.labels].sort(), comments: issue.comments.map((comment) => comment.body) },
    ]),
  );
const writesSince = (from: number) => fake!.requests.slice(from).filter((request) => request.kind === 'write');

describe('the bundled Action on an untouched backlog, day after day', () => {
  it('writes nothing the same day or the next day, and a week later only for the issue that became stale', async () => {
    fake = await startFakeGitHub({ seed: seedWith({ issues: [READY, VAGUE, PERSON_READY, LONG_STALE, GOING_STALE] }) });
    const first = await nightly(at(0));
    expect(first.code).toBe(0);
    const day0 = snapshot();
    expect(day0.get(5)!.comments.join('\n')).toContain(`No human activity since ${at(-365).slice(0, 10)}`);
    expect(day0.get(6)!.labels).not.toContain('stale');

    for (const now of [at(0, 6), at(1), at(1, 14.5)]) {
      const before = fake.requests.length;
      const rerun = await nightly(now);
      expect(rerun.code).toBe(0);
      expect(writesSince(before)).toEqual([]);
      expect(rerun.outputs.writes).toBe('0');
    }
    expect(snapshot()).toEqual(day0);

    const week = await nightly(at(7));
    expect(week.code).toBe(0);
    const day7 = snapshot();
    const changed = [...day7.keys()].filter(
      (number) => JSON.stringify(day7.get(number)) !== JSON.stringify(day0.get(number)),
    );
    expect(changed).toEqual([6]);
    expect(day7.get(6)!.labels).toContain('stale');
    expect(day7.get(6)!.comments).toHaveLength(1);
    expect(day7.get(6)!.comments[0]).toContain('No human activity since');
    // Four runs of the bundle, each a process of its own: more than the default 30 s on a busy 2-core machine.
  }, 90_000);
});
