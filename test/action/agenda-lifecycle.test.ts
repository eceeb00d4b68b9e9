import { afterEach, describe, expect, it } from 'vitest';
import { findRepo, startFakeGitHub, type FakeGitHub, type FakeIssue } from '#test/support/fake-github/index.ts';
import { READY, REPOSITORY, seedWith, VAGUE } from './fixtures.ts';
import { runBundle } from './run-bundle.ts';

// The bundle judges with the real clock, so the milestone is due three days from now, whatever day the suite runs.
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const repo = () => findRepo(fake!.state, 'acme', 'webshop')!;
const agendas = (): FakeIssue[] =>
  repo().issues.filter(
    (issue) => issue.labels.includes('refinement-agenda') && issue.body.includes('backlog-hygiene:agenda'),
  );
const writesSince = (from: number) => fake!.requests.slice(from).filter((request) => request.kind === 'write');
const nightly = () =>
  runBundle({ apiUrl: fake!.url, repository: REPOSITORY, eventName: 'schedule', payload: { schedule: '23 3 * * *' } });

describe('the refinement agenda through the bundled Action', () => {
  it('is created before the milestone is due, keeps ticked boxes, stays quiet when nothing changed and closes with the milestone', async () => {
    fake = await startFakeGitHub({
      seed: seedWith({
        issues: [
          { ...READY, milestone: 1 },
          { ...VAGUE, milestone: 1 },
        ],
        milestones: [{ number: 1, title: 'Sprint 42', dueOn: inDays(3) }],
      }),
    });

    // 1. Created, with the not-ready item as an open checkbox.
    const created = await nightly();
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(agendas()).toHaveLength(1);
    const agenda = agendas()[0]!;
    expect(agenda.title).toMatch(/^Refinement agenda: Sprint 42 \(due \d{4}-\d{2}-\d{2}\)$/);
    expect(agenda.body).toMatch(/- \[ \] #2 /);
    expect(JSON.parse(created.outputs['agenda-issues'] ?? '[]')).toEqual([agenda.number]);

    // 2. A person ticks #2 in the web editor; then the backlog changes (#1 is renamed), so the agenda is re-rendered.
    agenda.body = agenda.body.replace(/- \[ \] #2 /, '- [x] #2 ');
    repo().issues.find((issue) => issue.number === 1)!.title = 'Export the monthly invoice list as CSV and XLSX';
    const updated = await nightly();
    expect(updated.code).toBe(0);
    expect(agendas()).toHaveLength(1);
    expect(agendas()[0]!.body).toContain('CSV and XLSX');
    expect(agendas()[0]!.body).toMatch(/- \[x\] #2 /);

    // 3. Nothing changed: no write at all.
    const before = fake.requests.length;
    const quiet = await nightly();
    expect(quiet.code).toBe(0);
    expect(writesSince(before)).toEqual([]);
    expect(quiet.outputs.writes).toBe('0');

    // 4. The milestone is closed: the agenda gets a final note and is closed.
    Object.assign(
      repo().milestones.find((milestone) => milestone.number === 1)!,
      { state: 'closed', closedAt: inDays(0) },
    );
    const closed = await nightly();
    expect(closed.code).toBe(0);
    expect(agendas()[0]!.state).toBe('closed');
    expect(agendas()[0]!.comments.at(-1)?.body).toMatch(/Sprint 42/);
    expect(agendas()).toHaveLength(1);
    // Several runs of the bundle, each a process of its own: more than the default 30 s on a busy 2-core machine.
  }, 90_000);
});
