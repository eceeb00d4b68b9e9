import { z } from 'zod';

const names = (description: string, fallback: string[]) =>
  z.array(z.string().min(1)).default(fallback).describe(description);

/**
 * Organisation issue fields (GitHub's Priority, Effort, Start date and Target date, or your own).
 * Names are compared case-insensitively; the first listed field that has a value on the item wins.
 */
export const issueFieldsSchema = z
  .strictObject({
    estimate: names(
      'Issue fields that hold an estimate: number fields count as story points (or time, when the name says so, e.g. "Days"); single-select options go through `optionPoints`, or are read as sizes (S, M, L) or numbers.',
      ['Estimate', 'Story points', 'Effort'],
    ),
    optionPoints: z
      .record(z.string().min(1), z.number().nonnegative())
      .default({ Low: 1, Medium: 3, High: 8 })
      .describe(
        'Story points for single-select estimate options, by option name (case-insensitive). The default fits GitHub\'s "Effort" field (Low / Medium / High).',
      ),
    priority: names('Issue fields that hold a priority (single select or text); any value counts as a priority.', [
      'Priority',
    ]),
    targetDate: names(
      'Date issue fields that say when an item should be done; an item due after its milestone is listed as a schedule risk in the agenda.',
      ['Target date'],
    ),
  })
  .prefault({})
  .describe(
    'Organisation issue fields read as estimates, priorities and target dates. Values set here win over labels and text; the reason names the field.',
  );
