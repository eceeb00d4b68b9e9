import { describe, expect, it } from 'vitest';
import { renderJobSummary, type SummaryInput } from '#src/action/job-summary.ts';
import { defaultConfig } from '#src/config/schema.ts';
import type { ItemPlan } from '#src/plan/item-plan.ts';
import { singleItemRun, type RunResult } from '#src/use-cases/run-result.ts';
import { aVerdict } from '#test/plan/verdict-builder.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const item = anItem({ number: 51, title: 'Improve performance', url: 'https://github.com/acme/webshop/issues/51' });
const verdict = aVerdict({ number: 51, failed: { vague: true, estimate: true } });
const plan: ItemPlan = {
  number: 51,
  addLabels: ['needs-refinement', 'vague'],
  removeLabels: [],
  comment: { kind: 'create', body: '…' },
};
const outcome = { applied: [plan], deferred: [], failed: [], createdLabels: [], changes: 2, dryRunLog: [] };
const eventRun: RunResult = singleItemRun(item, verdict, plan, outcome, { reads: 1, writes: 1 });
const sweepRun: RunResult = { ...eventRun, verdicts: [verdict, aVerdict({ number: 1 })], items: [item, anItem()] };

const summary = (overrides: Partial<SummaryInput>) =>
  renderJobSummary({
    mode: 'sweep',
    result: sweepRun,
    config: defaultConfig(),
    now: FIXED_NOW,
    repository: 'acme/webshop',
    dryRun: false,
    maxWrites: 100,
    configSource: 'defaults',
    configPath: '.github/backlog-hygiene.yml',
    requests: { reads: 3, writes: 2 },
    ...overrides,
  });

describe('renderJobSummary', () => {
  it('gives one issue event its own short report, not the whole-backlog template', () => {
    const text = summary({ mode: 'event', result: eventRun });
    expect(text).toContain('## Backlog Hygiene: [Improve performance](https://github.com/acme/webshop/issues/51) #51');
    expect(text).toContain('**Verdict:** **needs refinement** — missing: description, estimate.');
    expect(text).toContain('**Changed:** added `needs-refinement`, `vague`; comment added.');
    expect(text).not.toMatch(/judged issues? (is|are) ready/);
  });

  it('keeps the dry-run note a quote of its own: a blank line follows it', () => {
    const text = summary({ dryRun: true });
    expect(text).toContain('> **Dry run:** nothing was written; everything below says what a real run would do.\n\n');
  });

  it('lists what a dry run would do to the agendas, which a real sweep links instead', () => {
    const lines = ['- DRY-RUN: would create the refinement agenda for "v2.0"'];
    expect(summary({ dryRun: true, agendaLines: lines })).toContain(`**Refinement agendas:**\n\n${lines[0]}\n`);
    expect(summary({ agendaLines: ['- Agendas: 1 created.'], agendaIssues: [41] })).not.toContain('Agendas: 1 created');
  });

  it('states one number for cost, the changes against max-writes, and keeps requests in the footer', () => {
    const text = summary({ agendaWrites: 1 });
    expect(text).toContain('**Changes:** 3 of the `max-writes` budget of 100.');
    expect(text).toContain('<details><summary>Config and requests</summary>');
    expect(text).toContain('Requests to GitHub: 5 (3 reads, 2 writes).');
  });

  it('links the agenda and Backlog Health issues it kept up to date', () => {
    const text = summary({
      agendaIssues: [41],
      healthIssue: { number: 7, url: 'https://github.com/acme/webshop/issues/7', action: 'updated' },
    });
    expect(text).toContain(
      '**Refinement agenda:** [#41](https://github.com/acme/webshop/issues/41) · **Backlog Health issue:** [#7](https://github.com/acme/webshop/issues/7) updated',
    );
  });
});
