import type { Config } from '#src/config/schema.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Milestone } from '#src/model/milestone.ts';
import { issueFieldValue } from '#src/rules/issue-field-value.ts';
import type { AgendaEntry } from './agenda-entry.ts';
import { dayNumber, isoDate, plural } from './dates.ts';
import { inlineText } from './format-line.ts';

/** The item's target date field as YYYY-MM-DD, when it has one that reads as a date. */
export const targetDate = (item: BacklogItem, config: Config): { field: string; date: string } | undefined => {
  const hit = issueFieldValue(item, config.issueFields.targetDate);
  if (!hit) return undefined;
  const text = String(hit.value).trim();
  return Number.isNaN(Date.parse(text)) ? undefined : { field: hit.name, date: isoDate(text) };
};

/**
 * Items whose target date (an issue field) is after the milestone's due date: a schedule risk for the
 * meeting, whatever their readiness. Empty when the milestone has no due date or nothing is late.
 */
export const renderScheduleRisks = (
  entries: readonly AgendaEntry[],
  milestone: Milestone,
  config: Config,
): string[] => {
  if (!milestone.dueOn) return [];
  const due = dayNumber(milestone.dueOn);
  const late = entries.flatMap(({ item, verdict }) => {
    const target = verdict.skipped ? undefined : targetDate(item, config);
    const days = target ? dayNumber(target.date) - due : 0;
    return target && days > 0 ? [{ item, target, days }] : [];
  });
  if (late.length === 0) return [];
  const lines = late
    .sort((a, b) => b.days - a.days || a.item.number - b.item.number)
    .map(
      ({ item, target, days }) =>
        `- #${item.number} ${inlineText(item.title, 120)} — ${target.field} ${target.date}, ${plural(days, 'day')} after the milestone is due`,
    );
  return [[`### Schedule risks (${late.length})`, '', ...lines].join('\n')];
};
