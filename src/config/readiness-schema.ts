import { z } from 'zod';
import { RULE_IDS } from '#src/model/rule-id.ts';

const ruleList = (description: string, fallback: string[]) =>
  z
    .array(z.enum(RULE_IDS))
    .default(fallback as never)
    .describe(description);

/** The definition of ready: which findings keep an item from being ready, by kind of item. */
export const readinessSchema = z
  .strictObject({
    require: ruleList(
      'Rules that must pass for an item to be ready. Rules not listed still report and label, but do not block readiness.',
      ['vague', 'acceptance-criteria', 'estimate', 'too-big', 'blocked'],
    ),
    kinds: z
      .array(
        z.strictObject({
          name: z.string().min(1).describe('A name for this kind of item, shown in reports.'),
          labels: z
            .array(z.string().min(1))
            .default([])
            .describe('Items with any of these labels (case-insensitive) are of this kind.'),
          types: z
            .array(z.string().min(1))
            .default([])
            .describe('Items with any of these issue types (case-insensitive) are of this kind.'),
          require: z.array(z.enum(RULE_IDS)).describe('Rules that must pass for items of this kind.'),
        }),
      )
      .default([
        { name: 'bug', labels: ['bug', 'type: bug', 'kind/bug'], types: ['Bug'], require: ['vague', 'blocked'] },
      ])
      .describe(
        'Other definitions of ready for kinds of items, chosen by label or issue type; the first match wins. By default bugs need no estimate or acceptance criteria.',
      ),
    skipLabels: z
      .array(z.string().min(1))
      .default(['duplicate', 'invalid', 'wontfix', "won't fix", 'question', 'refinement-agenda'])
      .describe('Items with any of these labels are not judged at all and never labelled or commented on.'),
  })
  .prefault({})
  .describe('What "ready" means in this repository.');
