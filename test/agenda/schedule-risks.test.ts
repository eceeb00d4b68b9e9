import { describe, expect, it } from 'vitest';
import { renderAgenda } from '#src/agenda/render-agenda.ts';
import { renderScheduleRisks } from '#src/agenda/schedule-risks.ts';
import { subIssueProgress } from '#src/agenda/sub-issue-progress.ts';
import { configSchema } from '#src/config/schema.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';
import { anEntry, V2 } from './agenda-fixtures.ts';

// GitHub's planning data in the agenda: an epic's sub-issue progress and target dates after the milestone.

const config = configSchema.parse({});

describe('subIssueProgress', () => {
  it.each([
    [{ total: 5, completed: 2, percentCompleted: 40 }, 'sub-issues 2/5 done (40%)'],
    [{ total: 0, completed: 0, percentCompleted: 0 }, ''],
    [undefined, ''],
  ])('%j → "%s"', (subIssues, text) => {
    expect(subIssueProgress(anItem(subIssues ? { subIssues } : {}))).toBe(text);
  });
});

describe('renderScheduleRisks', () => {
  const entries = [
    anEntry(3, [], {}, { title: 'Late by a week', issueFields: { 'Target date': '2026-12-05' } }),
    anEntry(4, [], {}, { title: 'On time', issueFields: { 'Target date': '2026-11-28' } }),
    anEntry(5, [], {}, { title: 'Late by two days', issueFields: { 'target date': '2026-11-30' } }),
    anEntry(6, [], {}, { title: 'No date' }),
    anEntry(7, [], {}, { title: 'Not a date', issueFields: { 'Target date': 'soon' } }),
  ];

  it('lists items due after the milestone, latest first', () => {
    expect(renderScheduleRisks(entries, V2, config)).toEqual([
      [
        '### Schedule risks (2)',
        '',
        '- #3 Late by a week — Target date 2026-12-05, 7 days after the milestone is due',
        '- #5 Late by two days — target date 2026-11-30, 2 days after the milestone is due',
      ].join('\n'),
    ]);
  });

  it.each([
    ['a milestone without a due date', { ...V2, dueOn: undefined }, entries],
    ['nothing late', V2, entries.slice(1, 2)],
  ])('says nothing for %s', (_name, milestone, list) => {
    expect(renderScheduleRisks(list, milestone, config)).toEqual([]);
  });

  it('appear in the agenda, and an epic shows its progress on its line', () => {
    const epic = anEntry(
      9,
      ['estimate'],
      {},
      { title: 'Epic', subIssues: { total: 4, completed: 1, percentCompleted: 25 } },
    );
    const body = renderAgenda({
      milestone: V2,
      entries: [...entries, epic],
      forecast: { kind: 'no-history' },
      config,
      now: FIXED_NOW,
      owner: 'acme',
      repo: 'webshop',
    });
    expect(body).toContain('### Schedule risks (2)');
    expect(body).toMatch(/#9 Epic — .*sub-issues 1\/4 done \(25%\)/);
  });
});
